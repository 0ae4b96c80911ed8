// The lab-wide findings of a state read (./reader.ts labFindings) in English and Russian. ru has
// the same keys (the type enforces it, a test checks it at run time). Host names, addresses and
// what the hosts said (SSH errors, ipvsadm's reason) are passed in as they are.
import type { Lang } from '../report/i18n';

const en = {
  unreadable: (host: string, error: string) => `${host} cannot be read: ${error}`,
  splitBrain: (hosts: string, vip: string) => `Split brain: ${hosts} both hold the VIP ${vip} (the directors do not hear each other's VRRP adverts, or keepalived was killed with -9 and left the address behind).`,
  and: ' and ',
  noHolder: (vip: string) => `No director holds the VIP ${vip}.`,
  manyMasters: (instance: string, n: number, hosts: string) => `VRRP instance ${instance} has ${n} MASTERs (${hosts}).`,
  noIpvs: (hosts: string, reason: string) => `${hosts}: ${reason}`,
  vipNotOnLo: (host: string) => `${host}: the VIP is not on lo, so with DR this real server drops the requests the director forwards.`,
  vipPrefix: (host: string, address: string, prefix: number, want: number) =>
    `${host}: The VIP ${address} is on lo as /${prefix}: on a real server it must be /${want}, otherwise lo claims the whole ${address}/${prefix} network and this host stops answering its neighbours there.`,
  arp: (host: string) => `${host}: arp_ignore/arp_announce are not 1/2, so this real server answers ARP for the VIP and steals it from the director.`,
  nginx: (host: string) => `${host}: nginx is not running.`,
};

export type FindingStrings = typeof en;

const ru: FindingStrings = {
  unreadable: (host, error) => `Не удалось прочитать ${host}: ${error}`,
  splitBrain: (hosts, vip) => `Split brain: VIP ${vip} держат сразу ${hosts} (директоры не слышат VRRP-объявлений друг друга, или keepalived был убит через kill -9 и оставил адрес).`,
  and: ' и ',
  noHolder: (vip) => `VIP ${vip} не держит ни один директор.`,
  manyMasters: (instance, n, hosts) => `У экземпляра VRRP ${instance} несколько MASTER: ${n} (${hosts}).`,
  noIpvs: (hosts, reason) => `${hosts}: ${reason}`,
  vipNotOnLo: (host) => `${host}: VIP не назначен на lo, поэтому в режиме DR этот реальный сервер отбрасывает запросы, которые ему передаёт директор.`,
  vipPrefix: (host, address, prefix, want) =>
    `${host}: VIP ${address} назначен на lo как /${prefix}; на реальном сервере нужен /${want}, иначе lo захватывает всю сеть ${address}/${prefix}, и хост перестаёт отвечать соседям в ней.`,
  arp: (host) => `${host}: arp_ignore/arp_announce не равны 1/2, поэтому этот реальный сервер отвечает на ARP-запросы о VIP и перехватывает его у директора.`,
  nginx: (host) => `${host}: nginx не запущен.`,
};

export const FINDING_STRINGS: Record<Lang, FindingStrings> = { en, ru };
