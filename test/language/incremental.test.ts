// Incremental re-analysis (src/language/incremental.ts) must give exactly what analyze() gives
// for the new text: findings, tree, reader output and model, after any edit. Checked on many
// seeded random edits of generated, seed, corpus and sample configurations, and on the cases
// where the shortcut must not be taken.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis, AnalysisOptions, Statement, analyze, walk } from '../../src/language';
import { analyzeEdited } from '../../src/language/incremental';
import { statementIndex } from '../../src/language/statementIndex';
import type { KeywordSchema } from '../../src/language/schema';
import { generateConfig } from '../../bench/generate';
import { HAVE_SHARED, REPO, SHARED } from '../support/fixtures';
import { prng } from '../support/prng';

/** Text typed or pasted by the random edits: words, values, braces, reader syntax, whole blocks. */
const SNIPPETS = [
  'x', '1', '0', ' ', '\t', '\n', '\n\n', '{', '}', '"', '#', '!', '$', '~', '\\', '@', ';', 'priority 300', 'weight 5', '    weight 2\n',
  'lb_kind ROUTE', 'real_server 198.51.100.9 80 {\n  weight 1\n}\n', '} {', 'vrrp_instance V {\n}\n', 'global_defs {\n}\n', 'include x.conf',
  '$A=1\n', '~SEQ(i,1,2) x\n', '@lb1 ', '@other x\n', '\\#', 'script "/bin/true a"', 'virtual_server 203.0.113.9 80 {\n lb_kind DR\n}\n',
  'notify_master /x y\n', 'state master', 'advert_int 1.5', 'vrrp_version 3\n', 'advert_int 0.5\n', 'quorum 99\n', 'protocol UDP\n', 'ops\n',
];

function randomEdit(text: string, rnd: () => number): string {
  const pick = (n: number) => Math.floor(rnd() * n);
  const lines = text.split('\n');
  switch (pick(7)) {
    case 0:
    case 1: {
      const at = pick(text.length + 1);
      return text.slice(0, at) + SNIPPETS[pick(SNIPPETS.length)] + text.slice(at);
    }
    case 2: {
      const at = pick(text.length + 1);
      return text.slice(0, at) + text.slice(at + 1 + pick(pick(4) === 0 ? 60 : 5));
    }
    case 3:
      lines.splice(pick(lines.length), 1);
      return lines.join('\n');
    case 4:
      lines.splice(pick(lines.length), 0, lines[pick(lines.length)]);
      return lines.join('\n');
    case 5: {
      const l = pick(lines.length);
      lines[l] = lines[l].replace(/\d+/, String(pick(400)));
      return lines.join('\n');
    }
    default: {
      const l = pick(lines.length);
      const c = pick(lines[l].length + 1);
      lines[l] = lines[l].slice(0, c) + 'abcdefgh'[pick(8)] + lines[l].slice(c);
      return lines.join('\n');
    }
  }
}

/** Everything features read from an analysis, as text: the tree, the reader's output, the model. */
function snapshot(a: Analysis): string {
  const tok = (t: { text: string; range: unknown; quoted: boolean; file: string }) => `${JSON.stringify(t.text)}${JSON.stringify(t.range)}${t.quoted ? 'q' : ''}${path.basename(t.file)}`;
  const out: string[] = [];
  const visit = (list: readonly Statement[], depth: number) => {
    for (const s of list) {
      out.push(`${depth}|${tok(s.keyword)}|${s.status}|${s.order}|${JSON.stringify(s.range)}|${s.args.map(tok).join(' ')}|${s.open ? tok(s.open) : ''}|${s.close ? tok(s.close) : ''}|${s.parent?.order ?? ''}`);
      for (const it of s.items) out.push(`  item ${JSON.stringify(it.range)} ${it.tokens.map(tok).join(' ')}`);
      visit(s.children, depth + 1);
    }
  };
  visit(a.doc.statements, 0);
  const r = a.doc.read;
  out.push(JSON.stringify(r.items.map((it) => (it.kind === 'words' ? [it.line, it.tokens.map(tok), it.text.text, it.text.map, it.pieceStarts, it.variant] : [it.kind, tok(it.token), it.variant]))));
  out.push(JSON.stringify({ includes: r.includes, definitions: r.definitions, inactive: r.inactive, escapes: r.escapes, files: [...r.files], diagnostics: r.diagnostics, parser: a.doc.diagnostics }));
  out.push(JSON.stringify(a.model.objects.map((o) => [o.kind, o.name, o.statement.order, tok(o.nameToken)])));
  out.push(JSON.stringify(a.model.references.map((o) => [o.kind, o.name, o.statement.order, tok(o.token)])));
  return out.join('\n');
}

/** The statement index of an incrementally made tree equals one built from scratch. */
function assertIndexFresh(a: Analysis): void {
  const index = statementIndex(a.doc);
  const fresh = statementIndex({ ...a.doc });
  assert.deepEqual(index.all, fresh.all);
  assert.deepEqual(index.known, fresh.known);
  assert.deepEqual(index.notKnown, fresh.notKnown);
  const walked: Statement[] = [];
  walk(a.doc.statements, (s) => walked.push(s));
  assert.ok(index.all.length === walked.length && index.all.every((s, i) => s === walked[i]), 'index.all is the walk order');
  for (const name of new Set(fresh.known.map((s) => s.keyword.text))) {
    assert.ok(index.named(name).length === fresh.named(name).length && index.named(name).every((s, i) => s === fresh.named(name)[i]), `named('${name}')`);
    assert.deepEqual(index.roots(name), fresh.roots(name));
  }
  for (const s of fresh.known) assert.deepEqual(index.ofSchema(s.schema!), fresh.ofSchema(s.schema!));
  // Selections over many entries read the per-statement entry numbers carried over by the splice.
  const same = (x: readonly Statement[], y: readonly Statement[]) => x.length === y.length && x.every((s, i) => s === y[i]);
  assert.ok(same(index.where(anyEntry), fresh.known), 'where(any entry) is every known statement');
  assert.ok(same(index.where(notBlocks), fresh.known.filter((s) => s.schema!.kind !== 'block')), 'where(not a block)');
}

const anyEntry = () => true;
const notBlocks = (kw: KeywordSchema) => kw.kind !== 'block';

interface Base {
  file: string;
  text: string;
}

function bases(): Base[] {
  const out: Base[] = [
    { file: path.join(REPO, 'bench', 'generated-small.conf'), text: generateConfig(6, 3) },
    { file: path.join(REPO, 'bench', 'advert.conf'), text: 'global_defs {\n  router_id a\n}\n\nvrrp_instance A {\n  interface eth0\n  virtual_router_id 5\n  advert_int 1.5\n  virtual_ipaddress {\n    192.0.2.1/24\n  }\n}\n' },
  ];
  for (const host of ['lb1', 'lb2']) {
    const f = path.join(REPO, 'examples', 'seed-lab', host, 'keepalived.conf');
    out.push({ file: f, text: fs.readFileSync(f, 'utf8') });
  }
  const dirs = [path.join(REPO, 'test', 'corpus'), ...(HAVE_SHARED ? [path.join(SHARED, 'keepalived', 'samples')] : [])];
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) visit(f);
      else if (/\.conf$|^keepalived\.conf\./.test(e.name)) out.push({ file: f, text: fs.readFileSync(f, 'utf8') });
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) visit(d);
  return out;
}

function check(previous: Analysis | undefined, file: string, text: string, options: AnalysisOptions): { analysis: Analysis; incremental: boolean } {
  const got = analyzeEdited(previous, file, text, options);
  const want = analyze(file, text, options);
  assert.equal(JSON.stringify(got.analysis.diagnostics), JSON.stringify(want.diagnostics), `findings differ (incremental: ${got.incremental})`);
  assert.equal(snapshot(got.analysis), snapshot(want), `tree differs (incremental: ${got.incremental})`);
  return got;
}

describe('incremental re-analysis', function () {
  this.timeout(120_000);

  it('gives what analyze() gives, after each of many random edits (generated, seed, corpus and sample configs; 2.2 and 2.4)', function () {
    if (!HAVE_SHARED) this.test!.title += ' (../shared absent: samples not included)';
    const rnd = prng(20240611);
    let total = 0;
    let incremental = 0;
    for (const base of bases()) {
      for (const version of ['2.2', '2.4'] as const) {
        const options: AnalysisOptions = { version, configId: 'lb1' };
        let text = base.text;
        let previous = analyzeEdited(undefined, base.file, text, options).analysis;
        for (let k = 0; k < 8; k++) {
          // Now and then back to the original text (a clean file again after a broken one).
          const next = rnd() < 0.15 ? base.text : randomEdit(text, rnd);
          let got: ReturnType<typeof check>;
          try {
            got = check(previous, base.file, next, options);
          } catch (e) {
            (e as Error).message += `\n  base ${base.file} (${version}), edit ${k}\n  before: ${JSON.stringify(text.slice(0, 2000))}\n  after: ${JSON.stringify(next.slice(0, 2000))}`;
            throw e;
          }
          if (got.incremental) assertIndexFresh(got.analysis);
          total++;
          if (got.incremental) incremental++;
          previous = got.analysis;
          text = next;
        }
      }
    }
    // The shortcut must really be taken (else this test checks nothing): most edits of a clean file are local.
    // (Random edits often break braces or quotes, and then every later edit is a full analysis until the text is clean again.)
    assert.ok(incremental >= 100 && incremental >= total / 6, `only ${incremental} of ${total} edits were incremental`);
  });

  it('long typing sessions on one generated config stay equal (every keystroke of several lines, lines inserted and removed)', () => {
    const file = path.join(REPO, 'bench', 'typing.conf');
    const options: AnalysisOptions = { configId: 'lb1' };
    const base = generateConfig(12, 4);
    let text = base;
    let previous = analyzeEdited(undefined, file, text, options).analysis;
    let incremental = 0;
    let steps = 0;
    const typeAt = (offset: number, typed: string) => {
      for (let c = 1; c <= typed.length; c++) {
        const next = text.slice(0, offset) + typed.slice(0, c) + text.slice(offset);
        const got = check(previous, file, next, options);
        previous = got.analysis;
        steps++;
        if (got.incremental) incremental++;
      }
      text = text.slice(0, offset) + typed + text.slice(offset);
    };
    // A new setting in the middle, a new real server near the end, a new virtual server at the top.
    typeAt(text.indexOf('    lb_algo rr', text.length / 2), '    persistence_timeout 300\n');
    typeAt(text.lastIndexOf('    real_server'), '    real_server 198.51.100.77 1000 {\n        weight 0\n    }\n');
    typeAt(text.indexOf('virtual_server'), 'virtual_server 203.0.113.200 8080 {\n    protocol TCP\n}\n');
    // Deleting lines one by one from the middle.
    for (let k = 0; k < 10; k++) {
      const lines = text.split('\n');
      lines.splice(Math.floor(lines.length / 2), 1);
      const next = lines.join('\n');
      const got = check(previous, file, next, options);
      previous = got.analysis;
      text = next;
      steps++;
      if (got.incremental) incremental++;
    }
    // Typing a new block breaks its braces until the '{' (and then the '}') is typed: those keystrokes are full analyses.
    assert.ok(incremental >= steps / 3, `only ${incremental} of ${steps} steps were incremental`);
  });

  it('an edit spanning most of a big file (tens of thousands of items and statements replaced at once)', () => {
    const file = path.join(REPO, 'bench', 'wide.conf');
    const base = generateConfig(200, 10);
    const first = analyzeEdited(undefined, file, base, { configId: 'lb1' });
    const lines = base.split('\n');
    const vs = lines.findIndex((l) => l.startsWith('virtual_server'));
    lines[vs + 1] = '    delay_loop 6s';
    lines[lines.length - 5] = '            connect_timeout 300\n            connect_timeout 2';
    const edited = check(first.analysis, file, lines.join('\n'), { configId: 'lb1' });
    assert.equal(edited.incremental, true);
    assertIndexFresh(edited.analysis);
  });

  it('findings of blocks below an edit move with their lines', () => {
    const file = '/virtual/moves.conf';
    const text = 'vrrp_instance A {\n  priority 100\n}\nvrrp_instance B {\n  priority 300\n}\n';
    const first = analyzeEdited(undefined, file, text, { configId: 'x' });
    assert.deepEqual(first.analysis.diagnostics.filter((d) => d.code === 'out-of-range').map((d) => d.range.start.line), [4]);
    const moved = check(first.analysis, file, text.replace('priority 100\n', 'priority 100\n  nopreempt\n\n'), { configId: 'x' });
    assert.equal(moved.incremental, true);
    assert.deepEqual(moved.analysis.diagnostics.filter((d) => d.code === 'out-of-range').map((d) => d.range.start.line), [6]);
  });

  it('an edit in global_defs analyses everything again (block rules read global settings: vrrp_version decides advert_int rounding)', () => {
    const file = '/virtual/global.conf';
    const text = 'global_defs {\n  router_id a\n}\n\nvrrp_instance A {\n  interface eth0\n  virtual_router_id 5\n  advert_int 1.5\n  virtual_ipaddress {\n    192.0.2.1/24\n  }\n}\n';
    const first = analyzeEdited(undefined, file, text, { configId: 'x' });
    assert.ok(first.analysis.diagnostics.some((d) => d.code === 'too-many-decimals'));
    const v3 = check(first.analysis, file, text.replace('router_id a', 'router_id a\n  vrrp_version 3'), { configId: 'x' });
    assert.equal(v3.incremental, false);
    assert.ok(!v3.analysis.diagnostics.some((d) => d.code === 'too-many-decimals'));
  });

  it('falls back to a full analysis for brace problems, includes, definitions, sequences and @id lines, and stays equal', () => {
    const file = '/virtual/fallback.conf';
    const text = 'vrrp_instance A {\n  priority 100\n}\nvrrp_instance B {\n  priority 50\n}\n';
    for (const change of ['  bogus {\n', '  }\n', '  include /nonexistent/x.conf\n', '$X=1\n', '~SEQ(i,1,3) priority $i\n', '@otherhost priority 1\n', '  auth_pass ab\\#cd\n']) {
      const first = analyzeEdited(undefined, file, text, { configId: 'x' });
      const edited = check(first.analysis, file, text.replace('  priority 50\n', `  priority 50\n${change}`), { configId: 'x' });
      assert.equal(edited.incremental, false, JSON.stringify(change));
      // And back: the previous text was not clean, so this is a full analysis too.
      check(edited.analysis, file, text, { configId: 'x' });
    }
  });

  it('severity overrides may change between edits; an unchanged text gives the previous analysis back', () => {
    const file = '/virtual/severity.conf';
    const text = 'vrrp_instance A {\n  priority 300\n}\nvrrp_instance B {\n  priority 50 / 100\n}\n';
    const first = analyzeEdited(undefined, file, text, { configId: 'x' });
    const quiet = check(first.analysis, file, text.replace('priority 300', 'priority 301'), { configId: 'x', severities: { 'out-of-range': 'off', 'extra-arguments': 'hint' } });
    assert.equal(quiet.incremental, true);
    assert.ok(!quiet.analysis.diagnostics.some((d) => d.code === 'out-of-range'));
    const quietOptions: AnalysisOptions = { configId: 'x', severities: { 'out-of-range': 'off', 'extra-arguments': 'hint' } };
    const same = analyzeEdited(quiet.analysis, file, text.replace('priority 300', 'priority 301'), quietOptions);
    assert.equal(same.analysis, quiet.analysis);
    // The same text with other overrides: the findings are published again with the new severities.
    const loud = check(same.analysis, file, text.replace('priority 300', 'priority 301'), { configId: 'x' });
    assert.ok(loud.analysis.diagnostics.some((d) => d.code === 'out-of-range'));
  });
});
