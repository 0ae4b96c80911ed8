// Against the real namespace lab: real OpenSSH servers, real keepalived, real nginx.
// Linux + root only; skipped otherwise (failing instead when KEEPALIVED_LAB_REQUIRE_ORACLE=1).
import * as assert from 'node:assert/strict';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deployConfig, DeployError } from '../../src/lab/deploy';
import { directorConfig } from '../../src/lab/keepalivedConf';
import { stopKeepalived } from '../../src/lab/keepalived';
import { shellQuote } from '../../src/lab/shell';
import { HostKeyQuestion, isSshError, SshPool } from '../../src/lab/ssh';
import { readLabState } from '../../src/lab/topology';
import { buildLabTree } from '../../src/lab/view/treeModel';
import { labOrSkip, LiveLab, sleep, startLab, stopLab, waitFor } from './support';

describe('lab (live namespace lab)', function () {
  this.timeout(120_000);
  let live: LiveLab | undefined;
  let pool: SshPool;

  before(async function () {
    labOrSkip(this);
    this.timeout(900_000); // may wait for another lab to free 198.51.100.0/24
    live = await startLab();
    pool = live.pool();
  });
  after(async () => {
    await stopLab(live);
  });

  const L = (): LiveLab => live!;
  const fingerprintOf = (host: string): string => {
    const pub = path.join(L().lab.stateDir, 'hosts', host, 'root', 'run', 'lab-ssh', 'hostkey.pub');
    return execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', pub], { encoding: 'utf8' }).split(/\s+/)[1];
  };

  describe('SSH', () => {
    it('connects by key and runs a command on each host', async () => {
      for (const h of L().inventory.hosts) {
        const r = await pool.exec(h.name, 'hostname');
        assert.equal(r.stdout.trim(), h.name);
        assert.equal(r.code, 0);
      }
    });

    it('connects through an SSH agent started for the test', async () => {
      const sock = path.join(L().tmp, 'agent.sock');
      const agent: ChildProcess = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
      try {
        await waitFor(async () => fs.existsSync(sock), 5000, 50);
        execFileSync('ssh-add', [L().lab.identityFile], { env: { ...process.env, SSH_AUTH_SOCK: sock }, stdio: 'ignore' });
        const missingKey = path.join(L().tmp, 'no-such-key');
        const inv = { ...L().inventory, hosts: [L().host('lb1', (h) => ({ ...h, ssh: { ...h.ssh, identityFiles: [missingKey], useAgent: true } }))] };
        const withAgent = L().pool({ inventory: inv, agentSocket: sock });
        assert.equal((await withAgent.exec('lb1', 'hostname')).stdout.trim(), 'lb1');
        // The same host without the agent and without a usable key: a clear authentication error.
        const noAgent = L().pool({ inventory: inv, agentSocket: '' });
        await assert.rejects(noAgent.exec('lb1', 'hostname'), (e: Error) => isSshError(e, 'auth') && /Login to lb1 .* failed/.test(e.message));
      } finally {
        agent.kill();
      }
    });

    it('reuses one pooled connection for every command', async () => {
      const p = L().pool();
      const seen = new Set<string>();
      for (let i = 0; i < 5; i++) seen.add((await p.exec('web1', 'echo $SSH_CONNECTION')).stdout.trim());
      await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(async () => seen.add((await p.exec('web1', 'echo $SSH_CONNECTION')).stdout.trim())));
      assert.equal(seen.size, 1, `one client port expected: ${[...seen].join(' | ')}`);
      assert.equal(p.connectCount, 1);
    });

    it('fans a command out over all hosts in parallel', async () => {
      const p = L().pool();
      await p.execAll(L().inventory.hosts, 'true'); // connect first: measure the commands
      const t = Date.now();
      const results = await p.execAll(L().inventory.hosts, 'sleep 1; hostname');
      const ms = Date.now() - t;
      assert.deepEqual(results.map((r) => r.value?.stdout.trim()), L().inventory.hosts.map((h) => h.name));
      assert.ok(ms < 1900, `5 x sleep 1 took ${ms} ms: not parallel`);
    });

    it('streams output, stops a command at its timeout, and cancels on abort', async () => {
      const chunks: string[] = [];
      const r = await pool.exec('client', 'for i in 1 2 3; do echo line$i; sleep 0.1; done; echo oops >&2; exit 3', { onStdout: (t) => chunks.push(t) });
      assert.equal(r.code, 3);
      assert.equal(r.stderr, 'oops\n');
      assert.ok(chunks.length >= 2, 'output arrives in pieces as it is produced');
      assert.equal(chunks.join(''), 'line1\nline2\nline3\n');
      let t = Date.now();
      await assert.rejects(pool.exec('client', 'sleep 10', { timeoutMs: 500 }), (e: Error) => isSshError(e, 'command-timeout') && /within 0.5 s/.test(e.message));
      assert.ok(Date.now() - t < 2000);
      const ac = new AbortController();
      t = Date.now();
      setTimeout(() => ac.abort(), 300);
      await assert.rejects(pool.exec('client', 'sleep 10', { signal: ac.signal }), (e: Error) => isSshError(e, 'aborted'));
      assert.ok(Date.now() - t < 2000);
      assert.equal((await pool.exec('client', 'echo still fine')).stdout, 'still fine\n', 'the connection survives');
    });

    it('quoted inventory-like values reach the remote shell as one plain word', async () => {
      const weird = `a'b "c" $(id) \`id\` ; | & * \\ end`;
      assert.equal((await pool.exec('web1', `printf '%s' ${shellQuote(weird)}`)).stdout, weird);
    });

    it('jumps through another lab host (ProxyJump over forwardOut)', async () => {
      const inv = { ...L().inventory, hosts: [...L().inventory.hosts.filter((h) => h.name !== 'lb2'), L().host('lb2', (h) => ({ ...h, ssh: { ...h.ssh, proxyJump: 'client' } }))] };
      const p = L().pool({ inventory: inv });
      const r = await p.exec('lb2', 'echo $SSH_CONNECTION; hostname');
      const [conn, name] = r.stdout.trim().split('\n');
      assert.equal(name, 'lb2');
      assert.match(conn, /^198\.51\.100\.10 /, 'the connection to lb2 comes from the client host');
    });

    it('uploads files over SFTP', async () => {
      const body = 'hello\nworld\n'.repeat(1000);
      await pool.upload('web2', '/tmp/kal-upload.txt', body, 0o640);
      const r = await pool.exec('web2', 'stat -c %a /tmp/kal-upload.txt; sha256sum /tmp/kal-upload.txt');
      const [mode, sum] = r.stdout.trim().split('\n');
      assert.equal(mode, '640');
      assert.equal(sum.split(' ')[0], (await import('node:crypto')).createHash('sha256').update(body).digest('hex'));
    });
  });

  describe('host keys (checked before authentication)', () => {
    it('asks about an unknown key with its SHA256 fingerprint and remembers the answer', async () => {
      const emptyKh = path.join(L().tmp, 'empty_known_hosts');
      fs.writeFileSync(emptyKh, '');
      const inv = { ...L().inventory, hosts: [L().host('lb1', (h) => ({ ...h, ssh: { ...h.ssh, knownHostsFiles: [emptyKh], strictHostKeyChecking: 'ask' as const } }))] };
      const trust = path.join(L().tmp, 'trust-ask.json');
      const asked: HostKeyQuestion[] = [];
      const p = L().pool({ inventory: inv, trustStoreFile: trust, callbacks: { confirmHostKey: async (q) => (asked.push(q), true) } });
      assert.equal((await p.exec('lb1', 'hostname')).stdout.trim(), 'lb1');
      assert.equal(asked.length, 1);
      assert.equal(asked[0].fingerprint, fingerprintOf('lb1'));
      assert.deepEqual([asked[0].host, asked[0].port, asked[0].keyType], ['198.51.100.11', 22, 'ssh-ed25519']);
      assert.equal(fs.readFileSync(emptyKh, 'utf8'), '', 'known_hosts is not written');
      const again = L().pool({ inventory: inv, trustStoreFile: trust, callbacks: { confirmHostKey: async () => assert.fail('asked again') } });
      assert.equal((await again.exec('lb1', 'hostname')).stdout.trim(), 'lb1');
      const refused = L().pool({ inventory: inv, trustStoreFile: path.join(L().tmp, 'trust-no.json'), callbacks: { confirmHostKey: async () => false } });
      await assert.rejects(refused.exec('lb1', 'hostname'), (e: Error) => isSshError(e, 'host-key-unknown'));
    });

    it('refuses a changed key, naming the old and the new fingerprint; forgetting the host lets it ask', async () => {
      const other = path.join(L().tmp, 'otherkey');
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
      const oldFp = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${other}.pub`], { encoding: 'utf8' }).split(/\s+/)[1];
      const kh = path.join(L().tmp, 'changed_known_hosts');
      fs.writeFileSync(kh, `198.51.100.12 ${fs.readFileSync(`${other}.pub`, 'utf8').split(' ').slice(0, 2).join(' ')}\n`);
      const inv = { ...L().inventory, hosts: [L().host('lb2', (h) => ({ ...h, ssh: { ...h.ssh, knownHostsFiles: [kh], strictHostKeyChecking: 'ask' as const } }))] };
      let asked = 0;
      const p = L().pool({ inventory: inv, trustStoreFile: path.join(L().tmp, 'trust-changed.json'), callbacks: { confirmHostKey: async () => (asked++, true) } });
      await assert.rejects(p.exec('lb2', 'hostname'), (e: Error) =>
        isSshError(e, 'host-key-changed') && e.message.includes(oldFp) && e.message.includes(fingerprintOf('lb2')) && /CHANGED/.test(e.message));
      assert.equal(asked, 0);
      p.forgetHostKey('lb2');
      assert.equal((await p.exec('lb2', 'hostname')).stdout.trim(), 'lb2');
      assert.equal(asked, 1);
    });

    it('an unreachable host fails clearly within its connect timeout', async () => {
      const inv = { ...L().inventory, hosts: [L().host('web1', (h) => ({ ...h, name: 'ghost', address: '198.51.100.99', ssh: { ...h.ssh, connectTimeoutMs: 1500 } }))] };
      const p = L().pool({ inventory: inv });
      const t = Date.now();
      let message = '';
      await assert.rejects(p.exec('ghost', 'true'), (e: Error) => { message = e.message; return isSshError(e, 'unreachable') && /ghost .*198\.51\.100\.99:22/.test(e.message); });
      const ms = Date.now() - t;
      // Either the connect timeout ran out, or - sooner - the kernel already knew that no host
      // answers ARP for that address (a FAILED neighbour entry left by an earlier attempt) and
      // said EHOSTUNREACH; never later than the timeout.
      if (/EHOSTUNREACH/.test(message)) assert.ok(ms < 2500, `failed after ${ms} ms: ${message}`);
      else assert.ok(ms >= 1400 && ms < 2500, `failed after ${ms} ms: ${message}`);
    });
  });

  describe('connection loss', () => {
    it('a command whose sshd is killed rejects clearly, and the pool reconnects next time', async () => {
      const p = L().pool();
      await p.exec('web2', 'true');
      assert.equal(p.connectCount, 1);
      const t = Date.now();
      const running = p.exec('web2', 'sleep 30');
      running.catch(() => undefined); // asserted below; avoids an unhandled-rejection warning meanwhile
      await sleep(400);
      await L().lab.killSshd('web2');
      await assert.rejects(running, (e: Error) => isSshError(e, 'connection-lost') && /web2/.test(e.message));
      assert.ok(Date.now() - t < 5000);
      await L().lab.startSshd('web2');
      assert.equal((await p.exec('web2', 'hostname')).stdout.trim(), 'web2');
      assert.equal(p.connectCount, 2);
    });
  });

  describe('deploy', () => {
    const confPath = '/etc/keepalived/keepalived.conf';
    const good = (): string => directorConfig(L().inventory, L().inventory.hosts.find((h) => h.name === 'lb2')!);

    it('uploads, checks with keepalived -t, backs up, replaces and starts keepalived', async () => {
      const conn = await pool.connection('lb2');
      const first = await deployConfig(conn, good(), { timestamp: '20260101T000001Z' });
      assert.equal(first.backupPath, undefined, 'no previous config, no backup');
      assert.match(first.reloadMessage ?? '', /keepalived started .*vrrp-only|keepalived started/);
      const v2 = good().replace('# keepalived.conf', '# v2: keepalived.conf');
      const second = await deployConfig(conn, v2, { timestamp: '20260101T000002Z' });
      assert.equal(second.backupPath, `${confPath}.bak-20260101T000002Z`);
      assert.match(second.reloadMessage ?? '', /reloaded/);
      assert.equal((await pool.exec('lb2', `cat ${confPath}`)).stdout, v2);
      assert.equal((await pool.exec('lb2', `cat ${second.backupPath}`)).stdout, good());
    });

    it('a config keepalived -t rejects never replaces the running one', async () => {
      const conn = await pool.connection('lb2');
      const before = (await pool.exec('lb2', `cat ${confPath}; echo; cat /run/keepalived.pid`)).stdout;
      const bad = good().replace('advert_int 1', 'advert_intx 1');
      await assert.rejects(deployConfig(conn, bad, { timestamp: '20260101T000003Z' }), (e: Error) =>
        e instanceof DeployError && e.stage === 'validate' && e.oldConfigIntact && /Unknown keyword 'advert_intx'/.test(e.keepalivedOutput) && /rejected/.test(e.message));
      assert.equal((await pool.exec('lb2', `cat ${confPath}; echo; cat /run/keepalived.pid`)).stdout, before, 'config and keepalived untouched');
      const ls = (await pool.exec('lb2', `ls ${confPath}.bak-* /tmp/keepalived-lab-* 2>/dev/null; true`)).stdout.trim().split('\n');
      assert.deepEqual(ls, [`${confPath}.bak-20260101T000002Z`], 'the earlier backup is there, no new backup, no temp file left');
    });

    it('in Russian: the progress and the refusal in Russian, keepalived\'s own words as it printed them', async () => {
      const conn = await pool.connection('lb2');
      const before = (await pool.exec('lb2', `cat ${confPath}`)).stdout;
      const lines: string[] = [];
      const bad = good().replace('advert_int 1', 'advert_intx 1');
      await assert.rejects(deployConfig(conn, bad, { timestamp: '20260101T000004Z', lang: 'ru', log: (l) => lines.push(l) }), (e: Error) =>
        e instanceof DeployError && e.stage === 'validate' && e.oldConfigIntact &&
        e.message.startsWith('lb2: keepalived -t отверг конфигурацию (код выхода ') && /работающая конфигурация не изменена\.\n[\s\S]*Unknown keyword 'advert_intx'/.test(e.message));
      assert.deepEqual(lines.map((l) => l.replace(/\/tmp\/keepalived-lab-\w+\.conf/, 'TMP')), ['lb2: загрузка конфигурации в TMP', 'lb2: проверка через keepalived -t']);
      assert.equal((await pool.exec('lb2', `cat ${confPath}`)).stdout, before, 'the running config untouched');
    });
  });

  describe('live state', () => {
    it('shows who holds the VIP, real servers and the missing IPVS', async () => {
      for (const name of ['lb1', 'lb2']) {
        await deployConfig(await pool.connection(name), directorConfig(L().inventory, L().inventory.hosts.find((h) => h.name === name)!));
      }
      const { value: st, ms } = await waitFor(async () => {
        const s = await readLabState(pool, L().inventory);
        return s.vipHolders[0].hosts.join() === 'lb1' && s.masters[0]?.hosts.join() === 'lb1' ? s : undefined;
      }, 15_000);
      const lb1 = st.hosts.find((h) => h.name === 'lb1')!.director!;
      const lb2 = st.hosts.find((h) => h.name === 'lb2')!.director!;
      assert.deepEqual([lb1.instances[0].state, lb1.instances[0].priority, lb1.holdsVip], ['MASTER', 150, true]);
      assert.deepEqual([lb2.instances[0].state, lb2.instances[0].priority, lb2.holdsVip], ['BACKUP', 100, false]);
      if (!fs.existsSync('/proc/net/ip_vs')) {
        assert.equal(lb1.ipvs.available, false);
        assert.match((lb1.ipvs as { reason: string }).reason, /no IPVS/);
        assert.equal(lb1.keepalived.vrrpOnly, true);
      }
      const web1 = st.hosts.find((h) => h.name === 'web1')!.real!;
      assert.deepEqual([web1.arpOk, web1.nginxRunning, web1.http.status, web1.vipsOnLo[0].actualPrefix], [true, true, 200, 32]);
      assert.ok(st.hosts.every((h) => h.reachable));
      console.log(`      (lb1 became MASTER ${ms} ms after the deploy)`);
    });

    it('after keepalived stops on the MASTER, the other director is MASTER within a few seconds', async () => {
      const t = Date.now();
      await stopKeepalived(await pool.connection('lb1'));
      const { value: st } = await waitFor(async () => {
        const s = await readLabState(pool, L().inventory);
        return s.vipHolders[0].hosts.join() === 'lb2' && s.masters[0]?.hosts.join() === 'lb2' ? s : undefined;
      }, 8000, 100);
      const ms = Date.now() - t;
      assert.ok(ms < 5000, `failover took ${ms} ms`);
      assert.equal(st.hosts.find((h) => h.name === 'lb1')!.director!.keepalived.running, false);
      // What the tree view shows from this state.
      const hostsNode = buildLabTree(L().inventory, st).children.find((c) => c.id === 'role:director')!.children;
      assert.deepEqual(hostsNode.map((h) => h.description), ['198.51.100.11 · keepalived stopped', '198.51.100.12 · MASTER 100 · holds VIP']);
      console.log(`      (lb2 MASTER with the VIP ${ms} ms after stopping lb1)`);
    });
  });
});
