import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, fixesFor } from '../../src/language';
import { REPO } from '../support/fixtures';

describe('seed lab configs (examples/seed-lab)', () => {
  for (const host of ['lb1', 'lb2']) {
    const file = path.join(REPO, 'examples', 'seed-lab', host, 'keepalived.conf');
    it(`${host}: priority 100 / 50 is an error that explains what keepalived does`, () => {
      const a = analyze(file, undefined, { configId: host });
      const d = a.diagnostics.find((x) => x.code === 'extra-arguments');
      assert.ok(d, 'extra-arguments reported');
      assert.equal(d.severity, 'error');
      assert.equal(d.range.start.line, 8);
      assert.match(d.message, /only 'priority 100'/);
      assert.match(d.message, /higher IP address becomes MASTER/);
      const fixes = fixesFor(d, a);
      assert.equal(fixes[0].edits[0].newText, '');
      const text = fs.readFileSync(file, 'utf8').split('\n')[8];
      const e = fixes[0].edits[0].range;
      assert.equal(text.slice(0, e.start.character) + text.slice(e.end.character), 'priority 100');
      assert.equal(fixes[1].title, 'Use priority 50 instead of 100');
    });
    it(`${host}: auth_pass over 8 characters is a warning showing the effective password`, () => {
      const a = analyze(file, undefined, { configId: host });
      const d = a.diagnostics.find((x) => x.code === 'auth-pass-truncated');
      assert.ok(d);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /'netology'/);
      assert.equal(fixesFor(d, a)[0].edits[0].newText, 'netology');
    });
  }
});
