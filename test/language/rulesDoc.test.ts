import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { RULES } from '../../src/language';
import { REPO } from '../support/fixtures';

describe('rule registry and docs/rules.md', () => {
  it('every rule has a unique kebab-case code, a severity and a title', () => {
    const codes = new Set<string>();
    for (const r of RULES) {
      assert.match(r.code, /^[a-z0-9]+(-[a-z0-9]+)*$/, r.code);
      assert.ok(!codes.has(r.code), `duplicate code ${r.code}`);
      codes.add(r.code);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.severity), r.code);
      assert.ok(r.title.length > 10, `${r.code} needs a title`);
    }
  });

  it('docs/rules.md is generated from the current rules', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/gen-rules-doc.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr || r.stdout);
  });
});
