// Scheduler flags (hashed, sh-port, sh-fallback, mh-port, mh-fallback) are checked against the
// lb_algo read SO FAR: before `lb_algo sh` they are rejected, with another scheduler they do nothing.
import { Statement } from '../../ast';
import { statementIndex } from '../../statementIndex';
import { Rule } from '../rule';
import { deleteStatement, statementLines } from './edits';
import { roots } from './facts';
import { msg } from '../../i18n';

const FLAGS = new Set(['hashed', 'sh-port', 'sh-fallback', 'mh-port', 'mh-fallback']);
const VALID = new Set(['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos']);

export const vsSchedulerFlags: Rule = {
  code: 'vs-scheduler-flag',
  severity: 'error',
  title: 'hashed / sh-* / mh-* flags without (or before) the sh or mh scheduler.',
  example: 'virtual_server 192.0.2.10 80 {\n  sh-port\n  lb_algo sh\n}',
  check(ctx) {
    const index = statementIndex(ctx.doc);
    const withFlags = new Set<Statement>();
    for (const flag of FLAGS) for (const s of index.named(flag)) if (s.parent) withFlags.add(s.parent);
    for (const vs of roots(ctx.doc, 'virtual_server')) {
      // Only blocks with a flag can be reported here (most have none).
      if (!withFlags.has(vs)) continue;
      let sched: Statement | undefined;
      const scheds = vs.children.filter((c) => c.status === 'known' && (c.keyword.text === 'lb_algo' || c.keyword.text === 'lvs_sched') && VALID.has(c.args[0]?.text ?? ''));
      for (const c of vs.children) {
        if (c.status !== 'known') continue;
        if (scheds.includes(c)) sched = c;
        if (!FLAGS.has(c.keyword.text)) continue;
        const flag = c.keyword.text;
        const algo = sched?.args[0].text;
        const wants = flag === 'hashed' ? msg().shOrMh() : flag.slice(0, 2);
        if (algo !== 'sh' && algo !== 'mh') {
          const later = scheds.find((s) => s.order > c.order && (s.args[0].text === 'sh' || s.args[0].text === 'mh'));
          ctx.report({
            message: later
              ? msg().schedulerFlagBeforeLbAlgo(flag, later.args[0].text, later.keyword.range.start.line + 1, flag)
              : msg().schedulerFlagWrongScheduler(flag, wants, algo ? msg().notAlgo(algo) : msg().noLbAlgoBefore(), flag),
            file: c.file,
            range: c.range,
            data: { order: c.order, after: later?.order },
          });
        } else if (flag === 'hashed' || !flag.startsWith(algo)) {
          ctx.report({
            message: flag === 'hashed'
              ? msg().hashedHasNoEffect(algo)
              : msg().schedulerFlagIgnored(flag, flag.slice(0, 2), algo),
            severity: 'warning',
            file: c.file,
            range: c.range,
            tags: ['unnecessary'],
            data: { order: c.order },
          });
        }
      }
    }
  },
  fixes(diag, ctx) {
    for (const vs of roots(ctx.doc, 'virtual_server')) {
      const flag = vs.children.find((c) => c.order === diag.data?.order);
      if (!flag) continue;
      const fixes = [];
      const after = vs.children.find((c) => c.order === diag.data?.after);
      const flagLines = statementLines(flag, ctx.files);
      const afterLines = after && statementLines(after, ctx.files);
      if (flagLines && afterLines) {
        fixes.push({ title: msg().moveBelowLbAlgo(flag.keyword.text, after!.keyword.text, after!.args[0].text), isPreferred: true, edits: [
          { file: flag.file, range: { start: afterLines.range.end, end: afterLines.range.end }, newText: flagLines.text },
          { file: flag.file, range: flagLines.range, newText: '' },
        ] });
      }
      const del = deleteStatement(flag, ctx.files);
      if (del) fixes.push({ title: msg().removeSchedulerFlag(flag.keyword.text), isPreferred: !fixes.length, edits: [del] });
      return fixes;
    }
    return [];
  },
};
