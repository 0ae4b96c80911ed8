// Runs the in-editor suite (test/vscode) inside an Eclipse Theia 1.74.1 browser app (built from npm into
// the cache by hosts.mjs), driven by headless Debian Chromium through playwright-core.
//
// Theia loads VS Code extensions from a plugins folder (THEIA_DEFAULT_PLUGINS=local-dir:...): we put
// the unpacked .vsix there (what a user installs) next to a CI-only harness extension that runs the suite,
// because Theia has no --extensionTestsPath.
// Usage: node scripts/editor-hosts/run-theia.mjs      Env: TEST_TIMEOUT_S (default 300), CHROMIUM,
//        KEEPALIVED_LAB_NO_LIVE_LAB=1 (do not build the namespace lab), DEBUG_CONSOLE=1 (print the workbench's
//        console errors and warnings)
// As root on Linux, a namespace lab is brought up for the run and always taken down (lab.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import yauzl from 'yauzl';
import { ensureTheia } from './hosts.mjs';
import { startLiveLab } from './lab.mjs';
import {
  ARTIFACTS, CHROMIUM, SUITE, VSIX, freePort, logger, makeRunDir, readResults, report, requireFile, startServer, waitForFile, waitForHttp,
} from './common.mjs';

const log = logger('theia');
const HERE = path.dirname(fileURLToPath(import.meta.url));
const TIMEOUT_S = Number(process.env.TEST_TIMEOUT_S || 300);

/** Extracts the `extension/` folder of a .vsix (a zip) into `target`. */
function unpackVsix(vsix, target) {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry) => {
        const name = entry.fileName;
        if (!name.startsWith('extension/') || name.endsWith('/')) return zip.readEntry();
        const dest = path.join(target, name.slice('extension/'.length));
        if (!dest.startsWith(target + path.sep)) return reject(new Error(`unsafe path in ${vsix}: ${name}`));
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          stream.pipe(fs.createWriteStream(dest)).on('finish', () => zip.readEntry()).on('error', reject);
        });
      });
      zip.readEntry();
    });
  });
}

async function main(lab) {
  requireFile(SUITE, "run 'npm run build' first (it compiles test/vscode)");
  requireFile(VSIX, "run 'npm run package' first");
  requireFile(CHROMIUM, 'install Debian chromium (apt-get install chromium)');
  const theia = ensureTheia();
  const run = makeRunDir('theia');
  lab.addToWorkspace(run.workspace);
  const plugins = path.join(run.dir, 'plugins');
  await unpackVsix(VSIX, path.join(plugins, 'keepalived-lab'));
  fs.cpSync(path.join(HERE, 'theia-harness'), path.join(plugins, 'test-harness'), { recursive: true });
  const configDir = path.join(run.dir, 'theia-config');
  fs.mkdirSync(configDir);
  // Without this Theia shows a modal Workspace Trust dialog and starts no plugin.
  fs.writeFileSync(path.join(configDir, 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false }, null, 2));
  const env = {
    ...process.env,
    THEIA_DEFAULT_PLUGINS: `local-dir:${plugins}`,
    THEIA_CONFIG_DIR: configDir,
    // Webviews from the workbench's own origin. Theia's default, {{uuid}}.webview.{{hostname}}, gives no valid
    // host for 127.0.0.1 (a name ending in a number), and under localhost the webview is a third-party frame whose
    // service worker (which Theia's webview waits for) headless Chromium's fresh profile refuses: it stays blank.
    THEIA_WEBVIEW_EXTERNAL_ENDPOINT: '{{hostname}}',
    KEEPALIVED_LAB_TEST_MODULE: SUITE,
    KEEPALIVED_LAB_TEST_RESULTS: run.resultsFile,
    KEEPALIVED_LAB_SCREENSHOT_DIR: run.shotDir,
    ...lab.env,
  };
  const port = await freePort();
  const logFile = path.join(run.dir, 'theia.log');
  log(`starting Theia on 127.0.0.1:${port} (run folder ${run.dir})`);
  const server = startServer(process.execPath, [path.join(theia.dir, 'lib', 'backend', 'main.js'), run.workspace, '--hostname', '127.0.0.1', '--port', String(port)], { env, cwd: theia.dir, logFile });
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, server, 60000, 'Theia');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    page.on('pageerror', (e) => log('[page error]', e.message));
    if (process.env.DEBUG_CONSOLE) page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') log('[console]', m.text().slice(0, 400)); });
    await page.goto(`http://127.0.0.1:${port}/#${run.workspace}`);
    log('workbench loaded; waiting for the suite');
    const finished = await waitForFile(run.resultsFile, {
      page, shotDir: run.shotDir, screenshot: path.join(ARTIFACTS, 'theia.png'), timeoutMs: TIMEOUT_S * 1000, log,
      stopEarly: () => server.exited,
      // Theia asks to restart when the suite writes user settings (its workspace-trust preference handling
      // sees the runner's 'security.workspace.trust.enabled: false' as a change); the dialog only hides
      // the screenshot, so decline it.
      beforeScreenshot: async () => {
        // One dialog per settings write may be queued: decline each.
        let declined = 0;
        for (; declined < 20; declined++) {
          const cancel = page.locator('.dialogBlock .theia-button.secondary');
          if (!(await cancel.count())) break;
          await cancel.last().click({ timeout: 2000, force: true });
          await new Promise((r) => setTimeout(r, 200));
        }
        if (declined) log(`declined ${declined} restart prompt(s) before the screenshot`);
      },
    });
    if (!finished) {
      await page.screenshot({ path: path.join(ARTIFACTS, 'theia-timeout.png') }).catch(() => {});
      log(`no results within ${TIMEOUT_S} s; Theia log: ${logFile}`);
    }
  } catch (e) {
    log('ERROR', e.stack || e);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.copyFileSync(logFile, path.join(ARTIFACTS, 'theia.log'));
  return report([readResults(run.resultsFile, 'theia')]);
}

let code = 1;
let lab;
try {
  lab = await startLiveLab(log);
  code = await main(lab);
} catch (e) {
  console.error('[theia] ERROR', e.message);
  console.log('0 passed, 1 failed');
} finally {
  await lab?.stop();
}
process.exit(code);
