// No lb_kind/lvs_method anywhere: keepalived uses NAT, which needs the director as the real
// servers' gateway. A lab with the VIP on the real servers' lo wants DR.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange } from './facts';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

export const vsNoLbKind: Rule = {
  code: 'vs-no-lb-kind',
  blockLocal: true,
  severity: 'warning',
  title: 'A virtual_server without lb_kind (keepalived defaults to NAT).',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (vs.method || !vs.realServers.some((rs) => !rs.ownMethod)) continue;
      ctx.report({
        message: msg().vsNoLbKind(vs.stmt.args.map((a) => a.text).join(' '), vs.label.replace(':none:', ':udp:')),
        file: vs.stmt.file,
        range: headerRange(vs.stmt),
        data: { insert: blockInsertPoint(vs.stmt) },
      });
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    if (!p) return [];
    return [
      { title: msg().addLbKindDr(), edits: [insertInBlock(p, ['lb_kind DR'], ctx.files)] },
      { title: msg().addLbKindNat(), edits: [insertInBlock(p, ['lb_kind NAT'], ctx.files)] },
    ];
  },
};
