// What keepalived will make of a block after parsing: effective state, priority, strict mode,
// address family, ... Shared by the semantic rules so each of them reads the config the same way
// keepalived does (first `state MASTER` wins, last valid `priority` wins, family from the first address).
import { isIP } from 'node:net';
import { ConfigDocument, Item, Statement } from '../../ast';
import { statementIndex } from '../../statementIndex';
import { memoByText } from '../../util/strings';
import { Range, Token } from '../../types';

export type Family = 4 | 6;

const BOOL_TRUE = new Set(['true', 'on', 'yes']);
const BOOL_FALSE = new Set(['false', 'off', 'no']);

export function isKnown(s: Statement): boolean {
  return s.status === 'known';
}

/** Direct known children named `name`, in order. */
export function kids(s: Statement, name: string): Statement[] {
  return s.children.filter((c) => c.status === 'known' && c.keyword.text === name);
}

export function lastKid(s: Statement, name: string): Statement | undefined {
  const list = kids(s, name);
  return list[list.length - 1];
}

/** The block's header, from its keyword to its last word before '{' (where post-parse findings are shown). */
export function headerRange(s: Statement): Range {
  const last = s.args[s.args.length - 1] ?? s.keyword;
  return { start: s.keyword.range.start, end: last.range.end };
}

/** An address word without its /prefix: 4, 6, or undefined when it is not an address. */
export function ipFamily(word: string | undefined): Family | undefined {
  return word ? familyOfWord(word) : undefined;
}

const familyOfWord = memoByText((word): Family | undefined => {
  const v = isIP(word.split('/')[0]);
  return v === 4 || v === 6 ? v : undefined;
});

/** A whole base-10 integer as keepalived's strtol reads it, or undefined. */
export function intValue(t: Token | undefined): number | undefined {
  if (!t || !/^[+-]?\d+$/.test(t.text)) return undefined;
  return Number(t.text);
}

/** Decimal number (timers), or undefined. */
export function numValue(t: Token | undefined): number | undefined {
  if (!t || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t.text)) return undefined;
  return Number(t.text);
}

/** Boolean keywords: alone they mean true; otherwise one of keepalived's six words (undefined if invalid). */
export function boolValue(s: Statement): boolean | undefined {
  const w = s.args[0]?.text;
  if (w === undefined) return true;
  if (BOOL_TRUE.has(w)) return true;
  if (BOOL_FALSE.has(w)) return false;
  return undefined;
}

/** All known root blocks with this keyword. */
export function roots(doc: ConfigDocument, keyword: string): readonly Statement[] {
  return statementIndex(doc).roots(keyword);
}

/** Settings of every global_defs block (keepalived merges them), in reading order. */
export function globalSettings(doc: ConfigDocument, name: string): Statement[] {
  return roots(doc, 'global_defs').flatMap((g) => kids(g, name));
}

export interface GlobalFacts {
  /** `vrrp_strict` (any form: keepalived sets it without reading a value). */
  vrrpStrict?: Statement;
  scriptSecurity?: Statement;
  scriptUser?: Statement;
  /** Global default VRRP version (2 unless vrrp_version 3). */
  vrrpVersion: 2 | 3;
}

export function globalFacts(doc: ConfigDocument): GlobalFacts {
  const v = globalSettings(doc, 'vrrp_version').map((s) => intValue(s.args[0])).filter((n) => n === 2 || n === 3);
  return {
    vrrpStrict: globalSettings(doc, 'vrrp_strict')[0],
    scriptSecurity: globalSettings(doc, 'enable_script_security')[0],
    scriptUser: globalSettings(doc, 'script_user').filter((s) => s.args.length)[0],
    vrrpVersion: (v[v.length - 1] ?? 2) as 2 | 3,
  };
}

export interface AddressItem {
  item: Item;
  token: Token;
  family: Family;
}

export interface InstanceFacts {
  stmt: Statement;
  name: string;
  header: Range;
  vrid?: number;
  vridStmt?: Statement;
  /** Explicit valid priority (1-255), the last one given. */
  priority?: number;
  priorityStmt?: Statement;
  /** The state keepalived keeps: the first MASTER, else the last BACKUP. */
  state?: 'MASTER' | 'BACKUP';
  stateStmt?: Statement;
  interfaceStmt?: Statement;
  strict: boolean;
  /** What turned strict mode on (the instance's strict_mode, or global vrrp_strict). */
  strictSource?: Statement;
  versionStmt?: Statement;
  /** Family of the instance: set by the first address that has one (VIP, unicast_src_ip, unicast_peer, ...). */
  family?: Family;
  familySource?: Token;
  /** VIPs with a parseable address, in order (including ones keepalived drops for a family mismatch). */
  vips: AddressItem[];
  vipBlocks: Statement[];
  unicastPeers: Item[];
  /** Any keyword that makes keepalived treat the instance as unicast. */
  unicastKeywords: Statement[];
  unicastSrc?: Statement;
  auth?: Statement;
  authType?: string;
  nopreempt?: Statement;
  preemptDelay?: Statement;
  accept?: Statement;
}

const UNICAST_KEYWORDS = new Set(['unicast_src_ip', 'unicast_peer', 'check_unicast_src', 'unicast_fault_no_peer', 'old_unicast_checksum']);

/** VRRP version the instance ends up with, the way keepalived derives it. */
export function effectiveVersion(f: InstanceFacts, g: GlobalFacts): 2 | 3 {
  const n = intValue(f.versionStmt?.args[0]);
  const v = n === 2 || n === 3 ? n : undefined;
  if (f.family === 6) return v === undefined || (v === 2 && f.strict) ? 3 : v;
  return v ?? g.vrrpVersion;
}

/** Priority keepalived uses: the configured one, or 255 for `state MASTER` without priority, else 100. */
export function effectivePriority(f: InstanceFacts): number {
  return f.priority ?? (f.state === 'MASTER' ? 255 : 100);
}

/** Initial state keepalived uses: the configured one, or MASTER when the priority is 255. */
export function effectiveState(f: InstanceFacts): 'MASTER' | 'BACKUP' {
  return f.state ?? (effectivePriority(f) === 255 ? 'MASTER' : 'BACKUP');
}

export function instanceFacts(s: Statement, g: GlobalFacts): InstanceFacts {
  const f: InstanceFacts = { stmt: s, name: s.args[0]?.text ?? '', header: headerRange(s), strict: false, vips: [], vipBlocks: [], unicastPeers: [], unicastKeywords: [] };
  const setFamily = (t: Token | undefined) => {
    const fam = ipFamily(t?.text);
    if (fam && !f.family) {
      f.family = fam;
      f.familySource = t;
    }
  };
  let strictMode: boolean | undefined;
  for (const c of s.children) {
    if (!isKnown(c)) continue;
    const a0 = c.args[0];
    switch (c.keyword.text) {
      case 'virtual_router_id': {
        const n = intValue(a0);
        if (n !== undefined && n >= 1 && n <= 255) {
          f.vrid = n;
          f.vridStmt = c;
        }
        break;
      }
      case 'priority': {
        const n = intValue(a0);
        if (n !== undefined && n >= 1 && n <= 255) {
          f.priority = n;
          f.priorityStmt = c;
        }
        break;
      }
      case 'state':
        if (a0?.text === 'MASTER' && f.state !== 'MASTER') {
          f.state = 'MASTER';
          f.stateStmt = c;
        } else if (a0?.text === 'BACKUP' && f.state !== 'MASTER') {
          f.state = 'BACKUP';
          f.stateStmt = c;
        }
        break;
      case 'interface':
        if (a0) f.interfaceStmt = c;
        break;
      case 'strict_mode':
        strictMode = boolValue(c) ?? strictMode;
        if (strictMode) f.strictSource = c;
        break;
      case 'version':
        f.versionStmt = c;
        break;
      case 'virtual_ipaddress':
        f.vipBlocks.push(c);
        for (const it of c.items) {
          const fam = ipFamily(it.tokens[0]?.text);
          if (!fam) continue;
          setFamily(it.tokens[0]);
          f.vips.push({ item: it, token: it.tokens[0], family: fam });
        }
        break;
      case 'unicast_peer':
        f.unicastKeywords.push(c);
        for (const it of c.items) {
          f.unicastPeers.push(it);
          setFamily(it.tokens[0]);
        }
        break;
      case 'unicast_src_ip':
        f.unicastSrc = c;
        f.unicastKeywords.push(c);
        setFamily(a0);
        break;
      case 'mcast_src_ip':
      case 'mcast_dst_ip':
        setFamily(a0);
        break;
      case 'native_ipv6':
        if (!f.family) f.family = 6;
        break;
      case 'authentication':
        f.auth = c;
        f.authType = lastKid(c, 'auth_type')?.args[0]?.text;
        break;
      case 'nopreempt':
        f.nopreempt = c;
        break;
      case 'preempt':
        // The deprecated `preempt` clears nopreempt.
        f.nopreempt = undefined;
        break;
      case 'preempt_delay': {
        const n = numValue(a0);
        f.preemptDelay = n !== undefined && n > 0 && n <= 1000 ? c : undefined;
        break;
      }
      case 'accept':
      case 'no_accept':
        f.accept = c;
        break;
      default:
        if (UNICAST_KEYWORDS.has(c.keyword.text)) f.unicastKeywords.push(c);
    }
  }
  if (strictMode === undefined && g.vrrpStrict) {
    f.strict = true;
    f.strictSource = g.vrrpStrict;
  } else {
    f.strict = strictMode === true;
    if (!f.strict) f.strictSource = undefined;
  }
  return f;
}

/**
 * The vrrp_instance blocks keepalived keeps: one name word, and the first block of each name
 * (a second block with the same name is skipped).
 */
const instanceCache = new WeakMap<ConfigDocument, InstanceFacts[]>();

export function instances(doc: ConfigDocument): InstanceFacts[] {
  // Many rules read the same facts; the document does not change during one analysis.
  const cached = instanceCache.get(doc);
  if (cached) return cached;
  const g = globalFacts(doc);
  const seen = new Set<string>();
  const out: InstanceFacts[] = [];
  for (const s of roots(doc, 'vrrp_instance')) {
    if (s.args.length !== 1 || seen.has(s.args[0].text)) continue;
    seen.add(s.args[0].text);
    out.push(instanceFacts(s, g));
  }
  instanceCache.set(doc, out);
  return out;
}

/** Every known statement with this keyword anywhere (optionally only under a parent keyword). */
export function statementsNamed(doc: ConfigDocument, keyword: string, parent?: string): readonly Statement[] {
  const all = statementIndex(doc).named(keyword);
  return parent ? all.filter((s) => s.parent?.keyword.text === parent) : all;
}

/** "line N" (1-based) of a token, for messages that point at another place. */
export function lineOf(t: { range: Range }): number {
  return t.range.start.line + 1;
}

/**
 * The initial state after keepalived's corrections: strict mode forces MASTER <=> priority 255,
 * and AH authentication turns an initial MASTER below 255 into BACKUP.
 */
export function resolvedState(f: InstanceFacts, g: GlobalFacts): 'MASTER' | 'BACKUP' {
  const prio = effectivePriority(f);
  let state = effectiveState(f);
  if (f.strict && (state === 'MASTER') !== (prio === 255)) state = prio === 255 ? 'MASTER' : 'BACKUP';
  if (authOutcome(f, g) === 'kept' && f.authType === 'AH' && state === 'MASTER' && prio !== 255) state = 'BACKUP';
  return state;
}

/** What keepalived does with an authentication block, in the order it checks. */
export function authOutcome(f: InstanceFacts, g: GlobalFacts): 'none' | 'strict' | 'v3' | 'no-password' | 'ah-ipv6' | 'kept' {
  if (!f.auth || (f.authType !== 'PASS' && f.authType !== 'AH')) return 'none';
  if (f.strict) return 'strict';
  if (effectiveVersion(f, g) === 3) return 'v3';
  const pass = lastKid(f.auth, 'auth_pass');
  if (!pass?.args[0]?.text) return 'no-password';
  if (f.family === 6 && f.authType === 'AH') return 'ah-ipv6';
  return 'kept';
}
