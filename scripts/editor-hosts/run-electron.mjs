// Runs the in-editor suite (test/vscode) in desktop VS Code through @vscode/test-electron.
//
// test-electron downloads VS Code from Microsoft's update service. Where that is not reachable (this
// project's CI machines reach only the npm registry and Debian), the runner says so on a plain SKIP line
// and exits 0 WITHOUT a pass count: nothing was tested here. The same suite runs in code-server and Theia.
//
// Env: VSCODE_EXECUTABLE   an already installed VS Code (skips the download)
//      VSCODE_TEST_VERSION version to download (default: the minimum of engines.vscode, e.g. 1.91.0)
//      TEST_TIMEOUT_S      (default 300)
// On Linux without a display, run it under xvfb-run. As root on Linux, the live lab test gets a namespace
// lab (lab.mjs), brought up once VS Code is there and always taken down.
import dns from 'node:dns/promises';
import fs from 'node:fs';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { PKG, REPO, SUITE, logger, makeRunDir, readResults, report, requireFile } from './common.mjs';
import { startLiveLab } from './lab.mjs';

const log = logger('test-electron');
const UPDATE_HOST = 'update.code.visualstudio.com';
const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed|getaddrinfo|socket hang up/i;

function skip(reason) {
  console.log(`SKIP: @vscode/test-electron: ${reason}; the same suite runs in code-server (npm run test:code-server) and Theia (npm run test:theia).`);
  process.exit(0);
}

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) {
    requireFile(process.env.VSCODE_EXECUTABLE, 'VSCODE_EXECUTABLE must name a VS Code executable');
    return process.env.VSCODE_EXECUTABLE;
  }
  try {
    await dns.lookup(UPDATE_HOST);
  } catch (e) {
    skip(`VS Code cannot be downloaded here (${UPDATE_HOST} does not resolve: ${e.code ?? e.message})`);
  }
  const version = process.env.VSCODE_TEST_VERSION || PKG.engines.vscode.replace(/^[^\d]*/, '');
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: path.join(REPO, '.vscode-test') });
  } catch (e) {
    if (NETWORK_ERROR.test(String(e?.stack ?? e))) skip(`downloading VS Code ${version} failed (${String(e.message ?? e).split('\n')[0]})`);
    throw e;
  }
}

let code = 1;
let lab;
try {
  requireFile(SUITE, "run 'npm run build' first (it compiles test/vscode)");
  requireFile(path.join(REPO, 'dist', 'extension.js'), "run 'npm run build' first");
  const executable = await vscodeExecutable();
  const run = makeRunDir('electron');
  lab = await startLiveLab(log);
  lab.addToWorkspace(run.workspace);
  log(`VS Code: ${executable}; run folder ${run.dir}`);
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: SUITE,
      extensionTestsEnv: { KEEPALIVED_LAB_TEST_RESULTS: run.resultsFile, ...lab.env },
      launchArgs: [run.workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(run.dir, 'user-data')}`],
    });
  } catch (e) {
    log('VS Code reported a failed run:', e.message ?? e);
  }
  if (!fs.existsSync(run.resultsFile)) log('the suite wrote no results file');
  code = report([readResults(run.resultsFile, 'vscode desktop')]);
} catch (e) {
  console.error('[test-electron] ERROR', e.message ?? e);
  console.log('0 passed, 1 failed');
} finally {
  await lab?.stop();
}
process.exit(code);
