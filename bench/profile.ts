// Where the CLI spends its time: runs it once under `node --cpu-prof` and sums the
// samples by function, naming each function's source file from the bundle's
// `// src/...` section markers (esbuild writes one before each module).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  fn: string;
  source: string;
  selfMs: number;
  share: number;
}

/** Source module of each line of the bundle, from esbuild's `// src/...` markers. */
function bundleSections(bundle: string): (line: number) => string {
  const marks: { line: number; source: string }[] = [];
  fs.readFileSync(bundle, 'utf8').split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) marks.push({ line: i, source: m[1] });
  });
  return (line) => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = '';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid].line <= line) {
        found = marks[mid].source;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export function profileCli(bin: string, bundle: string, args: string[], outDir: string): { totalMs: number; hot: HotSpot[] } {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', outDir, bin, ...args], { maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw r.error;
  const file = fs.readdirSync(outDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('node --cpu-prof wrote no profile');
  const prof = JSON.parse(fs.readFileSync(path.join(outDir, file), 'utf8')) as CpuProfile;
  const sectionOf = bundleSections(bundle);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; source: string; us: number }>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const us = prof.timeDeltas[i] ?? 0;
    total += us;
    const inBundle = n.callFrame.url.endsWith(path.basename(bundle));
    const source = inBundle ? sectionOf(n.callFrame.lineNumber) : n.callFrame.url.replace(/^node:/, 'node:') || '(vm)';
    const fn = n.callFrame.functionName || '(anonymous)';
    const key = `${fn}\0${source}`;
    const e = self.get(key) ?? { fn, source, us: 0 };
    e.us += us;
    self.set(key, e);
  });
  const hot = [...self.values()].sort((a, b) => b.us - a.us).map((e) => ({ fn: e.fn, source: e.source, selfMs: e.us / 1000, share: e.us / total }));
  return { totalMs: total / 1000, hot };
}
