// keepalived.conf for every director of an active-active layout from the planner: one VRRP
// instance per VIP the director takes part in (MASTER or BACKUP, with the planned priority)
// and a DR virtual_server for each of those VIPs.
import { isIpv4 } from '../shell';
import { hostsByRole, Inventory } from '../inventory/types';
import { PlanSuccess } from '../planner/planner';
import { CHECK_SCRIPT_NAME, globalDefsWithCheck } from './director';
import type { Lang } from '../../language/i18n';

// Why the plan's addresses cannot be chosen, in each UI language (ru has en's type).
const enAddr = {
  notIpv4: (first: string): string => `Only IPv4 VIPs can be allocated automatically (the lab's VIP is ${first}).`,
  noRoom: (net: string, prefix: number, count: number, first: string): string => `The ${net}/${prefix} network has no room for ${count} VIPs after ${first}.`,
  vridRange: (count: number, from: number, to: number): string => `${count} VIPs need VRIDs ${from}-${to}, beyond 255: lower the lab's VRID.`,
  tooMany: 'Example addresses cover up to 9 directors and 99 VIPs; give a lab file for more.',
};
const ruAddr: typeof enAddr = {
  notIpv4: (first) => `Адреса для VIP выбираются автоматически только в IPv4 (VIP лаборатории — ${first}).`,
  noRoom: (net, prefix, count, first) => `В сети ${net}/${prefix} нет места для ${count} VIP после ${first}.`,
  vridRange: (count, from, to) => `Для ${count} VIP нужны VRID ${from}-${to}, а это больше 255: уменьшите VRID лаборатории.`,
  tooMany: 'Примерные адреса рассчитаны не более чем на 9 директоров и 99 VIP; для большего укажите файл лаборатории.',
};
export const ADDRESSING_TEXTS: Record<Lang, typeof enAddr> = { en: enAddr, ru: ruAddr };

export interface ActiveActiveAddressing {
  lab: string;
  directors: { name: string; address: string; interface: string }[];
  reals: string[];
  vips: string[];
  vipPrefix: number;
  port: number;
  protocol: string;
  scheduler: string;
  forwarding: string;
  /** VRID of the first VIP; the others follow. */
  vridBase: number;
  advertInt: number;
  auth?: { type: string; pass: string };
}

export interface GeneratedConfig {
  host: string;
  config: string;
}

function ipv4ToInt(a: string): number {
  return a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
}

function intToIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** `count` addresses for VIPs: the lab's VIP first, then the next free ones of its subnet. */
export function vipAddresses(first: string, prefix: number, count: number, taken: string[], lang?: Lang): string[] {
  const t = ADDRESSING_TEXTS[lang ?? 'en'];
  if (!isIpv4(first)) throw new Error(t.notIpv4(first));
  const size = 2 ** (32 - Math.min(prefix, 30));
  const base = ipv4ToInt(first) - (ipv4ToInt(first) % size);
  const used = new Set(taken);
  const out = [first];
  for (let n = ipv4ToInt(first) + 1; out.length < count && n < base + size - 1; n++) {
    const a = intToIpv4(n);
    if (!used.has(a)) out.push(a);
  }
  if (out.length < count) throw new Error(t.noRoom(intToIpv4(base), prefix, count, first));
  return out;
}

/** Addresses of the plan taken from a lab: its directors, real servers, VIP and VRRP settings. */
export function addressingFromInventory(inv: Inventory, vipCount: number, lang?: Lang): ActiveActiveAddressing {
  const directors = hostsByRole(inv, 'director');
  const vip = inv.service.vips[0];
  const taken = inv.hosts.map((h) => h.address).concat(inv.service.vips.map((v) => v.address));
  if (inv.service.vrrp.vrid + vipCount - 1 > 255) throw new Error(ADDRESSING_TEXTS[lang ?? 'en'].vridRange(vipCount, inv.service.vrrp.vrid, inv.service.vrrp.vrid + vipCount - 1));
  return {
    lab: inv.name,
    directors: directors.map((d) => ({ name: d.name, address: d.address, interface: d.interface })),
    reals: hostsByRole(inv, 'real').map((r) => r.address),
    vips: vipAddresses(vip.address, vip.prefix, vipCount, taken, lang),
    vipPrefix: vip.prefix,
    port: inv.service.port,
    protocol: inv.service.protocol,
    scheduler: inv.service.scheduler,
    forwarding: inv.service.forwarding,
    vridBase: inv.service.vrrp.vrid,
    advertInt: inv.service.vrrp.advertInt,
    ...(inv.service.vrrp.auth ? { auth: inv.service.vrrp.auth } : {}),
  };
}

/**
 * The addresses a plan is drawn and generated with: the lab's own when the lab has exactly the
 * plan's number of directors, the documentation range otherwise. Throws when they do not fit.
 */
export function planAddressing(p: PlanSuccess, inv: Inventory | undefined): ActiveActiveAddressing {
  const labDirectors = inv ? hostsByRole(inv, 'director').length : 0;
  return inv && labDirectors === p.input.directors ? addressingFromInventory(inv, p.vips) : documentationAddressing(p.input.names, p.vips);
}

/** Addresses from the documentation range for a plan without a lab (198.51.100.0/24). */
export function documentationAddressing(names: string[], vipCount: number, lang?: Lang): ActiveActiveAddressing {
  if (names.length > 9 || vipCount > 99) throw new Error(ADDRESSING_TEXTS[lang ?? 'en'].tooMany);
  return {
    lab: 'example',
    directors: names.map((name, i) => ({ name, address: `198.51.100.${11 + i}`, interface: 'eth0' })),
    reals: ['198.51.100.21', '198.51.100.22'],
    vips: Array.from({ length: vipCount }, (_, i) => `198.51.100.${101 + i}`),
    vipPrefix: 24,
    port: 80,
    protocol: 'TCP',
    scheduler: 'rr',
    forwarding: 'DR',
    vridBase: 51,
    advertInt: 1,
    auth: { type: 'PASS', pass: 'labpass' },
  };
}

/** The configs of every director for the plan. */
export function generateActiveActive(p: PlanSuccess, a: ActiveActiveAddressing): GeneratedConfig[] {
  if (a.directors.length !== p.input.directors) throw new Error(`The plan is for ${p.input.directors} directors, the addresses name ${a.directors.length}.`);
  if (a.vips.length < p.vips) throw new Error(`The plan needs ${p.vips} VIPs, only ${a.vips.length} addresses were given.`);
  return a.directors.map((d, di) => {
    const mine = p.layout.filter((x) => x.order.includes(di));
    const lines: string[] = [
      `# keepalived.conf for ${d.name}: active-active layout of ${p.vips} VIPs planned by keepalived-lab for ${a.lab}.`,
      `# MASTER for ${mine.filter((x) => x.order[0] === di).map((x) => a.vips[x.vip - 1]).join(', ') || 'none'}; BACKUP for ${mine.filter((x) => x.order[0] !== di).map((x) => a.vips[x.vip - 1]).join(', ') || 'none'}.`,
      ...globalDefsWithCheck(d.name),
    ];
    for (const x of mine) {
      const pos = x.order.indexOf(di);
      lines.push(
        '',
        `vrrp_instance VI_${x.vip} {`,
        `    state ${pos === 0 ? 'MASTER' : 'BACKUP'}`,
        `    interface ${d.interface}`,
        `    virtual_router_id ${a.vridBase + x.vip - 1}`,
        `    priority ${x.priorities[pos]}`,
        `    advert_int ${a.advertInt}`,
      );
      if (a.auth) lines.push('    authentication {', `        auth_type ${a.auth.type}`, `        auth_pass ${a.auth.pass}`, '    }');
      lines.push('    virtual_ipaddress {', `        ${a.vips[x.vip - 1]}/${a.vipPrefix} dev ${d.interface}`, '    }', '    track_script {', `        ${CHECK_SCRIPT_NAME}`, '    }', '}');
    }
    for (const x of mine) {
      lines.push('', `virtual_server ${a.vips[x.vip - 1]} ${a.port} {`, '    delay_loop 2', `    lb_algo ${a.scheduler}`, `    lb_kind ${a.forwarding}`, `    protocol ${a.protocol}`);
      for (const r of a.reals) {
        lines.push(`    real_server ${r} ${a.port} {`, '        weight 1');
        if (a.protocol === 'TCP') lines.push('        TCP_CHECK {', '            connect_timeout 2', '        }');
        lines.push('    }');
      }
      lines.push('}');
    }
    return { host: d.name, config: lines.join('\n') + '\n' };
  });
}

/** What every real server needs for the plan: all VIPs on lo as /32, ARP settings for DR. */
export function realServerScript(a: ActiveActiveAddressing, count: number): string {
  return [
    '#!/bin/sh',
    `# Real server setup for the active-active layout of ${a.lab}: every VIP on lo as a host address.`,
    'set -e',
    'sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.lo.arp_ignore=1 net.ipv4.conf.lo.arp_announce=2',
    ...a.vips.slice(0, count).map((v) => `ip addr replace ${v}/32 dev lo`),
    '',
  ].join('\n');
}
