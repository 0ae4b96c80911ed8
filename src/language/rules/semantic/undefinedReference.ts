// A name that refers to nothing: a typo, or an object that was never defined. keepalived drops the
// reference (see each kind's effect); the fix offers the closest defined names.
import { Rule } from '../rule';
import { closest } from '../../util/strings';
import { describe, resolve } from './referenceFacts';
import { msg } from '../../i18n';

export const undefinedReference: Rule = {
  code: 'undefined-reference',
  severity: 'error',
  title: 'A track_script / track_file / track_process / track_bfd / group member / virtual_server group / checker reference to a name that is not defined.',
  example: 'vrrp_instance VI_1 {\n  track_script {\n    chk_ngnix\n  }\n}',
  check(ctx) {
    for (const ref of ctx.model.references) {
      const info = describe(ref);
      if (resolve(ctx.model, info).all.length) continue;
      const names = [...new Set(ctx.model.ofKind(ref.kind).map((o) => o.name))];
      const suggestions = closest(ref.name, names);
      ctx.report({
        message: msg().undefinedReference(info.noun, ref.name, info.effect, info.said ? msg().andReports(info.said) : '', (suggestions.length ? msg().didYouMean(suggestions.map((s) => `'${s}'`).join(msg().didYouMeanOr())) : '')),
        file: ref.token.file,
        range: ref.token.range,
        data: { suggestions },
      });
    }
  },
  fixes(diag) {
    const suggestions = (diag.data?.suggestions as string[] | undefined) ?? [];
    return suggestions.map((s, i) => ({ title: msg().changeToName(s), isPreferred: i === 0 && suggestions.length === 1, edits: [{ file: diag.file, range: diag.range, newText: s }] }));
  },
};
