// The keepalived -t parser and mapper on keepalived's real output (recorded, see recorded/README.md),
// checkOnHost with a scripted host, and checkOnHost against this machine's own keepalived in a
// throwaway network namespace (root only).
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkOnHost, exitMeaning, hostDependence, mapFindings, parseKeepalivedTest, parseKeepalivedVersion, RemoteCheckError, RemoteRunner } from '../../src/lab/remoteCheck';
import { REMOTE_CHECK_TEXTS } from '../../src/lab/remoteCheckTexts';
import { ExecOptions, ExecResult } from '../../src/lab/ssh/connection';
import { readRecorded } from './support';

const TMP = '/tmp/keepalived-lab-check-0123456789ab.conf';
const rec = (name: string): { conf: string; out: string; rc: number } => ({
  conf: readRecorded(`keepalived-t/${name}.conf`),
  out: readRecorded(`keepalived-t/${name}.out`),
  rc: Number(readRecorded(`keepalived-t/${name}.rc`).trim()),
});
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

describe('remote check: keepalived -t output', () => {
  it('drops the repeats of keepalived\'s processes (parent and children) and keeps the order', () => {
    const r = rec('repeats');
    const f = parseKeepalivedTest(r.out, TMP);
    assert.equal(r.out.split('\n').filter((l) => l.includes("Unknown keyword 'bogus_root_keyword'")).length, 4);
    assert.deepEqual(f.map((x) => [x.line, x.message]), [
      [1, "Unknown keyword 'bogus_root_keyword'"],
      [5, "number '300' outside range [1, 255]"],
      [5, '(VI_1) Priority not valid! must be between 1 & 255. Using default 100'],
    ]);
    assert.equal(f[0].source, 'parent');
    assert.equal(f[1].source, 'child');
  });

  it('maps a planted priority 300 and an unknown keyword to their lines and words', () => {
    const r = rec('host-dependent');
    const m = mapFindings(parseKeepalivedTest(r.out, TMP), r.conf, TMP);
    const lines = r.conf.split('\n');
    const prio = m.find((x) => x.message.startsWith("number '300'"))!;
    assert.equal(prio.line, lineOf(r.conf, 'priority 300'));
    assert.equal(lines[prio.line].slice(prio.startCharacter, prio.endCharacter), '300');
    assert.equal(prio.severity, 'error');
    assert.equal(prio.attachedBy, 'line');
    const kw = m.find((x) => x.message.startsWith('Unknown keyword'))!;
    assert.equal(kw.line, lineOf(r.conf, 'bogus_keyword'));
    assert.equal(lines[kw.line].slice(kw.startCharacter, kw.endCharacter), 'bogus_keyword');
  });

  it('labels the findings that depend on the host', () => {
    const r = rec('host-dependent');
    const m = mapFindings(parseKeepalivedTest(r.out, TMP), r.conf, TMP);
    const iface = m.find((x) => x.message.includes('interface eth9'))!;
    assert.equal(iface.hostDependent?.kind, 'interface');
    assert.equal(iface.line, lineOf(r.conf, 'interface eth9'));
    assert.equal(r.conf.split('\n')[iface.line].slice(iface.startCharacter, iface.endCharacter), 'eth9');
    assert.equal(iface.severity, 'warning');
    const summary = m.find((x) => x.message.startsWith('Non-existent interface'))!;
    assert.equal(summary.hostDependent?.kind, 'interface');
    assert.equal(summary.line, iface.line, 'the summary line goes with the interface it sums up');
    const user = m.find((x) => x.message.includes('global script uid/gid'))!;
    assert.equal(user.hostDependent?.kind, 'script-user');
    assert.equal(user.line, lineOf(r.conf, 'script_user nosuchuser'));
    // keepalived reports the removed script on its closing brace: shown on the block it names.
    const removed = m.find((x) => x.message.startsWith('Unable to set default user for vrrp script chk'))!;
    assert.equal(removed.line, lineOf(r.conf, 'vrrp_script chk'));
    assert.equal(removed.attachedBy, 'block');
    assert.equal(m.find((x) => x.message.startsWith("number '300'"))!.hostDependent, undefined);
  });

  it('puts findings without a line on the block they name, or on line 1', () => {
    const r = rec('post-parse');
    const m = mapFindings(parseKeepalivedTest(r.out, TMP), r.conf, TMP);
    const vrid = m.find((x) => x.message.includes('virtual router id must be set'))!;
    assert.equal(vrid.line, lineOf(r.conf, 'vrrp_instance VI_3'));
    assert.equal(vrid.attachedBy, 'block');
    const script = m.find((x) => x.message.startsWith('Disabling track script chk'))!;
    assert.equal(script.line, lineOf(r.conf, 'vrrp_script chk {'));
    assert.equal(script.hostDependent?.kind, 'script-file');
    const s = rec('security');
    const sec = mapFindings(parseKeepalivedTest(s.out, TMP), s.conf, TMP);
    assert.equal(sec.length, 1);
    assert.equal(sec[0].line, 0);
    assert.equal(sec[0].attachedBy, 'start');
    assert.equal(sec[0].severity, 'warning');
    assert.equal(s.rc, 6);
  });

  it('finds in an included file go on the include line, with the file and line named', () => {
    const text = 'global_defs {\n}\ninclude /etc/keepalived/extra.conf\n';
    const m = mapFindings(parseKeepalivedTest('(/etc/keepalived/extra.conf: Line 3) Unknown keyword \'x\'\n', TMP), text, TMP);
    assert.equal(m[0].line, 2);
    assert.equal(m[0].attachedBy, 'include');
    assert.equal(m[0].message, "/etc/keepalived/extra.conf, line 3: Unknown keyword 'x'");
  });

  it('reads the version and knows host-dependent words', () => {
    assert.equal(parseKeepalivedVersion('Keepalived v2.2.7 (01/16,2022)\n\nCopyright(C) 2001-2022'), '2.2.7');
    assert.equal(parseKeepalivedVersion('nothing'), undefined);
    assert.equal(hostDependence("(VI_1) tracked interface eth3 doesn't exist")?.kind, 'interface');
    assert.equal(hostDependence('Unknown keyword \'interface\''), undefined);
  });
});

/** A host that answers from a script: uploads land in `files`, commands are matched by prefix. */
class ScriptedHost implements RemoteRunner {
  files = new Map<string, string>();
  commands: { command: string; sudo?: boolean }[] = [];
  constructor(private readonly answers: (command: string, host: ScriptedHost) => Partial<ExecResult>) {}
  async upload(remotePath: string, content: string | Buffer): Promise<void> {
    this.files.set(remotePath, String(content));
  }
  async exec(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    this.commands.push({ command, sudo: opts.sudo });
    const rm = /^rm -f '?([^']+)'?$/.exec(command);
    if (rm) {
      this.files.delete(rm[1]);
      return { command, code: 0, stdout: '', stderr: '', durationMs: 1 };
    }
    return { command, code: 0, stdout: '', stderr: '', durationMs: 1, ...this.answers(command, this) };
  }
}

describe('remote check: upload, keepalived -t, clean-up', () => {
  it('runs keepalived -t on the uploaded file as root, reads the version, removes the file', async () => {
    const r = rec('repeats');
    let seen = '';
    const host = new ScriptedHost((cmd, h) => {
      if (cmd === 'keepalived --version') return { stderr: 'Keepalived v2.2.7 (01/16,2022)\n' };
      const file = /keepalived -t -f '?([^' ]+)/.exec(cmd)![1];
      seen = h.files.get(file)!;
      return { code: r.rc, stderr: r.out.split(TMP).join(file) };
    });
    const res = await checkOnHost(host, 'lb1', r.conf);
    assert.equal(seen, r.conf);
    assert.equal(res.version, '2.2.7');
    assert.equal(res.exitCode, 5);
    assert.equal(res.mapped.length, 3);
    assert.equal(res.mapped[1].line, lineOf(r.conf, 'priority 300'));
    assert.equal(host.files.size, 0, 'temporary file removed');
    assert.ok(res.removed);
    assert.ok(host.commands.find((c) => c.command.startsWith('keepalived -t'))!.sudo);
    assert.match(res.tmpPath, /^\/tmp\/keepalived-lab-check-[0-9a-f]{12}\.conf$/);
  });

  it('says the result proves nothing when keepalived did not find the file (it exits 0 then)', async () => {
    const missing = { out: readRecorded('keepalived-t/missing-file.out'), rc: Number(readRecorded('keepalived-t/missing-file.rc').trim()) };
    assert.equal(missing.rc, 0);
    const host = new ScriptedHost((cmd) => {
      if (cmd === 'keepalived --version') return { stderr: 'Keepalived v2.2.7 (01/16,2022)\n' };
      const file = /keepalived -t -f '?([^' ]+)/.exec(cmd)![1];
      return { code: 0, stderr: missing.out.split(TMP).join(file) };
    });
    const res = await checkOnHost(host, 'lb1', 'vrrp_instance X {\n}\n');
    assert.equal(res.mapped.length, 0);
    assert.match(res.inconclusive ?? '', /did not read the uploaded file/);
  });

  it('removes the file also when keepalived cannot be run, and says what is missing', async () => {
    const host = new ScriptedHost((cmd) => (cmd.startsWith('keepalived -t') ? { code: 127, stderr: 'bash: line 1: keepalived: command not found\n' } : { code: 127 }));
    await assert.rejects(checkOnHost(host, 'web1', 'x\n'), (e: Error) => e instanceof RemoteCheckError && /keepalived is not installed/.test(e.message));
    assert.equal(host.files.size, 0);
  });
});

describe('remote check in English and Russian', () => {
  const scripted = (name: string): ScriptedHost => {
    const r = rec(name);
    return new ScriptedHost((cmd) => {
      if (cmd === 'keepalived --version') return { stderr: 'Keepalived v2.2.7 (01/16,2022)\n' };
      const file = /keepalived -t -f '?([^' ]+)/.exec(cmd)![1];
      return { code: r.rc, stderr: r.out.split(TMP).join(file) };
    });
  };

  it('the tables have the same keys, every host-dependence kind has a note in both', () => {
    const keys = (o: object, pre = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${pre}${k}.`) : [`${pre}${k}`])).sort();
    assert.deepEqual(keys(REMOTE_CHECK_TEXTS.ru), keys(REMOTE_CHECK_TEXTS.en));
    for (const k of Object.keys(REMOTE_CHECK_TEXTS.en.hostDependent)) assert.match((REMOTE_CHECK_TEXTS.ru.hostDependent as Record<string, string>)[k], /^зависит от хоста: /, k);
  });

  it('host-dependent notes, the exit meaning and our own errors in Russian; keepalived\'s words unchanged', async () => {
    const name = 'host-dependent';
    const en = await checkOnHost(scripted(name), 'lb1', rec(name).conf);
    const ru = await checkOnHost(scripted(name), 'lb1', rec(name).conf, { lang: 'ru' });
    assert.ok(en.mapped.some((m) => m.hostDependent), 'the recording has host-dependent findings');
    assert.deepEqual(ru.mapped.map((m) => [m.line, m.message, m.hostDependent?.kind]), en.mapped.map((m) => [m.line, m.message, m.hostDependent?.kind]));
    for (const [i, m] of ru.mapped.entries()) {
      if (!m.hostDependent) continue;
      assert.equal(m.hostDependent.note, REMOTE_CHECK_TEXTS.ru.hostDependent[m.hostDependent.kind]);
      assert.equal(en.mapped[i].hostDependent!.note, REMOTE_CHECK_TEXTS.en.hostDependent[m.hostDependent.kind]);
    }
    assert.equal(hostDependence("(VI_1) tracked interface eth3 doesn't exist", 'ru')?.note, 'зависит от хоста: интерфейса с таким именем там нет');
    assert.equal(hostDependence("(VI_1) tracked interface eth3 doesn't exist")?.note, 'depends on the host: an interface of this name does not exist there');
    assert.equal(exitMeaning(5), 'configuration errors');
    assert.equal(exitMeaning(5, 'ru'), 'ошибки конфигурации');
    assert.equal(exitMeaning(null, 'ru'), 'завершён сигналом');
    assert.equal(exitMeaning(9, 'ru'), 'код выхода 9');
    const missing = new ScriptedHost((cmd) => (cmd.startsWith('keepalived -t') ? { code: 127, stderr: 'bash: line 1: keepalived: command not found\n' } : { code: 127 }));
    await assert.rejects(checkOnHost(missing, 'web1', 'x\n', { lang: 'ru' }), (e: Error) => e instanceof RemoteCheckError && e.message === 'web1: keepalived там не установлен (apt-get install keepalived).');
    await assert.rejects(checkOnHost(missing, 'web1', 'x\n', { tmpDir: 'rel/dir', lang: 'ru' }), (e: Error) => e.message === "Недопустимый временный каталог 'rel/dir'.");
    await assert.rejects(checkOnHost(missing, 'web1', 'x\n', { tmpDir: 'rel/dir' }), (e: Error) => e.message === "Bad temporary directory 'rel/dir'.");
  });
});

function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', timeout: 20_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0, stdout, stderr });
    });
  });
}

describe('remote check: against this machine\'s keepalived (in a network namespace)', function () {
  this.timeout(60_000);
  const ns = `kalrc-${process.pid}`;
  let dir = '';
  /** A "host" that is a network namespace of this machine with only eth0. */
  const local: RemoteRunner = {
    upload: async (p, content) => fs.writeFileSync(path.join(dir, path.basename(p)), content),
    exec: async (command) => {
      const local = command.replace(/\/tmp\/(keepalived-lab-check-[0-9a-f]+\.conf)/g, `${dir}/$1`);
      const r = await run('ip', ['netns', 'exec', ns, 'sh', '-c', local]);
      // keepalived names the file by the path it was given: name it as the host would.
      const back = (t: string): string => t.split(`${dir}/`).join('/tmp/');
      return { command, code: r.code, stdout: back(r.stdout), stderr: back(r.stderr), durationMs: 0 };
    },
  };

  before(async function () {
    if (process.getuid?.() !== 0 || !fs.existsSync('/usr/sbin/keepalived')) {
      if (process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1') throw new Error('keepalived and root are required here (KEEPALIVED_LAB_REQUIRE_ORACLE=1)');
      console.log('      (skipped: needs root and /usr/sbin/keepalived)');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kalrc-'));
    const add = await run('ip', ['netns', 'add', ns]);
    if (add.code !== 0) throw new Error(add.stderr);
    await run('ip', ['-n', ns, 'link', 'add', 'name', 'eth0', 'type', 'veth', 'peer', 'name', 'kalrcpeer']);
  });
  after(async () => {
    await run('ip', ['netns', 'del', ns]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('maps keepalived\'s own findings on a planted error to the right line', async () => {
    const text = [
      'vrrp_instance VI_1 {',
      '    state MASTER',
      '    interface eth0',
      '    virtual_router_id 51',
      '    priority 300',
      '    not_a_keyword yes',
      '    virtual_ipaddress {',
      '        198.51.100.100/32',
      '    }',
      '}',
      'vrrp_instance VI_2 {',
      '    interface eth7',
      '    virtual_router_id 52',
      '    virtual_ipaddress {',
      '        198.51.100.101/32',
      '    }',
      '}',
      '',
    ].join('\n');
    const res = await checkOnHost(local, 'local', text);
    assert.equal(res.exitCode, 5);
    assert.match(res.version ?? '', /^\d+\.\d+\.\d+$/);
    const at = (re: RegExp) => res.mapped.filter((m) => re.test(m.message));
    assert.deepEqual(at(/outside range/).map((m) => m.line), [4]);
    assert.deepEqual(at(/Unknown keyword 'not_a_keyword'/).map((m) => m.line), [5]);
    const eth7 = at(/interface eth7/);
    assert.deepEqual(eth7.map((m) => [m.line, m.hostDependent?.kind]), [[11, 'interface']]);
    assert.ok(res.mapped.every((m) => (m.hostDependent ? /eth7|Non-existent/.test(m.message) : true)));
    assert.deepEqual(fs.readdirSync(dir), [], 'the temporary file is gone');
  });
});
