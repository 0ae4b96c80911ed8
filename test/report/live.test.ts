// The lab report and the host check against the real namespace lab (real sshd, nginx,
// keepalived): a full walkthrough run gives a report holding what the test itself then sees on
// the hosts; a run with a failed step says so at the top; keepalived -t on lb1 maps a planted
// error to the right line. Linux + root only; skipped otherwise, failing instead when
// KEEPALIVED_LAB_REQUIRE_ORACLE=1. One namespace lab fits on a machine at a time: when another
// one is up (another test run), this waits for it rather than failing or touching it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRun, renderReport, snapshotOf, WalkthroughRun } from '../../src/lab/report';
import { runAll, runStep, StepResult } from '../../src/lab/exercises';
import { en } from '../../src/lab/report/i18n/en';
import { ru } from '../../src/lab/report/i18n/ru';
import { checkOnHost, parseKeepalivedVersion } from '../../src/lab/remoteCheck';
import { SshPool } from '../../src/lab/ssh';
import { buildCli, runCli } from '../cli/support';
import { labOrSkip, LiveLab, sleep, startLab, stopLab } from '../lab/support';
import { top } from './support';

const HAS_IPVS = fs.existsSync('/proc/net/ip_vs');
const WAIT_FOR_OTHER_LAB_MS = 8 * 60_000;

/** Starts our own lab; while another lab holds the addresses, waits and tries again. */
async function startLabWaiting(): Promise<LiveLab> {
  const deadline = Date.now() + WAIT_FOR_OTHER_LAB_MS;
  let said = false;
  for (;;) {
    try {
      return await startLab();
    } catch (e) {
      if (!/Another lab already uses/.test((e as Error).message) || Date.now() > deadline) throw e;
      if (!said) console.log('      (another namespace lab is up on this machine: waiting for it to go)');
      said = true;
      await sleep(5_000 + Math.random() * 5_000);
    }
  }
}

describe('lab report (live namespace lab)', function () {
  this.timeout(WAIT_FOR_OTHER_LAB_MS + 300_000);
  let live: LiveLab | undefined;
  let pool: SshPool;
  let saveDir: string;
  let results: StepResult[] = [];
  let run: WalkthroughRun;

  before(async function () {
    labOrSkip(this);
    live = await startLabWaiting();
    pool = live.pool();
    saveDir = path.join(live.tmp, 'runs');
  });
  after(async () => {
    await stopLab(live);
  });

  const L = (): LiveLab => live!;
  const sh = async (host: string, command: string): Promise<string> => {
    const r = await pool.exec(host, command, { sudo: true });
    return r.stdout + r.stderr;
  };

  it('a full walkthrough run gives a report with the real outputs of that run', async () => {
    results = (await runAll(pool, L().inventory, { saveDir, continueOnFailure: true })).results;
    run = { ...loadRun([saveDir]), snapshot: snapshotOf(L().inventory) };
    assert.deepEqual(run.steps.map((s) => [s.step, s.status]), results.map((s) => [s.step, s.status]));
    const md = renderReport(run, { lang: 'en' });
    const mdRu = renderReport(run, { lang: 'ru' });

    // What the test itself sees on the hosts now, after the run.
    for (const lb of ['lb1', 'lb2']) {
      const conf = await sh(lb, 'cat /etc/keepalived/keepalived.conf');
      assert.ok(conf.includes('vrrp_instance'), conf);
      assert.ok(md.includes(conf.trimEnd()), `${lb}'s keepalived.conf is in the report`);
      assert.ok(mdRu.includes(conf.trimEnd()));
      const own = (await sh(lb, 'ip -o addr show dev eth0')).split('\n').find((l) => l.includes(` ${L().inventory.hosts.find((h) => h.name === lb)!.address}/`))!;
      assert.ok(md.includes(own), `${lb}: ${own}`);
      const t = await pool.exec(lb, 'keepalived -t -f /etc/keepalived/keepalived.conf', { sudo: true });
      assert.equal(t.code, 0);
      assert.ok(md.includes(`**${en.keepalivedTestHeading(lb)}** ${en.keepalivedTestOk}`));
    }
    const version = parseKeepalivedVersion(await sh('lb1', 'keepalived --version'))!;
    assert.match(md, new RegExp(`\\| lb1 \\| [^|]+ \\| ${version.replace(/\./g, '\\.')} \\|`));
    const page = (await sh('client', 'curl -s http://198.51.100.21/')).split('\n').find((l) => l.includes('web1'))!;
    assert.ok(md.includes(page.trim()), `web1's page as the client gets it: ${page}`);
    const holder = (await sh('lb1', 'ip -o addr show')).includes(' 198.51.100.100/');
    assert.ok(holder, 'lb1 holds the VIP again after the failover step');
    assert.ok(md.includes('| lb1 | director | 198.51.100.11 | eth0 | MASTER, priority 150 |'));

    const f = run.steps.find((s) => s.step === 'failover')!.measurements as { vipMovedMs?: number };
    assert.ok(f.vipMovedMs !== undefined);
    assert.ok(md.includes(`| ${en.foVipMoved} | ${en.seconds(f.vipMovedMs / 1000)} |`));
    for (const r of results) assert.ok(md.includes(`| ${r.index} | ${en.stepTitle[r.step]} |`));

    if (!HAS_IPVS) {
      const said = (await sh('lb1', 'ipvsadm -Ln')).split('\n').find((l) => /Can't initialize ipvs/.test(l))!;
      assert.ok(said);
      assert.ok(top(md).includes(said.trim()), 'the top quotes ipvsadm as the test sees it');
      assert.ok(top(md).includes(en.verdictNoIpvs(results.filter((r) => r.status === 'passed').length, 9)));
      assert.ok(top(mdRu).includes(ru.verdictNoIpvs(results.filter((r) => r.status === 'passed').length, 9)));
      assert.ok(!top(md).includes(en.verdictGreen(9)));
    } else if (results.every((r) => r.status === 'passed')) {
      assert.ok(top(md).includes(en.verdictGreen(9)));
    }

    // The same through the CLI, reading the runs of the lab file's lab.
    buildCli();
    const out = path.join(L().tmp, 'report', 'report.md');
    const cli = runCli(['lab', 'report', L().inventory.file, '--runs', saveDir, '--lang', 'ru', '-o', out], { timeoutMs: 60_000 });
    assert.equal(cli.code, HAS_IPVS && results.every((r) => r.status === 'passed') ? 0 : results.some((r) => r.status === 'failed' || r.status === 'error') ? 1 : 3, cli.stderr);
    const written = fs.readFileSync(out, 'utf8');
    assert.ok(written.includes((await sh('lb2', 'cat /etc/keepalived/keepalived.conf')).trimEnd()));
    assert.ok(fs.existsSync(path.join(L().tmp, 'report', 'report.run.json')));
  });

  it('a run with a failed step says so at the top', async () => {
    await sh('web2', 'ip addr del 198.51.100.100/32 dev lo');
    try {
      const r = await runStep(pool, L().inventory, 'real-servers', { saveDir, verifyOnly: true });
      assert.equal(r.status, 'failed');
      const failing = r.checks.filter((c) => !c.ok);
      assert.ok(failing.some((c) => c.host === 'web2'));
      const failedRun = loadRun([saveDir]);
      for (const lang of ['en', 'ru'] as const) {
        const t = lang === 'en' ? en : ru;
        const head = top(renderReport(failedRun, { lang }));
        assert.ok(head.includes(t.problemStep(2, t.stepTitle['real-servers'], t.status.failed)), lang);
        for (const c of failing) assert.ok(head.includes(`✗ ${c.what}`), c.what);
        assert.ok(!head.includes(t.verdictGreen(9)));
        // The later steps ran before this failure: they no longer describe the lab.
        for (const id of ['traffic', 'failover'] as const) assert.ok(head.includes(t.problemStep(id === 'traffic' ? 6 : 8, t.stepTitle[id], t.status['not-run'])), `${lang} ${id}`);
        assert.match(head, lang === 'en' ? /out of date/ : /Устаревшие результаты/);
      }
    } finally {
      const fixed = await runStep(pool, L().inventory, 'real-servers');
      assert.equal(fixed.status, 'passed');
    }
  });

  it('keepalived -t on lb1 maps a planted error to the right line, labels host-dependent findings, and leaves nothing behind', async () => {
    const before = await sh('lb1', 'cat /etc/keepalived/keepalived.conf');
    const lines = before.replace(/\n$/, '').split('\n');
    const prio = lines.findIndex((l) => /^\s*priority \d+/.test(l));
    lines[prio] = lines[prio].replace(/priority \d+/, 'priority 300');
    lines.splice(prio + 1, 0, '    no_such_keyword 1');
    lines.push('vrrp_instance VI_EXTRA {', '    interface eth7', '    virtual_router_id 77', '    virtual_ipaddress {', '        198.51.100.177/32', '    }', '}');
    const planted = lines.join('\n') + '\n';
    const res = await checkOnHost(await pool.connection('lb1'), 'lb1', planted);
    assert.equal(res.version, parseKeepalivedVersion(await sh('lb1', 'keepalived --version')));
    assert.notEqual(res.exitCode, 0);
    const find = (re: RegExp) => res.mapped.filter((m) => re.test(m.message));
    assert.deepEqual(find(/number '300' outside range/).map((m) => m.line), [prio], res.output);
    assert.deepEqual(find(/Unknown keyword 'no_such_keyword'/).map((m) => m.line), [prio + 1], res.output);
    const eth7 = find(/interface eth7/);
    assert.deepEqual(eth7.map((m) => [m.line, m.hostDependent?.kind]), [[lines.indexOf('    interface eth7'), 'interface']]);
    assert.ok(res.removed);
    assert.equal((await sh('lb1', 'ls /tmp | grep -c keepalived-lab-check || true')).trim(), '0');
    assert.equal(await sh('lb1', 'cat /etc/keepalived/keepalived.conf'), before, 'the running config is untouched');

    // The same through the CLI.
    buildCli();
    const file = path.join(L().tmp, 'planted.conf');
    fs.writeFileSync(file, planted);
    const cli = runCli(['lab', 'check-on-host', 'lb1', file, L().inventory.file], { timeoutMs: 60_000 });
    assert.equal(cli.code, 1, cli.stderr);
    assert.ok(cli.stdout.includes(`${file}:${prio + 1}:`), cli.stdout);
    assert.match(cli.stdout, new RegExp(`keepalived -t @ lb1 \\(v${res.version!.replace(/\./g, '\\.')}\\)`));
    assert.match(cli.stdout, /depends on the host: an interface of this name does not exist there/);
  });
});
