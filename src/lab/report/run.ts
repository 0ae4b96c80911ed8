// A walkthrough run as the report sees it: the step results of one go through the lab,
// read back from the JSON the runner saved for each step (or from a run file we wrote).
// Every run can be kept as one JSON file (a "run bundle") so that its report can be made
// again and two runs compared.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RUN_FORMAT, StepResult, STEPS, isStepId } from '../exercises';
import { Inventory, LabHost, ServiceSettings } from '../inventory/types';
import { Lang, strings } from './i18n';

export const RUN_BUNDLE_KIND = 'keepalived-lab-walkthrough-run';
export const RUN_BUNDLE_FORMAT = 1;

/** The lab as it was described when the run was reported (no SSH settings). */
export interface LabSnapshot {
  name: string;
  hosts: Pick<LabHost, 'name' | 'role' | 'address' | 'interface' | 'director'>[];
  service: ServiceSettings;
}

/** A step result that is not part of the run, and why. */
export interface LeftOut {
  step: string;
  startedAt: string;
  reason: 'older' | 'stale' | 'other-lab';
  /** For 'stale': the earlier step whose later failure makes this result out of date. */
  after?: string;
}

export interface WalkthroughRun {
  lab: string;
  /** One result per step at most, in walkthrough order. */
  steps: StepResult[];
  snapshot?: LabSnapshot;
  /** Files the results were read from. */
  sources: string[];
  leftOut: LeftOut[];
}

/** The JSON file a run is kept in. */
export interface RunBundle {
  kind: typeof RUN_BUNDLE_KIND;
  format: number;
  createdAt: string;
  lab: string;
  snapshot?: LabSnapshot;
  steps: StepResult[];
  leftOut?: LeftOut[];
  sources?: string[];
}

export class RunLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunLoadError';
  }
}

export function snapshotOf(inv: Inventory): LabSnapshot {
  return {
    name: inv.name,
    hosts: inv.hosts.map((h) => ({ name: h.name, role: h.role, address: h.address, interface: h.interface, ...(h.director ? { director: { ...h.director } } : {}) })),
    service: JSON.parse(JSON.stringify(inv.service)) as ServiceSettings,
  };
}

function isStepResult(x: unknown): x is StepResult {
  const r = x as StepResult;
  return !!r && typeof r === 'object' && typeof r.step === 'string' && isStepId(r.step) && typeof r.status === 'string' && Array.isArray(r.commands) && Array.isArray(r.checks);
}

function isBundle(x: unknown): x is RunBundle {
  return !!x && typeof x === 'object' && (x as RunBundle).kind === RUN_BUNDLE_KIND;
}

interface ReadFile {
  file: string;
  results: StepResult[];
  bundle?: RunBundle;
}

/** Reads one JSON file: a run bundle, one step result (as the runner saves it) or an array of them (`lab run-all --json`). */
export function readRunFile(file: string, lang?: Lang): ReadFile {
  const t = strings(lang ?? 'en').load;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RunLoadError(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? t.noFile : t.notJson((e as Error).message)}`);
  }
  if (isBundle(data)) {
    if (data.format !== RUN_BUNDLE_FORMAT) throw new RunLoadError(`${file}: ${t.bundleFormat(data.format, RUN_BUNDLE_FORMAT)}`);
    if (!Array.isArray(data.steps) || !data.steps.every(isStepResult)) throw new RunLoadError(`${file}: ${t.bundleDamaged}`);
    return { file, results: data.steps, bundle: data };
  }
  if (Array.isArray(data)) {
    if (!data.length || !data.every(isStepResult)) throw new RunLoadError(`${file}: ${t.notList}`);
    return { file, results: data };
  }
  if (isStepResult(data)) {
    const f = (data as { format?: number }).format;
    if (f !== undefined && f !== RUN_FORMAT) throw new RunLoadError(`${file}: ${t.resultFormat(f, RUN_FORMAT)}`);
    return { file, results: [data] };
  }
  throw new RunLoadError(`${file}: ${t.notOurs}`);
}

/** The step results saved in a directory (the runner's runs/<lab>); files that are not results are skipped. */
export function readRunDir(dir: string, lang?: Lang): ReadFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    throw new RunLoadError(`${dir}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? strings(lang ?? 'en').load.noDir : (e as Error).message}`);
  }
  const out: ReadFile[] = [];
  for (const n of names) {
    try {
      const r = readRunFile(path.join(dir, n), lang);
      if (!r.bundle) out.push(r);
    } catch {
      // Not ours (or damaged): a directory may hold other JSON.
    }
  }
  return out;
}

const time = (r: StepResult): number => Date.parse(r.startedAt) || 0;
const BROKEN = new Set(['failed', 'error', 'cancelled']);

/**
 * The latest run out of many step results: the newest result of each step of the newest
 * result's lab — except results that ran before a later failure of an earlier step (the
 * lab changed under them since), which are left out as stale.
 */
export function assembleRun(results: StepResult[], sources: string[] = [], lang?: Lang): WalkthroughRun {
  if (!results.length) throw new RunLoadError(strings(lang ?? 'en').load.nothingToReport);
  const sorted = [...results].sort((a, b) => time(b) - time(a));
  const lab = sorted[0].lab;
  const leftOut: LeftOut[] = [];
  const newest = new Map<string, StepResult>();
  for (const r of sorted) {
    if (r.lab !== lab) leftOut.push({ step: r.step, startedAt: r.startedAt, reason: 'other-lab' });
    else if (newest.has(r.step)) leftOut.push({ step: r.step, startedAt: r.startedAt, reason: 'older' });
    else newest.set(r.step, r);
  }
  const steps: StepResult[] = [];
  for (const def of STEPS) {
    const r = newest.get(def.id);
    if (!r) continue;
    const breaker = steps.find((e) => BROKEN.has(e.status) && time(e) > time(r));
    if (breaker) leftOut.push({ step: r.step, startedAt: r.startedAt, reason: 'stale', after: breaker.step });
    else steps.push(r);
  }
  return { lab, steps, sources, leftOut: leftOut.filter((l) => l.reason !== 'older') };
}

/**
 * Reads a run from files and directories: a single run bundle is the run itself; anything
 * else (step result files, directories of them, arrays) is assembled into the latest run.
 */
/** lang: the language of the errors (default English). */
export function loadRun(paths: string[], lang?: Lang): WalkthroughRun {
  const t = strings(lang ?? 'en').load;
  if (!paths.length) throw new RunLoadError(t.noRun);
  const files: ReadFile[] = [];
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      throw new RunLoadError(`${p}: ${t.noPath}`);
    }
    if (st.isDirectory()) files.push(...readRunDir(p, lang));
    else files.push(readRunFile(p, lang));
  }
  if (files.length === 1 && files[0].bundle) {
    const b = files[0].bundle;
    return { lab: b.lab, steps: [...b.steps].sort((x, y) => x.index - y.index), ...(b.snapshot ? { snapshot: b.snapshot } : {}), sources: b.sources ?? [files[0].file], leftOut: b.leftOut ?? [] };
  }
  const results = files.flatMap((f) => f.results);
  if (!results.length) throw new RunLoadError(t.noResults(paths.join(', ')));
  const snapshot = files.find((f) => f.bundle?.snapshot)?.bundle?.snapshot;
  const run = assembleRun(results, files.map((f) => f.file), lang);
  return snapshot && snapshot.name === run.lab ? { ...run, snapshot } : run;
}

export function toBundle(run: WalkthroughRun, now = new Date()): RunBundle {
  return {
    kind: RUN_BUNDLE_KIND,
    format: RUN_BUNDLE_FORMAT,
    createdAt: now.toISOString(),
    lab: run.lab,
    ...(run.snapshot ? { snapshot: run.snapshot } : {}),
    steps: run.steps.map((s) => ({ ...s, savedTo: undefined })),
    leftOut: run.leftOut,
    sources: run.sources,
  };
}

/** Keeps the run as one JSON file (what `--run FILE` and `--compare` read). */
export function saveRunBundle(file: string, run: WalkthroughRun): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(toBundle(run), null, 2) + '\n');
  return file;
}

/** The run file kept next to a report: report.md → report.run.json. */
export function bundlePathFor(reportFile: string): string {
  return reportFile.replace(/\.(md|markdown)$/i, '') + '.run.json';
}
