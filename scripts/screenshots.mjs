// `npm run screenshots`: the README's pictures, made by the browser tests rather than by hand.
// Runs the in-editor suite in code-server on the dev folder (scripts/editor-hosts/run-code-server.mjs dev,
// which saves .test-artifacts/code-server-dev-*.png while the tests drive the real workbench), then copies
// the chosen ones into docs/images/ under stable names. Pictures larger than MAX_BYTES are scaled down
// (rendered smaller in the same headless Chromium; no image tools needed).
// docs/images/ stays out of the .vsix (.vscodeignore lets only docs/**/*.md in).
//
// Usage: node scripts/screenshots.mjs [--no-run]   (--no-run: copy what the last code-server run left)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, REPO } from './editor-hosts/common.mjs';

const OUT = path.join(REPO, 'docs', 'images');
const MAX_BYTES = 350 * 1024;
/** Screenshot of the run (code-server-dev-NAME.png) → docs/images/FILE. Optional ones are copied when the run made them. */
const SHOTS = [
  { from: 'code-server-dev-quick-fix.png', to: 'diagnostics-quick-fix.png', what: 'the seed config\'s findings with the quick-fix menu open' },
  { from: 'code-server-dev-lab.png', to: 'lab-view.png', what: 'the Keepalived Lab view on a live namespace lab' },
  { from: 'code-server-dev-walkthrough.png', to: 'walkthrough.png', what: 'the walkthrough' },
  { from: 'code-server-dev-topology.png', to: 'topology.png', what: 'the topology picture of the live lab' },
];
const say = (...a) => console.log('[screenshots]', ...a);

async function shrink(file) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  try {
    for (let round = 0; round < 4; round++) {
      const png = fs.readFileSync(file);
      const w = png.readUInt32BE(16);
      const h = png.readUInt32BE(20);
      const page = await browser.newPage({ viewport: { width: Math.round(w * 0.8), height: Math.round(h * 0.8) } });
      await page.setContent(`<html><body style="margin:0"><img style="display:block;width:100%;height:100%" src="data:image/png;base64,${png.toString('base64')}"></body></html>`);
      const out = await page.screenshot({ type: 'png' });
      await page.close();
      fs.writeFileSync(file, out);
      if (out.length <= MAX_BYTES) return;
    }
  } finally {
    await browser.close();
  }
}

const started = Date.now();
if (!process.argv.includes('--no-run')) {
  say('building, then running the in-editor suite in code-server (dev folder); this takes a few minutes');
  for (const [cmd, args] of [['npm', ['run', '--silent', 'build']], [process.execPath, [path.join(REPO, 'scripts', 'editor-hosts', 'run-code-server.mjs'), 'dev']]]) {
    const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
    // A failing test does not spoil the pictures of the others; a missing picture is checked below.
    if (r.status !== 0) say(`'${path.basename(cmd)} ${args.join(' ')}' exited ${r.status}; copying the screenshots it made`);
  }
}
fs.mkdirSync(OUT, { recursive: true });
let missing = 0;
for (const s of SHOTS) {
  const src = path.join(ARTIFACTS, s.from);
  const fresh = fs.existsSync(src) && (process.argv.includes('--no-run') || fs.statSync(src).mtimeMs >= started);
  if (!fresh) {
    if (s.optional) {
      say(`skip ${s.to}: the run made no ${s.from} (${s.what})`);
    } else {
      console.error(`[screenshots] ${s.from} (${s.what}) was not made by this run; see .test-artifacts/code-server-dev.log`);
      missing++;
    }
    continue;
  }
  const dest = path.join(OUT, s.to);
  fs.copyFileSync(src, dest);
  if (fs.statSync(dest).size > MAX_BYTES) await shrink(dest);
  say(`${path.relative(REPO, dest)} (${Math.round(fs.statSync(dest).size / 1024)} KB): ${s.what}`);
}
process.exit(missing ? 1 : 0);
