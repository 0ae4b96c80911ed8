// `keepalived-lab format`: the editor's formatter for files, through the real bin.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatText } from '../../src/language';
import { sameReading } from '../../src/cli/commands/format';
import { REPO } from '../support/fixtures';
import { buildCli, runCli, tempDir } from './support';

const SEED = fs.readFileSync(path.join(REPO, 'examples/seed-lab/lb1/keepalived.conf'), 'utf8');
const MESSY = 'global_defs { router_id lb1 }\nvrrp_instance VI_1 { state MASTER\n      interface eth0 # uplink\n\n\n\n virtual_router_id 51\n priority 150 }\n';

describe('cli: keepalived-lab format', () => {
  before(buildCli);

  it('--check lists the files that are not formatted and exits 1; format rewrites them as the editor would; then --check exits 0', () => {
    const t = tempDir({ 'seed.conf': SEED, 'messy.conf': MESSY, 'done.conf': formatText(MESSY, { insertSpaces: true, tabSize: 4 }) });
    try {
      const check = runCli(['format', '--check', 'seed.conf', 'messy.conf', 'done.conf'], { cwd: t.dir });
      assert.equal(check.code, 1, check.stderr);
      assert.deepEqual(check.stdout.trim().split('\n'), ['seed.conf', 'messy.conf']);
      assert.match(check.stderr, /2 of 3 files are not formatted/);
      assert.equal(fs.readFileSync(path.join(t.dir, 'seed.conf'), 'utf8'), SEED, '--check changes nothing');

      const fmt = runCli(['format', 'seed.conf', 'messy.conf', 'done.conf'], { cwd: t.dir });
      assert.equal(fmt.code, 0, fmt.stderr);
      assert.deepEqual(fmt.stdout.trim().split('\n'), ['seed.conf', 'messy.conf']);
      assert.match(fmt.stderr, /2 of 3 files reformatted/);
      const messy = fs.readFileSync(path.join(t.dir, 'messy.conf'), 'utf8');
      assert.equal(messy, formatText(MESSY, { insertSpaces: true, tabSize: 4 }));
      assert.match(messy, /^vrrp_instance VI_1 \{\n {4}state MASTER\n {4}interface eth0 # uplink\n\n {4}virtual_router_id 51\n/m);
      assert.equal(fs.readFileSync(path.join(t.dir, 'seed.conf'), 'utf8'), formatText(SEED, { insertSpaces: true, tabSize: 4 }));

      const again = runCli(['format', '--check', 'seed.conf', 'messy.conf', 'done.conf'], { cwd: t.dir });
      assert.equal(again.code, 0, again.stdout);
      assert.equal(again.stdout, '');
    } finally {
      t.cleanup();
    }
  });

  it('--indent N and --tabs; both together or a bad N is a usage error', () => {
    const t = tempDir({ 'a.conf': MESSY, 'b.conf': MESSY });
    try {
      assert.equal(runCli(['format', '--indent', '2', 'a.conf'], { cwd: t.dir }).code, 0);
      assert.match(fs.readFileSync(path.join(t.dir, 'a.conf'), 'utf8'), /\n {2}state MASTER\n/);
      assert.equal(runCli(['format', '--tabs', 'b.conf'], { cwd: t.dir }).code, 0);
      assert.match(fs.readFileSync(path.join(t.dir, 'b.conf'), 'utf8'), /\n\tstate MASTER\n/);
      for (const bad of [['--indent', '0'], ['--indent', '17'], ['--indent', 'x'], ['--indent', '2', '--tabs']]) {
        const r = runCli(['format', ...bad, 'a.conf'], { cwd: t.dir });
        assert.equal(r.code, 2, bad.join(' '));
        assert.match(r.stderr, /--indent/);
      }
    } finally {
      t.cleanup();
    }
  });

  it('keeps the permissions, and formats the target of a symbolic link, leaving the link', () => {
    const t = tempDir({ 'real.conf': MESSY });
    try {
      const real = path.join(t.dir, 'real.conf');
      fs.chmodSync(real, 0o640);
      fs.symlinkSync('real.conf', path.join(t.dir, 'link.conf'));
      const r = runCli(['format', 'link.conf'], { cwd: t.dir });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(fs.lstatSync(path.join(t.dir, 'link.conf')).isSymbolicLink());
      assert.equal(fs.readFileSync(real, 'utf8'), formatText(MESSY, { insertSpaces: true, tabSize: 4 }));
      assert.equal(fs.statSync(real).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(t.dir).sort(), ['link.conf', 'real.conf'], 'no temporary file left behind');
    } finally {
      t.cleanup();
    }
  });

  it('FILE - formats standard input to standard output; --check - names <stdin>', () => {
    const r = runCli(['format', '-'], { input: MESSY });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, formatText(MESSY, { insertSpaces: true, tabSize: 4 }));
    const c = runCli(['format', '--check', '-'], { input: MESSY });
    assert.equal(c.code, 1);
    assert.equal(c.stdout, '<stdin>\n');
    const twice = runCli(['format', '-', '-'], { input: MESSY });
    assert.equal(twice.code, 2);
  });

  it('leaves a file that is not UTF-8 byte for byte, and a missing file does not stop the others', () => {
    const latin1 = Buffer.concat([Buffer.from('global_defs {\n router_id caf'), Buffer.from([0xe9]), Buffer.from('\n}\n')]);
    const t = tempDir({ 'latin1.conf': latin1, 'ok.conf': MESSY });
    try {
      const r = runCli(['format', 'latin1.conf', 'missing.conf', 'ok.conf'], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /'latin1\.conf' is not valid UTF-8 text; it is left as it is/);
      assert.match(r.stderr, /cannot read 'missing\.conf': no such file/);
      assert.ok(fs.readFileSync(path.join(t.dir, 'latin1.conf')).equals(latin1));
      assert.equal(fs.readFileSync(path.join(t.dir, 'ok.conf'), 'utf8'), formatText(MESSY, { insertSpaces: true, tabSize: 4 }));
      const dir = runCli(['format', '.'], { cwd: t.dir });
      assert.equal(dir.code, 2);
      assert.match(dir.stderr, /cannot format '\.': it is a directory/);
    } finally {
      t.cleanup();
    }
  });

  it('the guard: the parser reads a formatted text the same, and tells a changed reading apart', () => {
    const file = path.join(REPO, 'x.conf');
    assert.ok(sameReading(file, MESSY, formatText(MESSY, { insertSpaces: true, tabSize: 4 })));
    assert.ok(sameReading(file, SEED, formatText(SEED, { insertSpaces: false, tabSize: 8 })));
    // Words moved into another block, a word dropped, an entry split in two: not the same.
    assert.ok(!sameReading(file, 'vrrp_instance A {\n state MASTER\n}\n', 'vrrp_instance A {\n}\nstate MASTER\n'));
    assert.ok(!sameReading(file, 'vrrp_instance A {\n priority 100 / 50\n}\n', 'vrrp_instance A {\n priority 100\n}\n'));
    assert.ok(!sameReading(file, 'vrrp_instance A {\n virtual_ipaddress {\n 203.0.113.1 203.0.113.2\n }\n}\n', 'vrrp_instance A {\n virtual_ipaddress {\n 203.0.113.1\n 203.0.113.2\n }\n}\n'));
  });

  it('help in English and Russian, and format in the command list', () => {
    assert.match(runCli(['format', '--help']).stdout, /^Usage: keepalived-lab format \[options\] FILE\.\.\./);
    assert.match(runCli(['--lang', 'ru', 'format', '--help']).stdout, /^Использование: keepalived-lab format/);
    assert.match(runCli(['--help']).stdout, /\n {2}format {2}/);
  });
});
