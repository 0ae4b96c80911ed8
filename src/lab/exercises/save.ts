// Each run of a step is saved as one JSON file (what ran, with its real output, the verdict and
// the explanation), for reports made later.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StepResult } from './types';

/** Version of the saved JSON layout (bump when StepResult changes incompatibly). */
export const RUN_FORMAT = 1;

/** $XDG_STATE_HOME/keepalived-lab/runs/<lab>, ~/.local/state by default. */
export function defaultRunsDir(lab: string): string {
  const state = process.env.XDG_STATE_HOME || path.join(os.homedir(), '.local', 'state');
  return path.join(state, 'keepalived-lab', 'runs', lab.replace(/[^A-Za-z0-9_.-]/g, '_') || 'lab');
}

function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.(\d{3})Z$/, '$1Z');
}

/** Writes the result to DIR/<time>-<nn>-<step>.json and returns the path. */
export function saveResult(dir: string, result: StepResult): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${stamp(result.startedAt)}-${String(result.index).padStart(2, '0')}-${result.step}.json`);
  const body = { format: RUN_FORMAT, ...result, savedTo: undefined };
  fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

/** Reads a saved run back. */
export function loadResult(file: string): StepResult & { format: number } {
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as StepResult & { format?: number };
  if (r.format !== RUN_FORMAT) throw new Error(`${file} is not a keepalived-lab step run (format ${String(r.format)}).`);
  return r as StepResult & { format: number };
}
