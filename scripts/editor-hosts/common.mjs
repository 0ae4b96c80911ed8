// Shared pieces of the editor-host test runners (code-server, Theia, test-electron):
// paths, a throwaway workspace, a server in its own process group, and the results report.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PKG = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${PKG.publisher}.${PKG.name}`;
export const VSIX = path.join(REPO, `${PKG.name}-${PKG.version}.vsix`);
/** The compiled in-editor suite (test/vscode, built by `npm run build:extension`). */
export const SUITE = path.join(REPO, 'out', 'vscode-suite', 'index.js');
/** Screenshots and logs worth keeping from a run (git-ignored). */
export const ARTIFACTS = path.join(REPO, '.test-artifacts');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function logger(name) {
  const t0 = Date.now();
  return (...a) => console.log(`[${name} ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function requireFile(file, hint) {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing; ${hint}`);
}

/** A temp folder for one run, with a copy of examples/ as the workspace (tests edit and create files there). */
export function makeRunDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `keepalived-lab-${prefix}-`));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(REPO, 'examples'), workspace, { recursive: true });
  const shotDir = path.join(dir, 'shot');
  fs.mkdirSync(shotDir);
  return { dir, workspace, shotDir, resultsFile: path.join(dir, 'results.json') };
}

/**
 * Starts a server in its own process group (editor servers spawn extension hosts, pty hosts,
 * plugin hosts...), logging to a file. stop() sends SIGTERM to the group, then SIGKILL after 5 s:
 * Theia's backend does not always exit on SIGTERM and respawns its plugin host.
 */
export function startServer(cmd, args, { env, cwd, logFile }) {
  const out = fs.createWriteStream(logFile);
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const killGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  process.on('exit', () => killGroup('SIGKILL'));
  return {
    child,
    get exited() { return exited; },
    async stop() {
      if (!exited) {
        killGroup('SIGTERM');
        const end = Date.now() + 5000;
        while (!exited && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      }
      killGroup('SIGKILL'); // children may outlive the leader
    },
  };
}

export async function waitForHttp(url, server, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exited) throw new Error(`${what} exited during start-up`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${ms / 1000} s`);
}

/**
 * Waits until `file` exists, taking screenshots when the suite asks for them (hand-shake: the suite
 * writes `ready` holding a name, the runner shoots and answers `done`). The name `ready` (or none) is
 * the run's main screenshot `screenshot`; any other name NAME goes to `screenshot` with `-NAME` added.
 */
export async function waitForFile(file, { page, shotDir, screenshot, timeoutMs, log, stopEarly, beforeScreenshot }) {
  const deadline = Date.now() + timeoutMs;
  const ready = path.join(shotDir, 'ready');
  while (!fs.existsSync(file)) {
    if (stopEarly?.()) return false;
    if (Date.now() > deadline) return false;
    if (screenshot && fs.existsSync(ready)) {
      const name = fs.readFileSync(ready, 'utf8').trim();
      fs.rmSync(ready, { force: true });
      const target = !name || name === 'ready' ? screenshot : screenshot.replace(/\.png$/, `-${name.replace(/[^\w.-]/g, '_')}.png`);
      await new Promise((r) => setTimeout(r, 2000)); // let the editor paint squiggles, panels and trees
      await beforeScreenshot?.().catch(() => {});
      fs.mkdirSync(path.dirname(target), { recursive: true });
      await page.screenshot({ path: target }).catch((e) => log('screenshot failed:', e.message));
      log('screenshot:', path.relative(REPO, target));
      fs.writeFileSync(path.join(shotDir, 'done'), 'done');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 200)); // the suite writes the file in one go; let it land
  return true;
}

/** Reads the suite's results JSON; a missing file is one failure (the suite did not report). */
export function readResults(resultsFile, label) {
  if (!fs.existsSync(resultsFile)) {
    return { passed: 0, failed: 1, skipped: 0, results: [{ title: `${label}: the suite reported no results`, state: 'failed' }] };
  }
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  const results = r.results.map((t) => ({ ...t, title: `${label}: ${t.title}` }));
  if (r.error) results.push({ title: `${label}: loading the suite`, state: 'failed', err: r.error });
  return { passed: r.passed, failed: Math.max(r.failed, r.error ? 1 : 0), skipped: r.skipped ?? 0, results };
}

/** Prints one line per test and the plain closing line CI counts; returns the exit code. */
export function report(all) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const r of all) {
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    for (const t of r.results) {
      const mark = t.state === 'passed' ? 'ok  ' : t.state === 'pending' ? 'skip' : 'FAIL';
      console.log(`${mark} ${t.title}${t.err ? '\n     ' + t.err.split('\n').slice(0, 6).join('\n     ') : ''}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 || passed === 0 ? 1 : 0;
}
