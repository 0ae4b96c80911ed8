// Names with a length limit in the keyword table (process names are cut to 15 characters).
import { Rule } from '../rule';
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { msg } from '../../i18n';

/** auth_pass has its own rule (auth-pass-truncated); digest is checked as hex. */
const OWN_RULES = new Set(['auth_pass', 'digest']);

function hasMaxLength(kw: KeywordSchema): boolean {
  return typeof kw.max_length === 'number' && !OWN_RULES.has(kw.name);
}

export const valueTooLong: Rule = {
  code: 'value-too-long',
  blockLocal: true,
  severity: 'warning',
  title: 'A value longer than keepalived keeps (e.g. process names over 15 characters are truncated).',
  example: 'global_defs {\n  vrrp_process_name keepalived_vrrp_main\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(hasMaxLength)) {
      const kw = s.schema!;
      const max = kw.max_length;
      const t = s.args[0];
      if (typeof max !== 'number' || !t || OWN_RULES.has(kw.name) || t.text.length <= max) continue;
      const kept = t.text.slice(0, max);
      ctx.report({
        message: msg().valueTooLong(kw.name, t.text.length, max, kept),
        file: t.file,
        range: t.range,
        data: { replacement: kept },
      });
    }
  },
  fixes(diag) {
    const kept = diag.data?.replacement;
    if (typeof kept !== 'string') return [];
    return [{ title: msg().shortenValue(kept), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: kept }] }];
  },
};
