// Words after the ones a keyword reads: keepalived ignores them without a message,
// which is how `priority 100 / 50` silently becomes priority 100 on both directors.
import { KeywordSchema, argCount } from '../schema';
import { statementIndex } from '../statementIndex';
import { Rule } from './rule';
import { Position } from '../types';
import { msg } from '../i18n';

/** Keywords whose handlers complain about surplus words themselves (messages differ, still an error). */
const SELF_CHECKED = new Set(['notification_email_from', 'snmp_socket', 'umask', 'kernel_rx_buf_size', 'vrrp_rx_bufs_multiplier', 'snmp_name', 'reload_time_file']);

/** Keywords with a fixed number of words. Words after a block's or a list's name are the block-name rule's
 * (keepalived treats them differently); script keywords the script-arguments rule's. */
function limitsWords(kw: KeywordSchema): boolean {
  return kw.kind === 'keyword' && kw.type !== 'script' && kw.type !== 'command' && Number.isFinite(argCount(kw.args).max);
}

export const extraArguments: Rule = {
  code: 'extra-arguments',
  blockLocal: true,
  severity: 'error',
  title: 'Words after a keyword\'s arguments, which keepalived silently ignores.',
  example: 'vrrp_instance VI_1 {\n  priority 100 / 50\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(limitsWords)) {
      const kw = s.schema!;
      const { max } = argCount(kw.args);
      if (s.args.length <= max) continue;
      const used = s.args.slice(0, max);
      const extra = s.args.slice(max);
      const extraText = extra.map((t) => t.text).join(' ');
      const range = { start: extra[0].range.start, end: extra[extra.length - 1].range.end };
      let message: string;
      if (kw.name === 'priority' && s.parent?.keyword.text === 'vrrp_instance') {
        const value = used[0]?.text ?? '';
        message = msg().priorityExtraArguments(value, extraText, value);
      } else if (max === 0) {
        message = msg().keywordTakesNoValue(kw.name, extraText, SELF_CHECKED.has(kw.name) ? msg().extraArgumentsReported() : msg().extraArgumentsSilent());
      } else {
        message = msg().tooManyValues(kw.name, max === 1 ? msg().oneValue() : msg().atMostWords(max), kw.syntax, used.map((t) => t.text).join(' '), SELF_CHECKED.has(kw.name) ? 'reports' : msg().silentlyIgnores(), extraText);
      }
      ctx.report({
        message,
        file: s.file,
        range,
        tags: ['unnecessary'],
        data: { keyword: kw.name, keep: used.map((t) => t.text), extra: extra.map((t) => t.text), keepEnd: (used[used.length - 1] ?? s.keyword).range.end, valueStart: (used[0] ?? s.keyword).range.start },
      });
    }
  },
  fixes(diag) {
    const keep = (diag.data?.keep as string[] | undefined) ?? [];
    const extra = (diag.data?.extra as string[] | undefined) ?? [];
    const fixes = [
      {
        title: msg().removeExtraArguments(extra.join(' ')),
        isPreferred: true,
        edits: [{ file: diag.file, range: { start: diag.data?.keepEnd as Position, end: diag.range.end }, newText: '' }],
      },
    ];
    // For `priority A / B` offer to keep the other number instead (the value meant for the other director).
    if (diag.data?.keyword === 'priority') {
      const other = extra.find((w) => /^\d+$/.test(w));
      if (other && keep[0]) {
        fixes.push({
          title: msg().usePriorityInstead(other, keep[0]),
          isPreferred: false,
          edits: [{ file: diag.file, range: { start: diag.data?.valueStart as Position, end: diag.range.end }, newText: other }],
        });
      }
    }
    return fixes;
  },
};
