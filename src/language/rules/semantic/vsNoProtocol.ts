// An IP:port virtual_server without `protocol` becomes a UDP service: TCP traffic (HTTP!) to the
// VIP is then not balanced at all.
import { msg } from '../../i18n';
import { missingVsSettingRule, vsWords } from './vsMissingSetting';

const TCP_CHECKERS = new Set(['HTTP_GET', 'SSL_GET', 'TCP_CHECK', 'SMTP_CHECK']);

export const vsNoProtocol = missingVsSettingRule({
  code: 'vs-no-protocol',
  severity: 'warning',
  title: 'A virtual_server (IP and port) without protocol, which keepalived makes UDP.',
  example: 'virtual_server 192.0.2.10 80 {\n  lb_algo rr\n  lb_kind DR\n  real_server 192.0.2.21 80 {\n  }\n}',
  finding(vs) {
    if (vs.form !== 'address' || vs.protocol || !vs.realServers.length) return undefined;
    const tcpish = vs.realServers.some((rs) => rs.stmt.children.some((c) => TCP_CHECKERS.has(c.keyword.text))) || [80, 443].includes(vs.port);
    return {
      message: msg().vsNoProtocol(vsWords(vs), vs.label, tcpish ? msg().tcpNotBalanced() : msg().addIntendedProtocol()),
      severity: tcpish ? 'error' : undefined,
    };
  },
  choices: () => [
    { title: msg().addProtocolTcp(), line: 'protocol TCP', isPreferred: true },
    { title: msg().addProtocolUdp(), line: 'protocol UDP' },
  ],
});
