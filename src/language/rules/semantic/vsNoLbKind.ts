// No lb_kind/lvs_method anywhere: keepalived uses NAT, which needs the director as the real
// servers' gateway. A lab with the VIP on the real servers' lo wants DR.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange } from './facts';
import { virtualServers } from './vsFacts';

export const vsNoLbKind: Rule = {
  code: 'vs-no-lb-kind',
  severity: 'warning',
  title: 'A virtual_server without lb_kind (keepalived defaults to NAT).',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (vs.method || !vs.realServers.some((rs) => !rs.ownMethod)) continue;
      ctx.report({
        message: `virtual_server ${vs.stmt.args.map((a) => a.text).join(' ')} has no lb_kind; keepalived reports "Virtual server ${vs.label.replace(':none:', ':udp:')}: no forwarding method set, setting default NAT". NAT only works when the real servers route their replies back through this director; with the VIP on the real servers' loopback (direct routing) use lb_kind DR.`,
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
      { title: "Add 'lb_kind DR' (direct routing: VIP on the real servers' lo)", edits: [insertInBlock(p, ['lb_kind DR'], ctx.files)] },
      { title: "Add 'lb_kind NAT' (what keepalived uses now)", edits: [insertInBlock(p, ['lb_kind NAT'], ctx.files)] },
    ];
  },
};
