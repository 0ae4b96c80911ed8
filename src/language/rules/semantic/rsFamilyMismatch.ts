// IPVS forwards within one address family (except tunnelling): keepalived skips a real server
// whose family differs from the virtual server's.
import { Rule } from '../rule';
import { unreadableRealServer } from './realServersKept';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

export const rsFamilyMismatch: Rule = {
  code: 'rs-family-mismatch',
  blockLocal: true,
  severity: 'error',
  title: 'A real_server of another address family than its virtual_server (not tunnelled).',
  example: 'virtual_server 192.0.2.10 80 {\n  real_server 2001:db8::21 80 {\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      let family = vs.family;
      for (const rs of vs.realServers) {
        // A real server keepalived cannot read is skipped before its family is looked at.
        if (!rs.family || unreadableRealServer(rs)) continue;
        // Tunnelled real servers may differ; at the real server's end keepalived knows only its own
        // lvs_method or the virtual server's lb_kind read before it.
        const vsMethodSoFar = vs.method && vs.method.order < rs.stmt.order ? vs.method.args[0].text : undefined;
        if ((rs.ownMethod ?? vsMethodSoFar) === 'TUN') continue;
        if (!family) {
          family = rs.family;
          continue;
        }
        if (rs.family === family) continue;
        ctx.report({
          message: msg().rsFamilyMismatch(rs.addr, rs.family, family, rs.addr),
          file: rs.stmt.file,
          // keepalived reports it at the real_server's '}', so the range ends there.
          range: rs.stmt.range,
        });
      }
    }
  },
};
