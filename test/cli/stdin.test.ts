// `keepalived-lab lint -`: the config on standard input, as in `ssh host cat ... | keepalived-lab lint -`.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../../src/language';
import { REPO } from '../support/fixtures';
import { BIN, buildCli, parseJson, runCli, tempDir } from './support';

const LB1 = 'examples/seed-lab/lb1/keepalived.conf';

describe('cli: keepalived-lab lint - (standard input)', () => {
  before(buildCli);

  it('finds on standard input what it finds in the file, named <stdin>, with the same exit code', () => {
    const text = fs.readFileSync(path.join(REPO, LB1));
    const fromFile = runCli(['lint', '--format', 'json', LB1]);
    const fromStdin = runCli(['lint', '--format', 'json', '-'], { input: text });
    assert.equal(fromStdin.code, 1, fromStdin.stderr);
    assert.equal(fromStdin.code, fromFile.code);
    const a = parseJson(fromFile);
    const b = parseJson(fromStdin);
    assert.ok(b.some((f) => f.code === 'extra-arguments' && f.line === 9), fromStdin.stdout);
    assert.deepEqual(b.map((f) => ({ ...f, file: LB1 })), a);
    assert.ok(b.every((f) => f.file === '<stdin>'));
    const textOut = runCli(['lint', '-'], { input: text });
    assert.match(textOut.stdout, /^<stdin>:9:\d+: error extra-arguments: /m);
    assert.match(textOut.stderr, /in 1 file/);
    // Piped in, not on a terminal: no "reading from standard input" hint.
    assert.doesNotMatch(textOut.stderr, /Ctrl\+D/);
  });

  it('--stdin-filename names it and is where its relative includes are found', () => {
    const t = tempDir({ 'conf/extra.conf': 'vrrp_script chk {\n  script "/bin/true"\n  interval 2 3\n}\n' });
    try {
      const input = 'include extra.conf\nglobal_defs {\n  router_id lb1\n}\n';
      const r = runCli(['lint', '--format', 'json', '--stdin-filename', 'conf/keepalived.conf', '-'], { cwd: t.dir, input });
      const found = parseJson(r);
      // The finding is in the included file, which was found next to the name given, and named relative like it.
      assert.ok(found.some((f) => f.file === path.join('conf', 'extra.conf') && f.code === 'extra-arguments' && f.line === 3), r.stdout + r.stderr);
      assert.ok(!found.some((f) => f.code === 'include-missing' || f.code === 'include-no-match'), r.stdout);
      // Without the name, the include is looked for in the current folder, where it is not.
      const bare = runCli(['lint', '--format', 'json', '-'], { cwd: t.dir, input });
      assert.ok(parseJson(bare).some((f) => f.file === '<stdin>' && f.line === 1 && /include/.test(f.code)), bare.stdout);
    } finally {
      t.cleanup();
    }
  });

  it('lints standard input together with files', () => {
    const r = runCli(['lint', '--format', 'json', LB1, '-'], { input: 'vrrp_instance X {\n  priority 300\n}\n' });
    const found = parseJson(r);
    assert.ok(found.some((f) => f.file === LB1));
    assert.ok(found.some((f) => f.file === '<stdin>' && f.line === 2), r.stdout);
  });

  it('usage errors: --stdin-filename without -, or empty: exit 2 with a clear message', () => {
    const without = runCli(['lint', '--stdin-filename', 'x.conf', LB1]);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /'--stdin-filename' names standard input, so it needs FILE '-' too/);
    const empty = runCli(['lint', '--stdin-filename=', '-'], { input: '' });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /needs a non-empty value/);
  });

  it('more than the checker reads: exit 2 and says so, without reading on for ever', () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 10, '#\n');
    const r = runCli(['lint', '-'], { input: big, timeoutMs: 60_000 });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot lint standard input: it is more than the \d+ bytes keepalived-lab reads/);
  });

  it('on a terminal it says what it waits for, and Ctrl+D ends the config (a real pty from util-linux script)', function () {
    if (spawnSync('script', ['--version']).error) {
      console.log('      (skipped: util-linux `script` is not installed, so no terminal can be made here)');
      return this.skip();
    }
    // script gives the command a pseudo-terminal; what we write reaches it as typed, and \x04 is Ctrl+D.
    const child = spawn('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint -`, '/dev/null'], { cwd: REPO, env: { ...process.env, LC_ALL: '', LANG: 'C.UTF-8', NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no end after Ctrl+D:\n${out}`)); }, 15_000);
      const wrote = setInterval(() => {
        if (!/reading the config from standard input/.test(out)) return;
        clearInterval(wrote);
        child.stdin.write('vrrp_instance X {\n  priority 300\n}\n');
        setTimeout(() => child.stdin.write('\x04'), 300);
      }, 50);
      child.on('close', (code) => {
        clearTimeout(timer);
        clearInterval(wrote);
        try {
          assert.match(out, /end it with Ctrl\+D/);
          assert.match(out, /<stdin>:2:12: error out-of-range:/);
          assert.equal(code, 1, out);
          resolve();
        } catch (e) {
          reject(e as Error);
        }
      });
    });
  });

  it('in Russian too', () => {
    const r = runCli(['lint', '--lang', 'ru', '--stdin-filename', 'x.conf', LB1]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /называет стандартный ввод/);
  });
});
