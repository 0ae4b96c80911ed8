// A/B timing of `keepalived-lab lint` builds (not a test): runs each build and `keepalived -t`
// alternately on the same generated config, so that other work on a shared machine slows all
// of them alike, and prints medians and minimums of wall and CPU time.
//   node out/bench/ab.js [--runs N] [--size VSxRS] [--format json] DIR...
// Each DIR is a built checkout (DIR/bin/keepalived-lab and DIR/dist/cli.js), e.g. a copy of
// bin/ and dist/ taken before a change and the working tree after it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateConfig, INTERFACES } from './generate';
import { openKeepalived } from './keepalived';
import { median, timeProcess } from './stats';

interface Subject {
  label: string;
  run(file: string): { ms: number[]; cpuMs: number[] };
  ms: number[];
  cpuMs: number[];
}

function usage(message: string): never {
  process.stderr.write(`ab: ${message}\nusage: node out/bench/ab.js [--runs N] [--size VSxRS] [--format text|json] DIR...\n`);
  process.exit(2);
}

function main(): void {
  const args = process.argv.slice(2);
  let runs = 9;
  let size = [2000, 10];
  let format = 'json';
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--runs') runs = Number(args[++i]);
    else if (a === '--size') size = (args[++i] ?? '').split('x').map(Number);
    else if (a === '--format') format = args[++i] ?? '';
    else dirs.push(a);
  }
  if (!Number.isInteger(runs) || runs < 1) usage('--runs takes a positive whole number');
  if (size.length !== 2 || !size.every((n) => Number.isInteger(n) && n > 0)) usage('--size takes VSxRS, e.g. 2000x10');
  if (!dirs.length) usage('give at least one build directory');
  for (const d of dirs) if (!fs.existsSync(path.join(d, 'bin', 'keepalived-lab'))) usage(`${d}/bin/keepalived-lab is missing`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kalab-ab-'));
  const file = path.join(tmp, 'ab.conf');
  fs.writeFileSync(file, generateConfig(size[0], size[1]));
  const keepalived = openKeepalived(INTERFACES);
  try {
    const subjects: Subject[] = dirs.map((d) => ({
      label: d,
      run: (f: string) => timeProcess(process.execPath, [path.join(d, 'bin', 'keepalived-lab'), 'lint', '--format', format, f], 1, { encoding: 'utf8' }),
      ms: [],
      cpuMs: [],
    }));
    const overhead: number[] = [];
    if (keepalived.available) subjects.push({ label: 'keepalived -t', run: (f) => keepalived.run(f, 1), ms: [], cpuMs: [] });
    else process.stderr.write(`keepalived -t skipped: ${keepalived.reason}\n`);
    // One unmeasured run each (file cache, code cache), then the rounds.
    for (const s of subjects) s.run(file);
    for (let r = 0; r < runs; r++) {
      for (const s of subjects) {
        const t = s.run(file);
        s.ms.push(...t.ms);
        s.cpuMs.push(...t.cpuMs);
      }
      if (keepalived.available) overhead.push(...keepalived.overhead(1).ms);
    }
    // keepalived runs inside `ip netns exec`: its wrapper's time is taken off.
    const nsMs = overhead.length ? median(overhead) : 0;
    const ka = subjects.find((s) => s.label === 'keepalived -t');
    const kaMs = ka ? median(ka.ms) - nsMs : undefined;
    const fmt = (xs: number[], minus = 0) => (xs.length ? `${(median(xs) - minus).toFixed(0).padStart(6)} ${(Math.min(...xs) - minus).toFixed(0).padStart(6)}` : '     -      -');
    console.log(`${size[0]}×${size[1]} config, ${runs} rounds, load average at end ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores`);
    console.log(`${'subject'.padEnd(40)} wall: median    min   cpu: median    min   wall ratio to keepalived -t`);
    for (const s of subjects) {
      const minus = s === ka ? nsMs : 0;
      const ratio = kaMs ? `${((median(s.ms) - minus) / kaMs).toFixed(2)}×` : '—';
      console.log(`${s.label.padEnd(40)}       ${fmt(s.ms, minus)}        ${fmt(s.cpuMs)}   ${ratio}`);
    }
  } finally {
    keepalived.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
