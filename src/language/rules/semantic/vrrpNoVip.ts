// An instance without virtual_ipaddress fails over nothing (and is refused in strict mode / VRRPv3).
import { Rule } from '../rule';
import { effectiveVersion, globalFacts, instances, isKnown } from './facts';

export const vrrpNoVip: Rule = {
  code: 'vrrp-no-vip',
  severity: 'warning',
  title: 'A vrrp_instance without any virtual IP address (none written, or all of the other address family).',
  example: 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    for (const f of instances(ctx.doc)) {
      // VIPs of the other family are dropped (vrrp-family-mismatch): they do not count.
      const dropped = f.vips.filter((v) => v.family !== f.family);
      if (dropped.length < f.vips.length) continue;
      if (ctx.options.version === '2.4' && f.stmt.children.some((c) => isKnown(c) && c.keyword.text === 'no_virtual_ipaddress')) continue;
      const required = f.strict || effectiveVersion(f, g) === 3;
      const other = f.family === 4 ? 6 : 4;
      ctx.report({
        message: dropped.length
          ? `(${f.name}) is an IPv${f.family} instance, so keepalived drops its IPv${other} virtual_ipaddress entries and no VIP is left: it reports "(${f.name}) No VIP specified; at least one is ${required ? 'required' : 'sensible'}"${required ? ' and does not start VRRP at all' : ' and a failover moves no address'}. Put the IPv${other} addresses in a vrrp_instance of their own.`
          : required
          ? `(${f.name}) has no virtual_ipaddress; with ${f.strict ? 'strict mode' : 'VRRP version 3'} keepalived reports "(${f.name}) No VIP specified; at least one is required" and does not start VRRP at all.`
          : `(${f.name}) has no virtual_ipaddress, so a failover moves no address; keepalived reports "(${f.name}) No VIP specified; at least one is sensible".`,
        severity: required ? 'error' : undefined,
        file: f.stmt.file,
        range: f.header,
      });
    }
  },
};
