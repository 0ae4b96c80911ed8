// The picture of the walkthrough's traffic step (media/topology.svg): the namespace lab's hosts and
// VIP (the names and addresses every other walkthrough diagram uses) in the state the step expects
// — lb1 MASTER holding the VIP, lb2 BACKUP, both real servers ready and in IPVS, 20 requests shared
// round robin. An illustration, and its header says so; scripts/gen-topology-media.mjs writes it and
// a test checks that the committed file is what the renderer draws now.
import { Inventory, LabHost } from '../inventory/types';
import { NSLAB_HOSTS, NSLAB_PREFIX, NSLAB_VIP } from '../nslab/layout';
import { parseIpvsList } from '../topology/parsers/ipvsadm';
import { HostState, LabState, summarize } from '../topology/reader';
import { Lang } from './topologyStrings';
import { renderTopologySvg, TopologyInput } from './topologyPicture';

export function exampleInventory(): Inventory {
  const hosts: LabHost[] = NSLAB_HOSTS.map((h) => ({
    name: h.name, role: h.role, address: h.address, interface: 'eth0', ssh: {},
    ...(h.role === 'director' ? { director: h.name === 'lb1' ? { state: 'MASTER' as const, priority: 150 } : { state: 'BACKUP' as const, priority: 100 } } : {}),
  }));
  return {
    file: '',
    name: 'lab',
    hosts,
    service: {
      vips: [{ address: NSLAB_VIP, prefix: NSLAB_PREFIX }],
      port: 80, protocol: 'TCP', scheduler: 'rr', forwarding: 'DR',
      vrrp: { vrid: 51, advertInt: 1, instance: 'VI_1', unicast: false },
    },
  };
}

export function exampleInput(): TopologyInput {
  const inv = exampleInventory();
  const reals = inv.hosts.filter((h) => h.role === 'real');
  const table = parseIpvsList([`TCP  ${NSLAB_VIP}:80 rr`, ...reals.map((r) => `  -> ${r.address}:80              Route   1      0          10`)].join('\n') + '\n');
  const hosts: HostState[] = inv.hosts.map((h) => {
    const base = { name: h.name, role: h.role, address: h.address, reachable: true, durationMs: 40 };
    if (h.role === 'director') {
      const master = h.director?.state === 'MASTER';
      return {
        ...base,
        director: {
          keepalived: { running: true, pid: 100, vrrpOnly: false },
          instances: [{ name: 'VI_1', state: master ? 'MASTER' as const : 'BACKUP' as const, priority: h.director?.priority, source: 'json' as const }],
          vips: [{ address: NSLAB_VIP, prefix: NSLAB_PREFIX, present: master, ...(master ? { actualPrefix: NSLAB_PREFIX, interface: 'eth0' } : {}) }],
          holdsVip: master,
          ipvs: { available: true as const, table },
          recentTransitions: [],
        },
      };
    }
    if (h.role === 'real') {
      return {
        ...base,
        real: {
          vipsOnLo: [{ address: NSLAB_VIP, prefix: NSLAB_PREFIX, present: true, actualPrefix: 32, interface: 'lo' }],
          vipPrefixProblems: [], arp: { allIgnore: 1, allAnnounce: 2 }, arpOk: true, nginxRunning: true,
          http: { url: `http://${h.address}:80/`, status: 200 },
        },
      };
    }
    return { ...base, client: { vipChecks: [{ url: `http://${NSLAB_VIP}:80/`, status: 200 }] } };
  });
  const state: LabState = { ...summarize(inv, hosts, 0), readAt: new Date(0), durationMs: 0 };
  return { inventory: inv, state, traffic: { requests: 20, answered: 20, byHost: Object.fromEntries(reals.map((r) => [r.name, 10])) } };
}

const HEADER: Record<Lang, string[]> = {
  en: ['An illustration of what the traffic step expects: lb1 is MASTER and holds the VIP,', '20 requests go round robin to web1 and web2.', 'The command Show Topology Picture draws your own lab live.'],
  ru: ['Иллюстрация того, что ожидает шаг с трафиком: lb1 в MASTER держит VIP,', '20 запросов по очереди (rr) уходят на web1 и web2.', 'Команда «Показать схему топологии» рисует вашу лабораторию вживую.'],
};

/** media/topology.svg as the renderer draws it now. */
export function exampleSvg(lang: Lang = 'en'): string {
  return renderTopologySvg(exampleInput(), { lang, theme: 'css', header: HEADER[lang] });
}
