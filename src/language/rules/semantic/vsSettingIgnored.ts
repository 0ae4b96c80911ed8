// Virtual server settings keepalived changes after parsing because they cannot work together.
import { Rule } from '../rule';
import { headerRange, intValue, kids } from './facts';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

export const vsSettingIgnored: Rule = {
  code: 'vs-setting-ignored',
  blockLocal: true,
  severity: 'warning',
  title: 'ops without UDP, ha_suspend on a fwmark service, or an address service without port or persistence.',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  lb_algo rr\n  lb_kind DR\n  ops\n  real_server 192.0.2.21 80 {\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (!vs.realServers.length) continue;
      const label = vs.label.replace(':none:', ':udp:');
      const ha = kids(vs.stmt, 'ha_suspend')[0];
      if (ha && vs.form === 'fwmark') {
        ctx.report({ message: msg().haSuspendWithFwmark(label), file: ha.file, range: ha.range, tags: ['unnecessary'] });
      }
      if (vs.form !== 'address') continue;
      const ops = kids(vs.stmt, 'ops')[0];
      const proto = vs.protocol?.args[0].text.toUpperCase() ?? 'UDP';
      if (ops && proto !== 'UDP') {
        ctx.report({ message: msg().opsRequiresUdp(label), file: ops.file, range: ops.range, tags: ['unnecessary'] });
      }
      const persistence = intValue(kids(vs.stmt, 'persistence_timeout').pop()?.args[0]);
      if (!vs.port && !persistence) {
        ctx.report({
          message: msg().vsWithoutPortNotPersistent(vs.stmt.args[0].text, label),
          file: vs.stmt.file,
          range: headerRange(vs.stmt),
        });
      }
    }
  },
};
