// Tests `npm start` (scripts/start-code-server.mjs) the way a user runs it: start it, wait for the address
// it prints, open that address in headless Chromium and look at the workbench, stop it with SIGTERM (what
// Ctrl+C's SIGINT does too), and check that nothing is left behind.
//
// As root on Linux: the namespace lab 'start' must come up, be shown live in the Keepalived Lab view
// (a director in MASTER state) and be gone afterwards (no namespaces, no state folder, no lab processes);
// and with another lab holding the address range, npm start must say so, still serve the editor and leave
// that lab alone. Elsewhere: the one-line reason for "no lab" and the editor on examples/.
//
// Usage: node scripts/editor-hosts/test-start.mjs   (npm run test:start; builds the .vsix when missing)
// Env: CHROMIUM, KEEPALIVED_LAB_LIVE_WAIT_S (how long to wait for another lab to free 198.51.100.0/24, default 600)
// Network: 127.0.0.1 and the namespaces the start script (or this test) creates, in 198.51.100.0/24.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './hosts.mjs';
import { ARTIFACTS, CHROMIUM, REPO, VSIX, freePort, logger, report, requireFile } from './common.mjs';

const log = logger('npm start');
const CLI = path.join(REPO, 'bin', 'keepalived-lab');
const SCRIPT = path.join(REPO, 'scripts', 'start-code-server.mjs');
const IS_ROOT_LINUX = process.platform === 'linux' && process.getuid?.() === 0;
const results = [];

async function check(title, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ title, state: 'passed' });
    log(`ok   ${title} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ title, state: 'failed', err: e.stack || String(e) });
    log(`FAIL ${title}: ${e.message}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function namespaces(prefix) {
  const out = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout || '';
  return out.split('\n').map((l) => l.split(/\s+/)[0]).filter((n) => n && n.startsWith(prefix));
}
function rangeHolder() {
  const out = spawnSync('ip', ['-o', '-4', 'addr', 'show'], { encoding: 'utf8' }).stdout || '';
  return out.split('\n').find((l) => l.includes(' 198.51.100.'))?.split(/\s+/)[1];
}
function tcpOpen(host, port, ms = 1000) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (v) => { s.destroy(); resolve(v); };
    s.setTimeout(ms, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}
/** Whether a process runs (a zombie waiting to be reaped does not count). */
function alive(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] !== 'Z';
  } catch {
    return false;
  }
}
async function gone(pids, ms = 10000) {
  const end = Date.now() + ms;
  while (pids.some(alive) && Date.now() < end) await sleep(200);
  return !pids.some(alive);
}

/** Starts the start script; resolves when it printed its address (or exited, or timed out). */
async function startIt(port, { timeoutMs = 240000, env = {} } = {}) {
  const child = spawn(process.execPath, [SCRIPT, '--no-build'], {
    cwd: REPO, env: { ...process.env, PORT: String(port), KEEPALIVED_LAB_START_NO_LAB: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run = { child, out: '', url: undefined, exit: undefined };
  child.stdout.on('data', (b) => { run.out += b; });
  child.stderr.on('data', (b) => { run.out += b; });
  run.exited = new Promise((resolve) => child.on('exit', (code, signal) => { run.exit = { code, signal }; resolve(run.exit); }));
  const end = Date.now() + timeoutMs;
  while (Date.now() < end && !run.exit) {
    const m = /is running: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(run.out);
    if (m) { run.url = m[1]; break; }
    await sleep(250);
  }
  return run;
}

async function stopIt(run, ms = 60000) {
  if (!run.exit) run.child.kill('SIGTERM');
  const t = await Promise.race([run.exited, sleep(ms).then(() => undefined)]);
  if (!t) {
    run.child.kill('SIGKILL');
    throw new Error(`it did not exit within ${ms / 1000} s of SIGTERM; output:\n${run.out.slice(-2000)}`);
  }
  return t;
}

/** Opens the address in Chromium and hands the page to fn; screenshot on the way out. */
async function inBrowser(url, shot, fn) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    try {
      await fn(page);
    } finally {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, shot) }).catch(() => {});
    }
  } finally {
    await browser.close().catch(() => {});
  }
}

/** The Keepalived Lab container in the activity bar (VS Code's activity bar item carries the title as its label). */
async function openLabContainer(page) {
  const item = page.locator('.activitybar [aria-label^="Keepalived Lab"]').first();
  await item.waitFor({ timeout: 60000 });
  await item.click();
}

async function waitForRange(waitS) {
  const end = Date.now() + waitS * 1000;
  let said = false;
  for (;;) {
    const holder = rangeHolder();
    if (!holder) return;
    if (Date.now() > end) throw new Error(`198.51.100.0/24 is still held by ${holder} after ${waitS} s`);
    if (!said) log(`198.51.100.0/24 is in use (${holder}); waiting for it to be free (up to ${waitS} s)`);
    said = true;
    await sleep(5000);
  }
}

async function main() {
  requireFile(CHROMIUM, 'install Debian chromium (apt-get install chromium)');
  if (!fs.existsSync(VSIX)) {
    log('building the .vsix (npm run package)');
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: 'inherit' });
  }
  ensureCodeServer();

  if (IS_ROOT_LINUX) {
    await waitForRange(Number(process.env.KEEPALIVED_LAB_LIVE_WAIT_S || 600));
    const port = await freePort();
    log(`starting npm start's script on port ${port}`);
    const run = await startIt(port);
    let pids = [];
    await check('npm start (root): prints the address of VS Code in the browser, which answers on 127.0.0.1', async () => {
      assert(run.url, `no address printed${run.exit ? ` (exited ${JSON.stringify(run.exit)})` : ''}; output:\n${run.out.slice(-3000)}`);
      assert(run.url.startsWith(`http://127.0.0.1:${port}/?workspace=`), `a workspace (lab + examples) is opened: ${run.url}`);
      const res = await fetch(run.url);
      assert(res.ok, `GET ${run.url}: HTTP ${res.status}`);
      assert(/<html/i.test(await res.text()), 'the answer is the workbench page');
    });
    await check("npm start (root): brings up the namespace lab 'start' and opens its inventory with examples/", async () => {
      assert(run.url, 'not started');
      const ns = namespaces('start-');
      for (const h of ['client', 'lb1', 'lb2', 'web1', 'web2', 'sw']) assert(ns.includes(`start-${h}`), `namespace start-${h} exists (have: ${ns.join(', ') || 'none'})`);
      assert(await tcpOpen('198.51.100.11', 22), "lb1's sshd answers on 198.51.100.11:22");
      const saved = JSON.parse(fs.readFileSync('/run/keepalived-lab/start/lab.json', 'utf8'));
      pids = Object.values(saved.hosts).map((h) => h.unsharePid);
      assert(pids.length === 5 && pids.every(alive), `the lab's 5 host processes run (${pids.join(', ')})`);
      const wsFile = decodeURIComponent(new URL(run.url).searchParams.get('workspace'));
      const ws = JSON.parse(fs.readFileSync(wsFile, 'utf8'));
      const folders = ws.folders.map((f) => f.path);
      assert(fs.existsSync(path.join(folders[0], 'keepalived-lab.yaml')), `the first folder holds the lab file (${folders[0]})`);
      assert(fs.readFileSync(path.join(folders[0], 'keepalived-lab.yaml'), 'utf8').includes('198.51.100.11'), 'the lab file is the namespace lab\'s');
      assert(folders.includes(path.join(REPO, 'examples')), `examples/ is a folder of the workspace (${folders.join(', ')})`);
    });
    await check('npm start (root): the Keepalived Lab view shows the live lab (a director in MASTER state)', async () => {
      assert(run.url, 'not started');
      await inBrowser(run.url, 'start-lab.png', async (page) => {
        await openLabContainer(page);
        await page.locator('.monaco-list-row', { hasText: 'nslab-start' }).first().waitFor({ timeout: 60000 });
        // The workspace refreshes the hosts every 5 s; keepalived on lb1 (priority 150) becomes MASTER.
        await page.locator('.monaco-list-row', { hasText: /lb1.*MASTER/ }).first().waitFor({ timeout: 90000 });
      });
    });
    await check('npm start (root) while another npm start runs the lab: says so, starts without a lab and leaves that lab alone', async () => {
      assert(run.url, 'the first one did not start');
      const other = await startIt(await freePort());
      try {
        assert(other.url, `no address printed; output:\n${other.out.slice(-3000)}`);
        assert(other.out.includes(`no local lab: another npm start (pid ${run.child.pid}) runs the lab 'start'`), `it names the other npm start; output:\n${other.out}`);
        assert(other.url.includes('?folder='), `examples/ alone: ${other.url}`);
      } finally {
        const t = await stopIt(other);
        assert(t.code === 0, `exit code 0 after SIGTERM (got ${JSON.stringify(t)})`);
      }
      assert(namespaces('start-').length === 6 && await tcpOpen('198.51.100.11', 22), "the first one's lab still runs");
    });
    await check('npm start (root): SIGTERM stops it and takes the lab down (no namespaces, processes or state left)', async () => {
      const t = await stopIt(run);
      assert(t.code === 0, `exit code 0 (got ${JSON.stringify(t)}); output:\n${run.out.slice(-1500)}`);
      assert(namespaces('start-').length === 0, `no start-* namespaces left (have: ${namespaces('start-').join(', ')})`);
      assert(!fs.existsSync('/run/keepalived-lab/start'), 'the lab\'s state folder is removed');
      assert(await gone(pids), `the lab's host processes are gone (${pids.filter(alive).join(', ')} still run)`);
      assert(!(await tcpOpen('127.0.0.1', port)), `nothing listens on 127.0.0.1:${port} any more`);
      assert(!rangeHolder(), 'no interface holds 198.51.100.0/24 any more');
    });

    // Another lab holds the range: npm start says so, serves the editor on examples/ and leaves that lab alone.
    const other = 'kltest';
    try {
      log(`bringing up another lab ('${other}') first`);
      execFileSync(process.execPath, [CLI, 'lab', 'up', '--name', other], { cwd: REPO, stdio: 'ignore', timeout: 120000 });
      const port2 = await freePort();
      const run2 = await startIt(port2);
      await check('npm start (root) with another lab running: says which lab holds the range and serves the editor on examples/ without a lab', async () => {
        try {
          assert(run2.url, `no address printed${run2.exit ? ` (exited ${JSON.stringify(run2.exit)})` : ''}; output:\n${run2.out.slice(-3000)}`);
          assert(/no local lab: another namespace lab already uses 198\.51\.100\.0\/24/.test(run2.out) && run2.out.includes(`lab '${other}'`) && run2.out.includes(`lab down --name ${other}`),
            `it names the other lab and how to stop it; output:\n${run2.out}`);
          assert(run2.url.includes(`?folder=${encodeURIComponent(path.join(REPO, 'examples'))}`), `examples/ alone is opened: ${run2.url}`);
          assert((await fetch(run2.url)).ok, 'the editor answers');
          assert(namespaces('start-').length === 0, 'no lab of its own was built');
        } finally {
          const t = await stopIt(run2);
          assert(t.code === 0, `exit code 0 after SIGTERM (got ${JSON.stringify(t)})`);
        }
        assert(namespaces(`${other}-`).length === 6, `the other lab is left running (${namespaces(`${other}-`).join(', ')})`);
      });
    } finally {
      execFileSync(process.execPath, [CLI, 'lab', 'down', '--name', other], { cwd: REPO, stdio: 'ignore', timeout: 60000 });
    }

    // A lab 'start' left behind by an npm start that was killed (here: made by the CLI, no owner alive):
    // removed and built afresh, then taken down as usual.
    try {
      execFileSync(process.execPath, [CLI, 'lab', 'up', '--name', 'start'], { cwd: REPO, stdio: 'ignore', timeout: 120000 });
      const port4 = await freePort();
      const run4 = await startIt(port4);
      await check("npm start (root) with a lab 'start' left behind by a killed npm start: removes it, builds its own, removes that on SIGTERM", async () => {
        try {
          assert(run4.url, `no address printed; output:\n${run4.out.slice(-3000)}`);
          assert(run4.out.includes("removing the lab 'start' left behind by an earlier npm start"), `it says what it removes; output:\n${run4.out}`);
          assert(/lab 'start' is up/.test(run4.out) && run4.url.includes('?workspace='), `it builds its own lab and opens it: ${run4.url}`);
        } finally {
          const t = await stopIt(run4);
          assert(t.code === 0, `exit code 0 after SIGTERM (got ${JSON.stringify(t)})`);
        }
        assert(namespaces('start-').length === 0, `no start-* namespaces left (have: ${namespaces('start-').join(', ')})`);
      });
    } finally {
      execFileSync(process.execPath, [CLI, 'lab', 'down', '--name', 'start'], { cwd: REPO, stdio: 'ignore', timeout: 60000 });
    }

    // Asked for no lab: one line says why, the editor opens examples/ alone, no namespace is made.
    const port3 = await freePort();
    const run3 = await startIt(port3, { env: { KEEPALIVED_LAB_START_NO_LAB: '1' } });
    await check('npm start with KEEPALIVED_LAB_START_NO_LAB=1: one line says why there is no lab; examples/ alone; no namespaces', async () => {
      try {
        assert(run3.url, `no address printed; output:\n${run3.out.slice(-3000)}`);
        const notes = run3.out.split('\n').filter((l) => l.includes('no local lab:'));
        assert(notes.length === 1 && notes[0].includes('KEEPALIVED_LAB_START_NO_LAB=1'), `exactly one line gives the reason; output:\n${run3.out}`);
        assert(run3.url.includes(`?folder=${encodeURIComponent(path.join(REPO, 'examples'))}`), `examples/ is opened: ${run3.url}`);
        assert(namespaces('start-').length === 0, 'no lab was built');
      } finally {
        await stopIt(run3);
      }
    });
  } else {
    const port = await freePort();
    const run = await startIt(port);
    await check('npm start (not root on Linux): one line says why there is no lab; the editor opens examples/', async () => {
      try {
        assert(run.url, `no address printed; output:\n${run.out.slice(-3000)}`);
        const notes = run.out.split('\n').filter((l) => l.includes('no local lab:'));
        assert(notes.length === 1, `exactly one line says why there is no lab (have ${notes.length}); output:\n${run.out}`);
        assert(run.url.includes(`?folder=${encodeURIComponent(path.join(REPO, 'examples'))}`), `examples/ is opened: ${run.url}`);
        await inBrowser(run.url, 'start-examples.png', async (page) => {
          await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seed-lab' }).first().waitFor({ timeout: 60000 });
        });
      } finally {
        await stopIt(run);
      }
      assert(!(await tcpOpen('127.0.0.1', port)), 'code-server is stopped');
    });
  }
}

let code = 1;
try {
  await main();
  code = report([{ passed: results.filter((r) => r.state === 'passed').length, failed: results.filter((r) => r.state === 'failed').length, skipped: 0, results }]);
} catch (e) {
  console.error('[npm start] ERROR', e.stack || e.message);
  console.log(`${results.filter((r) => r.state === 'passed').length} passed, ${results.filter((r) => r.state === 'failed').length + 1} failed`);
}
process.exit(code);
