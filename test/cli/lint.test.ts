import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/fixtures';
import { buildCli, parseJson, runCli, tempDir } from './support';

const LB1 = 'examples/seed-lab/lb1/keepalived.conf';
const ESC = '\x1b[';

const VRRP = (extra = '') => `vrrp_instance VI_1 {
  state MASTER
  interface eth0
  virtual_router_id 51
  priority 100
${extra}  virtual_ipaddress {
    198.51.100.10/24
  }
}
`;

describe('cli: keepalived-lab lint (text output, exit codes)', () => {
  before(buildCli);

  it('the seed lab lb1 config exits 1 with extra-arguments on line 9 and auth-pass-truncated on line 13', () => {
    const r = runCli(['lint', LB1]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const extra = lines.find((l) => / error extra-arguments: /.test(l));
    assert.ok(extra, r.stdout);
    assert.match(extra, /^examples\/seed-lab\/lb1\/keepalived\.conf:9:14: error extra-arguments: .*'priority 100'/);
    assert.ok(lines.some((l) => /^examples\/seed-lab\/lb1\/keepalived\.conf:13:\d+: warning auth-pass-truncated: .*'netology'/.test(l)), r.stdout);
    // Every stdout line is one compiler-style finding.
    for (const l of lines) assert.match(l, /^[^:]+:\d+:\d+: (error|warning|information|hint) [a-z0-9-]+: \S/);
  });

  it('prints the summary on stderr, counted from the same findings', () => {
    const text = runCli(['lint', LB1]);
    const json = parseJson(runCli(['lint', '--format', 'json', LB1]));
    const errors = json.filter((f) => f.severity === 'error').length;
    const warnings = json.filter((f) => f.severity === 'warning').length;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    assert.equal(text.stderr.trimEnd().split('\n').pop(), `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in 1 file`);
    assert.equal(text.stdout.trimEnd().split('\n').length, json.length);
  });

  it('exits 0 for a clean file and 0 when there are only warnings', () => {
    const t = tempDir({ 'clean.conf': VRRP(), 'warn.conf': VRRP().replace('  priority 100\n', '  priority 100\n  authentication {\n    auth_type PASS\n    auth_pass longer_than_eight\n  }\n') });
    try {
      const clean = runCli(['lint', 'clean.conf'], { cwd: t.dir });
      assert.equal(clean.code, 0, clean.stdout + clean.stderr);
      const warn = runCli(['lint', '--format', 'json', 'warn.conf'], { cwd: t.dir });
      const found = parseJson(warn);
      assert.ok(found.some((f) => f.code === 'auth-pass-truncated' && f.severity === 'warning'), warn.stdout);
      assert.ok(!found.some((f) => f.severity === 'error'), warn.stdout);
      assert.equal(warn.code, 0);
    } finally {
      t.cleanup();
    }
  });

  it('names diagnostics of included files by the included file, relative when the argument was relative', () => {
    const t = tempDir({ 'main.conf': 'include conf.d/*.conf\n', 'conf.d/vrrp.conf': VRRP('  advert_int 1 extra\n') });
    try {
      const rel = runCli(['lint', 'main.conf'], { cwd: t.dir });
      assert.equal(rel.code, 1, rel.stdout + rel.stderr);
      assert.match(rel.stdout, /^conf\.d\/vrrp\.conf:6:16: error extra-arguments: /m);
      assert.match(rel.stderr, /in 2 files$/m);
      const abs = runCli(['lint', path.join(t.dir, 'main.conf')], { cwd: REPO });
      assert.ok(abs.stdout.startsWith(path.join(t.dir, 'conf.d', 'vrrp.conf') + ':6:16: error extra-arguments: '), abs.stdout);
    } finally {
      t.cleanup();
    }
  });

  it('does not lint an included file twice when it is also given on the command line (either order)', () => {
    const t = tempDir({ 'main.conf': 'include inc.conf\n', 'inc.conf': VRRP('  advert_int 1 extra\n'), 'other.conf': VRRP('  virtual_router_id 52 53\n') });
    try {
      for (const order of [['main.conf', 'inc.conf', 'other.conf'], ['inc.conf', 'other.conf', 'main.conf']]) {
        const r = parseJson(runCli(['lint', '--format', 'json', ...order], { cwd: t.dir }));
        const extra = r.filter((f) => f.code === 'extra-arguments');
        assert.deepEqual(extra.map((f) => `${f.file}:${f.line}`).sort(), ['inc.conf:6', 'other.conf:6'], order.join(' '));
      }
      const text = runCli(['lint', 'inc.conf', 'main.conf'], { cwd: t.dir });
      assert.match(text.stderr, /in 2 files$/m);
    } finally {
      t.cleanup();
    }
  });

  it('--severity changes or silences a rule, and the exit code follows', () => {
    const asWarning = runCli(['lint', '--format', 'json', '--severity', 'extra-arguments=warning', LB1]);
    const f = parseJson(asWarning).find((x) => x.code === 'extra-arguments');
    assert.equal(f?.severity, 'warning');
    const errorsLeft = parseJson(asWarning).filter((x) => x.severity === 'error').length;
    assert.equal(asWarning.code, errorsLeft ? 1 : 0);
    const off = parseJson(runCli(['lint', '--format', 'json', '--severity', 'extra-arguments=off', '--severity', 'auth-pass-truncated=hint', LB1]));
    assert.ok(!off.some((x) => x.code === 'extra-arguments'));
    assert.equal(off.find((x) => x.code === 'auth-pass-truncated')?.severity, 'hint');
  });

  it('--config-id decides which @ID lines are read', () => {
    const t = tempDir({ 'k.conf': VRRP('@lbx advert_int 1 extra\n') });
    try {
      const on = parseJson(runCli(['lint', '--format', 'json', '--config-id', 'lbx', 'k.conf'], { cwd: t.dir }));
      assert.deepEqual(on.filter((f) => f.code === 'extra-arguments').map((f) => f.line), [6]);
      const off = parseJson(runCli(['lint', '--format', 'json', '--config-id', 'lby', 'k.conf'], { cwd: t.dir }));
      assert.ok(!off.some((f) => f.code === 'extra-arguments'), JSON.stringify(off));
    } finally {
      t.cleanup();
    }
  });

  it('--keepalived-version 2.4 accepts keywords that 2.2 does not know', () => {
    const t = tempDir({ 'k.conf': VRRP('  no_virtual_ipaddress\n') });
    try {
      const v22 = parseJson(runCli(['lint', '--format', 'json', 'k.conf'], { cwd: t.dir }));
      assert.deepEqual(v22.filter((f) => f.code === 'keyword-too-new').map((f) => f.line), [6]);
      const v24 = parseJson(runCli(['lint', '--format', 'json', '--keepalived-version', '2.4', 'k.conf'], { cwd: t.dir }));
      assert.ok(!v24.some((f) => f.code === 'keyword-too-new'), JSON.stringify(v24));
    } finally {
      t.cleanup();
    }
  });

  it('colours only on a terminal and not when NO_COLOR is set', function () {
    const piped = runCli(['lint', LB1]);
    assert.ok(!piped.stdout.includes(ESC), 'no colour into a pipe');
    if (!fs.existsSync('/usr/bin/script')) this.skip();
    const cmd = `${JSON.stringify(process.execPath)} bin/keepalived-lab lint ${LB1}`;
    const env = { ...process.env };
    delete env.NO_COLOR;
    const inTty = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { cwd: REPO, env, encoding: 'utf8', timeout: 20000 });
    assert.ok(/\[[0-9;]*m/.test(inTty.stdout) && inTty.stdout.includes(ESC), 'colour on a terminal');
    const noColor = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { cwd: REPO, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 20000 });
    assert.match(noColor.stdout, /extra-arguments/);
    assert.ok(!noColor.stdout.includes(ESC), 'NO_COLOR disables colour');
  });
});

describe('cli: usage and I/O problems exit 2 with a message naming the problem', () => {
  before(buildCli);

  const usage: [string[], RegExp][] = [
    [[], /no command given/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--frob'], /unknown option '--frob'/],
    [['lint', '--frob', LB1], /unknown option '--frob'/],
    [['lint', '--format', 'xml', LB1], /unknown format 'xml'/],
    [['lint', '--format'], /'--format' needs a value/],
    [['lint', '--keepalived-version', '2.3', LB1], /unsupported keepalived version '2.3'/],
    [['lint', '--severity', 'no-such-rule=off', LB1], /unknown rule code 'no-such-rule'/],
    [['lint', '--severity', 'extra-arguments=loud', LB1], /unknown level 'loud'/],
    [['lint', '--severity', 'extra-arguments', LB1], /CODE=LEVEL/],
  ];
  for (const [args, message] of usage) {
    it(`keepalived-lab ${args.join(' ')}`, () => {
      const r = runCli(args);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /--help' for usage/);
      assert.equal(r.stdout, '');
    });
  }

  it('--help and --version', () => {
    const help = runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^ {2}lint +/m);
    const lintHelp = runCli(['lint', '--help']);
    assert.equal(lintHelp.code, 0);
    for (const opt of ['--format', '--keepalived-version', '--config-id', '--severity']) assert.ok(lintHelp.stdout.includes(opt), opt);
    const version = runCli(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('a missing file, a directory and a device: exit 2, each named on stderr, the other files still linted', () => {
    const t = tempDir({ 'ok.conf': VRRP('  advert_int 1 extra\n'), 'sub/x': '' });
    try {
      const r = runCli(['lint', '--format', 'json', 'missing.conf', 'sub', '/dev/zero', 'ok.conf'], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /cannot read 'missing\.conf': no such file/);
      assert.match(r.stderr, /'sub': it is a directory/);
      assert.match(r.stderr, /'\/dev\/zero': it is not a regular file/);
      const found = parseJson(r);
      assert.ok(found.some((f) => f.file === 'ok.conf' && f.code === 'extra-arguments'), r.stdout);
    } finally {
      t.cleanup();
    }
  });
});
