// Runs the in-editor suite (test/vscode) inside code-server: a real VS Code workbench in headless
// Debian Chromium (playwright-core) with a real Node extension host. Nothing is downloaded at test time.
//
// How the tests get in: code-server has no --extensionTestsPath option, but its browser workbench reads
// a `payload` URL parameter naming extensionDevelopmentPath / extensionTestsPath (vscode-remote:// URIs),
// and only when the server runs with `--vscode-option enable-smoke-test-driver`. When the suite ends,
// the workbench calls window.codeAutomationExit(code), which we expose from playwright.
//
// Modes (default: both, one after the other):
//   dev   the extension straight from this checkout (extensionDevelopmentPath = the repo)
//   vsix  the packaged .vsix installed with --install-extension; the suite still comes from the
//         checkout (mocha is a devDependency, not inside the .vsix)
// Usage: node scripts/editor-hosts/run-code-server.mjs [dev|vsix|both]
// Env: TEST_TIMEOUT_S (default 300), CHROMIUM, KEEPALIVED_LAB_TEST_GREP (mocha grep, passed to the suite),
//      KEEPALIVED_LAB_NO_LIVE_LAB=1 (do not build the namespace lab; see lab.mjs),
//      KEEPALIVED_LAB_LOCALE=ru (start code-server with --locale ru; the suite then expects a Russian editor,
//      test/vscode/7-l10n.test.ts)
// As root on Linux, a namespace lab is brought up once for both modes and always taken down (lab.mjs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './hosts.mjs';
import { startLiveLab } from './lab.mjs';
import {
  ARTIFACTS, CHROMIUM, EXTENSION_ID, REPO, SUITE, VSIX, freePort, logger, makeRunDir, readResults, report, requireFile, startServer, waitForFile, waitForHttp,
} from './common.mjs';

const log = logger('code-server');
const TIMEOUT_S = Number(process.env.TEST_TIMEOUT_S || 300);
const LOCALE = process.env.KEEPALIVED_LAB_LOCALE || '';

/**
 * VS Code switches its display language (and so vscode.env.language, the extensions' package.nls.<lang>.json
 * and l10n bundles) only when a language pack for it is installed; the Marketplace's packs cannot be
 * downloaded here. A pack is an extension contributing `localizations`: this one has no translation of the
 * workbench itself (it stays English) but makes LOCALE a real display language, which is all the extension's
 * own nls/l10n files need. Built with vsce into the run folder and installed like any .vsix.
 */
function installLocalePack(host, base, env, runDir) {
  const dir = path.join(runDir, `locale-pack-${LOCALE}`);
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: `test-locale-${LOCALE}`, displayName: `Test locale ${LOCALE}`, description: 'Makes the locale a display language for the keepalived-lab in-editor tests.',
    publisher: 'keepalived-lab-test', version: '0.0.1', license: 'MIT', engines: { vscode: '^1.91.0' }, categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: LOCALE, languageName: LOCALE, localizedLanguageName: LOCALE, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, 'README.md'), `# Test locale ${LOCALE}\n\nFor the keepalived-lab in-editor tests only.\n`);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsix = path.join(runDir, `locale-pack-${LOCALE}.vsix`);
  execFileSync(process.execPath, [path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  execFileSync(host.codeServer, [...base, '--install-extension', vsix], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The server reads the installed packs from <user-data-dir>/languagepacks.json when it serves the page; the
  // CLI install does not write it (the running server would, later), so write the entry as VS Code does.
  const extensionsDir = base[base.indexOf('--extensions-dir') + 1];
  const installed = fs.readdirSync(extensionsDir).find((d) => d.startsWith(`keepalived-lab-test.test-locale-${LOCALE}-`));
  if (!installed) throw new Error(`the ${LOCALE} language pack did not install into ${extensionsDir}`);
  const packs = path.join(base[base.indexOf('--user-data-dir') + 1], 'languagepacks.json');
  fs.writeFileSync(packs, JSON.stringify({
    [LOCALE]: {
      hash: `test${Date.now()}`,
      extensions: [{ extensionIdentifier: { id: `keepalived-lab-test.test-locale-${LOCALE}` }, version: '0.0.1' }],
      translations: { vscode: path.join(extensionsDir, installed, 'translations', 'main.i18n.json') },
      label: LOCALE,
    },
  }, null, 2));
  log(`installed a ${LOCALE} language pack (${installed})`);
}

async function runMode(mode, host, lab) {
  const run = makeRunDir(`cs-${mode}`);
  lab.addToWorkspace(run.workspace);
  const userData = path.join(run.dir, 'user-data');
  const extensionsDir = path.join(run.dir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.editor.enablePreview': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'workbench.colorTheme': 'Default Light Modern',
  }, null, 2));
  // Our own config file, so ~/.config/code-server/config.yaml is neither read nor created.
  const configFile = path.join(run.dir, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const env = {
    ...process.env,
    PATH: `${host.node24Bin}${path.delimiter}${process.env.PATH}`, // code-server runs on Node 24 only
    // Inherited by the remote extension host, where the suite runs:
    KEEPALIVED_LAB_TEST_RESULTS: run.resultsFile,
    KEEPALIVED_LAB_SCREENSHOT_DIR: run.shotDir,
    ...(LOCALE ? { KEEPALIVED_LAB_EXPECT_LOCALE: LOCALE } : {}),
    ...lab.env,
  };
  const base = ['--config', configFile, '--user-data-dir', userData, '--extensions-dir', extensionsDir];

  if (LOCALE) installLocalePack(host, base, env, run.dir);

  let extPath = REPO;
  if (mode === 'vsix') {
    requireFile(VSIX, "run 'npm run package' first");
    execFileSync(host.codeServer, [...base, '--install-extension', VSIX], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const listed = execFileSync(host.codeServer, [...base, '--list-extensions', '--show-versions'], { env, encoding: 'utf8' });
    if (!listed.includes(EXTENSION_ID)) throw new Error(`the .vsix did not install: --list-extensions says ${listed.trim() || 'nothing'}`);
    const installed = fs.readdirSync(extensionsDir).find((d) => d.startsWith(EXTENSION_ID));
    extPath = path.join(extensionsDir, installed);
    log(`installed ${path.basename(VSIX)} -> ${extPath}`);
  }

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  log(`[${mode}] starting code-server on ${authority} (run folder ${run.dir})`);
  const server = startServer(host.codeServer, [
    ...base, '--auth', 'none', '--bind-addr', authority,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    // Without this flag the workbench silently ignores the payload and no test runs:
    '--vscode-option', 'enable-smoke-test-driver',
    ...(LOCALE ? ['--locale', LOCALE] : []),
  ], { env, logFile: path.join(run.dir, 'code-server.log') });

  let browser;
  const label = `code-server ${mode}`;
  try {
    await waitForHttp(`http://${authority}/healthz`, server, 60000, 'code-server');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    page.on('pageerror', (e) => log('[page error]', e.message));
    let exitedAt;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (args || []).map(String).join(' ');
      if (/HOST:|passed|failed|Error|✔|✓|\d+\) /.test(text)) log(`[ext host ${type}]`, text.slice(0, 500));
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitedAt = Date.now();
      log(`[${mode}] the extension host finished the suite with exit code ${code}`);
    });
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${extPath}`],
      ['extensionTestsPath', `vscode-remote://${authority}${SUITE.replace(/\.js$/, '')}`],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const finished = await waitForFile(run.resultsFile, {
      page, shotDir: run.shotDir, screenshot: path.join(ARTIFACTS, `code-server-${mode}.png`), timeoutMs: TIMEOUT_S * 1000, log,
      // The host has finished but the suite wrote nothing (e.g. it failed to load): do not wait for the timeout.
      stopEarly: () => exitedAt !== undefined && Date.now() - exitedAt > 3000,
    });
    if (!finished) {
      await page.screenshot({ path: path.join(ARTIFACTS, `code-server-${mode}-timeout.png`) }).catch(() => {});
      log(`[${mode}] no results within ${TIMEOUT_S} s; server log: ${path.join(run.dir, 'code-server.log')}`);
    }
  } catch (e) {
    log(`[${mode}] ERROR`, e.stack || e);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.copyFileSync(path.join(run.dir, 'code-server.log'), path.join(ARTIFACTS, `code-server-${mode}.log`));
  return readResults(run.resultsFile, label);
}

const which = process.argv[2] || 'both';
const modes = which === 'both' ? ['dev', 'vsix'] : [which];
if (!modes.every((m) => m === 'dev' || m === 'vsix')) {
  console.error('usage: run-code-server.mjs [dev|vsix|both]');
  process.exit(2);
}
let code = 1;
let lab;
try {
  requireFile(SUITE, "run 'npm run build' first (it compiles test/vscode)");
  requireFile(path.join(REPO, 'dist', 'extension.js'), "run 'npm run build' first");
  requireFile(CHROMIUM, 'install Debian chromium (apt-get install chromium)');
  const host = ensureCodeServer();
  lab = await startLiveLab(log);
  const all = [];
  for (const mode of modes) {
    const t0 = Date.now();
    all.push(await runMode(mode, host, lab));
    log(`[${mode}] done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  code = report(all);
} catch (e) {
  console.error('[code-server] ERROR', e.message);
  console.log('0 passed, 1 failed');
} finally {
  await lab?.stop();
}
process.exit(code);
