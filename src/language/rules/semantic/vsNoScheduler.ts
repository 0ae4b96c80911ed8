// No (valid) lb_algo: keepalived picks wlc and says so.
import { msg } from '../../i18n';
import { missingVsSettingRule, vsWords } from './vsMissingSetting';

export const vsNoScheduler = missingVsSettingRule({
  code: 'vs-no-scheduler',
  severity: 'warning',
  title: 'A virtual_server without lb_algo (keepalived defaults to wlc).',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  lb_kind DR\n  real_server 192.0.2.21 80 {\n    TCP_CHECK {\n      connect_timeout 3\n    }\n  }\n}',
  finding: (vs) => (vs.scheduler || !vs.realServers.length ? undefined : { message: msg().vsNoScheduler(vsWords(vs), vs.label.replace(':none:', ':udp:')) }),
  choices: () => [
    { title: msg().addLbAlgoWlc(), line: 'lb_algo wlc', isPreferred: true },
    { title: msg().addLbAlgoRr(), line: 'lb_algo rr' },
  ],
});
