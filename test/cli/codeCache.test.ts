// bin/keepalived-lab keeps V8's compiled code of the bundle in the user's cache directory:
// the cache must be written, reused, and never change what the tool prints, whatever state
// the cache directory is in.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/fixtures';
import { buildCli, runCli, tempDir } from './support';

const CONF = `global_defs {
  router_id lb1
}
vrrp_instance VI_1 {
  state MASTER
  interface eth0
  virtual_router_id 51
  priority 100 extra
  virtual_ipaddress {
    198.51.100.10/24
  }
}
`;

function cacheFiles(dir: string): string[] {
  const d = path.join(dir, 'keepalived-lab', 'code-cache');
  return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => !f.endsWith('.tmp')).map((f) => path.join(d, f)) : [];
}

describe('cli: code cache of the bundle (start-up time)', function () {
  this.timeout(60000);
  before(buildCli);

  it('writes the cache on the first run, reuses it, and prints the same as without it', () => {
    const t = tempDir({ 'k.conf': CONF });
    try {
      const args = ['lint', '--format', 'json', path.join(t.dir, 'k.conf')];
      const plain = runCli(args, { env: { KEEPALIVED_LAB_CODE_CACHE: '0', XDG_CACHE_HOME: path.join(t.dir, 'unused') } });
      assert.equal(plain.code, 1, plain.stderr);
      assert.ok(plain.stdout.includes('extra-arguments'), plain.stdout);
      assert.deepEqual(cacheFiles(path.join(t.dir, 'unused')), [], 'KEEPALIVED_LAB_CODE_CACHE=0 writes nothing');

      const xdg = path.join(t.dir, 'xdg');
      const first = runCli(args, { env: { XDG_CACHE_HOME: xdg } });
      const files = cacheFiles(xdg);
      assert.equal(files.length, 1, 'one cache file');
      assert.match(path.basename(files[0]), new RegExp(`^lint-v\\d+\\.\\d+\\.\\d+-${process.arch}-[0-9a-f-]+\\.bin$`), 'lint runs the lint-only bundle');
      assert.ok(fs.statSync(files[0]).size > 10_000, 'the cache holds compiled code');
      const written = fs.statSync(files[0]).mtimeMs;
      const second = runCli(args, { env: { XDG_CACHE_HOME: xdg } });
      for (const r of [first, second]) {
        assert.equal(r.code, plain.code);
        assert.equal(r.stdout, plain.stdout);
        assert.equal(r.stderr, plain.stderr);
      }
      assert.equal(fs.statSync(files[0]).mtimeMs, written, 'an accepted cache is not rewritten');

      // A damaged cache is rejected by V8 (or unreadable): same output, and it is replaced.
      fs.writeFileSync(files[0], Buffer.from('not a code cache at all'));
      const damaged = runCli(args, { env: { XDG_CACHE_HOME: xdg } });
      assert.equal(damaged.code, plain.code);
      assert.equal(damaged.stdout, plain.stdout);
      assert.equal(damaged.stderr, plain.stderr);
      assert.ok(fs.statSync(cacheFiles(xdg)[0]).size > 10_000, 'the damaged cache was replaced');

      // The other commands run the whole tool (dist/cli.js), whose cache sits beside lint's.
      const version = runCli(['--version'], { env: { XDG_CACHE_HOME: xdg } });
      assert.equal(version.code, 0, version.stderr);
      assert.deepEqual(cacheFiles(xdg).map((f) => path.basename(f).split('-')[0]).sort(), ['cli', 'lint']);
      const again = runCli(args, { env: { XDG_CACHE_HOME: xdg } });
      assert.equal(again.stdout, plain.stdout);
      assert.equal(cacheFiles(xdg).length, 2, "one bundle's cache does not remove the other's");

      // A rebuilt bundle (here: only its modification time changes) gets a cache of its own,
      // and the old one is removed.
      const lintBundle = path.join(REPO, 'dist', 'lint.js');
      const lintCache = () => cacheFiles(xdg).filter((f) => path.basename(f).startsWith('lint-'));
      const before = lintCache();
      const later = new Date(fs.statSync(lintBundle).mtimeMs + 1000);
      fs.utimesSync(lintBundle, later, later);
      const rebuilt = runCli(args, { env: { XDG_CACHE_HOME: xdg } });
      assert.equal(rebuilt.stdout, plain.stdout);
      assert.equal(lintCache().length, 1, 'one cache for lint');
      assert.notEqual(lintCache()[0], before[0], 'a new cache name for the rebuilt bundle');

      // A cache directory that cannot be created (a file is in the way): runs without a cache.
      const blocked = path.join(t.dir, 'blocked');
      fs.writeFileSync(blocked, 'a file, not a directory');
      const noCache = runCli(args, { env: { XDG_CACHE_HOME: blocked } });
      assert.equal(noCache.code, plain.code);
      assert.equal(noCache.stdout, plain.stdout);
      assert.equal(noCache.stderr, plain.stderr);
    } finally {
      t.cleanup();
    }
  });
});
