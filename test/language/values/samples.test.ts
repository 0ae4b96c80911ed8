// keepalived's own sample configurations: the value rules may report an error only on a line
// where keepalived -t (2.2.7) reports something too (recorded in samples-config-test.txt).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/language';
import { valueRules } from '../../../src/language/rules/values';
import { HAVE_SHARED, SHARED } from '../../support/fixtures';

const KEEPALIVED = path.join(SHARED, 'keepalived');

/** File (relative to samples/) -> 1-based lines keepalived 2.2.7 reports. */
function keepalivedLines(): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: string | undefined;
  let inHead = false;
  for (const line of fs.readFileSync(path.join(KEEPALIVED, 'samples-config-test.txt'), 'utf8').split('\n')) {
    const file = /^FILE (\S+)/.exec(line);
    if (file) {
      current = file[1];
      inHead = false;
      out.set(current, new Set());
      continue;
    }
    if (/^v2\.4\.3/.test(line)) inHead = true;
    const m = /^\s+\((?:[^:)]*: )?Line (\d+)\)/.exec(line);
    if (current && m && !inHead) out.get(current)!.add(Number(m[1]));
  }
  return out;
}

describe('value rules on keepalived\'s samples', function () {
  if (!HAVE_SHARED) {
    it('SKIPPED: ../shared/keepalived is absent in this checkout', function () {
      this.skip();
    });
    return;
  }
  const codes = new Set(valueRules.map((r) => r.code));
  const reported = keepalivedLines();

  for (const [file, lines] of reported) {
    it(`${file}: errors only where keepalived 2.2.7 reports a problem`, () => {
      const a = analyze(path.join(KEEPALIVED, 'samples', file), undefined, { version: '2.2', configId: 'testhost' });
      const stray = a.diagnostics
        .filter((d) => codes.has(d.code) && d.severity === 'error' && d.file.endsWith(file) && !lines.has(d.range.start.line + 1))
        .map((d) => `${d.range.start.line + 1}: [${d.code}] ${d.message}`);
      assert.deepEqual(stray, []);
    });
  }

  it('finds the file-caused problems keepalived reports in the samples', () => {
    const a = analyze(path.join(KEEPALIVED, 'samples', 'keepalived.conf.vrrp.rules'), undefined, { version: '2.2', configId: 'testhost' });
    const found = a.diagnostics.filter((d) => codes.has(d.code)).map((d) => `${d.range.start.line + 1}:${d.code}`);
    assert.deepEqual(found, ['10:rule-without-preference', '11:invalid-address', '25:rule-without-preference', '26:invalid-address']);
    const etc = analyze(path.join(KEEPALIVED, 'samples', 'keepalived-etc', 'keepalived.conf'), undefined, { version: '2.2', configId: 'testhost' });
    assert.deepEqual(etc.diagnostics.filter((d) => d.code === 'out-of-range').map((d) => d.range.start.line + 1), [15, 16]);
  });
});
