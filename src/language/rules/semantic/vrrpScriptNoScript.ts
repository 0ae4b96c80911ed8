// A vrrp_script without `script` is removed by keepalived, so every track_script naming it fails too.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange, kids, roots } from './facts';
import { msg } from '../../i18n';

export const vrrpScriptNoScript: Rule = {
  code: 'vrrp-script-no-script',
  severity: 'error',
  title: 'A vrrp_script block without a script command.',
  example: 'vrrp_script chk_nginx {\n  interval 2\n}',
  check(ctx) {
    for (const s of roots(ctx.doc, 'vrrp_script')) {
      const name = s.args[0]?.text;
      if (!name || kids(s, 'script').some((c) => c.args[0]?.text)) continue;
      const refs = ctx.model.referencesTo('vrrp_script', name);
      ctx.report({
        message: msg().vrrpScriptNoScript(name, name, refs.length ? msg().trackingFailsAsWell() : ''),
        file: s.file,
        // keepalived reports it at the block's '}', so the range ends there.
        range: s.range,
        data: { insert: blockInsertPoint(s) },
      });
      for (const r of refs) {
        if (r.statement.order < s.order) continue; // defined later: the ordering rule says so
        const owner = r.statement.parent?.args[0]?.text ?? '';
        ctx.report({
          message: msg().trackedScriptRemoved(name, owner, name),
          file: r.token.file,
          range: r.token.range,
          related: [{ file: s.file, range: headerRange(s), message: msg().vrrpScriptWithoutScript() }],
        });
      }
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    if (!p) return [];
    return [{ title: msg().addScriptLine(), edits: [insertInBlock(p, [`script "/usr/bin/pgrep -x nginx"`], ctx.files)] }];
  },
};
