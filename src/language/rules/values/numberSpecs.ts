// How each numeric keyword is read: derived from the keyword table, corrected where
// keepalived 2.2.7 (Debian 12) reads differently from the 2.4 sources the table describes.
// The corrections were found by running `keepalived -t` on every numeric keyword.
import { KeepalivedVersion, KeywordSchema } from '../../schema';
import { NumberSpec } from './numberParsing';
import { schemaPath } from './shared';
import { msg, msgLang } from '../../i18n';

export interface KeywordNumber extends NumberSpec {
  /** What keepalived does when it rejects the value; completes "keepalived reports it and ...". */
  onReject?: string;
  /** Values that pass the range check but that keepalived reports and replaces (e.g. 0 -> 1). */
  replaced?: Record<number, number>;
  /** The range to tell the user when keepalived accepts a wider one only to clamp it. */
  shown?: { min: number; max: number };
  /** The handler only logs (nothing visible to `keepalived -t`), so a finding is a warning. */
  logOnly?: boolean;
}

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const UINT_MAX = 4294967295;

type Override = Partial<KeywordNumber> & { version?: KeepalivedVersion; skip?: boolean };

/** Per-path corrections; `*` matches one path segment (checker names). */
const OVERRIDES: Record<string, Override[]> = {
  'vrrp_instance/priority': [{ get onReject() { return msg().usesDefaultPriority(); } }],
  'vrrp_instance/virtual_router_id': [{ get onReject() { return msg().vridIgnored(); } }],
  'vrrp_instance/advert_int': [{ get onReject() { return msg().keepsDefaultAdvertInt(); } }],
  'vrrp_instance/unicast_ttl': [{ get onReject() { return msg().unicastTtlIgnored(); } }],
  'vrrp_instance/preempt_delay': [{ get onReject() { return msg().noPreemptDelay(); } }],
  'vrrp_instance/garp_master_repeat': [{ replaced: { 0: 1 } }],
  'vrrp_instance/garp_master_refresh_repeat': [{ replaced: { 0: 1 } }],
  'global_defs/vrrp_garp_master_repeat': [{ replaced: { 0: 1 } }],
  'global_defs/vrrp_garp_master_refresh_repeat': [{ replaced: { 0: 1 } }],
  'global_defs/smtp_connect_timeout': [{ replaced: { 0: 1 }, get onReject() { return msg().keepsDefault30Seconds(); } }],
  'global_defs/vrrp_garp_interval': [{ get onReject() { return msg().noGarpMinimumGap(); } }],
  'global_defs/vrrp_gna_interval': [{ get onReject() { return msg().noNaMinimumGap(); } }],
  // 2.2.7 reads vrrp_script interval/timeout as whole seconds.
  'vrrp_script/interval': [{ kind: 'uint', min: 0, max: 4294, replaced: { 0: 1 }, version: '2.2' }, { replaced: { 0: 1 }, digits: 3 }],
  'vrrp_script/timeout': [{ kind: 'uint', min: 0, max: 4294, replaced: { 0: 1 }, version: '2.2' }, { replaced: { 0: 1 }, digits: 3 }],
  'vrrp_script/weight': [{ get onReject() { return msg().stillStoresValue(); } }],
  'virtual_server/quorum': [{ get onReject() { return msg().usesOneInstead(); } }],
  'virtual_server/real_server/weight': [{ get onReject() { return msg().keepsVirtualServerWeight(); } }],
  'virtual_server/real_server/*/connect_port': [{ get onReject() { return msg().realServerPortChecked(); } }],
  'virtual_server/real_server/*/url/regex_min_offset': [{ logOnly: true }],
  'virtual_server/real_server/*/url/regex_max_offset': [{ logOnly: true }],
  // 2.2.7 stores garp_group intervals in a signed microsecond count.
  'garp_group/garp_interval': [{ max: 2147.483647, version: '2.2' }],
  'garp_group/gna_interval': [{ max: 2147.483647, version: '2.2' }],
  'bfd_instance/min_rx': [{ digits: 3 }],
  'bfd_instance/min_tx': [{ digits: 3 }],
  'bfd_instance/idle_tx': [{ digits: 3 }],
  // Process priorities come from the scheduler; values outside are clamped with a report.
  'global_defs/vrrp_rt_priority': [{ min: 1, max: 99 }],
  'global_defs/checker_rt_priority': [{ min: 1, max: 99 }],
  'global_defs/bfd_rt_priority': [{ min: 1, max: 99 }],
  'global_defs/max_auto_priority': [{ min: -1, max: 99 }],
};

function matches(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((seg, i) => seg === '*' || seg === b[i]);
}

function overridesFor(path: string, version: KeepalivedVersion): Override {
  const out: Override = {};
  for (const [pattern, list] of Object.entries(OVERRIDES)) {
    if (!matches(pattern, path)) continue;
    // The first entry for this version wins over later generic ones.
    for (const o of [...list].reverse()) if (!o.version || o.version === version) Object.assign(out, o);
  }
  delete out.version;
  return out;
}

/** A number inside a schema text such as "sched_get_priority_max(SCHED_RR) (99 on Linux)". */
function limit(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const m = /\((-?\d+)/.exec(v);
    if (m) return Number(m[1]);
  }
  return undefined;
}

function fromSchema(kw: KeywordSchema): KeywordNumber | undefined {
  const min = limit(kw.min);
  const max = limit(kw.max);
  switch (kw.type) {
    case 'uint':
      return { kind: 'uint', min: min ?? 0, max: max ?? UINT_MAX };
    case 'int':
      return { kind: 'int', min: min ?? INT_MIN, max: max ?? INT_MAX };
    case 'decimal':
    case 'timer': {
      const digits = /up to 3 decimal/i.test(kw.notes ?? '') ? 3 : 6;
      return { kind: 'decimal', min: min ?? 0, max: max ?? Infinity, digits };
    }
    default:
      return undefined;
  }
}

/** Specs by keyword and version: the table is fixed, and every numeric statement asks (132k times in a big file). */
// Per version and language: specs carry what keepalived does on a bad value (onReject), in words.
const specCache = new Map<string, WeakMap<KeywordSchema, KeywordNumber | null>>();

/** How keepalived reads the first argument of this keyword, or undefined when it is not a number. The result is shared: do not modify it. */
export function numberSpecFor(kw: KeywordSchema, version: KeepalivedVersion): KeywordNumber | undefined {
  const key = `${version}\0${msgLang()}`;
  let cache = specCache.get(key);
  if (!cache) specCache.set(key, (cache = new WeakMap()));
  let spec = cache.get(kw);
  if (spec === undefined) cache.set(kw, (spec = computeSpec(kw, version) ?? null));
  return spec ?? undefined;
}

function computeSpec(kw: KeywordSchema, version: KeepalivedVersion): KeywordNumber | undefined {
  if (kw.kind !== 'keyword') return undefined;
  const base = fromSchema(kw);
  if (!base) return undefined;
  const o = overridesFor(schemaPath(kw), version);
  if (o.skip) return undefined;
  return { ...base, ...o };
}
