// The live lab of the in-editor suite: a local namespace lab (src/lab/nslab, through the bundled CLI
// `keepalived-lab lab up --with-keepalived`) brought up before the editor starts and always taken down
// after it, also when the run fails or is interrupted. Its generated inventory is copied into each
// run's workspace; the suite finds it through KEEPALIVED_LAB_LIVE_INVENTORY.
//
// Only root on Linux can build the lab. Anywhere else the suite gets the reason in
// KEEPALIVED_LAB_LIVE_SKIP and skips its live test with it (or fails, when CI sets
// KEEPALIVED_LAB_REQUIRE_ORACLE=1). A lab that should come up but does not is an error the suite
// reports as a failure (KEEPALIVED_LAB_LIVE_ERROR), never a skip.
//
// Network: the lab lives in network namespaces this runner creates, addressed in 198.51.100.0/24.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './common.mjs';

const CLI = path.join(REPO, 'bin', 'keepalived-lab');
/** Where the suite looks for the live lab's inventory, relative to the workspace. */
export const LIVE_INVENTORY_REL = path.join('live-lab', 'keepalived-lab.yaml');

function runCli(args, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.stderr.on('data', (b) => { out += b; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, out: signal ? `${out}\n(killed after ${timeoutMs / 1000} s)` : out });
    });
  });
}

/**
 * Brings the lab up. Returns { env, addToWorkspace(dir), stop() }: env for the editor server (inherited
 * by the extension host), addToWorkspace copies the inventory into a run's workspace, stop removes the lab.
 */
export async function startLiveLab(log) {
  const skip = (why) => {
    log(`live lab: not started (${why})`);
    return { env: { KEEPALIVED_LAB_LIVE_SKIP: why }, addToWorkspace() {}, async stop() {} };
  };
  if (process.env.KEEPALIVED_LAB_NO_LIVE_LAB === '1') return skip('KEEPALIVED_LAB_NO_LIVE_LAB=1 was set for this run');
  if (process.platform !== 'linux') return skip(`the namespace lab needs Linux; this is ${process.platform}`);
  if (process.getuid?.() !== 0) return skip('the namespace lab needs root (network namespaces, veth, bridge); run the editor tests as root to include it');

  // A short unique name: never touches a user's lab ('lab') or another run's.
  const name = `e${randomBytes(3).toString('hex').slice(0, 5)}`;
  const t0 = Date.now();
  let up = false;
  const down = (quiet = false) => {
    if (!up) return;
    up = false;
    try {
      execFileSync(process.execPath, [CLI, 'lab', 'down', '--name', name], { cwd: REPO, stdio: 'ignore', timeout: 60000 });
      if (!quiet) log(`live lab '${name}' removed`);
    } catch (e) {
      log(`live lab '${name}': 'lab down' failed (${e.message}); remove it with: keepalived-lab lab down --name ${name}`);
    }
  };
  // Interrupted runs take the lab down too (the normal path calls stop()).
  const onSignal = (sig) => {
    down();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const onExit = () => down();
  process.once('exit', onExit);

  // The address range is shared by every namespace lab on this machine (another test run, e.g. the
  // mocha lab tests, may hold it for minutes): wait for it rather than fail.
  const waitS = Number(process.env.KEEPALIVED_LAB_LIVE_WAIT_S || 600);
  const deadline = Date.now() + waitS * 1000;
  let waitingSince;
  for (;;) {
    if (!waitingSince) log(`live lab: keepalived-lab lab up --name ${name} --with-keepalived`);
    up = true; // from here on, always take it down (up removes a half-built lab itself, down is idempotent)
    const r = await runCli(['lab', 'up', '--name', name, '--with-keepalived'], 120000);
    if (r.code === 0) break;
    down(true); // whatever a failed 'up' left (it cleans up after itself; this is belt and braces)
    if (/needs these Debian packages/.test(r.out)) return skip(r.out.trim().split('\n').pop());
    if (/already uses 198\.51\.100/.test(r.out) && Date.now() < deadline) {
      if (!waitingSince || Date.now() - waitingSince > 60000) {
        log(`live lab: 198.51.100.0/24 is in use by another lab on this machine (${r.out.match(/interface (\S+)\)/)?.[1] ?? '?'}); waiting for it (up to ${waitS} s, KEEPALIVED_LAB_LIVE_WAIT_S)`);
        waitingSince = Date.now();
      }
      await new Promise((res) => setTimeout(res, 5000));
      continue;
    }
    const why = `'keepalived-lab lab up --name ${name} --with-keepalived' failed (exit ${r.code}):\n${r.out.trim()}`;
    log(`live lab: ${why}`);
    return { env: { KEEPALIVED_LAB_LIVE_ERROR: why }, addToWorkspace() {}, async stop() {} };
  }
  const inventory = path.join('/run/keepalived-lab', name, 'keepalived-lab.yaml');
  if (!fs.existsSync(inventory)) {
    down();
    return { env: { KEEPALIVED_LAB_LIVE_ERROR: `the lab came up but wrote no inventory at ${inventory}` }, addToWorkspace() {}, async stop() {} };
  }
  log(`live lab '${name}' up in ${((Date.now() - t0) / 1000).toFixed(1)} s (inventory ${inventory})`);
  return {
    name,
    env: { KEEPALIVED_LAB_LIVE_INVENTORY: LIVE_INVENTORY_REL },
    addToWorkspace(workspace) {
      const target = path.join(workspace, LIVE_INVENTORY_REL);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(inventory, target);
    },
    async stop() {
      down();
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('exit', onExit);
    },
  };
}
