// A virtual_server without real_server is dropped by keepalived.
import { Rule } from '../rule';
import { headerRange } from './facts';
import { virtualServers } from './vsFacts';

export const vsNoRealServers: Rule = {
  code: 'vs-no-real-servers',
  severity: 'error',
  title: 'A virtual_server without any real_server.',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (vs.realServers.length) continue;
      ctx.report({
        message: `virtual_server ${vs.stmt.args.map((a) => a.text).join(' ')} has no real_server; keepalived reports "Virtual server ${vs.label} has no real servers - ignoring" and does not create the service.`,
        file: vs.stmt.file,
        range: headerRange(vs.stmt),
      });
    }
  },
};
