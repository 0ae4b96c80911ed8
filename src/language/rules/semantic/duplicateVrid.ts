// Two instances with the same VRID on the same interface and family see each other's adverts as
// their own router's: keepalived refuses the configuration ("... both use VRID N ...").
import { Rule } from '../rule';
import { InstanceFacts, instances } from './facts';
import { msg } from '../../i18n';

function ifname(f: InstanceFacts): string | undefined {
  return f.interfaceStmt?.args[0]?.text;
}

function conflict(a: InstanceFacts, b: InstanceFacts): boolean {
  if (a.vrid === undefined || a.vrid !== b.vrid || (a.family ?? 4) !== (b.family ?? 4)) return false;
  const ua = a.unicastPeers.length > 0;
  const ub = b.unicastPeers.length > 0;
  // Unicast and multicast are separate VRID spaces.
  if (ua !== ub) return false;
  if (!ua) {
    const ma = a.stmt.children.find((c) => c.keyword.text === 'mcast_dst_ip')?.args[0]?.text;
    const mb = b.stmt.children.find((c) => c.keyword.text === 'mcast_dst_ip')?.args[0]?.text;
    return ifname(a) !== undefined && ifname(a) === ifname(b) && ma === mb;
  }
  if (ifname(a) && ifname(b) && ifname(a) !== ifname(b)) return false;
  const sa = a.unicastSrc?.args[0]?.text;
  const sb = b.unicastSrc?.args[0]?.text;
  if (sa && sb && sa !== sb) return false;
  if ((!sa || !sb) && ifname(a) !== ifname(b)) return false;
  const peers = new Set(a.unicastPeers.map((p) => p.tokens[0]?.text));
  return b.unicastPeers.some((p) => peers.has(p.tokens[0]?.text));
}

export const duplicateVrid: Rule = {
  code: 'duplicate-vrid',
  severity: 'error',
  title: 'Two vrrp_instances with the same virtual_router_id on the same interface and address family.',
  example: 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n}\nvrrp_instance VI_2 {\n  interface eth0\n  virtual_router_id 51\n}',
  check(ctx) {
    const all = instances(ctx.doc);
    const used = new Set(all.map((f) => f.vrid));
    // Only instances with the same VRID and family can conflict: group them first, and report each
    // instance once (against the first instance it clashes with), so a file with thousands of
    // instances stays linear in its findings.
    const groups = new Map<string, InstanceFacts[]>();
    for (const f of all) {
      if (f.vrid === undefined) continue;
      const key = `${f.vrid}/${f.family ?? 4}`;
      const g = groups.get(key);
      if (g) g.push(f);
      else groups.set(key, [f]);
    }
    const reported = new Set<InstanceFacts>();
    const report = (self: InstanceFacts, other: InstanceFacts, first: InstanceFacts, later: boolean) => {
      if (reported.has(self)) return;
      reported.add(self);
      const a = first === self ? self : other;
      const b = first === self ? other : self;
      const fam = a.family ?? 4;
      const said = a.unicastPeers.length
        ? `(${a.name}) duplicate VRID conflict with ${b.name} VRID ${a.vrid}`
        : `${a.name} and ${b.name} both use VRID ${a.vrid} with IPv${fam} on interface ${ifname(a)}`;
      let free = 1;
      while (used.has(free) && free < 255) free++;
      ctx.report({
        message: msg().duplicateVrid(self.name, other.name, a.vrid, fam, ifname(self) ?? msg().sameSource(), said),
        file: self.vridStmt!.file,
        range: self.vridStmt!.args[0].range,
        related: [{ file: other.vridStmt!.file, range: other.vridStmt!.range, message: msg().usesSameVrid(other.name) }],
        data: later ? { free } : undefined,
      });
    };
    for (const group of groups.values()) {
      for (let j = 1; j < group.length; j++) {
        const b = group[j];
        const a = group.slice(0, j).find((x) => conflict(x, b));
        if (!a) continue;
        report(a, b, a, false);
        report(b, a, a, true);
      }
    }
  },
  fixes(diag) {
    const free = diag.data?.free as number | undefined;
    if (!free) return [];
    return [{ title: msg().changeToUnusedVrid(free), isPreferred: false, edits: [{ file: diag.file, range: diag.range, newText: String(free) }] }];
  },
};
