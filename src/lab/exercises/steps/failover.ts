// Step 8: failover with traffic. Requests run from the client the whole time; keepalived stops
// on the MASTER; we time until the other director holds the VIP and until requests succeed
// again, and count the failed ones; then keepalived starts again and takes the VIP back
// (preemption), timed the same way. Every time is measured here, from streamed output.
import { randomBytes } from 'node:crypto';
import { startKeepalived, stopKeepalived } from '../../keepalived';
import { shellQuote } from '../../shell';
import { parseDirectorProbe } from '../../topology/probes';
import { checkTexts } from '../checkTexts';
import { clientHost, noIpvsStop, unreachableChecks, vip } from '../common';
import { httpUrl } from '../shellSnippets';
import { LineStream, TimedLine } from '../stream';
import { Check, ProcedureApi, StepDefinition } from '../types';
import { directorStates, priorityOf, probeDirectors } from './vrrp';

/** Requests every 200 ms until the stop file appears: `@@t <curl exit> <http code> <who>` per request. */
export function trafficLoop(url: string, stopFile: string, maxSec: number): string {
  return `end=$(( $(date +%s) + ${maxSec} ))
while [ ! -e ${shellQuote(stopFile)} ] && [ $(date +%s) -lt $end ]; do
  b=$(curl -s --connect-timeout 1 -m 1 -w '\\n%{http_code}' ${shellQuote(url)}); rc=$?
  code=$(printf '%s' "$b" | tail -n 1); who=$(printf '%s' "$b" | sed -n 's:.*<h1>\\([^<]*\\)</h1>.*:\\1:p' | head -n 1)
  echo "@@t $rc \${code:-000} \${who:--}"
  sleep 0.2
done
rm -f ${shellQuote(stopFile)}`;
}

/** One line of trafficLoop()'s output, or undefined for any other line. */
export function parseTrafficLine(text: string): { curlExit: number; httpCode: number; who: string; ok: boolean } | undefined {
  const m = /^@@t (\d+) (\d+) (\S+)/.exec(text);
  if (!m) return undefined;
  const curlExit = Number(m[1]);
  const httpCode = Number(m[2]);
  return { curlExit, httpCode, who: m[3], ok: curlExit === 0 && httpCode === 200 };
}

/** Prints `@@vip present|absent` as soon as the VIP is (or is no longer) on a non-lo interface. */
export function watchVip(address: string, want: 'present' | 'absent', maxSec: number): string {
  return `end=$(( $(date +%s) + ${maxSec} ))
while [ $(date +%s) -lt $end ]; do
  if ip -o addr show | grep -v ' lo ' | grep -qF ${shellQuote(` ${address}/`)}; then s=present; else s=absent; fi
  if [ "$s" = ${want} ]; then echo "@@vip $s"; exit 0; fi
  sleep 0.05
done
echo "@@vip timeout"; exit 1`;
}

interface Req {
  t: number;
  ok: boolean;
  who: string;
}

function requests(lines: TimedLine[]): Req[] {
  const out: Req[] = [];
  for (const l of lines) {
    const r = parseTrafficLine(l.text);
    if (r) out.push({ t: l.t, ok: r.ok, who: r.who });
  }
  return out;
}

export interface FailoverMeasured {
  error?: string;
  master?: string;
  backup?: string;
  noIpvs?: string;
  /** ms from stopping keepalived on the MASTER until the BACKUP held the VIP. */
  vipMovedMs?: number;
  /** ms from the stop until requests succeeded again (undefined without IPVS or when they never did). */
  recoveredMs?: number;
  failedDuringFailover?: number;
  /** ms from starting keepalived again until the old MASTER held the VIP again. */
  preemptMs?: number;
  /** ms from the restart until the BACKUP gave the VIP up. */
  releasedMs?: number;
  failedDuringPreemption?: number;
  requestsTotal?: number;
  requestsOk?: number;
  okBefore?: number;
  answeredAfter?: Record<string, number>;
}

async function measure(api: ProcedureApi, m: FailoverMeasured): Promise<void> {
  const { ctx } = api;
  const v = vip(ctx);
  const probes = await Promise.all(probeDirectors(ctx, 'before').map((p) => api.exec(p)));
  const states = new Map(probes.filter((r) => !r.error).map((r) => [r.host, parseDirectorProbe(r.stdout, ctx.inventory)]));
  const holders = [...states].filter(([, s]) => s.holdsVip).map(([n]) => n);
  if (holders.length !== 1) {
    m.error = checkTexts(ctx.lang).failover.notOneHolder(holders);
    return;
  }
  const master = holders[0];
  const others = ctx.directors.filter((d) => d.name !== master).sort((a, b) => (priorityOf(b.name, states.get(b.name), ctx) ?? 0) - (priorityOf(a.name, states.get(a.name), ctx) ?? 0));
  if (!others.length) {
    m.error = checkTexts(ctx.lang).failover.needsSecond;
    return;
  }
  const backup = others[0].name;
  Object.assign(m, { master, backup });
  const noIpvs = [...states].find(([, s]) => !s.ipvs.available);
  if (noIpvs) m.noIpvs = `${noIpvs[0]}: ${(noIpvs[1].ipvs as { reason: string }).reason}`;

  const stopFile = `/tmp/keepalived-lab-failover-${randomBytes(4).toString('hex')}`;
  const url = httpUrl(v.address, ctx.inventory.service.port);
  api.progress(checkTexts(ctx.lang).titles.progressRequests(url, clientHost(ctx)));
  const traffic = new LineStream(api, { key: 'traffic', host: clientHost(ctx), title: checkTexts(ctx.lang).titles.failoverRequests, command: trafficLoop(url, stopFile, 150), timeoutMs: 170_000 });
  let stopped = false;
  try {
    await traffic.waitFor(() => requests(traffic.lines).length >= 5, 10_000);
    const takeover = new LineStream(api, { key: `watch:${backup}`, host: backup, title: checkTexts(ctx.lang).titles.waitVip, command: watchVip(v.address, 'present', 40), timeoutMs: 60_000 });
    await api.sleep(300); // the watcher is polling before the stop
    api.progress(checkTexts(ctx.lang).titles.progressStopping(master));
    const t0 = api.now();
    const stop = stopKeepalived(await api.connection(master), { signal: api.signal, lang: ctx.lang });
    stopped = true;
    const stopMsg = await stop;
    api.record({ key: `stop:${master}`, host: master, title: checkTexts(ctx.lang).titles.stopMaster, command: 'keepalived stop (SIGTERM)', code: 0, stdout: stopMsg, stderr: '', durationMs: api.now() - t0 });
    const moved = await takeover.waitFor((l) => l.text === '@@vip present', 40_000);
    if (moved) m.vipMovedMs = moved.t - t0;
    if (!m.noIpvs) {
      const firstFail = await traffic.waitFor((l) => /^@@t /.test(l.text) && !/^@@t 0 200 /.test(l.text) && l.t >= t0, 1_500);
      const after = firstFail ? firstFail.t : (moved?.t ?? t0);
      const ok = await traffic.waitFor((l) => /^@@t 0 200 /.test(l.text) && l.t > after, 20_000);
      if (ok) m.recoveredMs = firstFail ? ok.t - t0 : 0;
      m.failedDuringFailover = requests(traffic.lines).filter((r) => r.t >= t0 && r.t <= (ok?.t ?? api.now()) && !r.ok).length;
    }
    await api.sleep(1_500);

    const back = new LineStream(api, { key: `watch:${master}`, host: master, title: checkTexts(ctx.lang).titles.waitVipBack, command: watchVip(v.address, 'present', 40), timeoutMs: 60_000 });
    const release = new LineStream(api, { key: `release:${backup}`, host: backup, title: checkTexts(ctx.lang).titles.waitRelease, command: watchVip(v.address, 'absent', 40), timeoutMs: 60_000 });
    await api.sleep(300);
    api.progress(checkTexts(ctx.lang).titles.progressStarting(master));
    const t1 = api.now();
    const startMsg = await startKeepalived(await api.connection(master), { signal: api.signal, lang: ctx.lang });
    stopped = false;
    api.record({ key: `start:${master}`, host: master, title: checkTexts(ctx.lang).titles.startOldMaster, command: 'keepalived start', code: 0, stdout: startMsg, stderr: '', durationMs: api.now() - t1 });
    const regained = await back.waitFor((l) => l.text === '@@vip present', 40_000);
    if (regained) m.preemptMs = regained.t - t1;
    const released = await release.waitFor((l) => l.text === '@@vip absent', 20_000);
    if (released) m.releasedMs = released.t - t1;
    await api.sleep(1_500);
    const all = requests(traffic.lines);
    if (!m.noIpvs) m.failedDuringPreemption = all.filter((r) => r.t >= t1 && !r.ok).length;
    m.requestsTotal = all.length;
    m.requestsOk = all.filter((r) => r.ok).length;
    m.okBefore = all.filter((r) => r.t < t0 && r.ok).length;
    const lastOnes = all.filter((r) => r.t > (regained?.t ?? t1) && r.ok);
    m.answeredAfter = {};
    for (const r of lastOnes) m.answeredAfter[r.who] = (m.answeredAfter[r.who] ?? 0) + 1;
  } finally {
    // Leave the lab as it was: keepalived running on the old MASTER, the request loop ended.
    await api.exec({ key: 'stop-traffic', host: clientHost(ctx), title: checkTexts(ctx.lang).titles.endLoop, command: `touch ${shellQuote(stopFile)}` }, { ignoreAbort: true }).catch(() => undefined);
    if (stopped) {
      const restart = await api.connection(master).then(async (c) => ({ ok: true, text: await startKeepalived(c, { lang: ctx.lang }) }))
        .catch((e: Error) => ({ ok: false, text: checkTexts(ctx.lang).failover.restartFailed(e.message) }));
      api.record({ key: `restore:${master}`, host: master, title: checkTexts(ctx.lang).titles.restartCleanup, command: 'keepalived start', code: restart.ok ? 0 : 1, stdout: restart.text, stderr: '' });
    }
    await traffic.done.catch(() => undefined);
    // A cancelled loop never saw its stop file: remove it here.
    await api.exec({ key: 'stop-file', host: clientHost(ctx), title: checkTexts(ctx.lang).titles.removeStopFile, command: `rm -f ${shellQuote(stopFile)}` }, { ignoreAbort: true }).catch(() => undefined);
  }
}

export const failoverStep: StepDefinition = {
  id: 'failover',
  index: 8,
  title: 'Fail over with traffic',
  goal: 'With requests running from the client every 200 ms, stop keepalived on the MASTER and time how long until the BACKUP holds the VIP and requests succeed again, counting the failed ones. Then start keepalived on the old MASTER again: it has the higher priority, so it takes the VIP back (preemption) — timed as well.',
  roles: ['client', 'director'],
  ipvs: 'partial',
  settleMs: 10_000,
  async procedure(api) {
    const m: FailoverMeasured = {};
    await measure(api, m);
    return m as Record<string, unknown>;
  },
  verify: (ctx) => probeDirectors(ctx),
  check(outputs, ctx, measured) {
    const m = measured as FailoverMeasured;
    const t = checkTexts(ctx.lang).failover;
    const ms = t.ms;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    const v = vip(ctx);
    if (m.error) {
      checks.push({ ok: false, what: t.readyWhat, detail: m.error, fix: t.readyFix });
      return { status: 'failed', checks, explanation, measurements: { ...m } };
    }
    checks.push({ ok: m.vipMovedMs !== undefined, host: m.backup, what: t.tookOverWhat(m.backup, m.master), detail: t.after(ms(m.vipMovedMs)), fix: t.tookOverFix(m.backup, m.master) });
    if (!m.noIpvs) {
      checks.push({ ok: m.recoveredMs !== undefined, what: t.recoveredWhat, detail: t.recoveredDetail(ms(m.recoveredMs), m.failedDuringFailover ?? 0), fix: t.recoveredFix(m.backup) });
    }
    checks.push({ ok: m.preemptMs !== undefined, host: m.master, what: t.preemptWhat(m.master), detail: t.preemptDetail(ms(m.preemptMs), m.backup, ms(m.releasedMs)), fix: t.preemptFix });
    const states = directorStates(outputs, ctx);
    const holders = [...states].filter(([, s]) => s.holdsVip).map(([n]) => n);
    checks.push({ ok: holders.length === 1 && holders[0] === m.master, what: t.aloneWhat(m.master), detail: t.heldBy(holders) });
    for (const [n, s] of states) if (!s.keepalived.running) checks.push({ ok: false, host: n, what: t.runsWhat(n), fix: t.runsFix });
    const adv = ctx.inventory.service.vrrp.advertInt;
    explanation.push(t.stopping(m.master, m.backup, t.missed(adv), adv, v.address, ms(m.vipMovedMs)));
    if (m.noIpvs) explanation.push(t.noIpvs, noIpvsStop(ctx.lang));
    else explanation.push(t.requests(m.requestsOk, m.requestsTotal, m.failedDuringFailover ?? 0, ms(m.recoveredMs), m.backup));
    explanation.push(t.preempt(m.master, m.backup, ms(m.preemptMs), m.noIpvs ? undefined : m.failedDuringPreemption ?? 0));
    const status = checks.some((c) => !c.ok) ? 'failed' : m.noIpvs ? 'no-ipvs' : 'passed';
    return { status, checks, explanation, measurements: { ...m } };
  },
};
