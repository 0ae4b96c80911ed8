// A vrrp_script without `script` is removed by keepalived, so every track_script naming it fails too.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange, kids, roots } from './facts';

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
        message: `vrrp_script ${name} has no 'script' line; keepalived reports "No script set for vrrp_script ${name} - removing"${refs.length ? ', so tracking it fails as well ("track script ... not found")' : ''}.`,
        file: s.file,
        // keepalived reports it at the block's '}', so the range ends there.
        range: s.range,
        data: { insert: blockInsertPoint(s) },
      });
      for (const r of refs) {
        if (r.statement.order < s.order) continue; // defined later: the ordering rule says so
        const owner = r.statement.parent?.args[0]?.text ?? '';
        ctx.report({
          message: `vrrp_script ${name} has no 'script' line and is removed, so keepalived reports "(${owner}) track script ${name} not found, ignoring..." here.`,
          file: r.token.file,
          range: r.token.range,
          related: [{ file: s.file, range: headerRange(s), message: 'the vrrp_script without a script' }],
        });
      }
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    if (!p) return [];
    return [{ title: "Add a script line (edit the command)", edits: [insertInBlock(p, ['script "/usr/bin/pgrep -x nginx"'], ctx.files)] }];
  },
};
