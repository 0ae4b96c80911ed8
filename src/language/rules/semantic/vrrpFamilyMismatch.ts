// An instance is IPv4 or IPv6, decided by the first address it reads; keepalived drops
// addresses of the other family (one instance per family is needed for dual stack).
import { Rule } from '../rule';
import { Token } from '../../types';
import { Family, instances, ipFamily, isKnown } from './facts';
import { msg } from '../../i18n';

const WHAT: Record<string, string> = {
  virtual_ipaddress: 'VIP',
  unicast_peer: 'unicast peer',
  unicast_src_ip: 'source address',
  mcast_src_ip: 'source address',
};

export const vrrpFamilyMismatch: Rule = {
  code: 'vrrp-family-mismatch',
  severity: 'error',
  title: 'An IPv6 address in an IPv4 instance or the other way round.',
  example: 'vrrp_instance VI_1 {\n  virtual_ipaddress {\n    192.0.2.10\n    2001:db8::10\n  }\n}',
  check(ctx) {
    for (const f of instances(ctx.doc)) {
      let family: Family | undefined;
      let first: Token | undefined;
      const see = (t: Token | undefined, kw: string) => {
        const fam = ipFamily(t?.text);
        if (!t || !fam) return;
        if (!family) {
          family = fam;
          first = t;
          return;
        }
        if (fam === family) return;
        const said = kw === 'virtual_ipaddress'
          ? `(${f.name}): address family must match VRRP instance [${t.text}] - ignoring`
          : `Configuration error: VRRP instance[${f.name}] and ${kw === 'unicast_peer' ? 'unicast peer address' : 'src address'}[${t.text}] MUST be of the same family !!! Skipping...`;
        ctx.report({
          message: msg().vrrpFamilyMismatch(f.name, family, first!.text, first!.range.start.line + 1, fam, WHAT[kw], said, fam),
          file: t.file,
          range: t.range,
          related: [{ file: first!.file, range: first!.range, message: msg().addressSetsFamily(f.name, family) }],
        });
      };
      for (const c of f.stmt.children) {
        if (!isKnown(c)) continue;
        const kw = c.keyword.text;
        if (kw === 'virtual_ipaddress' || kw === 'unicast_peer') for (const it of c.items) see(it.tokens[0], kw);
        else if (kw === 'unicast_src_ip' || kw === 'mcast_src_ip') see(c.args[0], kw);
        else if (kw === 'mcast_dst_ip' && !family) see(c.args[0], kw);
      }
    }
  },
};
