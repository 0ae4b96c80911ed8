// Every word of the planner's answer (./planner.ts: reasoning, problems, the layout table and the
// failure cases), in English and Russian. ru has the same keys (the type enforces it, a test checks
// it at run time); numbers are passed in already formatted by `bw` and `pct`, never written here.
import { ruPlural } from '../../language/i18n/plural';
import type { Lang } from '../report/i18n';
import { formatBandwidth, percent } from './units';

const s = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

const ruComma = (x: string): string => x.replace(/(\d)\.(\d)/g, '$1,$2');

const en = {
  bw: (bps: number) => formatBandwidth(bps),
  pct: (x: number) => percent(x),
  invalidDirectors: (n: number) => `The number of directors must be a whole number of at least 1 (got ${n}).`,
  tooManyDirectors: (n: number) => `The planner handles up to 16 directors (got ${n}).`,
  invalidFailures: (f: number) => `The number of failures to survive must be a whole number of 0 or more (got ${f}).`,
  invalidTraffic: (x: number) => `The incoming traffic must be more than 0 (got ${x}).`,
  invalidLink: (x: number) => `The link speed must be more than 0 (got ${x}).`,
  invalidHeadroom: (x: number) => `The headroom must be a share from 0 up to (not including) 100% (got ${x}).`,
  invalidMaxVips: (x: number) => `The VIP limit must be between 1 and 255, the number of VRRP routers one interface can carry (got ${x}).`,
  tooManyFailures: 'The planner handles up to 10 simultaneous failures.',
  limitHeadroom: (share: string, link: string, free: string) => `${share} of a ${link} link (keeping ${free} free)`,
  limit: (link: string) => `a ${link} link`,
  notEven: (v: number, n: number, most: number, mostBw: string, least: number, leastBw: string) =>
    `${v} VIPs cannot be shared evenly by ${n} directors: one would be MASTER for ${most} (${mostBw}) and another for ${least} (${leastBw}), which is not active-active with an even load.`,
  whereAllUp: (n: number, bound: number) => `with all ${n} directors up, one of them is MASTER for at least ${bound} of them`,
  whereAfter: (f: number, v: number, left: number, bound: number) =>
    `after ${f === 1 ? 'a director fails' : `${f} directors fail`}, the ${v} VIPs sit on ${left} ${s(left, 'director')}, so one of ${left === 1 ? 'it' : 'them'} serves at least ${bound}`,
  verdictFull: 'exactly the link speed: no headroom left, the link is full and any burst is dropped',
  verdictOverLink: (link: string) => `more than the ${link} link can carry`,
  verdictOverLimit: (limit: string) => `more than ${limit} allows`,
  overloaded: (v: number, per: string, where: string, bound: number, load: string, share: string, verdict: string) =>
    `${v} ${s(v, 'VIP')} of ${per} each: ${where}: ${bound} × ${per} = ${load}, ${share} of its link — ${verdict}.`,
  noLayoutWithin: (v: number, per: string, kMax: number, kMaxBw: string, f: number, exhausted: boolean) =>
    `${v} VIPs of ${per} each: every director may serve at most ${kMax} of them (${kMaxBw}), but ${exhausted ? `no MASTER/BACKUP layout keeps to that after every failure of ${f === 1 ? 'one director' : `up to ${f} directors`}` : 'the search found no layout within its budget'}.`,
  noLayout: (v: number) => `${v} VIPs: no layout.`,
  down: (name: string) => `${name} down`,
  serves: (name: string, vips: number, load: string) => `${name} ${vips} ${s(vips, 'VIP')} = ${load}`,
  failed: (names: string) => `${names} failed`,
  normalOperation: 'normal operation',
  caseLine: (what: string, parts: string, share: string) => `${what}: ${parts} (max ${share} of the link)`,
  spread: (t: string) => `${t} of incoming traffic is spread evenly over the VIPs (DNS round robin or ECMP upstream); each VIP is served by the first director of its priority order that is up.`,
  noSurvivor: (f: number, n: number) => `Surviving ${f} ${s(f, 'failure')} with ${n} ${s(n, 'director')} leaves no director to carry the traffic: you need at least ${f + 1} directors.`,
  ideal: (f: number, n: number, t: string, ideal: string, share: string, limit: string) =>
    `With ${f} of ${n} directors down, ${n - f === 1 ? `the one left carries all ${t}` : `the ${n - f} left carry all ${t}: at best ${ideal} each`}, ${share} of ${limit}`,
  exactlyFull: ' — exactly full, no headroom',
  tooMuch: ' — too much',
  noVipsHelp: (ideal: string, total: string, need: number) => `${ideal}. No number of VIPs helps: the surviving links together carry ${total}. You need at least ${need} directors (or faster links).`,
  possible: (ideal: string) => `${ideal}: possible in principle. The question is how finely the traffic must be cut so that a failed director's VIPs spread over the others.`,
  activeActive: (n: number) => `Active-active: every director is MASTER for the same number of VIPs, so the number of VIPs is a multiple of ${n}.`,
  noLayoutUpTo: (maxVips: number, limit: string, f: number) => `No layout with up to ${maxVips} VIPs keeps every director below ${limit} after ${f} ${s(f, 'failure')}.`,
  not: (v: number, reason: string) => `Not ${v}: ${reason}`,
  eachMaster: (m: number) => `each director is MASTER for ${m}`,
  masterCounts: (list: string) => `MASTER counts ${list}`,
  chosen: (v: number, per: string, masters: string, normal: string, spread: boolean) =>
    `${v} VIPs of ${per} each: ${masters} (${normal} at most in normal operation)${spread ? ', and the VIPs of one director are backed up on different directors, so a failed director\'s load spreads over the others' : ''}.`,
  worst: (what: string, load: string, limit: string) => `Worst case — ${what}: ${load} on one link, below ${limit}.`,
  uneven: (v: number, worst: string) => `(Allowing an uneven normal load, ${v} VIPs would also survive the failures — worst case ${worst} — but then some directors carry more than others every day.)`,
  tableHead: ['VIP', 'MASTER (priority)', 'BACKUP (priority)'] as [string, string, string],
};

export type PlannerStrings = typeof en;

const ru: PlannerStrings = {
  bw: (bps) => ruComma(formatBandwidth(bps)).replace('Tbit/s', 'Тбит/с').replace('Gbit/s', 'Гбит/с').replace('Mbit/s', 'Мбит/с').replace('kbit/s', 'кбит/с').replace('bit/s', 'бит/с'),
  pct: (x) => `${ruComma(String(Number((x * 100).toFixed(1))))} %`,
  invalidDirectors: (n) => `Число директоров должно быть целым, не меньше 1 (получено ${n}).`,
  tooManyDirectors: (n) => `Планировщик работает не более чем с 16 директорами (получено ${n}).`,
  invalidFailures: (f) => `Число допустимых отказов должно быть целым, 0 или больше (получено ${f}).`,
  invalidTraffic: (x) => `Входящий трафик должен быть больше 0 (получено ${x}).`,
  invalidLink: (x) => `Скорость канала должна быть больше 0 (получено ${x}).`,
  invalidHeadroom: (x) => `Запас должен быть долей от 0 до 100 % (не включая 100 %) (получено ${x}).`,
  invalidMaxVips: (x) => `Предел числа VIP — от 1 до 255, столько VRRP-маршрутизаторов выдерживает один интерфейс (получено ${x}).`,
  tooManyFailures: 'Планировщик рассматривает не более 10 одновременных отказов.',
  limitHeadroom: (share, link, free) => `${share} скорости канала ${link} (с запасом ${free})`,
  limit: (link) => `скорости канала ${link}`,
  notEven: (v, n, most, mostBw, least, leastBw) =>
    `${v} VIP нельзя поровну разделить между ${n} ${ruPlural(n, 'директором', 'директорами', 'директорами')}: один был бы MASTER для ${most} (${mostBw}), а другой — для ${least} (${leastBw}); это не active-active с равной нагрузкой.`,
  whereAllUp: (n, bound) => `когда работают все ${n} ${ruPlural(n, 'директор', 'директора', 'директоров')}, один из них — MASTER как минимум для ${bound} из них`,
  whereAfter: (f, v, left, bound) =>
    `после отказа ${f === 1 ? 'одного директора' : `${f} ${ruPlural(f, 'директора', 'директоров', 'директоров')}`} ${v} VIP приходятся на ${left} ${ruPlural(left, 'директор', 'директора', 'директоров')}, так что ${left === 1 ? 'он обслуживает' : 'один из них обслуживает'} как минимум ${bound}`,
  verdictFull: 'ровно скорость канала: запаса нет, канал заполнен, и любой всплеск теряется',
  verdictOverLink: (link) => `больше, чем пропускает канал ${link}`,
  verdictOverLimit: (limit) => `больше, чем допускают ${limit}`,
  overloaded: (v, per, where, bound, load, share, verdict) =>
    `${v} VIP по ${per}: ${where}: ${bound} × ${per} = ${load}, ${share} его канала — ${verdict}.`,
  noLayoutWithin: (v, per, kMax, kMaxBw, f, exhausted) =>
    `${v} VIP по ${per}: каждый директор может обслуживать не больше ${kMax} из них (${kMaxBw}), но ${exhausted ? `ни одна раскладка MASTER/BACKUP не укладывается в это после любого отказа ${f === 1 ? 'одного директора' : `до ${f} директоров`}` : 'поиск не нашёл раскладку в пределах своего бюджета'}.`,
  noLayout: (v) => `${v} VIP: раскладки нет.`,
  down: (name) => `${name} отказал`,
  serves: (name, vips, load) => `${name} — ${vips} VIP = ${load}`,
  failed: (names) => `отказ ${names}`,
  normalOperation: 'штатная работа',
  caseLine: (what, parts, share) => `${what}: ${parts} (максимум ${share} канала)`,
  spread: (t) => `Входящий трафик (${t}) поровну распределяется между VIP (DNS round robin или ECMP выше по сети); каждый VIP обслуживает первый работающий директор в порядке его приоритетов.`,
  noSurvivor: (f, n) => `Если из ${n} ${ruPlural(n, 'директора', 'директоров', 'директоров')} откажут ${f}, нести трафик будет некому: нужно не меньше ${f + 1} директоров.`,
  ideal: (f, n, t, ideal, share, limit) =>
    `Когда из ${n} ${ruPlural(n, 'директора', 'директоров', 'директоров')} ${f} ${ruPlural(f, 'не работает', 'не работают', 'не работают')}, ${n - f === 1 ? `оставшийся несёт все ${t}` : `оставшиеся ${n - f} несут все ${t}: в лучшем случае по ${ideal}`}, это ${share} от ${limit}`,
  exactlyFull: ' — ровно полный канал, без запаса',
  tooMuch: ' — слишком много',
  noVipsHelp: (ideal, total, need) => `${ideal}. Никакое число VIP не поможет: оставшиеся каналы вместе пропускают ${total}. Нужно не меньше ${need} директоров (или более быстрые каналы).`,
  possible: (ideal) => `${ideal}: в принципе это возможно. Вопрос в том, на сколько частей нужно разрезать трафик, чтобы VIP отказавшего директора распределились по остальным.`,
  activeActive: (n) => `Active-active: каждый директор — MASTER для одинакового числа VIP, поэтому число VIP кратно ${n}.`,
  noLayoutUpTo: (maxVips, limit, f) => `Ни одна раскладка с числом VIP до ${maxVips} не удерживает каждый директор ниже ${limit} после ${f} ${ruPlural(f, 'отказа', 'отказов', 'отказов')}.`,
  not: (v, reason) => `Не ${v}: ${reason}`,
  eachMaster: (m) => `каждый директор — MASTER для ${m}`,
  masterCounts: (list) => `число VIP в роли MASTER: ${list}`,
  chosen: (v, per, masters, normal, spread) =>
    `${v} VIP по ${per}: ${masters} (не больше ${normal} при штатной работе)${spread ? ', а VIP одного директора резервируются на разных директорах, так что нагрузка отказавшего распределяется по остальным' : ''}.`,
  worst: (what, load, limit) => `Худший случай — ${what}: ${load} на одном канале, ниже ${limit}.`,
  uneven: (v, worst) => `(Если допустить неравную нагрузку в штатном режиме, отказы пережили бы и ${v} VIP — в худшем случае ${worst}, — но тогда одни директоры каждый день нагружены больше других.)`,
  tableHead: ['VIP', 'MASTER (приоритет)', 'BACKUP (приоритет)'],
};

export const PLANNER_STRINGS: Record<Lang, PlannerStrings> = { en, ru };

export function plannerStrings(lang: Lang = 'en'): PlannerStrings {
  return PLANNER_STRINGS[lang];
}
