// Step 5: VRRP at work. Exactly one director holds the VIP, it is the MASTER and the one with
// the higher priority; both directors' IPVS tables list every real server.
import { directorPriorities } from '../../generate';
import { directorProbe, DirectorState, parseDirectorProbe } from '../../topology/probes';
import { checkTexts } from '../checkTexts';
import { noIpvsStop, reasonIn, unreachableChecks, vip } from '../common';
import { Check, Outputs, StepContext, StepDefinition } from '../types';

export function directorStates(outputs: Outputs, ctx: StepContext, prefix = 'director'): Map<string, DirectorState> {
  const out = new Map<string, DirectorState>();
  for (const d of ctx.directors) {
    const r = outputs[`${prefix}:${d.name}`];
    if (r && !r.error) out.set(d.name, parseDirectorProbe(r.stdout, ctx.inventory));
  }
  return out;
}

export function probeDirectors(ctx: StepContext, prefix = 'director'): { key: string; host: string; title: string; command: string; sudo: boolean; timeoutMs: number }[] {
  return ctx.directors.map((d) => ({ key: `${prefix}:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.directorProbe, command: directorProbe(), sudo: true, timeoutMs: 30_000 }));
}

/** Priority of the director's first VRRP instance as keepalived reports it, else from the lab file. */
export function priorityOf(name: string, st: DirectorState | undefined, ctx: StepContext): number | undefined {
  return st?.instances[0]?.priority ?? directorPriorities(ctx.inventory).get(name);
}

export const vrrpStep: StepDefinition = {
  id: 'vrrp',
  index: 5,
  title: 'Verify VRRP',
  goal: 'Check what keepalived made of the configs: exactly one director holds the VIP, it is in MASTER state and has the higher priority, the other is BACKUP; and `ipvsadm -Ln` on both directors lists the virtual service with both real servers.',
  roles: ['director'],
  ipvs: 'partial',
  settleMs: 15_000,
  verify: (ctx) => probeDirectors(ctx),
  check(outputs, ctx) {
    const t = checkTexts(ctx.lang).vrrp;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    const states = directorStates(outputs, ctx);
    const v = vip(ctx);
    const holders = [...states].filter(([, s]) => s.holdsVip).map(([n]) => n);
    checks.push({
      ok: holders.length === 1,
      what: t.oneHolderWhat(v.address),
      detail: holders.length ? t.heldBy(holders) : t.noHolder,
      fix: holders.length > 1 ? t.splitBrainFix : t.startFix,
    });
    for (const [name, s] of states) {
      if (!s.keepalived.running) checks.push({ ok: false, host: name, what: t.runsWhat(name), fix: t.runsFix });
    }
    const prios = ctx.directors.map((d) => ({ name: d.name, prio: priorityOf(d.name, states.get(d.name), ctx) }));
    const top = [...prios].sort((a, b) => (b.prio ?? 0) - (a.prio ?? 0))[0];
    for (const d of ctx.directors) {
      const s = states.get(d.name);
      if (!s) continue;
      const inst = s.instances[0];
      const expected = d.name === top?.name ? 'MASTER' : 'BACKUP';
      checks.push({
        ok: inst?.state === expected && s.holdsVip === (expected === 'MASTER'),
        host: d.name,
        what: t.roleWhat(d.name, String(priorityOf(d.name, s, ctx) ?? '?'), expected),
        detail: t.roleDetail(inst?.state, inst?.effectivePriority !== undefined && inst.effectivePriority !== inst.priority ? inst.effectivePriority : undefined, s.holdsVip),
        fix: inst?.effectivePriority !== undefined && inst.priority !== undefined && inst.effectivePriority < inst.priority ? t.loweredFix : t.priorityFix,
      });
    }
    const noIpvs = [...states].filter(([, s]) => !s.ipvs.available);
    for (const [name, s] of states) {
      if (!s.ipvs.available) continue;
      const svc = s.ipvs.table.services.find((x) => x.address === v.address && x.port === ctx.inventory.service.port);
      const want = ctx.reals.map((r) => r.address);
      const have = svc?.reals.map((r) => r.address) ?? [];
      checks.push({
        ok: !!svc && want.every((a) => have.includes(a)),
        host: name,
        what: t.tableWhat(name, `${v.address}:${ctx.inventory.service.port}`, want),
        detail: svc ? `${svc.protocol} ${svc.address}:${svc.port} ${svc.scheduler} -> ${svc.reals.map((r) => `${r.address} ${r.forward} ${t.weight} ${r.weight}`).join(', ') || t.noReals}` : t.noService,
        fix: svc ? t.realMissingFix : t.noServiceFix,
      });
    }
    const master = holders.length === 1 ? holders[0] : undefined;
    if (master) {
      const backup = ctx.directors.find((d) => d.name !== master)?.name;
      const adv = ctx.inventory.service.vrrp.advertInt;
      explanation.push(t.election(master, String(priorityOf(master, states.get(master), ctx)), `${v.address}/${v.prefix}`, adv, backup));
    }
    if (noIpvs.length) explanation.push(`${noIpvs.map(([n]) => n).join(', ')}: ${reasonIn((noIpvs[0][1].ipvs as { reason: string }).reason, ctx.lang)}`, noIpvsStop(ctx.lang));
    else if (states.size) explanation.push(t.sameTable);
    return { status: checks.some((c) => !c.ok) ? 'failed' : noIpvs.length ? 'no-ipvs' : 'passed', checks, explanation, measurements: { holders, master } };
  },
};
