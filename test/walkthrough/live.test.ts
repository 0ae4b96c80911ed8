// The whole walkthrough against the real namespace lab (real sshd, nginx, keepalived): every
// step runs; on a kernel without IPVS the IPVS steps end in the clear "no IPVS" result; the
// failover is measured; running every step again changes nothing; the doctor finds each of the
// seed's mistakes when it is planted, and nothing else on a healthy lab.
// Linux + root only; skipped otherwise (failing instead when KEEPALIVED_LAB_REQUIRE_ORACLE=1).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { CliIo } from '../../src/cli/io';
import { deployConfig } from '../../src/lab/deploy';
import { runDoctor, DoctorReport } from '../../src/lab/doctor';
import { loadResult, runAll, runStep, StepResult, STEPS } from '../../src/lab/exercises';
import { FailoverMeasured } from '../../src/lab/exercises/steps/failover';
import { checkScript, generateLabConfigs } from '../../src/lab/generate';
import { startKeepalived, stopKeepalived } from '../../src/lab/keepalived';
import { SshPool } from '../../src/lab/ssh';
import { labOrSkip, LiveLab, sleep, startLab, stopLab, waitFor } from '../lab/support';

const HAS_IPVS = fs.existsSync('/proc/net/ip_vs');
const IPVS_STATUS = HAS_IPVS ? 'passed' : 'no-ipvs';
/** What each step must end in on this machine. */
const EXPECTED: Record<string, string> = {
  reach: IPVS_STATUS,
  'real-servers': 'passed',
  directors: IPVS_STATUS,
  'keepalived-config': 'passed',
  vrrp: IPVS_STATUS,
  traffic: IPVS_STATUS,
  inactconn: IPVS_STATUS,
  failover: IPVS_STATUS,
  'active-active': 'passed',
};

/** Everything a step could change on the hosts, without process ids and timestamps. */
const FINGERPRINT = `hostname
ip -o addr show | awk '{print $2, $3, $4}' | sort
sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.arp_announce net.ipv4.conf.lo.arp_ignore net.ipv4.conf.lo.arp_announce
for f in /etc/keepalived/* /var/www/html/*; do [ -f "$f" ] && echo "$f $(stat -c %a "$f") $(sha256sum < "$f" | cut -c1-16)"; done
ls /tmp | grep -c keepalived-lab || true
pidof keepalived >/dev/null && echo keepalived=running || echo keepalived=stopped
pidof nginx >/dev/null && echo nginx=running || echo nginx=stopped`;

describe('walkthrough (live namespace lab)', function () {
  this.timeout(240_000);
  let live: LiveLab | undefined;
  let pool: SshPool;
  let saveDir: string;
  const first: StepResult[] = [];

  before(async function () {
    labOrSkip(this);
    this.timeout(900_000); // may wait for another lab to free 198.51.100.0/24
    live = await startLab();
    pool = live.pool();
    saveDir = path.join(live.tmp, 'runs');
  });
  after(async () => {
    await stopLab(live);
  });

  const L = (): LiveLab => live!;
  const fingerprint = async (): Promise<Record<string, string>> =>
    Object.fromEntries(await Promise.all(L().inventory.hosts.map(async (h) => [h.name, (await pool.exec(h.name, FINGERPRINT)).stdout] as const)));
  const doctor = (): Promise<DoctorReport> => runDoctor(pool, L().inventory);
  const codes = (r: DoctorReport): string[] => r.findings.map((f) => f.code).filter((c) => HAS_IPVS || c !== 'ipvs-missing').sort();

  // A network prefix on lo that covers the SSH client's address (the seed's /24 here) cuts the
  // real server off from us too; /26 (198.51.100.64-127) shows the same mistake and keeps SSH.
  it('step 2 first repairs a VIP with a network prefix on a real server\'s lo (and adds no second address)', async () => {
    await pool.exec('web1', 'ip addr del 198.51.100.100/32 dev lo; ip addr add 198.51.100.100/26 dev lo label lo:100');
    const r = await runStep(pool, L().inventory, 'real-servers');
    assert.equal(r.status, 'passed', JSON.stringify(r.checks.filter((c) => !c.ok)));
    const lo = (await pool.exec('web1', 'ip -o addr show dev lo')).stdout;
    assert.equal((lo.match(/198\.51\.100\.100\//g) ?? []).length, 1, lo);
    assert.match(lo, /198\.51\.100\.100\/32/);
    assert.match(r.commands.find((c) => c.key === 'setup:web1')!.stdout, /removed=198\.51\.100\.100\/26/);
  });

  it('runs every step for real, in order, each ending as this kernel allows', async () => {
    const all = await runAll(pool, L().inventory, { saveDir, continueOnFailure: true });
    first.push(...all.results);
    assert.deepEqual(Object.fromEntries(all.results.map((r) => [r.step, r.status])), EXPECTED,
      all.results.filter((r) => r.status !== EXPECTED[r.step]).map((r) => `${r.step}: ${JSON.stringify(r.checks.filter((c) => !c.ok))} ${r.error ?? ''}`).join('\n'));
    for (const r of all.results) {
      assert.ok(r.checks.every((c) => c.ok), `${r.step}: every check it made holds`);
      assert.ok(r.explanation.length > 0, `${r.step} explains itself`);
      assert.ok(r.savedTo && fs.existsSync(r.savedTo), `${r.step} was saved`);
      assert.equal(loadResult(r.savedTo!).step, r.step);
      if (r.step !== 'active-active') assert.ok(r.commands.length > 0 && r.commands.every((c) => !c.error), `${r.step}: every command ran`);
    }
    if (!HAS_IPVS) {
      for (const id of ['reach', 'directors', 'traffic', 'inactconn']) {
        const text = all.results.find((r) => r.step === id)!.explanation.join('\n');
        assert.match(text, /This kernel has no IPVS/, id);
        assert.match(text, /Stop here for load balancing/, id);
      }
    }
    assert.equal(fs.readdirSync(saveDir).length, STEPS.length);
  });

  it('measured the failover and the preemption', () => {
    const f = first.find((r) => r.step === 'failover')!.measurements as FailoverMeasured;
    assert.equal(f.master, 'lb1');
    assert.equal(f.backup, 'lb2');
    assert.ok(f.vipMovedMs !== undefined && f.vipMovedMs < 5000, `VIP moved after ${f.vipMovedMs} ms`);
    assert.ok(f.preemptMs !== undefined && f.preemptMs < 15_000, `preempted after ${f.preemptMs} ms`);
    assert.ok(f.releasedMs !== undefined);
    assert.ok((f.requestsTotal ?? 0) >= 10, 'requests ran during the whole measurement');
    if (HAS_IPVS) assert.ok(f.recoveredMs !== undefined);
    else assert.equal(f.requestsOk, 0, 'nothing answers through the VIP without IPVS');
    console.log(`      (VIP on lb2 ${f.vipMovedMs} ms after stopping lb1; back on lb1 ${f.preemptMs} ms after restarting it)`);
  });

  // The second run speaks Russian: the same steps, statuses and checks, judged from the hosts'
  // real outputs, written in Russian (commands, keywords and outputs as they are), saved as such.
  it('running every step a second time, in Russian, changes nothing and says the same in Russian', async () => {
    const before = await fingerprint();
    const again = await runAll(pool, L().inventory, { continueOnFailure: true, lang: 'ru', saveDir: path.join(L().tmp, 'runs-ru') });
    assert.deepEqual(Object.fromEntries(again.results.map((r) => [r.step, r.status])), EXPECTED);
    const cfg = again.results.find((r) => r.step === 'keepalived-config')!;
    assert.deepEqual(cfg.measurements.deploy, { lb1: 'unchanged', lb2: 'unchanged' });
    assert.deepEqual(await fingerprint(), before);
    for (const r of again.results) {
      const en = first.find((x) => x.step === r.step)!;
      assert.equal(r.lang, 'ru');
      assert.equal(loadResult(r.savedTo!).lang, 'ru', `${r.step}: the language is saved with the run`);
      assert.deepEqual(r.checks.map((c) => [c.ok, c.host]), en.checks.map((c) => [c.ok, c.host]), `${r.step}: the same checks`);
      for (const c of r.checks) assert.match(c.what, /[А-Яа-яЁё]/, `${r.step}: ${c.what}`);
      assert.ok(r.explanation.length > 0 && r.explanation.some((p) => /[А-Яа-яЁё]/.test(p)), `${r.step} explains itself in Russian`);
    }
    if (!HAS_IPVS) assert.match(again.results.find((r) => r.step === 'reach')!.explanation.join('\n'), /Балансировка нагрузки здесь заканчивается/);
  });

  it('checks the user\'s own configs instead: the seed\'s are refused before anything is deployed; the deployed ones pass', async () => {
    const seed = (state: string): string => `vrrp_script chk_nginx {\nscript "systemctl status nginx"\ninterval 2\n}\nvrrp_instance VI_1 {\nstate ${state}\ninterface eth0\nvirtual_router_id 51\npriority 100 / 50\nadvert_int 1\nauthentication {\nauth_type PASS\nauth_pass netology_secret\n}\nvirtual_ipaddress {\n198.51.100.100/24 dev eth0\n}\ntrack_script {\nchk_nginx\n}\n}\n`;
    const before = (await pool.exec('lb1', 'sha256sum /etc/keepalived/keepalived.conf')).stdout;
    const own = await runStep(pool, L().inventory, 'keepalived-config', { options: { ownConfigs: { lb1: seed('MASTER'), lb2: seed('BACKUP') } } });
    assert.equal(own.status, 'failed');
    const lint = own.checks.find((c) => c.host === 'lb1' && /our analyzer/.test(c.what))!;
    assert.equal(lint.ok, false);
    for (const code of ['extra-arguments', 'script-security', 'script-relative-path', 'auth-pass-truncated']) assert.match(lint.detail!, new RegExp(code));
    assert.match(own.checks.find((c) => /passed our analyzer and were deployed/.test(c.what))!.detail!, /nothing was deployed/);
    assert.equal((await pool.exec('lb1', 'sha256sum /etc/keepalived/keepalived.conf')).stdout, before, 'the running config was not touched');
    const deployed = await runStep(pool, L().inventory, 'keepalived-config', { options: { checkDeployed: true } });
    assert.equal(deployed.status, 'passed', JSON.stringify(deployed.checks.filter((c) => !c.ok)));
    assert.ok(!deployed.commands.some((c) => c.key.startsWith('deploy:')), 'checking deploys nothing');
  });

  it('cancelling the failover midway leaves keepalived running and the VIP back on lb1', async () => {
    const ac = new AbortController();
    const running = runStep(pool, L().inventory, 'failover', { signal: ac.signal });
    await waitFor(async () => !(await pool.exec('lb1', 'pidof keepalived')).stdout.trim(), 20_000, 100);
    ac.abort();
    const r = await running;
    assert.equal(r.status, 'cancelled');
    assert.ok(r.commands.some((c) => c.key === 'restore:lb1' && c.code === 0), 'keepalived was started again');
    const v = await waitFor(async () => {
      const x = await runStep(pool, L().inventory, 'vrrp', { verifyOnly: true });
      return x.status === IPVS_STATUS ? x : undefined;
    }, 20_000, 500);
    assert.equal(v.value.measurements.master, 'lb1');
    await waitFor(async () => (await pool.exec('client', 'pgrep -f "keepalived-lab-failove[r]" || echo none')).stdout.trim() === 'none', 5000, 200);
    assert.equal((await pool.exec('client', 'ls /tmp | grep -c keepalived-lab-failover || true')).stdout.trim(), '0', 'no stop file left behind');
  });

  describe('command line', () => {
    async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
      let out = '';
      let err = '';
      const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: L().tmp, env: process.env, stdoutIsTTY: false };
      const saved = process.env.XDG_STATE_HOME;
      process.env.XDG_STATE_HOME = path.join(L().tmp, 'state');
      try {
        return { code: await runCli(args, io), out, err };
      } finally {
        if (saved === undefined) delete process.env.XDG_STATE_HOME;
        else process.env.XDG_STATE_HOME = saved;
      }
    }

    it('lab step runs one step and exits 0, or 3 when it stopped for lack of IPVS', async () => {
      const r = await cli(['lab', 'step', 'reach', L().lab.inventoryFile]);
      assert.equal(r.code, HAS_IPVS ? 0 : 3, r.out + r.err);
      assert.match(r.out, HAS_IPVS ? /Step 1\/9 — Reach the lab: PASSED/ : /Step 1\/9 — Reach the lab: STOPPED: no IPVS in the kernel/);
      assert.match(r.out, /saved: .*state\/keepalived-lab\/runs\/.*-01-reach\.json/);
      const ok = await cli(['lab', 'step', '2', L().lab.inventoryFile, '--no-save', '--json']);
      assert.equal(ok.code, 0);
      assert.equal(JSON.parse(ok.out).status, 'passed');
      const list = await cli(['lab', 'step']);
      assert.match(list.out, /5 {2}vrrp +Verify VRRP/);
      const bad = await cli(['lab', 'step', 'nope', L().lab.inventoryFile]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /There is no step 'nope'/);
    });

    it('lab doctor reports and exits 1 only for findings', async () => {
      const r = await cli(['lab', 'doctor', L().lab.inventoryFile]);
      assert.equal(r.code, HAS_IPVS ? 0 : 1, r.out + r.err);
      assert.match(r.out, HAS_IPVS ? /nothing wrong found/ : /\[ipvs-missing\] lb1, lb2: This kernel has no IPVS/);
    });
  });

  describe('doctor', () => {
    const vip = '198.51.100.100';
    const good = (host: string): string => generateLabConfigs(L().inventory).find((g) => g.host === host)!.config;
    const redeploy = async (host: string, text: string): Promise<void> => {
      await deployConfig(await pool.connection(host), text);
    };
    const settleHealthy = async (): Promise<DoctorReport> => (await waitFor(async () => {
      const r = await doctor();
      return codes(r).length === 0 ? r : undefined;
    }, 20_000, 500)).value;

    it('finds nothing on the healthy lab (only the missing IPVS of this kernel)', async () => {
      const r = await settleHealthy();
      assert.deepEqual(codes(r), []);
      if (!HAS_IPVS) assert.deepEqual(r.findings.map((f) => f.code), ['ipvs-missing']);
      assert.equal(r.checked.length, 5);
    });

    const plants: [string, string, () => Promise<void>, () => Promise<void>, (r: DoctorReport) => void][] = [
      ['the VIP added by hand on the BACKUP (split brain)', 'split-brain',
        async () => void (await pool.exec('lb2', `ip addr add ${vip}/24 dev eth0`)),
        async () => void (await pool.exec('lb2', `ip addr del ${vip}/24 dev eth0`)),
        (r) => {
          const f = r.findings.find((x) => x.code === 'split-brain')!;
          assert.deepEqual(f.hosts, ['lb1', 'lb2']);
          assert.match(f.message, /added by hand/);
          assert.equal(f.fix, `On lb2: ip addr del ${vip}/24 dev eth0`);
        }],
      ['the VIP with a network prefix on a real server\'s lo', 'vip-prefix-on-lo',
        async () => void (await pool.exec('web1', `ip addr del ${vip}/32 dev lo && ip addr add ${vip}/26 dev lo`)),
        async () => void (await pool.exec('web1', `ip addr del ${vip}/26 dev lo && ip addr add ${vip}/32 dev lo`)),
        (r) => {
          const f = r.findings.find((x) => x.code === 'vip-prefix-on-lo')!;
          assert.match(f.message, /web1 has the VIP on lo as 198\.51\.100\.100\/26: lo then claims the whole \/26 network/);
          assert.equal(f.fix, `On web1: ip addr del ${vip}/26 dev lo; ip addr add ${vip}/32 dev lo`);
        }],
      ['missing ARP settings', 'arp-sysctls',
        async () => void (await pool.exec('web2', 'sysctl -qw net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_announce=0')),
        async () => void (await pool.exec('web2', 'sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2')),
        (r) => assert.deepEqual(r.findings.find((x) => x.code === 'arp-sysctls')!.hosts, ['web2'])],
      ['equal VRRP priorities', 'priority-equal',
        () => redeploy('lb2', good('lb2').replace(/^ {4}priority 100$/m, '    priority 150')),
        () => redeploy('lb2', good('lb2')),
        (r) => assert.match(r.findings.find((x) => x.code === 'priority-equal')!.message, /same priority on lb1 \(150\) and lb2 \(150\)/)],
      ['a different VRID on the BACKUP', 'vrid-mismatch',
        () => redeploy('lb2', good('lb2').replace(/virtual_router_id 51/, 'virtual_router_id 52')),
        () => redeploy('lb2', good('lb2')),
        (r) => assert.match(r.findings.find((x) => x.code === 'vrid-mismatch')!.message, /lb1: 51, lb2: 52/)],
      ['a different password on the BACKUP', 'auth-mismatch',
        () => redeploy('lb2', good('lb2').replace(/auth_pass \S+/, 'auth_pass otherpw')),
        () => redeploy('lb2', good('lb2')),
        () => undefined],
      ['a different VIP on the BACKUP', 'vip-mismatch',
        () => redeploy('lb2', good('lb2').replace(`${vip}/24 dev eth0`, '198.51.100.101/24 dev eth0')),
        () => redeploy('lb2', good('lb2')),
        () => undefined],
      ['keepalived stopped', 'keepalived-not-running',
        async () => void (await stopKeepalived(await pool.connection('lb2'))),
        async () => void (await startKeepalived(await pool.connection('lb2'))),
        (r) => assert.deepEqual(r.findings.find((x) => x.code === 'keepalived-not-running')!.hosts, ['lb2'])],
      ['a config keepalived -t rejects (written by hand)', 'keepalived-config-invalid',
        async () => void (await pool.exec('lb2', 'cat > /etc/keepalived/keepalived.conf', { stdin: good('lb2').replace('advert_int 1', 'advert_intx 1') })),
        async () => void (await pool.exec('lb2', 'cat > /etc/keepalived/keepalived.conf', { stdin: good('lb2') })),
        (r) => assert.match(r.findings.find((x) => x.code === 'keepalived-config-invalid')!.message, /Unknown keyword 'advert_intx'/)],
      ['a real server that does not answer', 'real-server-down',
        async () => void (await pool.exec('web2', 'nginx -s stop; i=0; while pidof nginx >/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done')),
        async () => void (await pool.exec('web2', 'nginx')),
        (r) => assert.match(r.findings.find((x) => x.code === 'real-server-down')!.message, /web2 does not answer on port 80 from client \(nginx is not running\)/)],
      ['a failing health-check script', 'health-script-failing',
        async () => void (await pool.exec('lb2', 'printf "#!/bin/sh\\nexit 1\\n" > /etc/keepalived/keepalived-lab-check.sh')),
        async () => void (await pool.exec('lb2', 'cat > /etc/keepalived/keepalived-lab-check.sh', { stdin: checkScript(L().inventory) })),
        (r) => assert.deepEqual(r.findings.find((x) => x.code === 'health-script-failing')!.hosts, ['lb2'])],
    ];

    for (const [what, code, plant, undo, more] of plants) {
      it(`finds ${what} (${code}), and nothing once it is undone`, async () => {
        await plant();
        try {
          const r = (await waitFor(async () => {
            const x = await doctor();
            return x.findings.some((f) => f.code === code) ? x : undefined;
          }, 10_000, 300)).value;
          const f = r.findings.find((x) => x.code === code)!;
          assert.ok(f.fix.length > 10, 'it says how to fix it');
          more(r);
        } finally {
          await undo();
        }
        await settleHealthy();
      });
    }

    it('the seed\'s /24 on lo cuts the real server off: the doctor says so, and the route shows why', async () => {
      await L().lab.hostExec('web1', `ip addr del ${vip}/32 dev lo && ip addr add ${vip}/24 dev lo label lo:100`);
      try {
        const route = (await L().lab.hostExec('web1', 'ip route get 198.51.100.10')).stdout;
        assert.match(route, /^local 198\.51\.100\.10 dev lo/);
        const r = await doctor();
        const down = r.findings.find((x) => x.code === 'host-unreachable' && x.hosts[0] === 'web1');
        assert.ok(down, JSON.stringify(r.findings));
        assert.match(down.message, /VIP on lo with the network's prefix/);
        assert.ok(r.findings.some((x) => x.code === 'real-server-down' && x.hosts[0] === 'web1') || r.findings.some((x) => x.code === 'host-unreachable' && x.hosts[0] === 'client'));
      } finally {
        await L().lab.hostExec('web1', `ip addr del ${vip}/24 dev lo; ip addr add ${vip}/32 dev lo`);
        await pool.disconnect('web1');
      }
      await settleHealthy();
    });

    it('the lab is still the walkthrough\'s afterwards', async () => {
      await sleep(500);
      const r = await runStep(pool, L().inventory, 'vrrp', { verifyOnly: true });
      assert.equal(r.status, IPVS_STATUS, JSON.stringify(r.checks.filter((c) => !c.ok)));
    });
  });

  describe('active-active (last: it changes the lab)', () => {
    it('deploys a planned active-active layout to the lab: each VIP on its planned MASTER', async () => {
      const plan = { directors: 2, trafficBps: 0.8e9, linkBps: 1e9, failures: 1 };
      const r = await runStep(pool, L().inventory, 'active-active', { options: { plan, deployPlan: true } });
      assert.equal(r.status, 'passed', JSON.stringify(r.checks.filter((c) => !c.ok)) + (r.error ?? ''));
      const held = r.checks.filter((c) => /is held by its planned MASTER/.test(c.what)).map((c) => c.what);
      assert.deepEqual(held, ['198.51.100.100 is held by its planned MASTER lb1', '198.51.100.101 is held by its planned MASTER lb2']);
      assert.match((await pool.exec('web1', 'ip -o addr show dev lo')).stdout, /198\.51\.100\.101\/32/);
      // Back to the walkthrough's single VIP.
      const back = await runStep(pool, L().inventory, 'keepalived-config');
      assert.equal(back.status, 'passed');
    });
  });
});
