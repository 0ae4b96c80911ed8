// An instance without a valid virtual_router_id stops keepalived's whole VRRP set-up.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { instances } from './facts';
import { msg } from '../../i18n';

export const vridRequired: Rule = {
  code: 'vrid-required',
  severity: 'error',
  title: 'A vrrp_instance without a valid virtual_router_id.',
  example: 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_ipaddress {\n    192.0.2.10\n  }\n}',
  check(ctx) {
    const used = new Set(instances(ctx.doc).map((f) => f.vrid));
    for (const f of instances(ctx.doc)) {
      if (f.vrid !== undefined) continue;
      const invalid = f.stmt.children.some((c) => c.status === 'known' && c.keyword.text === 'virtual_router_id');
      let free = 51;
      while (used.has(free) && free < 255) free++;
      ctx.report({
        message: msg().vridRequired(f.name, invalid ? msg().validQualifier() : '', f.name),
        file: f.stmt.file,
        range: f.header,
        data: { insert: invalid ? undefined : blockInsertPoint(f.stmt), vrid: free },
      });
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    if (!p) return [];
    const line = `virtual_router_id ${String(diag.data?.vrid)}`;
    return [{ title: msg().addVridLine(line), isPreferred: true, edits: [insertInBlock(p, [line], ctx.files)] }];
  },
};
