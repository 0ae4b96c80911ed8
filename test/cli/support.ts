// Runs the real bundled command-line tool (bin/keepalived-lab → dist/lint.js for lint,
// dist/cli.js for the other commands) in a child process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonFinding } from '../../src/cli/format/json';
import { REPO } from '../support/fixtures';

export const BIN = path.join(REPO, 'bin', 'keepalived-lab');

let built = false;

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Makes sure dist/cli.js and dist/lint.js are built from the current sources: when any file
 * under src/ is newer than a bundle (e.g. only `tsc` ran), runs the project's own `node esbuild.mjs`.
 */
export function buildCli(): void {
  if (built) return;
  const newest = newestSource(path.join(REPO, 'src'));
  const stale = ['cli.js', 'lint.js'].some((b) => {
    const bundle = path.join(REPO, 'dist', b);
    return !fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newest;
  });
  if (stale) {
    const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`node esbuild.mjs failed:\n${r.stderr}${r.stdout}`);
  }
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; input?: string | Buffer } = {}): CliRun {
  // Messages follow the locale (keepalived-lab --lang defaults to LC_ALL / LC_MESSAGES / LANG):
  // tests get English unless they ask for a language, whatever the developer's locale is.
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...opts.env };
  delete env.NO_COLOR;
  if (opts.env?.NO_COLOR !== undefined) env.NO_COLOR = opts.env.NO_COLOR;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? REPO, env, encoding: 'utf8', timeout: opts.timeoutMs ?? 20000, maxBuffer: 256 * 1024 * 1024, ...(opts.input !== undefined ? { input: opts.input } : {}) });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms };
}

/** A fresh temporary directory with the given files (relative names); removed by the returned cleanup. */
export function tempDir(files: Record<string, string | Buffer> = {}): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kalab-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export type { JsonFinding };

export function parseJson(run: CliRun): JsonFinding[] {
  const parsed = JSON.parse(run.stdout) as unknown;
  if (!Array.isArray(parsed)) throw new Error('lint --format json did not print an array');
  return parsed as JsonFinding[];
}
