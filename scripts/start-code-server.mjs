// `npm start`: build and package the extension, then serve VS Code in the browser (code-server, on
// 127.0.0.1 only) with the extension installed and a workspace open on examples/, and print the address.
// code-server itself is installed once into ~/.cache/keepalived-lab (see editor-hosts/hosts.mjs).
//
// As root on Linux it also brings up the local namespace lab 'start' (`keepalived-lab lab up --name start
// --with-keepalived`: client, lb1, lb2, web1, web2 in network namespaces, 198.51.100.0/24) and opens a
// two-folder workspace: the lab's inventory first (so the Keepalived Lab view shows the live lab), then
// examples/. Ctrl+C (SIGINT) or SIGTERM stops code-server and takes that lab down again. A lab somebody
// started with `keepalived-lab lab up` (the default name 'lab') is used as it is and left running; any
// other lab holding the address range is named, and the editor starts without a live lab.
// Anywhere else (not root, not Linux, KEEPALIVED_LAB_START_NO_LAB=1) one line says why there is no lab.
//
// Usage: node scripts/start-code-server.mjs [--no-build]
// Env: PORT (default 8080; a free one if taken), KEEPALIVED_LAB_START_NO_LAB=1 (never build a lab)
// Network: the lab lives in network namespaces this script creates, addressed in 198.51.100.0/24.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, cacheRoot } from './editor-hosts/hosts.mjs';
import { EXTENSION_ID, REPO, VSIX, freePort, startServer, waitForHttp } from './editor-hosts/common.mjs';

const say = (...a) => console.log('[start]', ...a);
const CLI = path.join(REPO, 'bin', 'keepalived-lab');
/** The namespace lab npm start builds (and removes); 'lab' is the CLI's default, a user's own lab. */
const START_LAB = 'start';
const USER_LAB = 'lab';
const LAB_STATE_ROOT = '/run/keepalived-lab';
const LAB_NET = '198.51.100.';

async function portToUse() {
  const wanted = Number(process.env.PORT || 8080);
  try {
    await fetch(`http://127.0.0.1:${wanted}/`, { signal: AbortSignal.timeout(1000) });
    say(`port ${wanted} is taken; using a free one`);
    return freePort();
  } catch {
    return wanted; // nothing answers there
  }
}

/** Runs the CLI; resolves { code, out }. Detached, so a Ctrl+C reaches only this script, which then cleans up. */
function runCli(args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.stderr.on('data', (b) => { out += b; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: code ?? 1, out: signal ? `${out}\n(stopped by ${signal})` : out });
    });
  });
}
const running = new Set();

/** The interface that holds an address of the lab range in this namespace, if any (another lab is up). */
function labRangeHolder() {
  const r = spawnSync('ip', ['-o', '-4', 'addr', 'show'], { encoding: 'utf8' });
  const line = (r.stdout || '').split('\n').find((l) => l.includes(` ${LAB_NET}`));
  return line ? line.split(/\s+/)[1] : undefined;
}

/** Why this process builds no lab, or undefined when it should try. */
function noLabReason() {
  if (process.env.KEEPALIVED_LAB_START_NO_LAB === '1') return 'KEEPALIVED_LAB_START_NO_LAB=1 is set';
  if (process.platform !== 'linux') return `the namespace lab needs Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'building network namespaces needs root (sudo npm start includes a live lab)';
  if (spawnSync('ip', ['-V']).status !== 0) return "'ip' (Debian package iproute2) is not installed";
  return undefined;
}

/**
 * Brings up the lab for this session. Returns { inventory, name, ours } or undefined (after saying why).
 * `ours`: this process built it and takes it down.
 */
async function startLab(retried = false) {
  const why = noLabReason();
  if (why) {
    say(`no local lab: ${why}.`);
    return undefined;
  }
  const holder = labRangeHolder();
  if (holder) {
    const owner = holder.endsWith('-host') ? holder.slice(0, -'-host'.length) : undefined;
    const inventory = owner && path.join(LAB_STATE_ROOT, owner, 'keepalived-lab.yaml');
    if (owner === START_LAB && !retried && !startLabOwner()) {
      // An earlier npm start that was killed (SIGKILL, a crash of the machine's session) left its lab behind.
      say(`removing the lab '${START_LAB}' left behind by an earlier npm start that did not stop cleanly`);
      labStarted = true;
      labDown();
      return startLab(true);
    }
    if (owner === USER_LAB && fs.existsSync(inventory)) {
      say(`the namespace lab '${USER_LAB}' is already running (started with 'keepalived-lab lab up'); using it, and leaving it running when this stops.`);
      return { name: USER_LAB, inventory, ours: false };
    }
    const other = owner === START_LAB && startLabOwner();
    if (other) {
      say(`no local lab: another npm start (pid ${other}) runs the lab '${START_LAB}'; this one starts without a lab (stop the other one to get it here).`);
      return undefined;
    }
    say(`no local lab: another namespace lab already uses ${LAB_NET}0/24 on this machine (interface ${holder}${owner ? `, lab '${owner}'` : ''}), ` +
      `e.g. a test run or another 'npm start'. Starting without a live lab; to include one, stop it first${owner ? ` (keepalived-lab lab down --name ${owner})` : ''} and run npm start again.`);
    return undefined;
  }
  say(`bringing up the local namespace lab '${START_LAB}' (keepalived-lab lab up --name ${START_LAB} --with-keepalived)`);
  labStarted = true; // from here on, always take it down (a failed 'up' removes what it built; down is idempotent)
  fs.mkdirSync(path.dirname(LAB_OWNER_FILE), { recursive: true });
  fs.writeFileSync(LAB_OWNER_FILE, `${process.pid}\n`);
  const t0 = Date.now();
  const r = await runCli(['lab', 'up', '--name', START_LAB, '--with-keepalived'], 180000);
  if (stopping) return undefined;
  const inventory = path.join(LAB_STATE_ROOT, START_LAB, 'keepalived-lab.yaml');
  if (r.code !== 0 || !fs.existsSync(inventory)) {
    labDown();
    const last = r.out.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
    say(`no local lab: 'keepalived-lab lab up' failed (exit ${r.code}): ${last || 'no output'}`);
    return undefined;
  }
  say(`lab '${START_LAB}' is up (${((Date.now() - t0) / 1000).toFixed(1)} s): client, lb1, lb2, web1, web2 in 198.51.100.0/24, VIP 198.51.100.100`);
  return { name: START_LAB, inventory, ours: true };
}

let labStarted = false;
/** Which npm start process owns the lab 'start' (so a later one can tell a running owner from a dead one). */
const LAB_OWNER_FILE = path.join(cacheRoot(), 'start', 'lab.pid');
/** The pid of another live npm start that owns the lab 'start', if there is one. */
function startLabOwner() {
  let pid;
  try { pid = Number(fs.readFileSync(LAB_OWNER_FILE, 'utf8').trim()); } catch { return undefined; }
  if (!pid || pid === process.pid) return undefined;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start-code-server.mjs') ? pid : undefined;
  } catch {
    return undefined;
  }
}
function labDown() {
  if (!labStarted) return;
  labStarted = false;
  for (const c of running) {
    try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  try {
    execFileSync(process.execPath, [CLI, 'lab', 'down', '--name', START_LAB], { cwd: REPO, stdio: 'ignore', timeout: 60000 });
    fs.rmSync(LAB_OWNER_FILE, { force: true });
    say(`lab '${START_LAB}' removed`);
  } catch (e) {
    console.error(`[start] could not remove the lab '${START_LAB}' (${e.message}); remove it with: sudo keepalived-lab lab down --name ${START_LAB}`);
  }
}

let stopping = false;
let server;
let liveDir;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (server) {
    say('stopping code-server');
    await server.stop();
  }
  labDown();
  if (liveDir) fs.rmSync(liveDir, { recursive: true, force: true }); // its inventory names a lab that is gone
  process.exit(code);
}
process.on('SIGINT', () => { void stop(0); });
process.on('SIGTERM', () => { void stop(0); });
process.on('exit', () => labDown()); // a crash on the way still removes the lab

try {
  if (!process.argv.includes('--no-build')) {
    say('building and packaging the extension (npm run package)');
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  if (!fs.existsSync(VSIX)) {
    console.error(`${VSIX} is missing; run 'npm run package'`);
    process.exit(1);
  }

  const host = ensureCodeServer();
  // One persistent profile, so the editor keeps its layout between starts; the extension is reinstalled each time.
  const home = path.join(cacheRoot(), 'start');
  const userData = path.join(home, 'user-data');
  const extensions = path.join(home, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  const settingsFile = path.join(userData, 'User', 'settings.json');
  // Defaults for a quiet first start; settings the user changed in the editor are kept.
  const defaults = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'git.openRepositoryInParentFolders': 'never', // examples/ lies inside this repository
  };
  let current = {};
  try { current = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* first start, or edited into non-JSON */ }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...defaults, ...current }, null, 2));
  const configFile = path.join(home, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n'); // never bind beyond 127.0.0.1 with this
  const env = { ...process.env, PATH: `${host.node24Bin}${path.delimiter}${process.env.PATH}` };
  const base = ['--config', configFile, '--user-data-dir', userData, '--extensions-dir', extensions];
  execFileSync(host.codeServer, [...base, '--force', '--install-extension', VSIX], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  say(`installed ${path.basename(VSIX)} (${EXTENSION_ID})`);

  const lab = await startLab();
  if (stopping) await new Promise(() => {}); // Ctrl+C during 'lab up': stop() is cleaning up and exits
  const examples = path.join(REPO, 'examples');
  let workspace = examples;
  let query = `folder=${encodeURIComponent(examples)}`;
  if (lab) {
    // The lab view reads keepalived-lab.yaml in the first folder: a folder with a copy of the lab's
    // inventory (not the lab's state folder, which also holds its private key and the hosts' files).
    liveDir = path.join(home, 'live-lab');
    fs.rmSync(liveDir, { recursive: true, force: true });
    fs.mkdirSync(liveDir, { recursive: true });
    fs.copyFileSync(lab.inventory, path.join(liveDir, 'keepalived-lab.yaml'));
    workspace = path.join(home, 'keepalived-lab.code-workspace');
    fs.writeFileSync(workspace, JSON.stringify({
      folders: [
        { name: `live lab (namespace lab '${lab.name}')`, path: liveDir },
        { name: 'examples', path: examples },
      ],
      // The lab view reads the hosts' state every 5 s (the default, 0, reads it only on Refresh).
      settings: { 'keepalivedLab.lab.refreshInterval': 5 },
    }, null, 2) + '\n');
    query = `workspace=${encodeURIComponent(workspace)}`;
  }

  const port = await portToUse();
  const logFile = path.join(home, 'code-server.log');
  server = startServer(host.codeServer, [
    ...base, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    // examples/ is this project's own folder: no Restricted Mode prompt for it.
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--disable-workspace-trust', workspace,
  ], { env, logFile });
  server.child.on('exit', (c) => {
    if (!stopping) {
      console.error(`code-server exited (${c}); see ${logFile}`);
      void stop(1);
    }
  });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, server, 60000, 'code-server');
  const url = `http://127.0.0.1:${port}/?${query}`;
  console.log('');
  console.log(`  VS Code (code-server) with keepalived-lab is running: ${url}`);
  console.log(`  Open seed-lab/lb1/keepalived.conf to see the priority error and its quick fix. Ctrl+C stops it (log: ${logFile}).`);
  if (lab) {
    console.log(`  The Keepalived Lab view (activity bar) shows the live namespace lab '${lab.name}'; the Lab Guide runs the walkthrough on it.`);
    console.log(lab.ours ? `  Ctrl+C also takes the lab down.` : `  The lab '${lab.name}' keeps running when this stops (keepalived-lab lab down removes it).`);
  }
  console.log('');
} catch (e) {
  console.error(`[start] ${e.message}`);
  await stop(1);
}
