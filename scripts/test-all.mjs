#!/usr/bin/env node
// The full test run (README's test command, and what .ci/run calls): every stage in turn,
// each stage's own output shown as it runs, then one closing line with the totals.
// Stages that cannot run here say so themselves (e.g. test-electron without internet).
import { spawn } from 'node:child_process';

const STAGES = [
  { name: 'unit, LSP, CLI, parity, lab (mocha)', cmd: 'npm', args: ['run', 'test:unit'] },
  { name: 'TextMate grammar', cmd: 'npm', args: ['run', 'test:grammar'] },
  { name: 'extension in VS Code via @vscode/test-electron', cmd: 'npm', args: ['run', 'test:electron'] },
  { name: 'extension in code-server (dev folder and installed .vsix)', cmd: 'npm', args: ['run', 'test:code-server'] },
  { name: 'the installed .vsix in Russian (code-server --locale ru)', cmd: 'npm', args: ['run', 'test:l10n'] },
  { name: 'npm start: code-server with the extension and a live namespace lab', cmd: 'npm', args: ['run', 'test:start'] },
  { name: 'extension in Eclipse Theia', cmd: 'npm', args: ['run', 'test:theia'] },
  { name: 'walkthrough on the QEMU lab with real IPVS', cmd: 'npm', args: ['run', 'test:qemu'] },
];

const only = process.argv.slice(2);
const CLOSING = /^(?:\w+:\s*)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;

function run(stage) {
  return new Promise((resolve) => {
    const child = spawn(stage.cmd, stage.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let last;
    const scan = (buf, out) => {
      out.write(buf);
      for (const line of buf.toString().split('\n')) {
        const m = CLOSING.exec(line.trim());
        if (m) last = { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0) };
      }
    };
    child.stdout.on('data', (b) => scan(b, process.stdout));
    child.stderr.on('data', (b) => scan(b, process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, counts: last }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
let failedStages = 0;
for (const stage of STAGES) {
  if (only.length && !only.some((o) => stage.args.join(' ').includes(o))) continue;
  console.log(`\n===== ${stage.name}: ${stage.cmd} ${stage.args.join(' ')}`);
  const t0 = Date.now();
  const { code, counts } = await run(stage);
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (code !== 0) failedStages++;
  summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${stage.name}: ${counts ? `${counts.passed} passed, ${counts.failed} failed` : 'no test counts (see its output)'} (${secs} s, exit ${code})`);
}
console.log('\n===== summary');
for (const s of summary) console.log(s);
if (failedStages) {
  // A stage that failed without counting a failure (crash, setup error) still fails the run.
  if (totals.failed === 0) totals.failed = failedStages;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStages ? 1 : 0);
