// Step 5: VRRP at work. Exactly one director holds the VIP, it is the MASTER and the one with
// the higher priority; both directors' IPVS tables list every real server.
import { directorPriorities } from '../../generate';
import { directorProbe, DirectorState, parseDirectorProbe } from '../../topology/probes';
import { NO_IPVS_STOP, unreachableChecks, vip } from '../common';
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
  return ctx.directors.map((d) => ({ key: `${prefix}:${d.name}`, host: d.name, title: 'keepalived state, VIP, IPVS table', command: directorProbe(), sudo: true, timeoutMs: 30_000 }));
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
    const checks: Check[] = unreachableChecks(outputs);
    const explanation: string[] = [];
    const states = directorStates(outputs, ctx);
    const v = vip(ctx);
    const holders = [...states].filter(([, s]) => s.holdsVip).map(([n]) => n);
    checks.push({
      ok: holders.length === 1,
      what: `exactly one director holds the VIP ${v.address}`,
      detail: holders.length ? `held by ${holders.join(' and ')}` : 'no director holds it',
      fix: holders.length > 1
        ? 'Split brain: the directors do not hear each other (different VRID or password, a firewall dropping VRRP) or the VIP was added by hand: run the doctor.'
        : 'Start keepalived on the directors (the Configure keepalived step) and look at their logs.',
    });
    for (const [name, s] of states) {
      if (!s.keepalived.running) checks.push({ ok: false, host: name, what: `keepalived runs on ${name}`, fix: 'Run the Configure keepalived step again.' });
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
        what: `${d.name} (priority ${priorityOf(d.name, s, ctx) ?? '?'}) is ${expected}${expected === 'MASTER' ? ' and holds the VIP' : ' without the VIP'}`,
        detail: `state ${inst?.state ?? 'unknown'}${inst?.effectivePriority !== undefined && inst.effectivePriority !== inst.priority ? `, effective priority ${inst.effectivePriority}` : ''}, ${s.holdsVip ? 'holds' : 'does not hold'} the VIP`,
        fix: inst?.effectivePriority !== undefined && inst.priority !== undefined && inst.effectivePriority < inst.priority
          ? 'Its effective priority is lowered or the instance is in FAULT: the tracked script or interface fails (run the doctor).'
          : 'Give the intended MASTER the higher priority and check that both directors hear each other\'s adverts.',
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
        what: `ipvsadm -Ln on ${name} lists ${v.address}:${ctx.inventory.service.port} with ${want.join(' and ')}`,
        detail: svc ? `${svc.protocol} ${svc.address}:${svc.port} ${svc.scheduler} -> ${svc.reals.map((r) => `${r.address} ${r.forward} weight ${r.weight}`).join(', ') || 'no real servers'}` : 'no such virtual service',
        fix: svc ? 'A real server missing here failed keepalived\'s TCP check: is nginx running and answering on it?' : 'keepalived builds the table from virtual_server: deploy the generated config (and run keepalived without --vrrp).',
      });
    }
    const master = holders.length === 1 ? holders[0] : undefined;
    if (master) {
      const backup = ctx.directors.find((d) => d.name !== master)?.name;
      const adv = ctx.inventory.service.vrrp.advertInt;
      explanation.push(`${master} won the election with priority ${priorityOf(master, states.get(master), ctx)} and holds ${v.address}/${v.prefix}; it sends a VRRP advert every ${adv} s.${backup ? ` ${backup} stays BACKUP as long as it hears them; after 3 missed adverts (about ${(3 * adv + 0.6).toFixed(1)} s) it takes the VIP.` : ''}`);
    }
    if (noIpvs.length) explanation.push(`${noIpvs.map(([n]) => n).join(', ')}: ${(noIpvs[0][1].ipvs as { reason: string }).reason}`, NO_IPVS_STOP);
    else if (states.size) explanation.push('Both directors carry the same IPVS table: keepalived builds it from virtual_server whether the director is MASTER or BACKUP. Only the VIP decides which of them gets traffic.');
    return { status: checks.some((c) => !c.ok) ? 'failed' : noIpvs.length ? 'no-ipvs' : 'passed', checks, explanation, measurements: { holders, master } };
  },
};
