// Differential check for performance work (not a test): analyses a fixed set of configs
// (test/corpus, ../shared samples and experiments, the seed lab, the benchmark's generated
// configs, and seeded random mutations of the small ones) for keepalived 2.2 and 2.4, and
// records the findings and a digest of the syntax tree. Run once before a change with
// `record DIR`, then `compare DIR` after it: any difference is printed and exits 1.
//   node out/bench/differential.js record /tmp/diff-before
//   node out/bench/differential.js compare /tmp/diff-before
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Analysis, NodeFileSystem, OverlayFileSystem, Statement } from '../src/language';
import { generateConfig } from './generate';
import { prng } from '../test/support/prng';

/** Where the inputs are copied from (DIFF_SOURCE_REPO: another clone, e.g. when a baseline is built in a worktree). */
const REPO = path.resolve(process.env.DIFF_SOURCE_REPO ?? path.resolve(__dirname, '..', '..'));
const SHARED = path.resolve(REPO, '..', 'shared');

interface Case {
  name: string;
  file: string;
  /** In-memory text (mutations); undefined: read from disk. */
  text?: string;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile() && !/\.(md|sh|out)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const INSERTS = ['{', '}', '"', '#', '!', '$', '@', '~', '\\', ' ', '\t', '\\#', '$X', '${X}', '$X=1 ', '@lb1 ', '@^lb1 ', '~SEQ(i,1,3) ', 'priority 100 / 50', 'include ', 'x', '0', '\r', '"a b"', '} {'];

/** One random change of a text: delete/duplicate/swap lines, delete or insert characters. */
function mutate(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const pick = (n: number) => Math.floor(rnd() * n);
  const li = pick(lines.length);
  switch (pick(6)) {
    case 0:
      lines.splice(li, 1);
      break;
    case 1:
      lines.splice(li, 0, lines[pick(lines.length)]);
      break;
    case 2: {
      const lj = pick(lines.length);
      [lines[li], lines[lj]] = [lines[lj], lines[li]];
      break;
    }
    case 3: {
      const l = lines[li];
      const c = pick(l.length + 1);
      lines[li] = l.slice(0, c) + l.slice(c + 1 + pick(3));
      break;
    }
    default: {
      const l = lines[li];
      const c = pick(l.length + 1);
      lines[li] = l.slice(0, c) + INSERTS[pick(INSERTS.length)] + l.slice(c);
    }
  }
  return lines.join('\n');
}

/** The input trees, copied into DIR/inputs at `record` time so that later edits to the corpus do not count. */
const SOURCES: [string, string][] = [
  ['corpus', path.join(REPO, 'test', 'corpus')],
  ['samples', path.join(SHARED, 'keepalived', 'samples')],
  ['experiments', path.join(SHARED, 'keepalived', 'provenance', 'experiments')],
  ['seed-lab', path.join(REPO, 'examples', 'seed-lab')],
];

function snapshot(inputs: string): void {
  fs.rmSync(inputs, { recursive: true, force: true });
  for (const [name, src] of SOURCES) if (fs.existsSync(src)) fs.cpSync(src, path.join(inputs, name), { recursive: true });
}

function cases(inputs: string): Case[] {
  const out: Case[] = [];
  const roots = SOURCES.flatMap(([name]) => filesUnder(path.join(inputs, name)));
  for (const f of roots) out.push({ name: rel(f), file: f });
  const gen = path.join(inputs, 'generated');
  for (const [name, vs] of [['small', 20], ['medium', 200], ['big', 2000]] as const) {
    out.push({ name: `generated-${name}`, file: path.join(gen, `${name}.conf`), text: generateConfig(vs, 10) });
  }
  // Mutations of each small config (seeded: the same every run).
  const rnd = prng(20240611);
  for (const f of roots) {
    const base = fs.readFileSync(f, 'utf8');
    if (base.length > 200_000) continue;
    for (let k = 0; k < 12; k++) {
      let text = base;
      const n = 1 + Math.floor(rnd() * 3);
      for (let j = 0; j < n; j++) text = mutate(text, rnd);
      out.push({ name: `${rel(f)}#m${k}`, file: f, text });
    }
  }
  return out;
}

let base = '';
function rel(file: string): string {
  return path.relative(base, file);
}

/** Everything the editor features read from the tree, in order. */
function treeDigest(a: Analysis): string {
  const h = createHash('sha256');
  const tok = (t: { text: string; file: string; range: unknown; quoted: boolean }) => `${JSON.stringify(t.text)}@${rel(t.file)}:${JSON.stringify(t.range)}${t.quoted ? 'q' : ''}`;
  const visit = (list: readonly Statement[], depth: number) => {
    for (const s of list) {
      h.update(`${depth}|${tok(s.keyword)}|${s.status}|${s.order}|${JSON.stringify(s.range)}|${s.args.map(tok).join(' ')}|${s.open ? tok(s.open) : ''}|${s.close ? tok(s.close) : ''}|${s.parent?.order ?? ''}\n`);
      for (const it of s.items) h.update(`  item ${JSON.stringify(it.range)} ${it.tokens.map(tok).join(' ')}\n`);
      visit(s.children, depth + 1);
    }
  };
  visit(a.doc.statements, 0);
  const r = a.doc.read;
  h.update(JSON.stringify({ includes: r.includes.map((i) => ({ ...i, file: rel(i.file), resolved: i.resolved.map(rel) })), definitions: r.definitions.map((d) => ({ ...d, file: rel(d.file) })), inactive: r.inactive.map((i) => ({ ...i, file: rel(i.file) })), escapes: r.escapes.map((e) => ({ ...e, file: rel(e.file) })), files: [...r.files.keys()].map(rel) }));
  h.update(JSON.stringify(a.model.objects.map((o) => [o.kind, o.name, o.statement.order])));
  h.update(JSON.stringify(a.model.references.map((o) => [o.kind, o.name, tok(o.token), o.statement.order])));
  return h.digest('hex');
}

function run(c: Case, version: '2.2' | '2.4'): unknown {
  const fsHost = c.text !== undefined ? new OverlayFileSystem(new Map([[path.resolve(c.file), c.text]]), new NodeFileSystem()) : new NodeFileSystem();
  const a = analyze(c.file, c.text, { version, configId: 'lb1', fs: fsHost });
  const diagnostics = a.diagnostics.map((d) => ({ ...d, file: rel(d.file), related: d.related?.map((x) => ({ ...x, file: rel(x.file) })) }));
  return { diagnostics, tree: treeDigest(a) };
}

function main(): void {
  const [mode, dir] = process.argv.slice(2);
  if (!['record', 'compare'].includes(mode) || !dir) {
    console.error('usage: differential.js record|compare DIR');
    process.exit(2);
  }
  fs.mkdirSync(dir, { recursive: true });
  const inputs = path.resolve(dir, 'inputs');
  base = inputs;
  if (mode === 'record') snapshot(inputs);
  fs.mkdirSync(path.join(dir, 'results'), { recursive: true });
  let differences = 0;
  let total = 0;
  const t0 = Date.now();
  for (const c of cases(inputs)) {
    for (const version of ['2.2', '2.4'] as const) {
      if (c.name === 'generated-big' && version === '2.4') continue;
      total++;
      const key = createHash('sha1').update(`${c.name}\0${version}`).digest('hex').slice(0, 16);
      const out = path.join(dir, 'results', `${key}.json`);
      const json = JSON.stringify({ case: c.name, version, result: run(c, version) }, null, 1);
      if (mode === 'record') {
        fs.writeFileSync(out, json);
        continue;
      }
      const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
      if (before !== json) {
        differences++;
        fs.writeFileSync(out + '.after', json);
        console.log(`DIFFERENT: ${c.name} (${version}): diff ${out} ${out}.after`);
      }
    }
  }
  console.log(`${mode}: ${total} analyses in ${((Date.now() - t0) / 1000).toFixed(1)} s${mode === 'compare' ? `, ${differences} different` : ''}`);
  if (differences) process.exitCode = 1;
}

main();
