// No (valid) lb_algo: keepalived picks wlc and says so.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange } from './facts';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

export const vsNoScheduler: Rule = {
  code: 'vs-no-scheduler',
  blockLocal: true,
  severity: 'warning',
  title: 'A virtual_server without lb_algo (keepalived defaults to wlc).',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  lb_kind DR\n  real_server 192.0.2.21 80 {\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (vs.scheduler || !vs.realServers.length) continue;
      ctx.report({
        message: msg().vsNoScheduler(vs.stmt.args.map((a) => a.text).join(' '), vs.label.replace(':none:', ':udp:')),
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
      { title: msg().addLbAlgoWlc(), isPreferred: true, edits: [insertInBlock(p, [`lb_algo wlc`], ctx.files)] },
      { title: msg().addLbAlgoRr(), edits: [insertInBlock(p, [`lb_algo rr`], ctx.files)] },
    ];
  },
};
