// The words of the VRRP pair comparison (./lint.ts comparePair) in English and Russian; ru has the
// same keys (the type enforces it, a test checks it at run time). Names and values are passed in.
import type { Lang } from '../report/i18n';

const en = {
  none: 'none',
  noAuth: 'no authentication',
  defaultPriority: '100, the default',
  and: ' and ',
  missing: (name: string, present: string, missing: string) => `vrrp_instance ${name} exists on ${present} but not on ${missing}: nobody backs its VIP up there.`,
  missingFix: (missing: string) => `Add the same vrrp_instance (same virtual_router_id, authentication and VIP, lower priority) to ${missing}.`,
  vrid: (name: string, values: string) => `vrrp_instance ${name} has different virtual_router_id values (${values}): the directors form separate VRRP routers, each becomes MASTER and both hold the VIP.`,
  vridFix: 'Use the same virtual_router_id on every director of the pair (and one no other VRRP router on the network uses).',
  auth: (name: string, values: string, passwords: boolean) => `vrrp_instance ${name} authenticates differently (${values}${passwords ? ', passwords differ in their first 8 characters' : ''}): each director drops the other's adverts, both become MASTER and hold the VIP.`,
  authFix: 'Give every director the same authentication block (auth_type and the same auth_pass; keepalived keeps only its first 8 characters).',
  vips: (name: string, values: string) => `vrrp_instance ${name} has different virtual_ipaddress lists (${values}): after a failover clients reach a different address than before.`,
  vipsFix: 'List the same VIPs, with the same prefix, in virtual_ipaddress on every director.',
  priority: (name: string, values: string) => `vrrp_instance ${name} has the same priority on ${values}: which one is MASTER then depends on their IP addresses, and a restarted director may not take the VIP back as you expect.`,
  priorityFix: 'Give the intended MASTER a higher priority than the BACKUP (for example 150 and 100).',
};

export type PairStrings = typeof en;

const ru: PairStrings = {
  none: 'нет',
  noAuth: 'без аутентификации',
  defaultPriority: '100, по умолчанию',
  and: ' и ',
  missing: (name, present, missing) => `vrrp_instance ${name} есть на ${present}, но нет на ${missing}: там никто не резервирует его VIP.`,
  missingFix: (missing) => `Добавьте такой же vrrp_instance (те же virtual_router_id, authentication и VIP, приоритет ниже) на ${missing}.`,
  vrid: (name, values) => `У vrrp_instance ${name} разные значения virtual_router_id (${values}): директоры образуют отдельные VRRP-маршрутизаторы, каждый становится MASTER, и VIP держат оба.`,
  vridFix: 'Задайте один и тот же virtual_router_id на обоих директорах пары (такой, который не использует ни один другой VRRP-маршрутизатор в сети).',
  auth: (name, values, passwords) => `vrrp_instance ${name} аутентифицируется по-разному (${values}${passwords ? ', пароли различаются в первых 8 символах' : ''}): каждый директор отбрасывает объявления другого, оба становятся MASTER и держат VIP.`,
  authFix: 'Задайте всем директорам одинаковый блок authentication (auth_type и тот же auth_pass; keepalived учитывает только первые 8 символов).',
  vips: (name, values) => `У vrrp_instance ${name} разные списки virtual_ipaddress (${values}): после переключения клиенты попадают на другой адрес, чем до него.`,
  vipsFix: 'Перечислите в virtual_ipaddress одни и те же VIP с одинаковым префиксом на каждом директоре.',
  priority: (name, values) => `У vrrp_instance ${name} одинаковый приоритет на ${values}: кто станет MASTER, тогда зависит от их IP-адресов, и перезапущенный директор может не забрать VIP обратно, как вы ожидаете.`,
  priorityFix: 'Дайте будущему MASTER приоритет выше, чем у BACKUP (например, 150 и 100).',
};

export const PAIR_STRINGS: Record<Lang, PairStrings> = { en, ru };
