// The README is the front page: its settings table must list every setting the extension contributes
// (package.json), with the default package.json gives, and nothing that is not a setting; the pictures it
// shows must exist (they are made by `npm run screenshots`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

/** Every contributed setting with its default. */
function contributedSettings(): Map<string, unknown> {
  const conf = PKG.contributes?.configuration;
  const sections = Array.isArray(conf) ? conf : conf ? [conf] : [];
  const out = new Map<string, unknown>();
  for (const s of sections) for (const [key, spec] of Object.entries(s.properties ?? {})) out.set(key, (spec as { default?: unknown }).default);
  return out;
}

/** Rows of the table under the README's "## Settings" heading: setting → its Default cell. */
function readmeSettingsTable(): Map<string, string> {
  const start = README.indexOf('\n## Settings\n');
  assert.ok(start >= 0, 'the README has a "## Settings" section');
  const next = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, next < 0 ? undefined : next);
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([\w.]+)`\s*\|\s*([^|]*?)\s*\|/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  return rows;
}

describe('README', () => {
  const settings = contributedSettings();
  const table = readmeSettingsTable();

  it('package.json contributes settings (so the check below checks something)', () => {
    assert.ok(settings.size >= 5, `found ${settings.size} settings`);
  });

  it('lists every setting of package.json in its Settings table, with the same default', () => {
    const problems: string[] = [];
    for (const [key, def] of settings) {
      const cell = table.get(key);
      if (cell === undefined) {
        problems.push(`${key} is not in the README's Settings table`);
        continue;
      }
      const want = '`' + JSON.stringify(def ?? null) + '`';
      if (cell !== want) problems.push(`${key}: the README says the default is ${cell}, package.json says ${want}`);
    }
    assert.deepEqual(problems, []);
  });

  it('lists no setting that package.json does not contribute', () => {
    const extra = [...table.keys()].filter((k) => !settings.has(k));
    assert.deepEqual(extra, [], `in the README but not in package.json: ${extra.join(', ')}`);
  });

  it('shows only pictures that exist in the repository, and at least one per front', () => {
    const images = [...README.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    const missing = images.filter((i) => !/^https?:/.test(i) && !fs.existsSync(path.join(REPO, i)));
    assert.deepEqual(missing, [], `pictures the README shows but the repository lacks: ${missing.join(', ')}`);
    for (const front of ['diagnostics-quick-fix.png', 'lab-view.png', 'topology.png', 'walkthrough.png']) {
      assert.ok(images.some((i) => i.endsWith(`docs/images/${front}`)), `the README shows docs/images/${front}`);
    }
  });

  it('keeps the two main commands at the top', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    assert.match(firstBlock, /^npm install && npm start\b/m);
    assert.match(firstBlock, /^npm test\b/m);
  });
});
