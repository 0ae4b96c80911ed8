import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { blockPath, formatDocument, formatEdits, formatRangeEdits, formatText, walk } from '../../../src/language';
import { HAVE_SHARED, REPO, SHARED, lint } from '../../support/fixtures';
import { applyEdits } from './edits';

const TABS = { insertSpaces: false, tabSize: 4 };
const TWO = { insertSpaces: true, tabSize: 2 };
const INCLUDED = { '/virtual/x.conf': 'router_id from_include\n' };

/** What keepalived reads: every statement with its block path, arguments and list entries, and the findings' codes. */
function meaning(text: string): { statements: string[]; codes: string[] } {
  const a = lint(text, { files: INCLUDED });
  const statements: string[] = [];
  walk(a.doc.statements, (s) => {
    statements.push([blockPath(s).join('>'), s.status, s.args.map((t) => t.text).join('\u0001'), s.items.map((i) => i.tokens.map((t) => t.text).join('\u0001')).join('\u0002')].join(' | '));
  });
  return { statements, codes: a.diagnostics.map((d) => d.code).sort() };
}

function assertSameMeaning(before: string, after: string): void {
  assert.deepEqual(meaning(after), meaning(before));
}

describe('formatting', () => {
  it('indents blocks canonically with tabs or N spaces', () => {
    const text = 'vrrp_instance VI_1 {\nstate MASTER\n      authentication {\n auth_type PASS\n}\n}\n';
    assert.equal(formatText(text, TABS), 'vrrp_instance VI_1 {\n\tstate MASTER\n\tauthentication {\n\t\tauth_type PASS\n\t}\n}\n');
    assert.equal(formatText(text, TWO), 'vrrp_instance VI_1 {\n  state MASTER\n  authentication {\n    auth_type PASS\n  }\n}\n');
  });

  it('puts one statement per line where keepalived reads them as separate lines anyway', () => {
    const text = 'vrrp_instance VI_1 { state MASTER\npriority 100 } vrrp_script s { script "/bin/true" }\n';
    const out = formatText(text, TWO);
    assert.equal(out, 'vrrp_instance VI_1 {\n  state MASTER\n  priority 100\n}\nvrrp_script s {\n  script "/bin/true"\n}\n');
    // A block written on one line stays as written.
    assert.equal(formatText('vrrp_script s { script "/bin/true" }\n', TWO), 'vrrp_script s { script "/bin/true" }\n');
    assertSameMeaning(text, out);
  });

  it('keeps the words between two braces on one line: `virtual_ipaddress { a b }` is ONE entry', () => {
    const text = 'vrrp_instance VI_1 {\n  virtual_ipaddress { 203.0.113.1 203.0.113.2 }\n  virtual_ipaddress {    203.0.113.3     203.0.113.4\n}\n}\n';
    const out = formatText(text, TWO);
    assert.equal(out, 'vrrp_instance VI_1 {\n  virtual_ipaddress { 203.0.113.1 203.0.113.2 }\n  virtual_ipaddress {\n    203.0.113.3 203.0.113.4\n  }\n}\n');
    assertSameMeaning(text, out);
    const items = lint(out).doc.statements[0].children.map((c) => c.items.length);
    assert.deepEqual(items, [1, 1]);
  });

  it('keeps comments and collapses runs of blank lines to one', () => {
    const text = '\n\n# top\nglobal_defs {   # why\n\n\n\n   router_id lb1 ! old style comment\n}   # end\n\n\n';
    assert.equal(formatText(text, TWO), '# top\nglobal_defs { # why\n\n  router_id lb1 ! old style comment\n} # end\n');
  });

  it('only re-indents lines whose reading depends on more than words and braces', () => {
    const lines = [
      '$IF=eth1',
      'vrrp_instance VI_1 {',
      '@lb1   priority   150',
      '      interface    $IF',
      "notify_master '/bin/echo  a'   root",
      '~SEQ(i, 1, 2) track_interface { eth$i }',
      '}',
    ];
    const out = formatText(lines.join('\n') + '\n', TWO).split('\n');
    assert.deepEqual(out.slice(0, 7), ['$IF=eth1', 'vrrp_instance VI_1 {', '  @lb1   priority   150', '  interface    $IF', "  notify_master '/bin/echo  a'   root", '  ~SEQ(i, 1, 2) track_interface { eth$i }', '}']);
  });

  it('keeps multi-line $definitions byte for byte', () => {
    const text = '$BLOCK=state MASTER\\\n   priority 100\nvrrp_instance VI_1 {\n$BLOCK\n}\n';
    const out = formatText(text, TWO);
    assert.ok(out.startsWith('$BLOCK=state MASTER\\\n   priority 100\n'));
    assertSameMeaning(text, out);    // keepalived continues a definition also when blanks or a comment follow the backslash.
    const spaced = '$X=1 \\  # more\n} vrrp_instance VI_1\nglobal_defs {\n}\n';
    assert.ok(formatText(spaced, TWO).startsWith('$X=1 \\  # more\n} vrrp_instance VI_1\n'));
    assertSameMeaning(spaced, formatText(spaced, TWO));
  });

  it('keeps words written together together (script keywords read `ab"c d"` as one word)', () => {
    const text = 'vrrp_script s {\nscript   /bin/echo"a b"  \n}\n';
    assert.equal(formatText(text, TWO), 'vrrp_script s {\n  script /bin/echo"a b"\n}\n');
    assertSameMeaning(text, formatText(text, TWO));
  });

  it('never moves a line across keepalived\'s 1023-byte limit', () => {
    const long = 'router_id ' + 'x'.repeat(1010);
    const text = `global_defs {\n${long}\n}\n`;
    const out = formatText(text, { insertSpaces: true, tabSize: 8 });
    assert.ok(out.includes(`\n${long}\n`), 'the long line keeps its bytes');
    assertSameMeaning(text, out);
  });

  it('keeps CRLF line ends', () => {
    assert.equal(formatText('global_defs {\r\nrouter_id a\r\n}\r\n', TWO), 'global_defs {\r\n  router_id a\r\n}\r\n');
  });

  it('is idempotent and keeps the meaning of the seed lab configs', () => {
    for (const host of ['lb1', 'lb2']) {
      const text = fs.readFileSync(path.join(REPO, 'examples', 'seed-lab', host, 'keepalived.conf'), 'utf8');
      const once = formatText(text, TABS);
      assert.equal(formatText(once, TABS), once);
      assertSameMeaning(text, once);
      assert.match(once, /\n\tpriority 100 \/ 50\n/);
    }
  });

  it('is idempotent and keeps the meaning of keepalived\'s sample configs', function () {
    if (!HAVE_SHARED) this.skip();
    const dir = path.join(SHARED, 'keepalived', 'samples');
    const files = fs.readdirSync(dir).filter((f) => f.startsWith('keepalived.conf'));
    assert.ok(files.length > 10);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const opts of [TABS, TWO]) {
        const once = formatText(text, opts);
        assert.equal(formatText(once, opts), once, `${f} idempotent`);
        assertSameMeaning(text, once);
      }
    }
  });

  it('keeps meaning and is idempotent on random configurations (property)', () => {
    const fragments = [
      'vrrp_instance VI_1', 'vrrp_instance VI_2', 'state MASTER', 'priority 100 / 50', 'virtual_ipaddress', '203.0.113.1', '203.0.113.2 dev eth0',
      'track_script', 'chk', 'vrrp_script chk', 'script "/bin/true a"', "script '/bin/x {'", 'global_defs', 'router_id x', 'bogus', '"quoted word"',
      '{', '}', '{', '}', '# comment', '! bang', '#', '$X=1', '$X', '${X}', '@testhost', '@other', 'include x.conf', 'a\\#b', '\\', 'ab"c d"', '"', '~SEQ(i,1,2)', 'virtual_server 203.0.113.9 80', 'real_server 203.0.113.10 80', 'TCP_CHECK',
    ];
    const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t ');
    const line = fc.tuple(blank, fc.array(fc.tuple(fc.constantFrom(...fragments), blank), { maxLength: 5 })).map(([lead, parts]) => lead + parts.map(([f, b]) => f + (b || ' ')).join(''));
    const config = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 25 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(config, fc.constantFrom(TABS, TWO), (text, opts) => {
        const once = formatText(text, opts);
        assert.equal(formatText(once, opts), once);
        assertSameMeaning(text, once);
      }),
      { numRuns: 400 },
    );
  });

  it('range formatting agrees with whole-document formatting and keeps meaning (property)', () => {
    const fragments = ['vrrp_instance VI_1', 'state MASTER', 'virtual_ipaddress', '203.0.113.1 203.0.113.2', '{', '}', '# c', '$X=1 \\', '$X', 'bogus', 'router_id x'];
    const line = fc.array(fc.constantFrom(...fragments), { maxLength: 4 }).map((w) => '  '.repeat(w.length % 3) + w.join(' '));
    const config = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 15 }).map((ls) => ls.join('\n') + '\n');
    fc.assert(
      fc.property(config, fc.nat(), fc.nat(), (text, x, y) => {
        const n = text.split('\n').length;
        const [a, b] = [x % n, y % n].sort((p, q) => p - q);
        const edited = applyEdits(text, formatRangeEdits(text, { start: { line: a, character: 0 }, end: { line: b, character: 3 } }, TWO));
        assertSameMeaning(text, edited);
        assert.equal(formatText(edited, TWO), formatText(text, TWO));
      }),
      { numRuns: 400 },
    );
  });

  it('formats only the lines of a range, with the indentation the file gives them', () => {
    const text = 'global_defs {\nrouter_id a\n}\nvrrp_instance VI_1 {\nstate MASTER\n      priority 100\nadvert_int 1\n}\n';
    const edits = formatRangeEdits(text, { start: { line: 4, character: 3 }, end: { line: 5, character: 2 } }, TWO);
    assert.equal(applyEdits(text, edits), 'global_defs {\nrouter_id a\n}\nvrrp_instance VI_1 {\n  state MASTER\n  priority 100\nadvert_int 1\n}\n');
    // A range that ends at column 0 does not take in that line.
    const upTo = formatRangeEdits(text, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, TWO);
    assert.equal(applyEdits(text, upTo), 'global_defs {\n  router_id a\n}\nvrrp_instance VI_1 {\nstate MASTER\n      priority 100\nadvert_int 1\n}\n');
    assert.deepEqual(formatRangeEdits(formatText(text, TWO), { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, TWO), []);
  });

  it('returns edits that turn the document into its formatted form, and none when it is formatted', () => {
    const text = 'global_defs {\nrouter_id a\n}\nvrrp_instance VI_1 {\nstate MASTER\n}';
    const edits = formatEdits(text, TWO);
    assert.equal(applyEdits(text, edits), formatText(text, TWO));
    assert.deepEqual(formatEdits(formatText(text, TWO), TWO), []);
    const a = lint(text);
    assert.equal(applyEdits(text, formatDocument(a, TABS)), formatText(text, TABS));
  });
});
