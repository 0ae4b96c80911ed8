// `npm start`: build and package the extension, then serve VS Code in the browser (code-server, on
// 127.0.0.1 only) with the extension installed and a workspace open on examples/, and print the address.
// Stops on Ctrl+C. code-server itself is installed once into ~/.cache/keepalived-lab (see editor-hosts/hosts.mjs).
//
// Usage: node scripts/start-code-server.mjs [--no-build]     Env: PORT (default 8080; a free one if taken)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, cacheRoot } from './editor-hosts/hosts.mjs';
import { EXTENSION_ID, REPO, VSIX, freePort, startServer, waitForHttp } from './editor-hosts/common.mjs';

const say = (...a) => console.log('[start]', ...a);

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

const port = await portToUse();
const workspace = path.join(REPO, 'examples');
const logFile = path.join(home, 'code-server.log');
const server = startServer(host.codeServer, [
  ...base, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  // examples/ is this project's own folder: no Restricted Mode prompt for it.
  '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--disable-workspace-trust', workspace,
], { env, logFile });
await waitForHttp(`http://127.0.0.1:${port}/healthz`, server, 60000, 'code-server');
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
console.log('');
console.log(`  VS Code (code-server) with keepalived-lab is running: ${url}`);
console.log(`  Open seed-lab/lb1/keepalived.conf to see the priority error and its quick fix. Ctrl+C stops it (log: ${logFile}).`);
console.log('');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  say('stopping code-server');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (c) => {
  if (!stopping) {
    console.error(`code-server exited (${c}); see ${logFile}`);
    process.exit(1);
  }
});
