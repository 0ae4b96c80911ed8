// An IP:port virtual_server without `protocol` becomes a UDP service: TCP traffic (HTTP!) to the
// VIP is then not balanced at all.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange } from './facts';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

const TCP_CHECKERS = new Set(['HTTP_GET', 'SSL_GET', 'TCP_CHECK', 'SMTP_CHECK']);

export const vsNoProtocol: Rule = {
  code: 'vs-no-protocol',
  blockLocal: true,
  severity: 'warning',
  title: 'A virtual_server (IP and port) without protocol, which keepalived makes UDP.',
  example: 'virtual_server 192.0.2.10 80 {\n  lb_algo rr\n  lb_kind DR\n  real_server 192.0.2.21 80 {\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (vs.form !== 'address' || vs.protocol || !vs.realServers.length) continue;
      const tcpish = vs.realServers.some((rs) => rs.stmt.children.some((c) => TCP_CHECKERS.has(c.keyword.text))) || [80, 443].includes(vs.port);
      ctx.report({
        message: msg().vsNoProtocol(vs.stmt.args.map((a) => a.text).join(' '), vs.label, tcpish ? msg().tcpNotBalanced() : msg().addIntendedProtocol()),
        severity: tcpish ? 'error' : undefined,
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
      { title: msg().addProtocolTcp(), isPreferred: true, edits: [insertInBlock(p, ['protocol TCP'], ctx.files)] },
      { title: msg().addProtocolUdp(), edits: [insertInBlock(p, ['protocol UDP'], ctx.files)] },
    ];
  },
};
