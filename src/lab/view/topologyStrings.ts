// Every word of the topology picture (./topologyPicture.ts), in English and Russian. ru has the
// same keys (the type enforces it); names, addresses and numbers are passed in, never written here.
import { ruPlural } from '../../language/i18n/plural';
import type { Lang } from '../report/i18n';

export type { Lang } from '../report/i18n';

/** After «из N» the noun is genitive: из 1 (21, 31…) запроса, из 5 (11, 20…) запросов. */
function ruOfPlural(n: number, one: string, many: string): string {
  const d = Math.abs(n) % 100;
  return d % 10 === 1 && d !== 11 ? one : many;
}

const en = {
  title: (lab: string) => `Lab topology: ${lab}`,
  client: 'client',
  director: 'director',
  real: 'real server',
  notRead: 'not read yet',
  reading: 'reading…',
  couldNotRead: (why: string) => `could not read: ${why}`,
  readAt: (time: string, ms: number) => `read at ${time} UTC in ${ms} ms`,
  unreachable: 'unreachable',
  notInState: 'not in the last reading',
  keepalivedStopped: 'keepalived stopped',
  keepalivedNoState: 'keepalived running, VRRP state unknown',
  holdsVip: 'holds the VIP',
  vip: 'VIP',
  vipNoHolder: 'no director holds it',
  vipNoReachableHolder: 'on none of the directors that could be read',
  vipSplitBrain: (n: number) => `split brain: ${n} directors hold it`,
  vipUnknown: 'holder unknown (not read yet)',
  ready: 'ready',
  needsAttention: 'needs attention',
  vipNotOnLo: 'VIP not on lo',
  vipPrefix: 'VIP on lo is not /32',
  arpNotSet: 'arp_ignore/arp_announce not 1/2',
  nginxDown: 'nginx not running',
  http: (what: string) => `HTTP: ${what}`,
  httpOk: (code: number) => `HTTP ${code}`,
  ipvsWeight: (lb: string, w: number) => `in IPVS on ${lb}, weight ${w}`,
  ipvsWeight0: (lb: string) => `weight 0 on ${lb}: no new connections`,
  ipvsMissing: (lb: string) => `not in the IPVS table on ${lb}`,
  ipvsNoService: (lb: string) => `${lb} has no virtual service for the VIP`,
  noIpvs: 'no IPVS in the kernel',
  requests: (n: number, total: number) => `${n} of ${total} requests`,
  trafficFrom: (time: string, answered: number, total: number) => `Requests: last traffic step, ${time} UTC (${answered} of ${total} answered)`,
  trafficCounts: (answered: number, total: number) => `Requests: last traffic step (${answered} of ${total} answered)`,
  noTraffic: 'Requests: no traffic step has run yet',
  viaVip: (status: string) => `via VIP: ${status}`,
  legendMaster: 'MASTER',
  legendBackup: 'BACKUP',
  // planner
  planTitle: (vips: number, directors: number, perVip: string) => `Active-active: ${vips} VIPs over ${directors} directors, ${perVip} each`,
  planNoPlan: (problem: string) => `No plan: ${problem}`,
  planned: 'Planned layout (all directors up)',
  failed: (names: string[]) => `${names.join(' and ')} down`,
  notTolerated: '(more failures than planned for)',
  down: 'down',
  load: (load: string, pct: string) => `${load} (${pct} of the link)`,
  planLegend: ["Blue arrow: the VIP's MASTER serves it; amber: a BACKUP took it over.", "The bar is the share of the director's link in use."],
  linkFull: 'link full',
  vipLost: 'no director left',
  vipN: (n: number) => `VIP ${n}`,
  morePanels: (n: number) => `… and ${n} more failure combinations (see the planner's table)`,
};

export type TopologyStrings = typeof en;

const ru: TopologyStrings = {
  title: (lab) => `Топология лаборатории: ${lab}`,
  client: 'клиент',
  director: 'директор',
  real: 'реальный сервер',
  notRead: 'состояние ещё не прочитано',
  reading: 'состояние читается…',
  couldNotRead: (why) => `не удалось прочитать состояние: ${why}`,
  readAt: (time, ms) => `состояние прочитано в ${time} UTC за ${ms} мс`,
  unreachable: 'недоступен',
  notInState: 'нет в последнем снимке состояния',
  keepalivedStopped: 'keepalived остановлен',
  keepalivedNoState: 'keepalived работает, состояние VRRP неизвестно',
  holdsVip: 'держит VIP',
  vip: 'VIP',
  vipNoHolder: 'ни один директор его не держит',
  vipNoReachableHolder: 'нет ни на одном из прочитанных директоров',
  vipSplitBrain: (n) => `split brain: VIP держат ${n} ${ruPlural(n, 'директор', 'директора', 'директоров')}`,
  vipUnknown: 'кто держит — неизвестно (ещё не прочитано)',
  ready: 'готов',
  needsAttention: 'требует внимания',
  vipNotOnLo: 'VIP нет на lo',
  vipPrefix: 'VIP на lo не /32',
  arpNotSet: 'arp_ignore/arp_announce не 1/2',
  nginxDown: 'nginx не запущен',
  http: (what) => `HTTP: ${what}`,
  httpOk: (code) => `HTTP ${code}`,
  ipvsWeight: (lb, w) => `в IPVS на ${lb}, вес ${w}`,
  ipvsWeight0: (lb) => `вес 0 на ${lb}: новых соединений не получает`,
  ipvsMissing: (lb) => `нет в таблице IPVS на ${lb}`,
  ipvsNoService: (lb) => `на ${lb} нет виртуального сервиса для VIP`,
  noIpvs: 'в ядре нет IPVS',
  requests: (n, total) => `${n} из ${total} ${ruOfPlural(total, 'запроса', 'запросов')}`,
  trafficFrom: (time, answered, total) => `Запросы: последний шаг с трафиком, ${time} UTC (ответов: ${answered} из ${total})`,
  trafficCounts: (answered, total) => `Запросы: последний шаг с трафиком (ответов: ${answered} из ${total})`,
  noTraffic: 'Запросы: шаг с трафиком ещё не запускался',
  viaVip: (status) => `через VIP: ${status}`,
  legendMaster: 'MASTER',
  legendBackup: 'BACKUP',
  planTitle: (vips, directors, perVip) => `Active-active: ${vips} VIP на ${directors} ${ruOfPlural(directors, 'директоре', 'директорах')}, по ${perVip}`,
  planNoPlan: (problem) => `Распределения нет: ${problem}`,
  planned: 'Плановое распределение VIP (все директоры работают)',
  failed: (names) => `${names.length === 1 ? 'Отказал' : 'Отказали'} ${names.join(' и ')}`,
  notTolerated: '(отказов больше, чем заложено в план)',
  down: 'отказал',
  load: (load, pct) => `${load} (${pct} канала)`,
  planLegend: ['Синяя стрелка: VIP обслуживает его MASTER; жёлтая: VIP перешёл к BACKUP.', 'Полоса — занятая доля канала директора.'],
  linkFull: 'канал переполнен',
  vipLost: 'не осталось директора',
  vipN: (n) => `VIP ${n}`,
  morePanels: (n) => `… и ещё ${n} ${ruPlural(n, 'сочетание', 'сочетания', 'сочетаний')} отказов (см. таблицу планировщика)`,
};

const TABLE: Record<Lang, TopologyStrings> = { en, ru };

export function topologyStrings(lang: Lang): TopologyStrings {
  return TABLE[lang];
}
