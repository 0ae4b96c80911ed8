// keepalived looks up tracked scripts, files, processes and BFD instances while it reads the
// referencing line, so a definition further down the file is not found ("... not found, ignoring...").
// The fix moves the definition block above the block that uses it.
import { Rule } from '../rule';
import { statementLines } from './edits';
import { headerRange } from './facts';
import { describe, resolve, rootOf } from './referenceFacts';
import { msg } from '../../i18n';

export const referenceBeforeDefinition: Rule = {
  code: 'reference-before-definition',
  severity: 'error',
  title: 'A reference to a vrrp_script / track_file / vrrp_track_process / bfd_instance / track_group that is defined only further down.',
  example: 'vrrp_instance VI_1 {\n  track_script {\n    chk_nginx\n  }\n}\nvrrp_script chk_nginx {\n  script "/usr/bin/pgrep nginx"\n}',
  check(ctx) {
    for (const ref of ctx.model.references) {
      const info = describe(ref);
      if (!info.ordered) continue;
      const { all, before } = resolve(ctx.model, info);
      if (!all.length || before.length) continue;
      const def = all[0];
      const user = rootOf(ref.statement);
      ctx.report({
        message: msg().referenceBeforeDefinition(info.noun, ref.name, def.statement.file === ref.token.file ? '' : `${def.statement.file}, `, def.statement.keyword.range.start.line + 1, info.effect, info.said, info.noun, user.keyword.text),
        file: ref.token.file,
        range: ref.token.range,
        related: [{ file: def.statement.file, range: headerRange(def.statement), message: msg().definedAfterUse() }],
        data: { defOrder: def.statement.order, userOrder: user.order },
      });
    }
  },
  fixes(diag, ctx) {
    const def = ctx.doc.statements.find((s) => s.order === diag.data?.defOrder);
    const user = ctx.doc.statements.find((s) => s.order === diag.data?.userOrder);
    if (!def || !user || def.file !== user.file) return [];
    const lines = statementLines(def, ctx.files);
    const userLines = statementLines(user, ctx.files);
    if (!lines || !userLines) return [];
    const at = userLines.range.start;
    return [{
      title: msg().moveDefinitionAbove(def.keyword.text, def.args[0]?.text ?? '', user.keyword.text, user.args[0]?.text ?? '').trim(),
      isPreferred: true,
      edits: [
        { file: def.file, range: { start: at, end: at }, newText: lines.text },
        { file: def.file, range: lines.range, newText: '' },
      ],
    }];
  },
};
