// Step 6: traffic through the VIP. N requests from the client, who answered each (from the
// page), and the IPVS counters of both directors before and after: only the MASTER counts, and
// in DR its OutPkts stay 0 because the replies never pass through it.
import { parseIpOAddr, parseSections, section } from '../../topology/parsers/system';
import { IpvsStats, parseIpvsStats } from '../../topology/parsers/ipvsadm';
import { checkTexts } from '../checkTexts';
import { clientHost, ipvsFrom, noIpvsStop, reasonIn, unreachableChecks, vip } from '../common';
import { curlExitText, curlLoop, httpUrl, parseRequestLines, RequestLine } from '../shellSnippets';
import { Check, CommandRecord, ProcedureApi, StepContext, StepDefinition } from '../types';

export const STATS_COMMAND = [section('addr', 'ip -o addr show'), section('stats', 'ipvsadm -Ln --stats --exact')].join('\n');

export interface DirectorStats {
  holdsVip: boolean;
  ipvs: { available: true; service?: IpvsStats; reals: Record<string, IpvsStats> } | { available: false; reason: string };
}

export function directorStats(text: string, vipAddress: string, port: number): DirectorStats {
  const s = parseSections(text);
  const holdsVip = parseIpOAddr(s.get('addr')?.text ?? '').some((a) => a.address === vipAddress && a.ifname !== 'lo');
  const st = s.get('stats');
  const ipvs = ipvsFrom(st?.code, st?.text ?? '');
  if (!ipvs.available) return { holdsVip, ipvs };
  const svc = parseIpvsStats(st!.text).services.find((x) => x.address === vipAddress && x.port === port);
  const reals: Record<string, IpvsStats> = {};
  for (const r of svc?.reals ?? []) if (r.stats) reals[r.address] = r.stats;
  return { holdsVip, ipvs: { available: true, ...(svc?.stats ? { service: svc.stats } : {}), reals } };
}

const ZERO: IpvsStats = { conns: 0, inPkts: 0, outPkts: 0, inBytes: 0, outBytes: 0 };

export function statsDelta(after?: IpvsStats, before?: IpvsStats): IpvsStats {
  const a = after ?? ZERO;
  const b = before ?? ZERO;
  return { conns: a.conns - b.conns, inPkts: a.inPkts - b.inPkts, outPkts: a.outPkts - b.outPkts, inBytes: a.inBytes - b.inBytes, outBytes: a.outBytes - b.outBytes };
}

/** Requests answered, per real server (by the name on the page). */
export function distribution(lines: RequestLine[]): { ok: number; failed: number; byHost: Record<string, number>; failures: Record<string, number> } {
  const byHost: Record<string, number> = {};
  const failures: Record<string, number> = {};
  let ok = 0;
  for (const l of lines) {
    if (l.curlExit === 0 && l.httpCode === 200) {
      ok++;
      byHost[l.who] = (byHost[l.who] ?? 0) + 1;
    } else {
      const why = l.curlExit !== 0 ? curlExitText(l.curlExit) : `HTTP ${l.httpCode}`;
      failures[why] = (failures[why] ?? 0) + 1;
    }
  }
  return { ok, failed: lines.length - ok, byHost, failures };
}

/** Sends N requests from the client through the VIP, with the directors' counters read before. */
export async function sendTraffic(api: ProcedureApi, count: number, keyPrefix: string): Promise<{ before: Record<string, string>; requests: RequestLine[]; record: CommandRecord }> {
  const { ctx } = api;
  const before: Record<string, string> = {};
  await Promise.all(ctx.directors.map(async (d) => {
    const r = await api.exec({ key: `${keyPrefix}before:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.countersBefore, command: STATS_COMMAND, sudo: true });
    if (!r.error) before[d.name] = r.stdout;
  }));
  const v = vip(ctx);
  api.progress(checkTexts(ctx.lang).titles.progressTraffic(count, httpUrl(v.address, ctx.inventory.service.port)));
  const record = await api.exec({ key: `${keyPrefix}requests`, host: clientHost(ctx), title: checkTexts(ctx.lang).titles.requestsThroughVip(count), command: curlLoop(httpUrl(v.address, ctx.inventory.service.port), count), timeoutMs: 30_000 + count * 5_000 });
  return { before, requests: parseRequestLines(record.stdout), record };
}

export function requestCount(ctx: StepContext): number {
  const n = ctx.options.requests ?? 20;
  return Math.max(1, Math.min(1000, Math.floor(n)));
}

export const trafficStep: StepDefinition = {
  id: 'traffic',
  index: 6,
  title: 'Send traffic through the VIP',
  goal: 'Send N requests from the client to the VIP and count which real server answered each (its page names it), then compare `ipvsadm -Ln --stats` on both directors with what it said before: the MASTER counted every connection, the BACKUP none, and in DR the MASTER\'s OutPkts stay 0.',
  roles: ['client', 'director'],
  ipvs: 'required',
  // The kernel's IPVS counters can lag by a couple of seconds (estimator timer).
  settleMs: 8_000,
  async procedure(api) {
    const t = await sendTraffic(api, requestCount(api.ctx), '');
    return { before: t.before, requests: t.requests };
  },
  verify: (ctx) => ctx.directors.map((d) => ({ key: `stats:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.countersAfter, command: STATS_COMMAND, sudo: true })),
  check(outputs, ctx, measured) {
    const t = checkTexts(ctx.lang).traffic;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    const v = vip(ctx);
    const port = ctx.inventory.service.port;
    const lines = (measured.requests as RequestLine[] | undefined) ?? [];
    const before = (measured.before as Record<string, string> | undefined) ?? {};
    const dist = distribution(lines);
    const after = new Map(ctx.directors.filter((d) => outputs[`stats:${d.name}`] && !outputs[`stats:${d.name}`].error).map((d) => [d.name, directorStats(outputs[`stats:${d.name}`].stdout, v.address, port)]));
    const noIpvs = [...after].filter(([, s]) => !s.ipvs.available);
    const deltas: Record<string, { service: IpvsStats; reals: Record<string, IpvsStats>; holdsVip: boolean }> = {};
    for (const [name, s] of after) {
      if (!s.ipvs.available) continue;
      const b = before[name] ? directorStats(before[name], v.address, port) : undefined;
      const bi = b?.ipvs.available ? b.ipvs : undefined;
      deltas[name] = {
        holdsVip: s.holdsVip,
        service: statsDelta(s.ipvs.service, bi?.service),
        reals: Object.fromEntries(ctx.reals.map((r) => [r.name, statsDelta((s.ipvs as { reals: Record<string, IpvsStats> }).reals[r.address], bi?.reals[r.address])])),
      };
    }
    const measurements = { requests: lines.length, answered: dist.ok, failed: dist.failed, byHost: dist.byHost, failures: dist.failures, deltas };
    if (noIpvs.length) {
      explanation.push(`${noIpvs.map(([n]) => n).join(', ')}: ${reasonIn((noIpvs[0][1].ipvs as { reason: string }).reason, ctx.lang)}`);
      if (lines.length) explanation.push(t.sentNoIpvs(lines.length, v.address, dist.ok, dist.failed ? `, ${Object.entries(dist.failures).map(([w, n]) => t.failedAs(n, reasonIn(w, ctx.lang))).join(', ')}` : ''));
      explanation.push(noIpvsStop(ctx.lang));
      return { status: checks.some((c) => !c.ok) ? 'failed' : 'no-ipvs', checks, explanation, measurements };
    }
    checks.push({
      ok: lines.length > 0 && dist.failed === 0,
      what: t.allAnsweredWhat(lines.length, v.address),
      detail: `${t.answered(dist.ok)}${dist.failed ? `; ${Object.entries(dist.failures).map(([w, n]) => `${n} × ${reasonIn(w, ctx.lang)}`).join(', ')}` : ''}`,
      fix: t.allAnsweredFix,
    });
    for (const r of ctx.reals) {
      checks.push({ ok: (dist.byHost[r.name] ?? 0) > 0, host: r.name, what: t.realAnsweredWhat(r.name), detail: t.nOfM(dist.byHost[r.name] ?? 0, lines.length), fix: t.realAnsweredFix(r.name) });
    }
    const holders = Object.entries(deltas).filter(([, d]) => d.holdsVip);
    const master = holders.length === 1 ? holders[0][0] : undefined;
    if (master) {
      const m = deltas[master];
      checks.push({ ok: m.service.conns >= dist.ok, host: master, what: t.masterCountedWhat(master), detail: `Conns +${m.service.conns}, InPkts +${m.service.inPkts}, OutPkts +${m.service.outPkts}` });
      if (ctx.inventory.service.forwarding === 'DR') {
        checks.push({ ok: m.service.outPkts === 0, host: master, what: t.outPktsWhat(master), detail: `OutPkts +${m.service.outPkts}`, fix: t.outPktsFix });
      }
      for (const [name, d] of Object.entries(deltas)) {
        if (name !== master) checks.push({ ok: d.service.conns === 0, host: name, what: t.backupNothingWhat(name), detail: `Conns +${d.service.conns}`, fix: t.backupNothingFix });
      }
    } else {
      checks.push({ ok: false, what: t.oneHolderWhat, detail: t.holdIt(holders.length), fix: t.oneHolderFix });
    }
    const shares = ctx.reals.map((r) => `${r.name} ${dist.byHost[r.name] ?? 0}`).join(', ');
    explanation.push(t.shares(lines.length, v.address, shares, ctx.inventory.service.scheduler === 'rr'));
    if (master) {
      const m = deltas[master];
      const perReal = ctx.reals.map((r) => `${r.name} Conns +${m.reals[r.name]?.conns ?? 0} InPkts +${m.reals[r.name]?.inPkts ?? 0}`).join('; ');
      explanation.push(t.onlyMaster(master, m.service.conns, perReal, v.address));
      if (ctx.inventory.service.forwarding === 'DR') {
        explanation.push(t.directRouting(m.service.outPkts, m.service.inPkts, Math.round(m.service.inPkts / Math.max(1, m.service.conns))));
      }
    }
    return { status: checks.some((c) => !c.ok) ? 'failed' : 'passed', checks, explanation, measurements };
  },
};
