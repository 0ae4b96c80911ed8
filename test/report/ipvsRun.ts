// A run with IPVS for the renderer tests: this machine's kernel has none, so the recorded
// namespace-lab run is changed into what a lab with IPVS records. The ipvsadm texts are written
// in ipvsadm 1.31's layout (like test/lab/recorded/ipvsadm-*.txt) and the measurements agree
// with them; everything else (commands, configs, VRRP, addresses) stays as recorded.
import { CommandRecord, StepResult } from '../../src/lab/exercises/types';
import { WalkthroughRun } from '../../src/lab/report';
import { parseSections } from '../../src/lab/topology/parsers/system';
import { copy, recordedRun } from './support';

export function sectioned(parts: [name: string, text: string, code: number][]): string {
  return parts.map(([n, t, c]) => `@@keepalived-lab ${n}\n${t}\n\n@@keepalived-lab-end ${n} ${c}\n`).join('');
}

export const STATS_LB1 = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes
  -> RemoteAddress:Port
TCP  198.51.100.100:80                  20      120        0     7880        0
  -> 198.51.100.21:80                   10       60        0     3940        0
  -> 198.51.100.22:80                   10       60        0     3940        0`;

export const STATS_LB2 = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes
  -> RemoteAddress:Port
TCP  198.51.100.100:80                   0        0        0        0        0
  -> 198.51.100.21:80                    0        0        0        0        0
  -> 198.51.100.22:80                    0        0        0        0        0`;

export const LNC_LB1 = `IPVS connection entries
pro expire state       source             virtual            destination
TCP 01:47  FIN_WAIT    198.51.100.10:52916 198.51.100.100:80  198.51.100.21:80
TCP 01:58  TIME_WAIT   198.51.100.10:52918 198.51.100.100:80  198.51.100.22:80
TCP 01:59  TIME_WAIT   198.51.100.10:52920 198.51.100.100:80  198.51.100.21:80`;

export const LN_LB1 = `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  198.51.100.100:80 rr
  -> 198.51.100.21:80             Route   1      0          2
  -> 198.51.100.22:80             Route   1      0          1`;

export const TIMEOUT = 'Timeout (tcp tcpfin udp): 900 120 300';

const IPVS_OK = 'ipvs=1\nipvsadm_rc=0\nipvsadm_out: IP Virtual Server version 1.2.1 (size=4096)\n';

function addrOf(rec: CommandRecord): string {
  return parseSections(rec.stdout).get('addr')!.text;
}

function last(s: StepResult, key: string): CommandRecord {
  const r = [...s.commands].reverse().find((c) => c.key === key);
  if (!r) throw new Error(`${s.step} has no ${key}`);
  return r;
}

export function ipvsRun(): WalkthroughRun {
  const run = copy(recordedRun());
  for (const s of run.steps) {
    s.status = 'passed';
    for (const c of s.commands) if (c.key.startsWith('ipvs:')) c.stdout = IPVS_OK;
  }
  const traffic = run.steps.find((s) => s.step === 'traffic')!;
  const who = (i: number): string => (i % 2 ? 'web1' : 'web2');
  last(traffic, 'requests').stdout = Array.from({ length: 20 }, (_, i) => `@@req ${i + 1} 0 200 ${who(i + 1)}`).join('\n') + '\n';
  for (const [host, stats] of [['lb1', STATS_LB1], ['lb2', STATS_LB2]] as const) {
    const rec = last(traffic, `stats:${host}`);
    rec.stdout = sectioned([['addr', addrOf(rec), 0], ['stats', stats, 0]]);
    const before = last(traffic, `before:${host}`);
    before.stdout = sectioned([['addr', addrOf(before), 0], ['stats', STATS_LB2, 0]]);
  }
  const zero = { conns: 0, inPkts: 0, outPkts: 0, inBytes: 0, outBytes: 0 };
  traffic.measurements = {
    before: {}, requests: 20, answered: 20, failed: 0, byHost: { web1: 10, web2: 10 }, failures: {},
    deltas: {
      lb1: { holdsVip: true, service: { conns: 20, inPkts: 120, outPkts: 0, inBytes: 7880, outBytes: 0 }, reals: { web1: { ...zero, conns: 10, inPkts: 60 }, web2: { ...zero, conns: 10, inPkts: 60 } } },
      lb2: { holdsVip: false, service: zero, reals: { web1: zero, web2: zero } },
    },
  };
  const inact = run.steps.find((s) => s.step === 'inactconn')!;
  const conns = last(inact, 'conns:lb1');
  conns.stdout = sectioned([['addr', addrOf(conns), 0], ['conns', LNC_LB1, 0], ['timeout', TIMEOUT, 0], ['list', LN_LB1, 0]]);
  const conns2 = last(inact, 'conns:lb2');
  conns2.stdout = sectioned([['addr', addrOf(conns2), 0], ['conns', 'IPVS connection entries\npro expire state       source             virtual            destination', 0], ['timeout', TIMEOUT, 0], ['list', LN_LB1.replace(/ 2\n/, ' 0\n').replace(/ 1$/, ' 0'), 0]]);
  inact.measurements = { ...inact.measurements, answered: 10, failed: 0 };
  const failover = run.steps.find((s) => s.step === 'failover')!;
  const lines = [...Array(6).fill('@@t 0 200 web1'), '@@t 7 000 -', '@@t 7 000 -', '@@t 28 000 -', ...Array(20).fill('@@t 0 200 web2'), '@@t 7 000 -', ...Array(8).fill('@@t 0 200 web1')];
  last(failover, 'traffic').stdout = lines.join('\n') + '\n';
  failover.measurements = { master: 'lb1', backup: 'lb2', vipMovedMs: 702, recoveredMs: 1466, failedDuringFailover: 3, preemptMs: 3610, releasedMs: 3622, failedDuringPreemption: 1, requestsTotal: lines.length, requestsOk: lines.length - 4, okBefore: 6, answeredAfter: { web1: 8 } };
  return run;
}
