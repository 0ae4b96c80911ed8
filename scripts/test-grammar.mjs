// Grammar tests: the committed grammar must match the keyword table, and every annotated fixture in
// test/grammar/ must get the scopes its `^^^` lines assert (vscode-tmgrammar-test, run per file so a
// broken fixture cannot hide the others). Ends with the plain `N passed, N failed` line CI counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tool = path.join(REPO, 'node_modules', '.bin', 'vscode-tmgrammar-test');
const grammar = path.join(REPO, 'syntaxes', 'keepalived.tmLanguage.json');
let passed = 0;
let failed = 0;

const check = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'gen-grammar.mjs'), '--check'], { encoding: 'utf8' });
process.stdout.write(check.stdout + check.stderr);
if (check.status === 0) passed++;
else failed++;

const dir = path.join(REPO, 'test', 'grammar');
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.test.conf')).sort();
for (const f of fixtures) {
  const r = spawnSync(tool, ['--compact', '-g', grammar, path.join('test', 'grammar', f)], { cwd: REPO, encoding: 'utf8' });
  const out = (r.stdout + r.stderr).trim();
  if (r.status === 0) {
    passed++;
    console.log(`ok   ${f}`);
  } else {
    failed++;
    console.log(`FAIL ${f}\n${out}`);
  }
}
if (fixtures.length === 0) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
