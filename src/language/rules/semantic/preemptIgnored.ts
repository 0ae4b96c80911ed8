// nopreempt / preempt_delay that keepalived clears because they cannot work with the rest of the instance.
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { effectivePriority, globalFacts, instances, resolvedState } from './facts';

export const preemptIgnored: Rule = {
  code: 'preempt-ignored',
  severity: 'error',
  title: 'nopreempt or preempt_delay that keepalived clears (priority 255, initial MASTER, strict mode).',
  example: 'vrrp_instance VI_1 {\n  state MASTER\n  nopreempt\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    for (const f of instances(ctx.doc)) {
      const prio = effectivePriority(f);
      const state = resolvedState(f, g);
      let nopreempt = f.nopreempt;
      let delay = f.preemptDelay;
      const report = (s: typeof nopreempt, message: string) =>
        s && ctx.report({ message, file: s.file, range: s.range, tags: ['unnecessary'], related: [{ file: f.stmt.file, range: f.header, message: `keepalived prints this for ${f.name} after parsing` }], data: { order: s.order } });
      if (nopreempt && prio === 255) {
        report(nopreempt, `(${f.name}) has priority 255 (address owner), which always takes over; keepalived reports "(${f.name}) nopreempt is incompatible with priority 255. resetting nopreempt" and ignores nopreempt.`);
        nopreempt = undefined;
      }
      if (state === 'MASTER') {
        if (nopreempt) {
          report(nopreempt, `(${f.name}) starts as MASTER, so nopreempt cannot work; keepalived reports "(${f.name}) Warning - nopreempt will not work with initial state MASTER - clearing". For nopreempt use 'state BACKUP' on both directors and let priority decide.`);
          nopreempt = undefined;
        }
        if (delay) {
          report(delay, `(${f.name}) starts as MASTER, so preempt_delay cannot work; keepalived reports "(${f.name}) Warning - preempt delay will not work with initial state MASTER - clearing".`);
          delay = undefined;
        }
      }
      if (delay && f.strict) {
        report(delay, `(${f.name}) runs in strict mode, which does not allow a preempt delay; keepalived reports "(${f.name}) preempt_delay is incompatible with strict mode - resetting".`);
        delay = undefined;
      }
      if (delay && nopreempt) {
        report(delay, `(${f.name}) has nopreempt, so there is no preemption to delay; keepalived reports "(${f.name}) preempt_delay is incompatible with nopreempt mode - resetting".`);
      }
    }
  },
  fixes(diag, ctx) {
    for (const f of instances(ctx.doc)) {
      const s = f.stmt.children.find((c) => c.order === diag.data?.order);
      const edit = s && deleteStatement(s, ctx.files);
      if (edit) return [{ title: `Remove '${s.keyword.text}' (keepalived ignores it)`, isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
