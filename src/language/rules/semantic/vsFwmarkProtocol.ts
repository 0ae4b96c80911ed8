// A firewall-mark service matches packets by mark, not by protocol; keepalived drops the protocol.
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

export const vsFwmarkProtocol: Rule = {
  code: 'vs-fwmark-protocol',
  severity: 'warning',
  title: 'protocol in a fwmark virtual_server (ignored).',
  example: 'virtual_server fwmark 1 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (vs.form !== 'fwmark' || !vs.protocol || !vs.realServers.length) continue;
      ctx.report({
        message: msg().vsFwmarkProtocol(vs.stmt.args[1]?.text ?? '', vs.label),
        file: vs.protocol.file,
        range: vs.protocol.range,
        tags: ['unnecessary'],
        data: { order: vs.protocol.order },
      });
    }
  },
  fixes(diag, ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      const edit = vs.protocol?.order === diag.data?.order ? deleteStatement(vs.protocol!, ctx.files) : undefined;
      if (edit) return [{ title: msg().removeProtocolLine(), isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
