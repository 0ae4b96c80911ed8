// Parsers of command outputs, on recorded outputs (test/lab/recorded/README.md says where each comes from).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseInventory } from '../../src/lab/inventory';
import {
  ipvsUnavailableReason, mergeIpvsStats, parseClientProbe, parseCount, parseDirectorProbe, parseIpOAddr, parseIpvsConnections,
  parseIpvsList, parseIpvsStats, parseKeepalivedData, parseKeepalivedJson, parseKeepalivedLog, parseRealServerProbe, parseSections,
  parseSysctl, section, statesFromLog, summarize, vrrpStateName,
} from '../../src/lab/topology';
import { REPO } from '../support/fixtures';

const REC = path.join(REPO, 'test', 'lab', 'recorded');
const rec = (f: string): string => fs.readFileSync(path.join(REC, f), 'utf8');

const INV = parseInventory(`hosts:
  - { name: lb1, role: director, address: 198.51.100.11 }
  - { name: web1, role: real, address: 198.51.100.21 }
  - { name: client, role: client, address: 198.51.100.10 }
service:
  vips: [198.51.100.100/24]
  vrrp: { vrid: 51 }
`).inventory!;

/** Builds probe output the way section() frames it on a host. */
function probe(parts: Record<string, [number, string]>): string {
  return Object.entries(parts).map(([name, [code, text]]) => `@@keepalived-lab ${name}\n${text}\n@@keepalived-lab-end ${name} ${code}`).join('\n') + '\n';
}

describe('lab parsers', () => {
  describe('ipvsadm', () => {
    it('reads the seed report\'s ipvsadm -Ln', () => {
      const t = parseIpvsList(rec('ipvsadm-Ln-seed.txt'));
      assert.deepEqual([t.version, t.size], ['1.2.1', 4096]);
      assert.equal(t.services.length, 1);
      const s = t.services[0];
      assert.deepEqual([s.protocol, s.address, s.port, s.scheduler], ['TCP', '192.168.1.100', 80, 'rr']);
      assert.deepEqual(s.reals, [
        { address: '192.168.1.13', port: 80, forward: 'Route', weight: 1, activeConn: 0, inActConn: 0 },
        { address: '192.168.1.40', port: 80, forward: 'Route', weight: 1, activeConn: 0, inActConn: 0 },
      ]);
    });

    it('reads NAT, TUN, FWM, IPv6 and persistence', () => {
      const t = parseIpvsList(rec('ipvsadm-Ln-mixed.txt'));
      assert.deepEqual(t.services.map((s) => `${s.protocol} ${s.address}:${s.port} ${s.scheduler} ${s.reals.length}`), [
        'TCP 198.51.100.100:80 wlc 2', 'TCP 198.51.100.100:443 rr 1', 'UDP 2001:db8::100:53 sh 1', 'FWM 7:0 rr 1',
      ]);
      assert.equal(t.services[0].persistentSec, 300);
      assert.deepEqual(t.services[0].reals[0], { address: '198.51.100.21', port: 80, forward: 'Route', weight: 3, activeConn: 2, inActConn: 48 });
      assert.equal(t.services[1].reals[0].forward, 'Masq');
      assert.deepEqual([t.services[2].reals[0].address, t.services[2].reals[0].forward], ['2001:db8::21', 'Tunnel']);
    });

    it('reads --stats with K/M suffixes and merges it into the table', () => {
      const st = parseIpvsStats(rec('ipvsadm-Ln-stats.txt'));
      assert.deepEqual(st.services[0].stats, { conns: 50, inPkts: 300, outPkts: 0, inBytes: 19650, outBytes: 0 });
      assert.deepEqual(st.services[1].stats, { conns: 12000, inPkts: 1203000, outPkts: 0, inBytes: 98e6, outBytes: 0 });
      assert.equal(st.services[0].reals[1].stats!.conns, 25);
      const merged = mergeIpvsStats(parseIpvsList(rec('ipvsadm-Ln-mixed.txt')), st);
      assert.equal(merged.services[0].stats!.inPkts, 300);
      assert.equal(merged.services[0].reals[0].stats!.inBytes, 9825);
      assert.equal(merged.services[0].reals[0].weight, 3);
      assert.ok(Number.isNaN(parseCount('12X')));
    });

    it('reads the connection table (-Lnc)', () => {
      const c = parseIpvsConnections(rec('ipvsadm-Lnc.txt'));
      assert.equal(c.length, 3);
      assert.deepEqual(c[0], { protocol: 'TCP', expire: '01:47', expireSec: 107, state: 'FIN_WAIT', source: '198.51.100.10:52916', virtual: '198.51.100.100:80', destination: '198.51.100.21:80' });
      assert.deepEqual(c.map((x) => x.state), ['FIN_WAIT', 'TIME_WAIT', 'ESTABLISHED']);
    });

    it('recognises a kernel without IPVS from ipvsadm\'s own words', () => {
      const why = ipvsUnavailableReason(2, rec('ipvsadm-no-ipvs.txt'));
      assert.match(why!, /This kernel has no IPVS \(Protocol not available\)/);
      assert.equal(ipvsUnavailableReason(0, rec('ipvsadm-Ln-seed.txt')), undefined);
      assert.match(ipvsUnavailableReason(127, 'sh: 1: ipvsadm: not found')!, /not installed/);
    });
  });

  describe('system outputs', () => {
    it('reads ip -o addr (director holding the VIP as a secondary)', () => {
      const a = parseIpOAddr(rec('ip-o-addr-director.txt'));
      const vip = a.find((x) => x.address === '198.51.100.100')!;
      assert.deepEqual([vip.ifname, vip.prefix, vip.secondary, vip.family], ['eth0', 24, true, 'inet']);
      assert.ok(a.some((x) => x.address === '198.51.100.11' && !x.secondary));
      assert.ok(a.some((x) => x.family === 'inet6'));
      const label = parseIpOAddr('3: eth1    inet 192.168.1.100/24 scope global secondary eth1:100\\       valid_lft forever preferred_lft forever');
      assert.equal(label[0].label, 'eth1:100');
    });

    it('reads ip -o addr (real server with the VIP on lo)', () => {
      const lo = parseIpOAddr(rec('ip-o-addr-real.txt')).filter((x) => x.ifname === 'lo' && x.family === 'inet');
      assert.deepEqual(lo.map((x) => `${x.address}/${x.prefix}`), ['127.0.0.1/8', '198.51.100.100/32']);
    });

    it('reads sysctl output', () => {
      assert.deepEqual(parseSysctl(rec('sysctl-arp.txt')), {
        'net.ipv4.conf.all.arp_ignore': '1', 'net.ipv4.conf.all.arp_announce': '2', 'net.ipv4.conf.lo.arp_ignore': '1', 'net.ipv4.conf.lo.arp_announce': '2',
      });
    });

    it('splits sectioned probe output, also when a section does not end with a newline', () => {
      const s = parseSections('junk\n@@keepalived-lab a\n200\n@@keepalived-lab-end a 0\n@@keepalived-lab b\nx\ny\n\n@@keepalived-lab-end b 7\n');
      assert.deepEqual([s.get('a'), s.get('b')], [{ name: 'a', code: 0, text: '200' }, { name: 'b', code: 7, text: 'x\ny' }]);
      assert.match(section('n', 'exit 3'), /^echo '@@keepalived-lab n'; \( exit 3\n\) 2>&1; kal_rc=\$\?; echo; echo "@@keepalived-lab-end n \$kal_rc"$/);
    });
  });

  describe('keepalived state', () => {
    it('reads the JSON dump', () => {
      const i = parseKeepalivedJson(rec('keepalived-master.json'))!;
      assert.deepEqual(i.map((x) => ({ ...x, vips: undefined })), [{ name: 'VI_1', state: 'MASTER', priority: 150, effectivePriority: 150, vrid: 51, interface: 'eth0', vips: undefined, source: 'json' }]);
      assert.ok(!rec('keepalived-master.json').includes('labpass'), 'the recording must not hold the password');
      assert.equal(parseKeepalivedJson('not json'), undefined);
      assert.deepEqual([0, 1, 2, 3, 98, 42].map(vrrpStateName), ['INIT', 'BACKUP', 'MASTER', 'FAULT', 'STOP', 'UNKNOWN']);
    });

    it('reads the SIGUSR1 text dump', () => {
      const i = parseKeepalivedData(rec('keepalived-backup.data'));
      assert.equal(i.length, 1);
      assert.deepEqual({ ...i[0], vips: i[0].vips!.length }, { name: 'VI_1', state: 'BACKUP', priority: 100, effectivePriority: 100, vrid: 51, interface: 'eth0', vips: 1, source: 'data' });
    });

    it('reads state changes from the log', () => {
      const t = parseKeepalivedLog(rec('keepalived-lb1.log'));
      assert.deepEqual(t.map((x) => x.state).slice(0, 2), ['BACKUP', 'MASTER']);
      assert.match(t[1].time!, /^\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}$/);
      assert.deepEqual(statesFromLog(rec('keepalived-lb1.log')), [{ name: 'VI_1', state: 'MASTER', source: 'log' }]);
      // The seed report's syslog lines (keepalived 2.0 on Ubuntu).
      assert.deepEqual(statesFromLog('Jul 05 19:32:47 netology1 Keepalived_vrrp[24573]: (VI_1) Entering BACKUP STATE'), [{ name: 'VI_1', state: 'BACKUP', source: 'log' }]);
      assert.deepEqual(statesFromLog('Keepalived_vrrp[1]: VRRP_Instance(VI_2) Transition to MASTER STATE'), [{ name: 'VI_2', state: 'MASTER', source: 'log' }]);
    });
  });

  describe('probe results', () => {
    it('a director: keepalived --vrrp, MASTER from the JSON dump, VIP held, no IPVS', () => {
      const d = parseDirectorProbe(probe({
        keepalived: [0, 'pid=21\nkeepalived --vrrp -n -l -D '],
        json: [0, rec('keepalived-master.json')],
        data: [0, ''],
        log: [0, 'x: (VI_1) Entering MASTER STATE'],
        addr: [0, rec('ip-o-addr-director.txt')],
        ipvs: [2, rec('ipvsadm-no-ipvs.txt')],
        ipvsstats: [2, rec('ipvsadm-no-ipvs.txt')],
      }), INV);
      assert.deepEqual(d.keepalived, { running: true, pid: 21, commandLine: 'keepalived --vrrp -n -l -D', vrrpOnly: true });
      assert.equal(d.instances[0].state, 'MASTER');
      assert.equal(d.holdsVip, true);
      assert.equal(d.ipvs.available, false);
    });

    it('a director with IPVS: the table with counters; falls back to the log when dumps fail', () => {
      const d = parseDirectorProbe(probe({
        keepalived: [0, 'pid=9\n/usr/sbin/keepalived --dont-fork '],
        json: [4, ''],
        data: [5, ''],
        log: [0, 'a: (VI_1) Entering BACKUP STATE'],
        addr: [0, '2: eth0    inet 198.51.100.12/24 scope global eth0'],
        ipvs: [0, rec('ipvsadm-Ln-mixed.txt')],
        ipvsstats: [0, rec('ipvsadm-Ln-stats.txt')],
      }), INV);
      assert.equal(d.keepalived.vrrpOnly, false);
      assert.deepEqual(d.instances, [{ name: 'VI_1', state: 'BACKUP', source: 'log' }]);
      assert.equal(d.holdsVip, false);
      assert.ok(d.ipvs.available && d.ipvs.table.services[0].stats!.conns === 50);
    });

    it('a real server with the VIP on lo as /24 and default ARP settings gets findings', () => {
      const r = parseRealServerProbe(probe({
        addr: [0, '1: lo    inet 127.0.0.1/8 scope host lo\n1: lo    inet 198.51.100.100/24 scope global lo'],
        sysctl: [0, 'net.ipv4.conf.all.arp_ignore = 0\nnet.ipv4.conf.all.arp_announce = 0\nnet.ipv4.conf.lo.arp_ignore = 0\nnet.ipv4.conf.lo.arp_announce = 0'],
        nginx: [1, ''],
        http: [7, '000'],
        httpvip: [7, '000'],
      }), INV.hosts[1], INV);
      assert.equal(r.arpOk, false);
      assert.equal(r.nginxRunning, false);
      assert.deepEqual(r.http, { url: 'http://198.51.100.21:80/', error: 'connection refused' });
      assert.match(r.vipPrefixProblems[0], /on lo as \/24: on a real server it must be \/32/);
      const st = summarize(INV, [{ name: 'web1', role: 'real', address: '198.51.100.21', reachable: true, durationMs: 1, real: r }]);
      assert.ok(st.findings.some((f) => /arp_ignore\/arp_announce are not 1\/2/.test(f)));
      assert.ok(st.findings.some((f) => /nginx is not running/.test(f)));
    });

    it('ARP settings count as the kernel takes them (the larger of all and lo)', () => {
      const r = parseRealServerProbe(probe({ sysctl: [0, 'net.ipv4.conf.all.arp_ignore = 1\nnet.ipv4.conf.all.arp_announce = 0\nnet.ipv4.conf.lo.arp_ignore = 0\nnet.ipv4.conf.lo.arp_announce = 2'] }), INV.hosts[1], INV);
      assert.equal(r.arpOk, true);
    });

    it('the client\'s view of the VIP', () => {
      assert.deepEqual(parseClientProbe(probe({ vip0: [0, '200'] }), INV).vipChecks, [{ url: 'http://198.51.100.100:80/', status: 200 }]);
      assert.deepEqual(parseClientProbe(probe({ vip0: [28, '000'] }), INV).vipChecks[0].error, 'no answer within 2 s');
    });

    it('summary: split brain when two directors hold the VIP', () => {
      const dir = () => parseDirectorProbe(probe({
        keepalived: [0, 'pid=1\nkeepalived'], json: [0, rec('keepalived-master.json')],
        addr: [0, '2: eth0    inet 198.51.100.100/24 scope global secondary eth0'], ipvs: [2, rec('ipvsadm-no-ipvs.txt')],
      }), INV);
      const st = summarize(INV, ['lb1', 'lb2'].map((name) => ({ name, role: 'director' as const, address: '198.51.100.1', reachable: true, durationMs: 1, director: dir() })));
      assert.deepEqual(st.vipHolders, [{ vip: '198.51.100.100/24', hosts: ['lb1', 'lb2'] }]);
      assert.deepEqual(st.masters, [{ instance: 'VI_1', hosts: ['lb1', 'lb2'] }]);
      assert.ok(st.findings.some((f) => /^Split brain: lb1 and lb2/.test(f)));
    });
  });
});
