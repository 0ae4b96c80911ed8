// Unicast keywords without any unicast_peer: keepalived falls back to multicast (deprecated) or
// resets unicast_ttl.
import { Rule } from '../rule';
import { instances, kids } from './facts';
import { msg } from '../../i18n';

export const unicastWithoutPeers: Rule = {
  code: 'unicast-without-peers',
  severity: 'warning',
  title: 'unicast_src_ip / unicast_ttl / ... in an instance without unicast_peer.',
  example: 'vrrp_instance VI_1 {\n  unicast_src_ip 192.0.2.1\n}',
  check(ctx) {
    for (const f of instances(ctx.doc)) {
      if (f.unicastPeers.length) continue;
      const ttl = kids(f.stmt, 'unicast_ttl')[0];
      if (ttl) {
        ctx.report({
          message: msg().unicastTtlWithoutPeers(f.name, f.name),
          severity: 'error',
          file: ttl.file,
          // keepalived checks this at the instance's '}' and reports that line, so the range ends there.
          range: { start: ttl.range.start, end: f.stmt.range.end },
        });
      }
      const kw = f.unicastKeywords.find((k) => k.keyword.text !== 'unicast_fault_no_peer');
      if (kw && !kids(f.stmt, 'unicast_fault_no_peer').length) {
        ctx.report({
          message: msg().unicastKeywordWithoutPeers(f.name, kw.keyword.text, f.name),
          file: kw.file,
          range: kw.range,
        });
      }
    }
  },
};
