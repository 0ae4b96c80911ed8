// Shared helpers of the report tests: the recorded namespace-lab run, and copies of it changed
// the way a test needs (a failed step, a missing step, IPVS outputs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StepResult } from '../../src/lab/exercises/types';
import { loadRun, WalkthroughRun } from '../../src/lab/report';
import { REPO } from '../support/fixtures';

export const RECORDED = path.join(REPO, 'test', 'report', 'recorded');
export const RECORDED_RUN_DIR = path.join(RECORDED, 'nslab-run');

export function recordedRun(): WalkthroughRun {
  return loadRun([RECORDED_RUN_DIR]);
}

export function step(run: WalkthroughRun, id: string): StepResult {
  const s = run.steps.find((x) => x.step === id);
  if (!s) throw new Error(`no step ${id} in the run`);
  return s;
}

/** A deep copy, so a test can change it freely. */
export function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Text of the report before its first "## " heading: what a reader sees first. */
export function top(markdown: string): string {
  const i = markdown.indexOf('\n## ');
  return i < 0 ? markdown : markdown.slice(0, i);
}

export function readRecorded(name: string): string {
  return fs.readFileSync(path.join(RECORDED, name), 'utf8');
}
