import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import { buildCli, parseJson, runCli, tempDir } from './support';

/** Hostile input must end quickly with findings: exit 0/1, a JSON array, no stack trace. */
const LIMIT_MS = 10000;

function lintHostile(files: Record<string, string | Buffer>, main: string): ReturnType<typeof parseJson> {
  const t = tempDir(files);
  try {
    const r = runCli(['lint', '--format', 'json', main], { cwd: t.dir, timeoutMs: LIMIT_MS * 2 });
    assert.ok(r.ms < LIMIT_MS, `took ${Math.round(r.ms)} ms`);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    const found = parseJson(r);
    assert.ok(!found.some((f) => f.code === 'internal-error'), 'no rule failed');
    return found;
  } finally {
    t.cleanup();
  }
}

describe('cli: hostile input finishes quickly with diagnostics (real binary)', function () {
  this.timeout(LIMIT_MS * 3);
  before(buildCli);

  it('binary garbage', () => {
    // Deterministic bytes, so a failure can be reproduced.
    const bytes = Buffer.concat(Array.from({ length: 64 }, (_, i) => crypto.createHash('sha512').update(String(i)).digest()));
    const found = lintHostile({ 'g.conf': Buffer.concat([bytes, Buffer.from('{{}}\0\n'), bytes]) }, 'g.conf');
    assert.ok(found.length > 0);
  });

  it('text output shows control characters from the file escaped, one finding per line', () => {
    const t = tempDir({ 'c.conf': 'bad\x1b[2J\x1b]0;pwned\x07word\rhidden 1\n' });
    try {
      const r = runCli(['lint', 'c.conf'], { cwd: t.dir });
      assert.equal(r.code, 1);
      assert.ok(r.stdout.includes('bad\\x1b[2J\\x1b]0;pwned\\x07word'), r.stdout);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(r.stdout, /[\x00-\x09\x0b-\x1f\x7f]/);
    } finally {
      t.cleanup();
    }
  });

  it('a 200,000-character line', () => {
    const found = lintHostile({ 'l.conf': `global_defs {\n  router_id ${'a'.repeat(200000)}\n}\n` }, 'l.conf');
    assert.ok(found.some((f) => f.code === 'line-too-long' && f.line === 2));
  });

  it('5,000 nested braces, on separate lines and on one line', () => {
    const lines = lintHostile({ 'n.conf': `vrrp_instance VI_1 {\n${'{\n'.repeat(5000)}${'}\n'.repeat(5000)}}\n` }, 'n.conf');
    assert.ok(lines.some((f) => f.code === 'unexpected-open-brace'));
    const oneLine = lintHostile({ 'n.conf': `global_defs ${'{'.repeat(5000)}${'}'.repeat(5000)}\n` }, 'n.conf');
    assert.ok(oneLine.length > 0);
    const blocks = lintHostile({ 'n.conf': 'virtual_server 198.51.100.1 80 {\n'.repeat(5000) + '}\n'.repeat(5000) }, 'n.conf');
    assert.ok(blocks.length > 0);
  });

  it('include cycles (self and mutual)', () => {
    const self = lintHostile({ 'a.conf': 'include a.conf\n' }, 'a.conf');
    assert.ok(self.some((f) => f.code === 'include-cycle'));
    const mutual = lintHostile({ 'a.conf': 'include b.conf\n', 'b.conf': 'include *.conf\n' }, 'a.conf');
    assert.ok(mutual.some((f) => f.code === 'include-cycle' && f.file === 'b.conf'));
  });

  it('include /dev/zero and other non-files', () => {
    const found = lintHostile({ 'z.conf': 'include /dev/zero\ninclude /proc/self/fd/0\ninclude /\n' }, 'z.conf');
    assert.deepEqual(found.filter((f) => f.code === 'include-not-regular').map((f) => f.line), [1, 2, 3]);
  });

  it('~SEQ with a huge count and deeply nested definitions', () => {
    const found = lintHostile({ 's.conf': '$A=$B $B\n$B=$C $C\n$C=x\n~SEQ(i, 1, 100000000) vrrp_instance VI_$i { }\nglobal_defs {\n  router_id $A$A$A$A\n}\n' }, 's.conf');
    assert.ok(found.length > 0);
  });
});
