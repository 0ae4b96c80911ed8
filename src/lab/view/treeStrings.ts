// Every word of the "Keepalived Lab" tree (./treeModel.ts), in English and Russian. ru has the
// same keys (the type enforces it, a test checks it at run time); names, addresses, states as
// keepalived prints them (MASTER, BACKUP) and numbers are passed in, never written here.
import type { Lang } from '../report/i18n';

const en = {
  roleTitles: { director: 'Directors', real: 'Real servers', client: 'Clients' },
  findings: 'Findings',
  couldNotRead: (why: string) => `could not read: ${why}`,
  reading: 'reading…',
  readAt: (time: string, ms: number) => `read ${time} in ${ms} ms`,
  notReadYet: 'not read yet',
  vipOn: (vip: string, holders: string) => `VIP ${vip} on ${holders}`,
  notReadYetTooltip: (address: string) => `${address} (not read yet)`,
  unreachable: 'unreachable',
  keepalivedStopped: 'keepalived stopped',
  running: 'running',
  runningPid: (pid: string) => `running, pid ${pid}`,
  vrrpOnly: ', VRRP only (--vrrp)',
  notRunning: 'not running',
  priority: (p: number) => `, priority ${p}`,
  effective: (p: number) => ` (effective ${p})`,
  fromSource: { json: 'from keepalived\'s JSON dump', data: 'from keepalived\'s state dump', log: 'from keepalived\'s log' },
  heldHere: (iface: string, prefix: number) => `held here on ${iface} (/${prefix})`,
  notHere: 'not here',
  virtualServices: (n: number) => `${n} virtual service(s)`,
  emptyTable: 'empty table',
  conns: (n: number) => `${n} conns`,
  realLine: (forward: string, weight: number, active: number, inactive: number) => `${forward} · weight ${weight} · active ${active} · inactive ${inactive}`,
  inActConnTip: 'InActConn counts finished connections IPVS still tracks (FIN_WAIT/TIME_WAIT) until their timeout.',
  noIpvs: 'this kernel has no IPVS',
  holdsVip: 'holds VIP',
  holds: (vips: string) => `holds ${vips}`,
  vipOnLo: (address: string) => `VIP ${address} on lo`,
  shouldBe32: ' (should be /32)',
  missing: 'missing',
  need12: ' (need 1/2)',
  ready: 'ready',
  needsAttention: 'needs attention',
  reachable: 'reachable',
};

export type TreeStrings = typeof en;

const ru: TreeStrings = {
  roleTitles: { director: 'Директоры', real: 'Реальные серверы', client: 'Клиенты' },
  findings: 'Замечания',
  couldNotRead: (why: string) => `не удалось прочитать: ${why}`,
  reading: 'чтение…',
  readAt: (time: string, ms: number) => `прочитано в ${time} за ${ms} мс`,
  notReadYet: 'ещё не прочитано',
  vipOn: (vip: string, holders: string) => `VIP ${vip} на ${holders}`,
  notReadYetTooltip: (address: string) => `${address} (ещё не прочитано)`,
  unreachable: 'недоступен',
  keepalivedStopped: 'keepalived остановлен',
  running: 'работает',
  runningPid: (pid: string) => `работает, pid ${pid}`,
  vrrpOnly: ', только VRRP (--vrrp)',
  notRunning: 'не запущен',
  priority: (p: number) => `, приоритет ${p}`,
  effective: (p: number) => ` (фактический ${p})`,
  fromSource: { json: 'из JSON-дампа keepalived', data: 'из дампа состояния keepalived', log: 'из журнала keepalived' },
  heldHere: (iface: string, prefix: number) => `здесь, на ${iface} (/${prefix})`,
  notHere: 'не здесь',
  virtualServices: (n: number) => `виртуальных сервисов: ${n}`,
  emptyTable: 'таблица пуста',
  conns: (n: number) => `соединений: ${n}`,
  realLine: (forward: string, weight: number, active: number, inactive: number) => `${forward} · вес ${weight} · активных ${active} · неактивных ${inactive}`,
  inActConnTip: 'InActConn считает завершённые соединения, которые IPVS ещё отслеживает (FIN_WAIT/TIME_WAIT), пока не истечёт их тайм-аут.',
  noIpvs: 'в этом ядре нет IPVS',
  holdsVip: 'держит VIP',
  holds: (vips: string) => `держит ${vips}`,
  vipOnLo: (address: string) => `VIP ${address} на lo`,
  shouldBe32: ' (должно быть /32)',
  missing: 'нет',
  need12: ' (нужно 1/2)',
  ready: 'готов',
  needsAttention: 'требует внимания',
  reachable: 'доступен',
};

export const TREE_STRINGS: Record<Lang, TreeStrings> = { en, ru };

export function treeStrings(lang: Lang = 'en'): TreeStrings {
  return TREE_STRINGS[lang];
}
