// keepalived-lab lab check-on-host / lab state with --lang: the SSH pool speaks the CLI's language
// (lab up --with-keepalived hands the same lang to SshPool and deployConfig). The lab file points
// at a closed port on 127.0.0.1; HOME and XDG_STATE_HOME are temporary, so no ssh config or
// trust store of the machine is read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCli, runCli, tempDir } from './support';
import { closedPort } from '../support/net';

describe('CLI: lab commands speak --lang (SSH errors)', function () {
  this.timeout(120000);
  let t: ReturnType<typeof tempDir>;
  let port: number;
  let env: Record<string, string>;
  before(async function () {
    this.timeout(180000);
    buildCli();
    port = await closedPort();
    t = tempDir({
      'keepalived-lab.yaml': `hosts:
  - { name: lb1, role: director, address: 198.51.100.11, ssh: { host: 127.0.0.1, port: ${port}, user: root } }
  - { name: lb2, role: director, address: 198.51.100.12, ssh: { host: 127.0.0.1, port: ${port}, user: root } }
service: { vips: [198.51.100.100/24], vrrp: { vrid: 51 } }
`,
      'k.conf': 'vrrp_instance VI_1 {\n}\n',
    });
    env = { HOME: t.dir, XDG_STATE_HOME: path.join(t.dir, 'state'), SSH_AUTH_SOCK: '' };
  });
  after(() => t?.cleanup());

  it('check-on-host: an unreachable host is a plain message in the chosen language (exit 2, no stack trace)', () => {
    const ru = runCli(['lab', 'check-on-host', 'lb1', 'k.conf', '--lang', 'ru'], { cwd: t.dir, env });
    assert.equal(ru.code, 2, ru.stderr);
    assert.equal(ru.stderr, `keepalived-lab lab check-on-host: lb1 (root@127.0.0.1:${port}) отклонил соединение: на этом порту не слушает SSH-сервер.\n`);
    const en = runCli(['lab', 'check-on-host', 'lb1', 'k.conf'], { cwd: t.dir, env });
    assert.equal(en.code, 2, en.stderr);
    assert.equal(en.stderr, `keepalived-lab lab check-on-host: lb1 (root@127.0.0.1:${port}) refused the connection: no SSH server is listening on that port.\n`);
  });

  it('lab state --json: each host\'s error in the chosen language, the kind unchanged', () => {
    for (const [lang, text] of [['ru', 'отклонил соединение: на этом порту не слушает SSH-сервер.'], ['en', 'refused the connection: no SSH server is listening on that port.']] as const) {
      const r = runCli(['lab', 'state', '--json', '--lang', lang], { cwd: t.dir, env });
      const st = JSON.parse(r.stdout) as { hosts: { name: string; reachable: boolean; error: string; errorKind: string }[] };
      assert.deepEqual(st.hosts.map((h) => [h.name, h.reachable, h.errorKind, h.error]),
        ['lb1', 'lb2'].map((n) => [n, false, 'refused', `${n} (root@127.0.0.1:${port}) ${text}`]), r.stderr);
    }
  });

  it('lab step with an unknown step: the usage error in the chosen language (before any lab file is read)', () => {
    const ru = runCli(['lab', 'step', 'nope', 'no-such-lab.yaml', '--lang', 'ru'], { cwd: t.dir, env });
    assert.equal(ru.code, 2, ru.stderr);
    assert.match(ru.stderr, /Шага 'nope' нет\. Шаги: 1 reach, 2 /);
    const en = runCli(['lab', 'step', 'nope', 'no-such-lab.yaml'], { cwd: t.dir, env });
    assert.equal(en.code, 2, en.stderr);
    assert.match(en.stderr, /There is no step 'nope'\. Steps: 1 reach, 2 /);
  });

  it('lab report: a missing run and a file that is not a run, in the chosen language', () => {
    fs.writeFileSync(path.join(t.dir, 'other.json'), '{"hello": 1}\n');
    const cases: [string[], string, string][] = [
      [['--runs', 'nowhere'], `${path.join(t.dir, 'nowhere')}: нет такого файла или каталога`, `${path.join(t.dir, 'nowhere')}: no such file or directory`],
      [['--runs', 'other.json'], `${path.join(t.dir, 'other.json')}: это ни прогон практикума, ни результат шага keepalived-lab.`, `${path.join(t.dir, 'other.json')}: neither a walkthrough run nor a step result of keepalived-lab.`],
    ];
    for (const [args, ru, en] of cases) {
      const r = runCli(['lab', 'report', ...args, '--lang', 'ru'], { cwd: t.dir, env });
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr, `keepalived-lab lab report: ${ru}\n`);
      const e = runCli(['lab', 'report', ...args, '--lang', 'en'], { cwd: t.dir, env });
      assert.equal(e.code, 2, e.stderr);
      assert.equal(e.stderr, `keepalived-lab lab report: ${en}\n`);
    }
  });
});
