// Hostile and random input for the reader and parser: analyze() must finish with diagnostics,
// never throw, and every diagnostic must point inside its file. (The CLI has its own end-to-end
// version of the hostile cases in test/cli/hostile.test.ts.)
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { Analysis, KaDiagnostic, Range, analyze } from '../../src/language';
import { ROOT, allKeywords } from '../../src/language/schema';
import { HAVE_SHARED, REPO, SHARED, lint } from '../support/fixtures';

/** Every diagnostic (and related location) lies inside a file that was read, with start <= end. */
function assertValidRanges(a: Analysis): void {
  const lineCache = new Map<string, string[]>();
  const linesOf = (file: string) => {
    if (!lineCache.has(file)) lineCache.set(file, (a.doc.read.files.get(file) ?? '').split('\n'));
    return lineCache.get(file)!;
  };
  const check = (file: string, r: Range, what: string) => {
    assert.ok(a.doc.read.files.has(file), `${what}: file ${file} was not read`);
    const lines = linesOf(file);
    const { start, end } = r;
    assert.ok(start.line >= 0 && start.character >= 0, `${what}: negative start ${JSON.stringify(r)}`);
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end ${JSON.stringify(r)}`);
    assert.ok(end.line < lines.length, `${what}: line ${end.line} beyond ${lines.length} lines`);
    assert.ok(start.character <= lines[start.line].length, `${what}: start column ${start.character} beyond line ${start.line} (${lines[start.line].length})`);
    assert.ok(end.character <= lines[end.line].length, `${what}: end column ${end.character} beyond line ${end.line} (${lines[end.line].length})`);
  };
  for (const d of a.diagnostics) {
    const what = `[${d.code}] ${d.message.slice(0, 80)}`;
    check(d.file, d.range, what);
    for (const r of d.related ?? []) check(r.file, r.range, `${what} (related)`);
  }
}

function assertNoInternalError(diags: KaDiagnostic[]): void {
  const failed = diags.filter((d) => d.code === 'internal-error');
  assert.deepEqual(failed.map((d) => d.message), [], 'a rule threw');
}

/** analyze() on in-memory text: never throws, valid ranges, no rule failure. */
function robust(text: string, opts: { version?: '2.2' | '2.4'; files?: Record<string, string> } = {}): Analysis {
  const a = lint(text, opts);
  assertValidRanges(a);
  assertNoInternalError(a.diagnostics);
  return a;
}

/** Deterministic pseudo-random bytes, so a failure can be reproduced. */
function garbage(n: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; parts.length * 64 < n; i++) parts.push(crypto.createHash('sha512').update(`garbage ${i}`).digest());
  return Buffer.concat(parts).subarray(0, n);
}

describe('hostile input: analyze() finishes with diagnostics and never throws', function () {
  this.timeout(60_000);

  it('binary garbage', () => {
    const bytes = garbage(64 * 1024);
    for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), `global_defs {\n${bytes.toString('latin1')}\n}\n`]) {
      const a = robust(text);
      assert.ok(a.diagnostics.length > 0);
    }
  });

  it('a 200,000-character line (2.2 and 2.4)', () => {
    for (const version of ['2.2', '2.4'] as const) {
      const a = robust(`global_defs {\n  router_id ${'a'.repeat(200_000)}\n}\n`, { version });
      assert.ok(a.diagnostics.some((d) => d.code === 'line-too-long' && d.range.start.line === 1));
    }
    robust(`${'{'.repeat(100_000)} ${'"'.repeat(100_001)}\n`);
  });

  it('5,000 nested braces: bare, unknown blocks, known blocks, on one line', () => {
    const bare = robust(`${'{\n'.repeat(5000)}${'}\n'.repeat(5000)}`);
    assert.ok(bare.diagnostics.some((d) => d.code === 'unexpected-open-brace'));
    robust(`${'bogus {\n'.repeat(5000)}${'}\n'.repeat(5000)}`);
    robust(`${'vrrp_instance VI_1 {\n'.repeat(5000)}${'}\n'.repeat(5000)}`);
    robust(`${'virtual_server 192.0.2.1 80 {\nreal_server 192.0.2.2 80 {\nHTTP_GET {\nurl {\n'.repeat(1250)}${'}\n'.repeat(5000)}`);
    const unclosed = robust(`global_defs ${'{'.repeat(5000)}\n`);
    assert.equal(unclosed.diagnostics.filter((d) => d.code === 'missing-close-brace').length, 5000);
    // A list missing its '{' reads to the end of the file: still bounded.
    robust(`vrrp_instance VI_1 {\n  virtual_ipaddress\n${'    { 192.0.2.1\n'.repeat(5000)}`);
  });

  it('include cycles: a file including itself, and a loop of three', () => {
    const self = robust('include keepalived.conf\nbogus\n', { files: {} });
    assert.ok(self.diagnostics.some((d) => d.code === 'include-cycle'));
    const loop = robust('include a.inc\n', { files: { '/virtual/a.inc': 'include b.inc\n', '/virtual/b.inc': 'include c.inc\n', '/virtual/c.inc': 'include a.inc\nbogus_c\n' } });
    assert.equal(loop.diagnostics.filter((d) => d.code === 'include-cycle').length, 3);
    const glob = robust('include *.conf\n', { files: { '/virtual/x.conf': 'include *.conf\n' } });
    assert.ok(glob.diagnostics.some((d) => d.code === 'include-cycle'));
  });

  it('include /dev/zero, /dev/urandom and a directory (the real file system)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-hostile-'));
    try {
      const file = path.join(dir, 'keepalived.conf');
      fs.writeFileSync(file, 'include /dev/zero\ninclude /dev/urandom\ninclude /dev/*ero\ninclude /proc\nbogus_after\n');
      const a = analyze(file, undefined, { configId: 'testhost' });
      assertValidRanges(a);
      assert.equal(a.diagnostics.filter((d) => d.code === 'include-not-regular').length, 4);
      assert.ok(a.doc.statements.some((s) => s.keyword.text === 'bogus_after'));
      // /dev/zero as the main file: reported, not read.
      const z = analyze('/dev/zero', undefined, { configId: 'testhost' });
      assert.ok(z.diagnostics.some((d) => d.code === 'include-unreadable'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a 2 MB file', () => {
    // A plausible big file: each interface carries at most 255 instances with distinct VRIDs.
    const block = (i: number) => `vrrp_instance VI_${i} {\n  state BACKUP\n  interface vlan${Math.floor(i / 255)}\n  virtual_router_id ${(i % 255) + 1}\n  priority 100 / 50\n  virtual_ipaddress {\n    192.0.2.${i % 250}/24\n  }\n}\n`;
    let text = '';
    for (let i = 0; text.length < 2 * 1024 * 1024; i++) text += block(i);
    const a = robust(text);
    assert.ok(a.diagnostics.length > 1000);
  });

  it('expansion bombs: nested ~SEQ, huge ranges, self-referencing definitions', () => {
    const seq = robust('~SEQ(a, 1, 100000) ~SEQ(b, 1, 100000) ~SEQ(c, 1, 100000) bogus_$a_$b_$c\n');
    assert.ok(seq.diagnostics.some((d) => d.code === 'input-too-large' || d.code === 'invalid-sequence'));
    robust('$A=$A $A $A $A\n$A=$A $A $A $A\n$A=$A $A $A $A\nbogus $A\n');
    robust('$M=x \\\n'.repeat(10000) + 'end\nbogus $M\n');
  });
});

// ---------------------------------------------------------------- properties

const KEYWORDS = [...new Set(allKeywords().map((k) => k.name))];
const ROOTS = Object.keys(ROOT);
const ATOMS = ['{', '}', '"', "'", '#', '!', '\\', '\\#', ';', '$X', '${X}', '${_HASH}', '$X=1', '~SEQ(i, 1, 3)', '~LST(v, a, b)', '@testhost', '@^testhost', 'include', 'include *.conf', '192.0.2.1/24', '100', '-1', 'MASTER', 'eth0', '\t', '\r', '\0', '\uFEFF', 'é', ' ', '  '];

/** Random lines made of keywords, values, braces, quotes and reader syntax. */
const randomConfig = fc
  .array(
    fc.array(fc.oneof(fc.constantFrom(...KEYWORDS), fc.constantFrom(...ROOTS), fc.constantFrom(...ATOMS), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((words) => words.join(' ')),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

function sampleTexts(): string[] {
  const out = [
    fs.readFileSync(path.join(REPO, 'examples', 'seed-lab', 'lb1', 'keepalived.conf'), 'utf8'),
    fs.readFileSync(path.join(REPO, 'examples', 'seed-lab', 'lb2', 'keepalived.conf'), 'utf8'),
  ];
  const corpus = path.join(REPO, 'test', 'corpus', 'structure');
  if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus).filter((n) => n.endsWith('.conf')).sort()) out.push(fs.readFileSync(path.join(corpus, f), 'utf8'));
  const samples = path.join(SHARED, 'keepalived', 'samples');
  if (HAVE_SHARED) for (const f of fs.readdirSync(samples).filter((n) => n.startsWith('keepalived.conf')).sort()) out.push(fs.readFileSync(path.join(samples, f), 'utf8'));
  return out;
}

type Mutation = { kind: 'delete' | 'duplicate' | 'swap' | 'insert'; at: number; other: number; atom: string };

/** Applies token-level mutations (on blank-separated pieces, keeping the line breaks). */
function mutate(text: string, mutations: Mutation[]): string {
  const pieces = text.split(/([ \t]+|\n)/);
  for (const m of mutations) {
    if (!pieces.length) break;
    const i = m.at % pieces.length;
    const j = m.other % pieces.length;
    if (m.kind === 'delete') pieces.splice(i, 1);
    else if (m.kind === 'duplicate') pieces.splice(i, 0, pieces[i]);
    else if (m.kind === 'swap') [pieces[i], pieces[j]] = [pieces[j], pieces[i]];
    else pieces.splice(i, 0, m.atom);
  }
  return pieces.join('');
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  at: fc.nat(),
  other: fc.nat(),
  atom: fc.constantFrom('{', '}', '"', '{ ', ' } ', '#', '\\\n', '\n', '$X', '${X', '~SEQ(', '@x ', 'include x', ';', '\0'),
});

describe('properties: random and mutated configurations', function () {
  this.timeout(120_000);

  it('random configurations never make analyze() throw and give valid ranges (2.2 and 2.4)', () => {
    fc.assert(
      fc.property(randomConfig, fc.constantFrom('2.2', '2.4'), (text, version) => {
        robust(text, { version: version as '2.2' | '2.4', files: { '/virtual/a.conf': 'bogus_included {\n' } });
      }),
      { numRuns: 300, seed: 20240611 },
    );
  });

  it('mutated seed, corpus and sample configurations never make analyze() throw and give valid ranges', () => {
    const texts = sampleTexts();
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 12 }), (k, muts) => {
        robust(mutate(texts[k], muts));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('every prefix of a configuration (as while typing) analyses cleanly', () => {
    const text = sampleTexts()[0];
    for (let n = 0; n <= text.length; n++) robust(text.slice(0, n));
  });
});
