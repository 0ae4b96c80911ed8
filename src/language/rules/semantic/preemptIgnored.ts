// nopreempt / preempt_delay that keepalived clears because they cannot work with the rest of the instance.
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { effectivePriority, globalFacts, instances, resolvedState } from './facts';
import { msg } from '../../i18n';

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
        s && ctx.report({ message, file: s.file, range: s.range, tags: ['unnecessary'], related: [{ file: f.stmt.file, range: f.header, message: msg().preemptPrintedAfterParsing(f.name) }], data: { order: s.order } });
      if (nopreempt && prio === 255) {
        report(nopreempt, msg().nopreemptWithPriority255(f.name, f.name));
        nopreempt = undefined;
      }
      if (state === 'MASTER') {
        if (nopreempt) {
          report(nopreempt, msg().nopreemptWithStateMaster(f.name, f.name));
          nopreempt = undefined;
        }
        if (delay) {
          report(delay, msg().preemptDelayWithStateMaster(f.name, f.name));
          delay = undefined;
        }
      }
      if (delay && f.strict) {
        report(delay, msg().preemptDelayInStrictMode(f.name, f.name));
        delay = undefined;
      }
      if (delay && nopreempt) {
        report(delay, msg().preemptDelayWithNopreempt(f.name, f.name));
      }
    }
  },
  fixes(diag, ctx) {
    for (const f of instances(ctx.doc)) {
      const s = f.stmt.children.find((c) => c.order === diag.data?.order);
      const edit = s && deleteStatement(s, ctx.files);
      if (edit) return [{ title: msg().removeIgnoredPreemptKeyword(s.keyword.text), isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
