// `keepalived-lab lint` without FILE checks /etc/keepalived/keepalived.conf, as `keepalived -t` does.
// The tests put a folder of their own over /etc/keepalived in a private mount namespace
// (unshare --mount, as root), so the machine's real /etc/keepalived is never read or touched.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { REPO } from '../support/fixtures';
import { BIN, buildCli, tempDir } from './support';

const DEFAULT = '/etc/keepalived/keepalived.conf';

function canMountOverEtcKeepalived(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux for a private mount namespace';
  if (!fs.existsSync('/etc/keepalived')) return '/etc/keepalived does not exist here (keepalived is not installed)';
  if (spawnSync('unshare', ['--mount', 'true']).status !== 0) return 'unshare --mount does not work here';
  return undefined;
}

/** Runs `keepalived-lab ARGS` with `etcDir` mounted over /etc/keepalived, in a mount namespace of its own. */
function runWithEtc(etcDir: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const script = 'mount --bind "$1" /etc/keepalived && shift && exec "$@"';
  const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', etcDir, process.execPath, BIN, ...args], {
    cwd: REPO, encoding: 'utf8', timeout: 20000, env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' },
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: lint without FILE checks keepalived\'s default config', () => {
  before(function () {
    const why = canMountOverEtcKeepalived();
    if (why) {
      if (process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1') throw new Error(`these tests must run here (KEEPALIVED_LAB_REQUIRE_ORACLE=1) but cannot: ${why}`);
      console.log(`      (skipped: ${why})`);
      return this.skip();
    }
    buildCli();
  });

  it('lints /etc/keepalived/keepalived.conf when it is there, named by its path', () => {
    const t = tempDir({ 'keepalived.conf': 'vrrp_instance VI_1 {\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n  priority 100 / 50\n  virtual_ipaddress {\n    198.51.100.100\n  }\n}\n' });
    try {
      const r = runWithEtc(t.dir, ['lint']);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, new RegExp(`^${DEFAULT.replace(/[./]/g, '\\$&')}:5:\\d+: error extra-arguments: `, 'm'));
      // The machine's own /etc/keepalived was not changed by any of this.
      assert.ok(!fs.existsSync(DEFAULT) || fs.readFileSync(DEFAULT, 'utf8') !== fs.readFileSync(`${t.dir}/keepalived.conf`, 'utf8'));
    } finally {
      t.cleanup();
    }
  });

  it('without it: exit 2, saying that no FILE was given and the default does not exist (en, ru)', () => {
    const t = tempDir({ 'keepalived.conf.sample': '# not read\n' });
    try {
      const r = runWithEtc(t.dir, ['lint']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /no FILE given, and keepalived's default \/etc\/keepalived\/keepalived\.conf does not exist/);
      assert.match(r.stderr, /--help' for usage/);
      const ru = runWithEtc(t.dir, ['--lang', 'ru', 'lint']);
      assert.equal(ru.code, 2);
      assert.match(ru.stderr, /не указан ФАЙЛ, а файла keepalived по умолчанию \/etc\/keepalived\/keepalived\.conf нет/);
    } finally {
      t.cleanup();
    }
  });
});
