// Timing helpers: medians of repeated runs, wall time of child processes.
import { spawnSync, SpawnSyncOptions } from 'node:child_process';

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
  status: number | null;
  stderr: string;
  stdoutBytes: number;
}

/** Wall time of a child process, start to exit, measured `runs` times after one warm-up (file cache). */
export function timeProcess(cmd: string, args: string[], runs: number, opts: SpawnSyncOptions = {}): ProcessTiming {
  let last: ReturnType<typeof spawnSync> | undefined;
  const ms = timeRuns(runs, () => {
    last = spawnSync(cmd, args, { maxBuffer: 512 * 1024 * 1024, timeout: 300_000, ...opts });
    if (last.error) throw last.error;
  });
  return { ms, status: last?.status ?? null, stderr: String(last?.stderr ?? ''), stdoutBytes: last?.stdout ? Buffer.byteLength(last.stdout) : 0 };
}

export function fmtMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}
