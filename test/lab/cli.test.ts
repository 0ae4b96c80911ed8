// `keepalived-lab lab ...` through the real bundled binary: lab files (init/check) and the
// namespace lab's up/status/state/down when this machine can run it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCli, runCli, tempDir } from '../cli/support';
import { labOrSkip } from './support';

describe('cli: keepalived-lab lab', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('init writes the seed template, check accepts it, and init refuses to overwrite', () => {
    const t = tempDir();
    try {
      const init = runCli(['lab', 'init'], { cwd: t.dir });
      assert.equal(init.code, 0, init.stderr);
      const file = path.join(t.dir, 'keepalived-lab.yaml');
      assert.match(fs.readFileSync(file, 'utf8'), /netology1/);
      assert.equal(runCli(['lab', 'check'], { cwd: t.dir }).code, 0);
      const again = runCli(['lab', 'init'], { cwd: t.dir });
      assert.equal(again.code, 2);
      assert.match(again.stderr, /exists \(use --force/);
    } finally {
      t.cleanup();
    }
  });

  it('check prints file:line:col findings and exits 1 on errors', () => {
    const t = tempDir({ 'keepalived-lab.yaml': 'hosts:\n  - name: lb1\n    role: director\n    address: "1.2.3.4;id"\nservice:\n  vips: [198.51.100.100/24]\n  vrrp: { vrid: 51 }\n' });
    try {
      const r = runCli(['lab', 'check'], { cwd: t.dir });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /keepalived-lab\.yaml:4:14: error lab-invalid-value: '1\.2\.3\.4;id' is not an IP address or host name\./);
    } finally {
      t.cleanup();
    }
  });

  it('init --vagrant turns vagrant ssh-config output into a lab file', () => {
    const t = tempDir({ 'ssh.txt': 'Host netology1\n  HostName 127.0.0.1\n  User vagrant\n  Port 2222\n  IdentityFile /k/netology1\n' });
    try {
      assert.equal(runCli(['lab', 'init', '--vagrant', 'ssh.txt', '-o', 'lab.yaml'], { cwd: t.dir }).code, 0);
      const check = runCli(['lab', 'check', 'lab.yaml'], { cwd: t.dir });
      assert.equal(check.code, 0, check.stdout);
      assert.match(fs.readFileSync(path.join(t.dir, 'lab.yaml'), 'utf8'), /port: 2222/);
    } finally {
      t.cleanup();
    }
  });

  it('usage errors exit 2', () => {
    assert.equal(runCli(['lab']).code, 2);
    const r = runCli(['lab', 'frob']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown subcommand 'frob'/);
  });

  describe('namespace lab', function () {
    const name = 'kc' + process.pid.toString(36).slice(-5);
    before(function () {
      labOrSkip(this);
    });
    after(() => {
      if (process.getuid?.() === 0) runCli(['lab', 'down', '--name', name]);
    });

    it('up, status, state, down (twice)', () => {
      const up = runCli(['lab', 'up', '--name', name, '--with-keepalived'], { timeoutMs: 60_000 });
      assert.equal(up.code, 0, up.stderr);
      const file = /lab file:\s+(\S+)/.exec(up.stdout)![1];
      assert.match(runCli(['lab', 'status', '--name', name]).stdout, /: up\n[\s\S]*lb1 .*sshd listening/);
      const st = runCli(['lab', 'state', file, '--json'], { timeoutMs: 60_000 });
      assert.equal(st.code, 0, st.stderr);
      const state = JSON.parse(st.stdout) as { hosts: { name: string; reachable: boolean; director?: { keepalived: { running: boolean } } }[] };
      assert.ok(state.hosts.every((h) => h.reachable));
      assert.ok(state.hosts.filter((h) => h.director).every((h) => h.director!.keepalived.running));
      assert.match(runCli(['lab', 'down', '--name', name]).stdout, /Removed: .*netns/);
      assert.match(runCli(['lab', 'down', '--name', name]).stdout, /was not up; nothing to remove/);
      assert.ok(!fs.existsSync(file));
    });
  });
});
