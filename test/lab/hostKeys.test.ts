// known_hosts reading, our trust store, the verifier's decisions, and ssh config resolution (no lab needed).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseInventory } from '../../src/lab/inventory';
import { parseSshConfig } from '../../src/lab/ssh/sshConfigLib';
import {
  hashHostName, HostKeyQuestion, HostKeyVerifier, isSshError, knownHostsName, lineMatchesHost, parseKnownHosts, resolveTarget,
  sha256Fingerprint, SshPool, TrustStore,
} from '../../src/lab/ssh';

function makeKey(dir: string, name: string, type = 'ed25519'): { blob: Buffer; line: string; fingerprint: string } {
  const f = path.join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', '', '-f', f]);
  const line = fs.readFileSync(`${f}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  const fingerprint = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${f}.pub`], { encoding: 'utf8' }).split(/\s+/)[1];
  return { blob: Buffer.from(line.split(' ')[1], 'base64'), line, fingerprint };
}

describe('lab host keys', function () {
  this.timeout(30_000);
  let dir: string;
  let a: ReturnType<typeof makeKey>;
  let b: ReturnType<typeof makeKey>;
  let rsa: ReturnType<typeof makeKey>;

  before(function () {
    try {
      execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        if (process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1') throw new Error('ssh-keygen (openssh-client) is required');
        this.skip();
      }
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kal-hk-'));
    a = makeKey(dir, 'a');
    b = makeKey(dir, 'b');
    rsa = makeKey(dir, 'r', 'rsa');
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };

  it('computes the SHA256 fingerprint ssh-keygen shows', () => {
    assert.equal(sha256Fingerprint(a.blob), a.fingerprint);
    assert.equal(sha256Fingerprint(rsa.blob), rsa.fingerprint);
  });

  it('matches plain, [host]:port, wildcard, negated and hashed patterns', () => {
    const salt = Buffer.from('0123456789abcdefghij');
    const lines = parseKnownHosts([
      `198.51.100.11,lb1 ${a.line}`,
      `[198.51.100.12]:2222 ${a.line} comment here`,
      `198.51.100.*,!198.51.100.13 ${a.line}`,
      `${hashHostName('web1', salt)} ${a.line}`,
      `@cert-authority *.lab ${a.line}`,
      `@revoked * ${b.line}`,
      '# comment',
      `bad-line ssh-ed25519 !!notbase64`,
      `mismatch ssh-rsa ${a.line.split(' ')[1]}`,
    ].join('\n'), 'kh');
    assert.equal(lines.length, 6, 'comments, bad base64 and a type that does not match its blob are skipped');
    assert.equal(lines[1].line, 2);
    assert.ok(lineMatchesHost(lines[0], 'lb1'));
    assert.ok(lineMatchesHost(lines[1], knownHostsName('198.51.100.12', 2222)));
    assert.ok(!lineMatchesHost(lines[1], '198.51.100.12'));
    assert.ok(lineMatchesHost(lines[2], '198.51.100.99'));
    assert.ok(!lineMatchesHost(lines[2], '198.51.100.13'), 'negated');
    assert.ok(lineMatchesHost(lines[3], 'web1') && !lineMatchesHost(lines[3], 'web2'), 'hashed');
    assert.deepEqual([lines[4].marker, lines[5].marker], ['cert-authority', 'revoked']);
  });

  it('reads hashed entries written by ssh-keygen -H', () => {
    const f = file('hashed', `[198.51.100.21]:2200 ${a.line}\n`);
    execFileSync('ssh-keygen', ['-q', '-H', '-f', f], { stdio: 'ignore' });
    assert.match(fs.readFileSync(f, 'utf8'), /^\|1\|/);
    const v = new HostKeyVerifier(new TrustStore(path.join(dir, 'trust-h.json')));
    assert.equal(v.judge('198.51.100.21', 2200, a.blob, [f]).status, 'known');
    assert.equal(v.judge('198.51.100.21', 22, a.blob, [f]).status, 'unknown');
  });

  it('known, changed (naming the old fingerprint), revoked, unknown', () => {
    const kh = file('kh1', `lb1 ${a.line}\n@revoked * ${rsa.line}\n`);
    const v = new HostKeyVerifier(new TrustStore(path.join(dir, 'trust1.json')));
    assert.deepEqual(v.judge('lb1', 22, a.blob, [kh]), { status: 'known', source: `${kh}:1` });
    assert.deepEqual(v.judge('lb1', 22, b.blob, [kh]), { status: 'changed', oldFingerprint: a.fingerprint, oldSource: `${kh}:1` });
    assert.equal(v.judge('lb2', 22, rsa.blob, [kh]).status, 'revoked');
    assert.deepEqual(v.judge('lb2', 22, b.blob, [kh, '/nonexistent/known_hosts']), { status: 'unknown', otherKnownTypes: [] });
    assert.deepEqual(v.judge('lb1', 22, makeKey(dir, 'e', 'ecdsa').blob, [kh]).status, 'unknown', 'another key type is not a change');
  });

  it('asks about an unknown key with its fingerprint, remembers a yes in the trust store, never writes known_hosts', async () => {
    const kh = file('kh2', '');
    const store = path.join(dir, 'trust2.json');
    const v = new HostKeyVerifier(new TrustStore(store));
    const asked: HostKeyQuestion[] = [];
    await v.verify('lb1', '198.51.100.11', 22, a.blob, { knownHostsFiles: [kh], strict: 'ask', confirm: async (q) => (asked.push(q), true) });
    assert.equal(asked.length, 1);
    assert.equal(asked[0].fingerprint, a.fingerprint);
    assert.equal(asked[0].keyType, 'ssh-ed25519');
    assert.equal(fs.readFileSync(kh, 'utf8'), '');
    assert.equal(JSON.parse(fs.readFileSync(store, 'utf8')).hosts['198.51.100.11'][0].fingerprint, a.fingerprint);
    await v.verify('lb1', '198.51.100.11', 22, a.blob, { knownHostsFiles: [kh], strict: 'ask', confirm: async () => assert.fail('asked twice') });
    await assert.rejects(v.verify('lb1', '198.51.100.11', 22, b.blob, { knownHostsFiles: [kh], strict: 'ask', confirm: async () => true }),
      (e: Error) => isSshError(e, 'host-key-changed') && e.message.includes(a.fingerprint) && e.message.includes(b.fingerprint));
  });

  it('a no is a refusal; StrictHostKeyChecking yes refuses without asking; accept-new accepts', async () => {
    const v = new HostKeyVerifier(new TrustStore(path.join(dir, 'trust3.json')));
    await assert.rejects(v.verify('x', 'h1', 22, a.blob, { knownHostsFiles: [], strict: 'ask', confirm: async () => false }), (e: Error) => isSshError(e, 'host-key-unknown'));
    await assert.rejects(v.verify('x', 'h1', 22, a.blob, { knownHostsFiles: [], strict: 'yes', confirm: async () => assert.fail('asked') }), /StrictHostKeyChecking is yes/);
    await v.verify('x', 'h2', 22, a.blob, { knownHostsFiles: [], strict: 'accept-new' });
    assert.equal(v.judge('h2', 22, a.blob, []).status, 'known');
  });

  it('"forget this host" sets aside the known_hosts key so that the new key is asked about', async () => {
    const kh = file('kh4', `[lb1]:2222 ${a.line}\n`);
    const v = new HostKeyVerifier(new TrustStore(path.join(dir, 'trust4.json')));
    assert.equal(v.judge('lb1', 2222, b.blob, [kh]).status, 'changed');
    const r = v.forget('lb1', 2222, [kh]);
    assert.deepEqual(r.setAside, [a.fingerprint]);
    assert.equal(fs.readFileSync(kh, 'utf8'), `[lb1]:2222 ${a.line}\n`, 'known_hosts is never edited');
    assert.equal(v.judge('lb1', 2222, b.blob, [kh]).status, 'unknown');
    await v.verify('lb1', 'lb1', 2222, b.blob, { knownHostsFiles: [kh], strict: 'ask', confirm: async () => true });
    assert.equal(v.judge('lb1', 2222, b.blob, [kh]).status, 'known');
  });

  it('resolves targets from the inventory and ~/.ssh/config (alias, ProxyJump through an inventory host, StrictHostKeyChecking)', () => {
    const inv = parseInventory(`hosts:
  - { name: jump, role: client, address: 198.51.100.10, ssh: { user: student } }
  - { name: lb1, role: director, address: 198.51.100.11, ssh: { proxyJump: jump, identityFile: /k/lab } }
  - { name: lb2, role: director, address: 198.51.100.12, ssh: { sshConfigHost: netology3 } }
service: { vips: [198.51.100.100/24], vrrp: { vrid: 51 } }
`).inventory!;
    const cfg = parseSshConfig(`Host netology3
  HostName 127.0.0.1
  Port 2201
  User vagrant
  IdentityFile ~/.vagrant/key
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
Host *
  User nobody
`);
    const lb1 = resolveTarget(inv.hosts[1], { sshConfig: cfg, inventory: inv, localUser: 'me' });
    assert.deepEqual([lb1.host, lb1.port, lb1.user, lb1.identityFiles, lb1.strict], ['198.51.100.11', 22, 'nobody', ['/k/lab'], 'ask']);
    assert.deepEqual(lb1.jumps.map((j) => `${j.user}@${j.host}:${j.port}`), ['student@198.51.100.10:22']);
    const lb2 = resolveTarget(inv.hosts[2], { sshConfig: cfg, inventory: inv });
    assert.deepEqual([lb2.host, lb2.port, lb2.user, lb2.strict, lb2.jumps.length], ['127.0.0.1', 2201, 'vagrant', 'no', 0]);
    assert.equal(lb2.identityFiles[0], path.join(os.homedir(), '.vagrant/key'));
    assert.ok(lb2.knownHostsFiles.includes('/dev/null') && !lb2.knownHostsFiles.some((f) => f.endsWith('/.ssh/known_hosts')));
  });

  it('a changed, an unknown and a refused host key, in Russian with lang ru (English stays as it was)', async () => {
    const kh = file('kh-ru', `198.51.100.11 ${a.line}\n`);
    const v = new HostKeyVerifier(new TrustStore(path.join(dir, 'trust-ru.json')));
    await assert.rejects(v.verify('lb1', '198.51.100.11', 22, b.blob, { knownHostsFiles: [kh], strict: 'ask', confirm: async () => true, lang: 'ru' }), (e: Error) => {
      assert.ok(isSshError(e, 'host-key-changed'));
      assert.equal(e.message,
        `ВНИМАНИЕ: ключ хоста lb1 (198.51.100.11) ИЗМЕНИЛСЯ. Известный ключ ssh-ed25519: ${a.fingerprint} (${kh}:1); ` +
        `сейчас хост предъявляет ${b.fingerprint}. Так бывает, когда лабораторную ВМ пересоздали на том же адресе, ` +
        'но это может быть и атака «человек посередине». Подключение отклонено. Если вы пересоздали хост, выберите «забыть ключ этого хоста» и подключитесь снова.');
      return true;
    });
    await assert.rejects(v.verify('lb1', '198.51.100.11', 22, b.blob, { knownHostsFiles: [kh], strict: 'ask', confirm: async () => true }), (e: Error) => {
      assert.equal(e.message,
        `WARNING: the host key of lb1 (198.51.100.11) has CHANGED. Known ssh-ed25519 key: ${a.fingerprint} (${kh}:1); ` +
        `the host now presents ${b.fingerprint}. This happens when a lab VM is rebuilt on the same address, ` +
        'but it can also be somebody in the middle. Refusing to connect. If you rebuilt the host, use "forget this host\'s key" and connect again.');
      return true;
    });
    await assert.rejects(v.verify('x', 'h1', 2222, a.blob, { knownHostsFiles: [], strict: 'yes', lang: 'ru' }), (e: Error) => isSshError(e, 'host-key-unknown') &&
      e.message === `x ([h1]:2222) предъявил неизвестный ключ хоста ssh-ed25519 с отпечатком ${a.fingerprint}, а StrictHostKeyChecking равен yes: сначала добавьте ключ в known_hosts (ssh-keyscan, затем сверьте отпечаток).`);
    await assert.rejects(v.verify('x', 'h1', 22, a.blob, { knownHostsFiles: [], strict: 'ask', confirm: async () => false, lang: 'ru' }),
      (e: Error) => e.message === `Ключ хоста ssh-ed25519 с отпечатком ${a.fingerprint} для x (h1) не принят; подключения не будет.`);
    const revoked = file('kh-ru-rev', `@revoked * ${a.line}\n`);
    await assert.rejects(v.verify('x', 'h1', 22, a.blob, { knownHostsFiles: [revoked], strict: 'no', lang: 'ru' }),
      (e: Error) => isSshError(e, 'host-key-revoked') && e.message === `x (h1) предъявил ключ хоста ssh-ed25519 с отпечатком ${a.fingerprint}, который помечен как @revoked в ${revoked}:1. Подключение отклонено.`);
    const broken = file('trust-broken.json', '{ not json');
    assert.throws(() => new TrustStore(broken, 'ru').keysFor('h1'), (e: Error) => e.message.startsWith(`Не удалось прочитать хранилище доверенных ключей хостов ${broken}: `));
    assert.throws(() => new TrustStore(broken).keysFor('h1'), (e: Error) => e.message.startsWith(`The host key trust store ${broken} cannot be read: `));
  });

  it('SSH target errors (bad port, bad jump host, unreadable ssh config) in Russian through SshPool({ lang: "ru" })', () => {
    const inv = parseInventory(`hosts:
  - { name: lb1, role: director, address: 198.51.100.11, ssh: { sshConfigHost: badport } }
  - { name: lb2, role: director, address: 198.51.100.12, ssh: { sshConfigHost: badjump } }
service: { vips: [198.51.100.100/24], vrrp: { vrid: 51 } }
`).inventory!;
    const cfg = parseSshConfig('Host badport\n  Port 99999\nHost badjump\n  ProxyJump a@b@c:x\n');
    for (const lang of ['en', 'ru'] as const) {
      const pool = new SshPool({ inventory: inv, sshConfig: cfg, lang, agentSocket: '', trustStoreFile: path.join(dir, 'trust-target.json') });
      assert.throws(() => pool.target('lb1'), (e: Error) => isSshError(e, 'config') && e.message === (lang === 'ru'
        ? "SSH-порт '99999' для lb1 — не номер порта."
        : "The SSH port '99999' of lb1 is not a port number."));
      assert.throws(() => pool.target('lb2'), (e: Error) => isSshError(e, 'config') && e.message === (lang === 'ru'
        ? "Не удалось разобрать промежуточный хост 'a@b@c:x' для lb2 (ожидается [user@]host[:port])."
        : "Cannot read the jump host 'a@b@c:x' of lb2 ([user@]host[:port] expected)."));
    }
    const cfgDir = path.join(dir, 'cfg-is-a-dir');
    fs.mkdirSync(cfgDir, { recursive: true });
    const pool = new SshPool({ inventory: inv, sshConfig: cfgDir, lang: 'ru', agentSocket: '', trustStoreFile: path.join(dir, 'trust-target.json') });
    assert.throws(() => pool.target('lb1'), (e: Error) => isSshError(e, 'config') && e.message.startsWith(`Не удалось прочитать конфигурацию SSH ${cfgDir}: EISDIR`));
  });
});
