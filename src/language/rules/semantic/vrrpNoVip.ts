// An instance without virtual_ipaddress fails over nothing (and is refused in strict mode / VRRPv3).
import { Rule } from '../rule';
import { effectiveVersion, globalFacts, instances, isKnown } from './facts';
import { msg } from '../../i18n';

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
          ? msg().vrrpOtherFamilyVipsDropped(f.name, f.family, other, f.name, required ? 'required' : 'sensible', required ? msg().andDoesNotStartVrrp() : msg().andFailoverMovesNoAddress(), other)
          : required
          ? msg().noVipInStrictMode(f.name, f.strict ? msg().strictModeWords() : `VRRP version 3`, f.name)
          : msg().noVipSpecified(f.name, f.name),
        severity: required ? 'error' : undefined,
        file: f.stmt.file,
        range: f.header,
      });
    }
  },
};
