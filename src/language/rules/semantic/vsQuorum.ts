// quorum above the sum of the real servers' weights can never be reached; keepalived lowers it.
import { Rule } from '../rule';
import { intValue, kids } from './facts';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

export const vsQuorum: Rule = {
  code: 'vs-quorum',
  blockLocal: true,
  severity: 'warning',
  title: 'quorum higher than the total weight of the real servers, or hysteresis not below quorum.',
  example: 'virtual_server 192.0.2.10 80 {\n  quorum 5\n  real_server 192.0.2.21 80 {\n    weight 1\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (!vs.realServers.length) continue;
      const qs = kids(vs.stmt, 'quorum').pop();
      const q = intValue(qs?.args[0]);
      let quorum = q !== undefined && q >= 1 ? q : 1;
      const total = vs.realServers.reduce((n, rs) => n + rs.weight, 0);
      // The default quorum is 1, so all-zero weights trip this too.
      if (quorum > total) {
        ctx.report({
          message: msg().quorumAboveTotalWeight(quorum, total, quorum, vs.label, total, total),
          file: (qs ?? vs.stmt).file,
          range: qs?.range ?? vs.stmt.keyword.range,
        });
        quorum = total;
      }
      const hs = kids(vs.stmt, 'hysteresis').pop();
      const h = intValue(hs?.args[0]);
      if (hs && h !== undefined && h >= 0 && h >= quorum) {
        ctx.report({
          message: msg().hysteresisNotBelowQuorum(h, quorum, vs.label, h, quorum, quorum - 1),
          file: hs.file,
          range: hs.range,
        });
      }
    }
  },
};
