// The steps' pure check functions and the doctor's judgement, on outputs written in the layout
// the real tools print (the namespace lab cannot produce IPVS listings: this kernel has none).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose, formatDoctorReport } from '../../src/lab/doctor';
import { makeContext, stepById, StepContext } from '../../src/lab/exercises';
import { generateLabConfigs } from '../../src/lab/generate';
import { NsLab } from '../../src/lab/nslab';
import { REPO } from '../support/fixtures';
import { addr, outputs, page, realServerProbe, rec, sections } from './recorded';

const inv = new NsLab({ name: 'unit' }).inventory();
const ctx = (): StepContext => makeContext(inv);
const recorded = (f: string): string => fs.readFileSync(path.join(REPO, 'test', 'lab', 'recorded', f), 'utf8');

const stats = (conns: number, inPkts: number, outPkts: number, per: [number, number][]): string => [
  'IP Virtual Server version 1.2.1 (size=4096)',
  'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes',
  '  -> RemoteAddress:Port',
  `TCP  198.51.100.100:80                  ${conns}      ${inPkts}        ${outPkts}    ${inPkts * 60}        0`,
  `  -> 198.51.100.21:80                   ${per[0][0]}      ${per[0][1]}        0     ${per[0][1] * 60}        0`,
  `  -> 198.51.100.22:80                   ${per[1][0]}      ${per[1][1]}        0     ${per[1][1] * 60}        0`,
].join('\n');

const requestLines = (n: number, who: (i: number) => string, rc = 0): { index: number; curlExit: number; httpCode: number; who: string }[] =>
  Array.from({ length: n }, (_, i) => ({ index: i + 1, curlExit: rc, httpCode: rc ? 0 : 200, who: rc ? '-' : who(i) }));

describe('walkthrough checks (pure)', () => {
  describe('real servers', () => {
    const step = stepById('real-servers');
    const real = realServerProbe;

    it('passes with the VIP as /32 and each page naming its host', () => {
      const v = step.check(outputs(
        rec('real:web1', 'web1', real(32, '198.51.100.10 dev eth0 src 198.51.100.21 uid 0')),
        rec('real:web2', 'web2', real(32, '198.51.100.10 dev eth0 src 198.51.100.22 uid 0')),
        rec('page:web1', 'client', page('web1')),
        rec('page:web2', 'client', page('web2')),
      ), ctx(), {});
      assert.equal(v.status, 'passed', JSON.stringify(v.checks.filter((c) => !c.ok)));
      assert.match(v.explanation.join('\n'), /Replies leave through eth0/);
    });

    it('fails on the seed\'s /24 on lo and explains it from the route the host reports', () => {
      const v = step.check(outputs(
        rec('real:web1', 'web1', real(24, 'local 198.51.100.10 dev lo table local src 198.51.100.100 uid 0')),
        rec('real:web2', 'web2', real(32, '198.51.100.10 dev eth0 src 198.51.100.22 uid 0')),
        rec('page:web1', 'client', '\n@@code=000\n@@rc=28\n'),
        rec('page:web2', 'client', page('web1')),
      ), ctx(), {});
      assert.equal(v.status, 'failed');
      const failed = v.checks.filter((c) => !c.ok);
      assert.deepEqual(failed.map((c) => c.host), ['web1', 'web1', 'web1', 'web2']);
      assert.match(failed[0].fix!, /ip addr del 198\.51\.100\.100\/24 dev lo; ip addr add 198\.51\.100\.100\/32 dev lo/);
      assert.match(failed[2].detail!, /no answer in time/);
      assert.match(failed[3].detail!, /names web1/, 'web2\'s address answered with web1\'s page');
      assert.match(v.explanation[0], /says "local 198\.51\.100\.10 dev lo.*That is broken/);
    });
  });

  describe('traffic', () => {
    const step = stepById('traffic');
    const before = { lb1: sections({ addr: [0, addr('lb1', true)], stats: [0, stats(5, 30, 0, [[3, 18], [2, 12]])] }), lb2: sections({ addr: [0, addr('lb2', false)], stats: [0, stats(0, 0, 0, [[0, 0], [0, 0]])] }) };

    it('passes when the MASTER counted every connection, OutPkts 0, the BACKUP nothing', () => {
      const after = outputs(
        rec('stats:lb1', 'lb1', sections({ addr: [0, addr('lb1', true)], stats: [0, stats(25, 150, 0, [[13, 78], [12, 72]])] })),
        rec('stats:lb2', 'lb2', sections({ addr: [0, addr('lb2', false)], stats: [0, stats(0, 0, 0, [[0, 0], [0, 0]])] })),
      );
      const v = step.check(after, ctx(), { before, requests: requestLines(20, (i) => (i % 2 ? 'web2' : 'web1')) });
      assert.equal(v.status, 'passed', JSON.stringify(v.checks.filter((c) => !c.ok)));
      const m = v.measurements as { byHost: Record<string, number>; deltas: Record<string, { service: { conns: number; outPkts: number } }> };
      assert.deepEqual(m.byHost, { web1: 10, web2: 10 });
      assert.equal(m.deltas.lb1.service.conns, 20);
      const text = v.explanation.join('\n');
      assert.match(text, /Only lb1 counted them \(Conns \+20/);
      assert.match(text, /OutPkts \+0: in direct routing/);
    });

    it('fails while the counters have not caught up, and when the BACKUP got traffic too', () => {
      const lagging = outputs(
        rec('stats:lb1', 'lb1', sections({ addr: [0, addr('lb1', true)], stats: [0, stats(10, 60, 0, [[6, 36], [4, 24]])] })),
        rec('stats:lb2', 'lb2', sections({ addr: [0, addr('lb2', false)], stats: [0, stats(3, 9, 0, [[2, 6], [1, 3]])] })),
      );
      const v = step.check(lagging, ctx(), { before, requests: requestLines(20, (i) => (i % 2 ? 'web2' : 'web1')) });
      assert.equal(v.status, 'failed');
      assert.deepEqual(v.checks.filter((c) => !c.ok).map((c) => c.what), ['the MASTER lb1 counted the connections', 'the BACKUP lb2 counted nothing']);
    });

    it('ends in no-ipvs (not a failure) when ipvsadm cannot initialise', () => {
      const noIpvs = outputs(
        rec('stats:lb1', 'lb1', sections({ addr: [0, addr('lb1', true)], stats: [2, recorded('ipvsadm-no-ipvs.txt').trim()] })),
        rec('stats:lb2', 'lb2', sections({ addr: [0, addr('lb2', false)], stats: [2, recorded('ipvsadm-no-ipvs.txt').trim()] })),
      );
      const v = step.check(noIpvs, ctx(), { before: {}, requests: requestLines(20, () => '-', 7) });
      assert.equal(v.status, 'no-ipvs');
      assert.match(v.explanation.join('\n'), /This kernel has no IPVS.*\n.*20 failed \(connection refused/);
    });
  });

  describe('InActConn', () => {
    it('explains the lingering entries from the connection table and the timeouts', () => {
      const step = stepById('inactconn');
      const list = ['IP Virtual Server version 1.2.1 (size=4096)', 'Prot LocalAddress:Port Scheduler Flags', '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
        'TCP  198.51.100.100:80 rr', '  -> 198.51.100.21:80              Route   1      1          1', '  -> 198.51.100.22:80              Route   1      0          1'].join('\n');
      const out = outputs(
        rec('conns:lb1', 'lb1', sections({ addr: [0, addr('lb1', true)], conns: [0, recorded('ipvsadm-Lnc.txt').trim()], timeout: [0, 'Timeout (tcp tcpfin udp): 900 120 300'], list: [0, list] })),
        rec('conns:lb2', 'lb2', sections({ addr: [0, addr('lb2', false)], conns: [0, 'IPVS connection entries\npro expire state       source             virtual            destination'], timeout: [0, 'Timeout (tcp tcpfin udp): 900 120 300'], list: [0, list.split('\n').slice(0, 4).join('\n')] })),
      );
      const v = stepById('inactconn').check(out, ctx(), { requests: requestLines(3, () => 'web1') });
      assert.equal(v.status, 'passed', JSON.stringify(v.checks));
      const text = v.explanation.join('\n');
      assert.match(text, /lb1 lists 3 connection entries for 198\.51\.100\.100:80: 1 in FIN_WAIT with 1:47 left, 1 in TIME_WAIT with 1:58 left, 1 in ESTABLISHED with 14:59 left/);
      assert.match(text, /counts 2 of them as InActConn and 1 as ActiveConn/);
      assert.match(text, /tcpfin 120 s/);
      assert.match(text, /not netfilter's conntrack/);
      assert.equal(step.id, 'inactconn');
    });
  });

  describe('doctor', () => {
    const [lb1conf, lb2conf] = generateLabConfigs(inv).map((g) => g.config);
    const director = (host: 'lb1' | 'lb2', o: { vip: boolean; state: string; conf: string; running?: boolean }): string => sections({
      keepalived: o.running === false ? [1, ''] : [0, 'pid=80\nkeepalived --vrrp -n -l -D'],
      json: [0, JSON.stringify([{ data: { iname: 'VI_1', state: o.state === 'MASTER' ? 2 : 1, base_priority: host === 'lb1' ? 150 : 100, vrid: 51 } }])],
      data: [0, ''],
      log: [0, ''],
      addr: [0, addr(host, o.vip)],
      ipvs: [0, 'IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\nTCP  198.51.100.100:80 rr\n  -> 198.51.100.21:80              Route   1      0          0\n  -> 198.51.100.22:80              Route   1      0          0'],
      ipvsstats: [0, ''],
      conf: [0, o.conf.replace(/\n$/, '')],
      ktest: [0, ''],
    });
    const real = (prefix = 32, ignore = 1): string => sections({
      addr: [0, `1: lo    inet 198.51.100.100/${prefix} scope global lo\\       valid_lft forever preferred_lft forever`],
      sysctl: [0, `net.ipv4.conf.all.arp_ignore = ${ignore}\nnet.ipv4.conf.all.arp_announce = 2\nnet.ipv4.conf.lo.arp_ignore = ${ignore}\nnet.ipv4.conf.lo.arp_announce = 2`],
      nginx: [0, '12'],
      http: [0, '200'],
      httpvip: [0, '200'],
    });
    const scriptsOk = sections({ script0: [0, 'chk_real_servers'] });
    const healthy = () => ({
      inventory: inv,
      directors: [{ name: 'lb1', text: director('lb1', { vip: true, state: 'MASTER', conf: lb1conf }), scripts: scriptsOk }, { name: 'lb2', text: director('lb2', { vip: false, state: 'BACKUP', conf: lb2conf }), scripts: scriptsOk }],
      reals: [{ name: 'web1', text: real() }, { name: 'web2', text: real() }],
      client: { name: 'client', text: sections({ 'real:web1': [0, '200'], 'real:web2': [0, '200'] }) },
    });

    it('finds nothing on a healthy lab', () => {
      const r = diagnose(healthy());
      assert.deepEqual(r.findings, []);
      assert.equal(r.checked.length, 5);
    });

    it('finds the seed\'s mistakes, each with a fix', () => {
      const sick = healthy();
      sick.directors[1].text = director('lb2', { vip: true, state: 'BACKUP', conf: lb2conf.replace(/^ {4}priority 100$/m, '    priority 150').replace('auth_pass labpass', 'auth_pass other') });
      sick.directors[1].scripts = sections({ script0: [1, 'chk_real_servers'] });
      sick.reals[0].text = real(24);
      sick.reals[1].text = real(32, 0);
      sick.client.text = sections({ 'real:web1': [0, '200'], 'real:web2': [7, '000'] });
      const r = diagnose(sick);
      const codes = r.findings.map((f) => f.code).sort();
      assert.deepEqual(codes, ['arp-sysctls', 'auth-mismatch', 'health-script-failing', 'priority-equal', 'real-server-down', 'split-brain', 'vip-prefix-on-lo']);
      const split = r.findings.find((f) => f.code === 'split-brain')!;
      assert.match(split.message, /lb2 is not MASTER|keepalived on lb2 is not MASTER, so the address there was added by hand/);
      assert.equal(split.fix, 'On lb2: ip addr del 198.51.100.100/24 dev eth0');
      assert.match(r.findings.find((f) => f.code === 'vip-prefix-on-lo')!.fix, /ip addr del 198\.51\.100\.100\/24 dev lo; ip addr add 198\.51\.100\.100\/32 dev lo/);
      for (const f of r.findings) assert.ok(f.fix.length > 10, `${f.code} has a fix`);
    });

    it('in Russian: the same findings, each message and fix in Russian, the commands as they are', () => {
      const sick = healthy();
      sick.directors[1].text = director('lb2', { vip: true, state: 'BACKUP', conf: lb2conf.replace(/^ {4}priority 100$/m, '    priority 150') });
      sick.directors[1].scripts = sections({ script0: [1, 'chk_real_servers'] });
      sick.reals[0].text = real(24);
      sick.reals[1].text = real(32, 0);
      sick.client.text = sections({ 'real:web1': [0, '200'], 'real:web2': [7, '000'] });
      const en = diagnose(sick);
      const ru = diagnose(sick, 'ru');
      assert.deepEqual(ru.findings.map((f) => f.code), en.findings.map((f) => f.code));
      assert.equal(ru.checked.length, en.checked.length);
      for (const f of ru.findings) {
        assert.match(f.message, /[а-яё]{4,}/i, `${f.code}: ${f.message}`);
        assert.match(f.fix, /[а-яё]{2,}/i, `${f.code}: ${f.fix}`);
      }
      assert.equal(ru.findings.find((f) => f.code === 'split-brain')!.fix, 'На lb2: ip addr del 198.51.100.100/24 dev eth0');
      assert.match(ru.findings.find((f) => f.code === 'vip-prefix-on-lo')!.fix, /ip addr del 198\.51\.100\.100\/24 dev lo; ip addr add 198\.51\.100\.100\/32 dev lo/);
      const text = formatDoctorReport(ru, 'ru');
      assert.ok(text.startsWith(`Проверка лаборатории — ${inv.name}: замечаний: ${en.findings.length}\n`), text.split('\n')[0]);
      assert.equal(en.findings.length, 6);
      assert.match(text, /как исправить:/);
      assert.ok(formatDoctorReport(en).startsWith(`Lab doctor — ${inv.name}: 6 finding(s)\n`));
      assert.match(formatDoctorReport(diagnose(healthy(), 'ru'), 'ru'), /проблем не найдено/);
    });

    it('reports keepalived stopped, a config keepalived -t rejects, and IPVS missing', () => {
      const sick = healthy();
      sick.directors[1].text = director('lb2', { vip: false, state: 'BACKUP', conf: lb2conf, running: false }).replace(/(@@keepalived-lab ktest\n)\n(@@keepalived-lab-end ktest) 0/, "$1(/etc/keepalived/keepalived.conf: Line 9) Unknown keyword 'advert_intx'\n$2 5")
        .replace(/(@@keepalived-lab ipvs\n)[\s\S]*?(@@keepalived-lab-end ipvs) 0/, `$1${recorded('ipvsadm-no-ipvs.txt')}$2 2`);
      const r = diagnose(sick);
      assert.deepEqual(r.findings.map((f) => f.code).sort(), ['ipvs-missing', 'keepalived-config-invalid', 'keepalived-not-running']);
      assert.match(r.findings.find((f) => f.code === 'keepalived-config-invalid')!.message, /exit 5.*advert_intx/);
    });
  });
});
