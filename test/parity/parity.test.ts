// Parity with the real keepalived: every finding of `keepalived -t` (Debian's 2.2.7) on the
// upstream samples and on our corpus must be matched by one of our diagnostics, and a file
// keepalived accepts without a word must get no error from us. Prints the parity table and,
// with reasons, what we report where keepalived is silent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Analysis } from '../../src/language';
import { HAVE_SHARED, REPO, SHARED } from '../support/fixtures';
import { OracleResult, oracleAvailability, runKeepalived } from './keepalivedOracle';
import { EXTRA_REASONS, FileParity, compare } from './matching';

const SAMPLES = path.join(SHARED, 'keepalived', 'samples');
const CORPUS = path.join(REPO, 'test', 'corpus');
const POOL = 4;

/** Every file under `dir` (sorted), recursively. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** Samples: everything but the shell scripts and the README (the systemd drop-in is still lexed). */
const sampleFiles = HAVE_SHARED ? filesUnder(SAMPLES).filter((f) => !f.endsWith('.sh') && path.basename(f) !== 'README.md') : [];
/** Corpus configs end in .conf; fragments they include use other extensions (see test/corpus/README.md). */
const corpusFiles = filesUnder(CORPUS).filter((f) => f.endsWith('.conf'));

interface Row {
  name: string;
  file: string;
  oracle?: OracleResult;
  analysis?: Analysis;
  parity?: FileParity;
  error?: string;
}

function displayName(file: string): string {
  return file.startsWith(SAMPLES) ? `samples/${path.relative(SAMPLES, file)}` : path.relative(REPO, file);
}

async function pool<T>(items: T[], size: number, work: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(runners);
}

const oracle = oracleAvailability();

describe('parity with keepalived -t (Debian 2.2.7)', function () {
  this.timeout(600_000);
  const rows: Row[] = [...sampleFiles, ...corpusFiles].map((file) => ({ name: displayName(file), file }));

  before(async function () {
    if (!oracle.ok) return;
    await pool(rows, POOL, async (row) => {
      try {
        const analysis = analyze(row.file, undefined, { version: '2.2' });
        const texts = [...analysis.doc.read.files.values()];
        row.oracle = await runKeepalived(row.file, texts);
        row.analysis = analysis;
        row.parity = compare(row.oracle, analysis);
      } catch (e) {
        row.error = (e as Error).stack ?? String(e);
      }
    });
  });

  after(function () {
    if (!oracle.ok || !rows.some((r) => r.parity)) return;
    process.stdout.write(report(rows));
  });

  if (!HAVE_SHARED) {
    it('upstream samples (SKIPPED: ../shared is absent in this checkout, so only the corpus is compared)', function () {
      this.skip();
    });
  }

  for (const row of rows) {
    it(oracle.ok ? row.name : `${row.name} (SKIPPED: ${oracle.reason})`, function () {
      if (!oracle.ok) this.skip();
      assert.equal(row.error, undefined, row.error);
      const p = row.parity!;
      const o = row.oracle!;
      assert.ok(!o.timedOut, `keepalived -t timed out on ${row.name}`);
      const problems: string[] = [];
      for (const m of p.missed) problems.push(`missed: ${m.finding.line !== undefined ? `${path.basename(m.file ?? '')}:${m.finding.line} ` : '(after parsing) '}${m.finding.message}`);
      for (const d of p.falseErrors) problems.push(`false error (keepalived accepts the file silently): ${d.range.start.line + 1}: [${d.code}] ${d.message}`);
      assert.deepEqual(problems, [], `${row.name}: keepalived exit ${o.exitCode}${o.signal ? ` (${o.signal})` : ''}\n${problems.join('\n')}`);
    });
  }
});

function report(rows: Row[]): string {
  const lines: string[] = [];
  const w = Math.max(...rows.map((r) => r.name.length), 4);
  lines.push('', 'Parity with keepalived -t (2.2.7)', '');
  lines.push(`${'file'.padEnd(w)} |    exit | keepalived | matched | missed | ours extra`);
  lines.push(`${'-'.repeat(w)}-|---------|------------|---------|--------|-----------`);
  for (const r of rows) {
    if (!r.parity || !r.oracle) {
      lines.push(`${r.name.padEnd(w)} | error: ${r.error?.split('\n')[0] ?? 'not run'}`);
      continue;
    }
    const p = r.parity;
    const exit = r.oracle.signal ?? String(r.oracle.exitCode);
    const note = r.oracle.inconclusive ? `  (inconclusive: ${r.oracle.inconclusive})` : '';
    lines.push(`${r.name.padEnd(w)} | ${exit.padStart(7)} | ${String(p.findings.length).padStart(10)} | ${String(p.findings.length - p.missed.length).padStart(7)} | ${String(p.missed.length).padStart(6)} | ${String(p.extras.length).padStart(10)}${note}`);
  }
  const missed = rows.flatMap((r) => (r.parity?.missed ?? []).map((m) => `  ${r.name}: ${m.finding.line !== undefined ? `${m.file && m.file !== r.file ? `${path.basename(m.file)}:` : ''}line ${m.finding.line}` : 'after parsing'}: ${m.finding.message}`));
  if (missed.length) lines.push('', 'Missed keepalived findings:', ...missed);
  const falseErrors = rows.flatMap((r) => (r.parity?.falseErrors ?? []).map((d) => `  ${r.name}:${d.range.start.line + 1} [${d.code}] ${d.message}`));
  if (falseErrors.length) lines.push('', 'Errors on files keepalived accepts silently:', ...falseErrors);
  const byCode = new Map<string, string[]>();
  for (const r of rows) {
    for (const d of r.parity?.extras ?? []) {
      const list = byCode.get(d.code) ?? [];
      list.push(`${r.name}:${d.range.start.line + 1}`);
      byCode.set(d.code, list);
    }
  }
  if (byCode.size) {
    lines.push('', 'Our findings where keepalived -t says nothing (code: count, why, where):');
    for (const [code, where] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${code}: ${where.length} - ${EXTRA_REASONS[code] ?? '(no reason recorded in test/parity/matching.ts EXTRA_REASONS)'}`);
      lines.push(`      ${where.slice(0, 6).join(', ')}${where.length > 6 ? `, ... (${where.length - 6} more)` : ''}`);
    }
  }
  lines.push('');
  return lines.join('\n') + '\n';
}
