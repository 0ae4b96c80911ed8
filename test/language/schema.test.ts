import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { schema } from '../../src/language';
import { HAVE_SHARED, REPO, SHARED } from '../support/fixtures';

describe('keyword schema', () => {
  it('has the whole keyword tree (531 keyword paths, 25 at the top level)', () => {
    assert.equal(schema.allKeywords().length, 531);
    assert.equal(Object.keys(schema.ROOT).length, 25);
  });

  it('knows which keywords are newer than Debian 12\'s keepalived 2.2.7', () => {
    const newer = schema.allKeywords().filter((k) => k.new_after_2_2_7);
    assert.equal(newer.length, 30);
    const hmac = schema.ROOT.vrrp_instance.keywords!.auth_hmac;
    assert.equal(schema.existsIn(hmac, '2.2'), false);
    assert.equal(schema.existsIn(hmac, '2.4'), true);
  });

  it('resolves the same word differently by block', () => {
    const weights = schema.keywordsNamed('weight').map(schema.pathString);
    assert.ok(weights.includes('vrrp_script > weight'));
    assert.ok(weights.includes('virtual_server > real_server > weight'));
  });

  it('parses argument counts', () => {
    assert.deepEqual(schema.argCount('1'), { min: 1, max: 1 });
    assert.deepEqual(schema.argCount('0-1'), { min: 0, max: 1 });
    assert.deepEqual(schema.argCount('1+'), { min: 1, max: Infinity });
  });

  const title = 'committed schema is what scripts/gen-schema.mjs makes from ../shared/keepalived/keywords.json';
  it(HAVE_SHARED ? title : `${title} (SKIPPED: ../shared is absent in this checkout)`, function () {
    if (!HAVE_SHARED) {
      this.skip();
      return;
    }
    {
      // Regenerating writes the same file; a difference means the committed copy is stale.
      const committed = fs.readFileSync(path.join(REPO, 'src/language/schema/keywords.json'), 'utf8');
      const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/gen-schema.mjs'), path.join(SHARED, 'keepalived/keywords.json')], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const regenerated = fs.readFileSync(path.join(REPO, 'src/language/schema/keywords.json'), 'utf8');
      assert.equal(regenerated, committed, 'the committed schema is stale: run npm run gen:schema and commit');
    }
  });
});
