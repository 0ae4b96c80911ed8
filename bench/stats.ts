// Timing helpers: medians of repeated runs, wall time of child processes.
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns every duration in ms. */
export function timeRuns(runs: number, fn: () => void, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = nowMs();
    fn();
    out.push(nowMs() - t0);
  }
  return out;
}

export interface ProcessTiming {
  ms: number[];
  /** User + system CPU time of each run (from /usr/bin/time; empty when it is not installed). */
  cpuMs: number[];
  status: number | null;
  stderr: string;
  stdoutBytes: number;
}

const TIME = '/usr/bin/time';
const HAVE_TIME = fs.existsSync(TIME);
const CPU_MARK = '__bench_cpu';

/**
 * Wall time of a child process, start to exit, measured `runs` times after one warm-up
 * (file cache). CPU time is taken too: on a busy machine it is steadier than wall time.
 */
export function timeProcess(cmd: string, args: string[], runs: number, opts: SpawnSyncOptions = {}): ProcessTiming {
  let last: ReturnType<typeof spawnSync> | undefined;
  const cpuMs: number[] = [];
  let stderr = '';
  let measuring = false;
  const ms = timeRuns(runs, () => {
    last = HAVE_TIME
      ? spawnSync(TIME, ['-f', `${CPU_MARK} %U %S`, cmd, ...args], { maxBuffer: 512 * 1024 * 1024, timeout: 300_000, ...opts })
      : spawnSync(cmd, args, { maxBuffer: 512 * 1024 * 1024, timeout: 300_000, ...opts });
    if (last.error) throw last.error;
    stderr = String(last.stderr ?? '');
    const m = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)\\s*$`).exec(stderr);
    if (m) {
      stderr = stderr.slice(0, m.index).replace(/Command exited with non-zero status \d+\n$/, '');
      if (measuring) cpuMs.push((Number(m[1]) + Number(m[2])) * 1000);
    }
    measuring = true;
  });
  return { ms, cpuMs, status: last?.status ?? null, stderr, stdoutBytes: last?.stdout ? Buffer.byteLength(last.stdout) : 0 };
}

export function fmtMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}
