// No lb_kind/lvs_method anywhere: keepalived uses NAT, which needs the director as the real
// servers' gateway. A lab with the VIP on the real servers' lo wants DR.
import { msg } from '../../i18n';
import { missingVsSettingRule, vsWords } from './vsMissingSetting';

export const vsNoLbKind = missingVsSettingRule({
  code: 'vs-no-lb-kind',
  severity: 'warning',
  title: 'A virtual_server without lb_kind (keepalived defaults to NAT).',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n  }\n}',
  finding: (vs) => (vs.method || !vs.realServers.some((rs) => !rs.ownMethod) ? undefined : { message: msg().vsNoLbKind(vsWords(vs), vs.label.replace(':none:', ':udp:')) }),
  choices: () => [
    { title: msg().addLbKindDr(), line: 'lb_kind DR' },
    { title: msg().addLbKindNat(), line: 'lb_kind NAT' },
  ],
});
