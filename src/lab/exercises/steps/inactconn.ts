// Step 7 (seed question 1): why InActConn stays up after the responses came back. Right after a
// burst of requests, read the director's connection table (`ipvsadm -Lnc`) and its timeouts
// (`ipvsadm -L --timeout`) and explain the lingering entries from what they say.
import { parseIpOAddr, parseSections, section } from '../../topology/parsers/system';
import { IpvsConnection, parseIpvsConnections, parseIpvsList } from '../../topology/parsers/ipvsadm';
import { checkTexts } from '../checkTexts';
import { ipvsFrom, noIpvsStop, reasonIn, unreachableChecks, vip } from '../common';
import { Check, StepDefinition } from '../types';
import { distribution, sendTraffic } from './traffic';

export const CONN_COMMAND = [
  section('addr', 'ip -o addr show'),
  section('conns', 'ipvsadm -Lnc'),
  section('timeout', 'ipvsadm -L --timeout'),
  section('list', 'ipvsadm -Ln'),
].join('\n');

/** `Timeout (tcp tcpfin udp): 900 120 300`. */
export function parseTimeouts(text: string): { tcp: number; tcpfin: number; udp: number } | undefined {
  const m = /Timeout \(tcp tcpfin udp\):\s*(\d+)\s+(\d+)\s+(\d+)/.exec(text);
  return m ? { tcp: Number(m[1]), tcpfin: Number(m[2]), udp: Number(m[3]) } : undefined;
}

function mmss(sec: number): string {
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

export function summarizeConnections(conns: IpvsConnection[]): Record<string, { count: number; minLeft: number; maxLeft: number }> {
  const out: Record<string, { count: number; minLeft: number; maxLeft: number }> = {};
  for (const c of conns) {
    const s = (out[c.state] ??= { count: 0, minLeft: Infinity, maxLeft: 0 });
    s.count++;
    s.minLeft = Math.min(s.minLeft, c.expireSec);
    s.maxLeft = Math.max(s.maxLeft, c.expireSec);
  }
  return out;
}

export const inactconnStep: StepDefinition = {
  id: 'inactconn',
  index: 7,
  title: 'Why InActConn lingers',
  goal: 'Send a burst of requests and, right after the answers came back, read the MASTER\'s IPVS connection table (`ipvsadm -Lnc`) and timeouts (`ipvsadm -L --timeout`): the finished connections are still there, counted as InActConn, each with the time it has left. The seed\'s question 1, answered from the data.',
  roles: ['client', 'director'],
  ipvs: 'required',
  async procedure(api) {
    const n = Math.min(10, api.ctx.options.requests ?? 10);
    const t = await sendTraffic(api, n, 'burst:');
    return { requests: t.requests };
  },
  verify: (ctx) => ctx.directors.map((d) => ({ key: `conns:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.connTable, command: CONN_COMMAND, sudo: true })),
  check(outputs, ctx, measured) {
    const t = checkTexts(ctx.lang).inactconn;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    const v = vip(ctx);
    const port = ctx.inventory.service.port;
    const dist = distribution((measured.requests as never[]) ?? []);
    let holder: string | undefined;
    let noIpvs: string | undefined;
    const measurements: Record<string, unknown> = { answered: dist.ok, failed: dist.failed };
    for (const d of ctx.directors) {
      const r = outputs[`conns:${d.name}`];
      if (!r || r.error) continue;
      const s = parseSections(r.stdout);
      const list = s.get('list');
      const ipvs = ipvsFrom(list?.code, list?.text ?? '');
      if (!ipvs.available) {
        noIpvs ??= `${d.name}: ${reasonIn(ipvs.reason, ctx.lang)}`;
        continue;
      }
      if (!parseIpOAddr(s.get('addr')?.text ?? '').some((a) => a.address === v.address && a.ifname !== 'lo')) continue;
      holder = d.name;
      const conns = parseIpvsConnections(s.get('conns')?.text ?? '').filter((c) => c.virtual === `${v.address}:${port}` || c.virtual === `[${v.address}]:${port}`);
      const byState = summarizeConnections(conns);
      const timeouts = parseTimeouts(s.get('timeout')?.text ?? '');
      const svc = parseIpvsList(list!.text).services.find((x) => x.address === v.address && x.port === port);
      const inact = svc?.reals.reduce((n, x) => n + x.inActConn, 0) ?? 0;
      const active = svc?.reals.reduce((n, x) => n + x.activeConn, 0) ?? 0;
      const lingering = conns.filter((c) => c.state !== 'ESTABLISHED');
      Object.assign(measurements, { holder, byState, timeouts, inActConn: inact, activeConn: active, entries: conns.length });
      checks.push({ ok: dist.ok > 0 && dist.failed === 0, what: t.burstWhat, detail: t.burstDetail(dist.ok, dist.failed) });
      checks.push({
        ok: lingering.length > 0 && inact > 0,
        host: d.name,
        what: t.lingerWhat(d.name),
        detail: t.lingerDetail(conns.length, `${v.address}:${port}`, Object.entries(byState).map(([st, x]) => t.stateCount(x.count, st)).join(', '), active, inact),
        fix: t.lingerFix,
      });
      if (conns.length) {
        const states = Object.entries(byState).map(([st, x]) => t.stateLeft(x.count, st, x.minLeft === x.maxLeft ? mmss(x.minLeft) : `${mmss(x.minLeft)}–${mmss(x.maxLeft)}`)).join(', ');
        explanation.push(t.entries(dist.ok, d.name, conns.length, `${v.address}:${port}`, states, inact, active));
      }
      if (timeouts) explanation.push(t.timeouts(timeouts.tcp, timeouts.tcpfin, timeouts.udp));
      explanation.push(
        t.why(timeouts ? mmss(timeouts.tcpfin) : t.twoMinutes),
      );
    }
    if (noIpvs) {
      explanation.push(noIpvs, noIpvsStop(ctx.lang));
      return { status: checks.some((c) => !c.ok) ? 'failed' : 'no-ipvs', checks, explanation, measurements };
    }
    if (!holder) checks.push({ ok: false, what: t.holderWhat, fix: t.holderFix });
    return { status: checks.some((c) => !c.ok) ? 'failed' : 'passed', checks, explanation, measurements };
  },
};
