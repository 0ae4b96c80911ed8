// One pass over everything that holds addresses: address lists (virtual_ipaddress,
// static_ipaddress), unicast peers, routes, rules, virtual_server_group entries, server
// headers and address keywords. Each finding carries the code of the rule that reports it.
import { ConfigDocument, Item, Statement } from '../../ast';
import { KeepalivedVersion, KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Token } from '../../types';
import { fatalMessage } from './messages';
import { Finding } from './findings';
import { readNumber } from './numberParsing';
import { isZeroPort } from './numberItems';
import {
  Family, addressHint, familyOf, notAnAddress, isAddress, isIPv4Multicast, isIPv6LinkLocalMulticast, isIPv6Multicast, parseAddressWithPrefix, parseSockaddr,
} from './ipAddress';
import { perDocument, schemaPath, spanOf } from './shared';
import { endsWithSemicolon } from './semicolon';
import { msg } from '../../i18n';

type Out = Finding[];

function at(code: string, t: Token | { file: string; range: Token['range'] }, message: string, extra: Partial<Finding> = {}): Finding {
  // A word ending in ';' is reported once, by semicolon-in-value.
  const suppressed = 'text' in t && endsWithSemicolon(t) && code !== 'missing-argument';
  return { code, message, file: t.file, range: t.range, ...extra, ...(suppressed ? { data: { ...extra.data, suppressed: true } } : {}) };
}

/** Checks ADDR[/PREFIX] of a list item; returns the family when the address is usable. */
function checkAddressWithPrefix(t: Token, out: Out, what: string, consequence: string): Family | undefined {
  const p = parseAddressWithPrefix(t.text);
  if (p.prefix !== undefined && !p.prefixValid) {
    out.push(at('invalid-prefix', t, msg().invalidPrefixLength(p.prefix, what, p.prefixMax, p.prefixMax)));
  }
  if (!p.addressValid) {
    out.push(at('invalid-address', t, msg().invalidIp(notAnAddress(t.text, p.address), consequence)));
    return undefined;
  }
  return p.family;
}

// ---------------------------------------------------------------- address lists

const VIP_FLAGS = new Set(['home', '-nodad', 'mngtmpaddr', 'noprefixroute', 'autojoin', 'no_track']);
const VIP_WITH_VALUE = new Set(['dev', 'scope', 'broadcast', 'brd', 'label', 'peer', 'preferred_lft']);
const SCOPES = new Set(['global', 'nowhere', 'host', 'link', 'site']);

function isRtNumber(text: string, max: number): boolean {
  const r = readNumber(text, { kind: 'uint', min: 0, max, base: 0 });
  return r.accepted && text.length > 0 && !text.startsWith('-');
}

function checkAddressItem(item: Item, isStatic: boolean, list: string, out: Out): void {
  const [addrTok, ...opts] = item.tokens;
  const family = checkAddressWithPrefix(addrTok, out, msg().anAddress(), msg().ignoresThisAddress());
  const optionError = (t: Token, message: string, extra: Partial<Finding> = {}) => out.push(at('invalid-address-option', t, message, extra));
  let hasPeer = false;
  let hasDev = false;
  const prefixLen = (() => {
    const p = parseAddressWithPrefix(addrTok.text);
    return p.prefix !== undefined && p.prefixValid ? Number(p.prefix || 0) : p.prefixMax;
  })();
  for (let i = 0; i < opts.length; i++) {
    const w = opts[i];
    const value = opts[i + 1];
    if (VIP_WITH_VALUE.has(w.text) || (isStatic && w.text === 'track_group')) {
      if (!value) {
        optionError(w, msg().addressOptionNeedsValue(w.text, w.text, addrTok.text));
        return;
      }
      i++;
      switch (w.text) {
        case 'dev':
          if (hasDev) optionError(w, msg().devGivenTwice(addrTok.text));
          hasDev = true;
          break;
        case 'scope':
          if (!SCOPES.has(value.text) && !isRtNumber(value.text, 255)) optionError(value, msg().invalidScope(value.text));
          else if (family === 6) optionError(w, msg().ipv6NoScope());
          break;
        case 'broadcast':
        case 'brd':
          if (family === 6) optionError(w, msg().ipv6NoBroadcast(addrTok.text));
          else if (value.text !== '+' && value.text !== '-' && !isAddress(value.text, 4)) optionError(value, msg().invalidBroadcast(value.text, addrTok.text));
          else if ((value.text === '+' || value.text === '-') && prefixLen > 30) optionError(value, msg().broadcastPrefixHasNone(value.text, prefixLen, prefixLen));
          break;
        case 'label':
          if (value.text.length >= 16) optionError(value, msg().labelTooLong(value.text, value.text.length, addrTok.text));
          else if (family === 6) optionError(w, msg().ipv6NoLabel());
          break;
        case 'peer': {
          const p = parseAddressWithPrefix(value.text, false);
          if (hasPeer) optionError(w, msg().secondPeer());
          else if (!p.addressValid) optionError(value, msg().invalidPeerAddress(value.text, addressHint(value.text)));
          else if (family && p.family !== family) optionError(value, msg().peerFamilyMismatch(value.text, p.family, family));
          hasPeer = true;
          break;
        }
        case 'preferred_lft':
          if (value.text !== 'forever' && !readNumber(value.text, { kind: 'uint', min: 0, max: 4294967295 }).accepted) optionError(value, msg().invalidPreferredLft(value.text));
          break;
      }
      continue;
    }
    if (VIP_FLAGS.has(w.text) || (!isStatic && w.text === 'use_vmac')) continue;
    const another = isAddress(parseAddressWithPrefix(w.text).address);
    optionError(
      w,
      another
        ? msg().oneAddressPerLine(w.text, addrTok.text, w.text, w.text)
        : msg().unknownAddressOption(w.text, list, w.text),
      { data: another ? { splitLine: true, indent: addrTok.range.start.character, prevEnd: (opts[i - 1] ?? addrTok).range.end } : undefined },
    );
  }
}

// ---------------------------------------------------------------- unicast_peer

function checkPeerItem(item: Item, out: Out): void {
  const [addrTok, ...opts] = item.tokens;
  const p = parseSockaddr(addrTok.text);
  if (!p.valid) out.push(at('invalid-address', addrTok, msg().malformedUnicastPeer(notAnAddress(addrTok.text, p.address))));
  else if (p.dropped) out.push(at('invalid-prefix', addrTok, msg().unicastPeerTextIgnored(p.dropped, p.address), { severity: 'warning', data: { replacement: p.address, original: addrTok.text } }));
  if (!p.valid) return;
  for (let i = 0; i < opts.length; i += 2) {
    const w = opts[i];
    if (!opts[i + 1]) {
      out.push(at('invalid-address-option', w, msg().unicastPeerOptionNeedsValue(w.text, w.text)));
      break;
    }
    if (w.text !== 'min_ttl' && w.text !== 'max_ttl') {
      out.push(at('invalid-address-option', w, msg().unknownUnicastPeerOption(w.text)));
      break;
    }
  }
}

// ---------------------------------------------------------------- routes

const ROUTE_TYPES = new Set(['local', 'nat', 'broadcast', 'brd', 'anycast', 'multicast', 'prohibit', 'unreachable', 'blackhole', 'xresolve', 'unicast', 'throw']);
const ROUTE_FLAGS = new Set(['inet', 'inet6', 'onlink', 'add', 'prepend', 'append', 'no_track']);
/** Options followed by one value (some accept 'lock' first). */
const ROUTE_VALUE = new Set(['src', 'from', 'tos', 'dsfield', 'table', 'protocol', 'scope', 'metric', 'priority', 'preference', 'dev', 'oif', 'expires', 'hoplimit', 'window', 'initcwnd', 'initrwnd', 'features', 'quickack', 'pref', 'ttl-propagate', 'fastopen_no_cookie', 'realms', 'vrf', 'or', 'via', 'gw']);
const ROUTE_LOCKABLE = new Set(['mtu', 'advmss', 'rtt', 'rttvar', 'reordering', 'cwnd', 'ssthresh', 'rto_min', 'congctl']);

function isRouteDest(text: string): boolean {
  if (['default', 'any', 'all', 'default6'].includes(text)) return true;
  const p = parseAddressWithPrefix(text);
  return p.addressValid;
}

function checkRouteItem(item: Item, s: Statement, isStatic: boolean, version: KeepalivedVersion, out: Out): void {
  const t = item.tokens;
  const first = t[0];
  const fatal = (w: Token): void => void out.push(at('missing-argument', w, fatalMessage(msg().routeOptionNeedsValue(w.text), first.text)));
  let family: Family | undefined;
  let dest: Token | undefined;
  let hasDev = false;
  let noTrack = false;
  let protocol: Token | undefined;
  const mix = (f: Family, w: Token): boolean => {
    if (family && family !== f) {
      out.push(at('invalid-route', w, msg().routeMixesFamilies()));
      return false;
    }
    family = f;
    return true;
  };
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    const word = w.text;
    if (ROUTE_FLAGS.has(word)) {
      if (word === 'inet' || word === 'inet6') {
        if (!mix(word === 'inet' ? 4 : 6, w)) return;
      }
      if (word === 'no_track') noTrack = true;
      continue;
    }
    if (word === 'nexthop' || word === 'encap') return finishRoute();
    if (word === 'as') {
      if (!t[i + 1]) return fatal(w);
      if (t[i + 1].text === 'to') i++;
      if (!t[i + 1]) return fatal(w);
      i++;
      continue;
    }
    if (ROUTE_LOCKABLE.has(word)) {
      if (t[i + 1]?.text === 'lock') i++;
      if (!t[i + 1]) return fatal(w);
      i++;
      continue;
    }
    if (ROUTE_VALUE.has(word) || (isStatic && word === 'track_group')) {
      let v = t[i + 1];
      if (!v) return fatal(w);
      i++;
      if (word === 'gw' || word === 'or') {
        out.push(at('deprecated-keyword', w, word === 'gw' ? msg().routeGwDeprecated() : msg().routeOrDeprecated(), { severity: 'warning', tags: ['deprecated'], data: { replacement: word === 'gw' ? 'via' : undefined } }));
      }
      if (word === 'via' || word === 'gw') {
        if (v.text === 'inet' || v.text === 'inet6') {
          if (!mix(v.text === 'inet' ? 4 : 6, v)) return;
          v = t[++i];
          if (!v) return fatal(w);
        }
      }
      if (word === 'src' || word === 'via' || word === 'gw' || word === 'or') {
        const p = parseAddressWithPrefix(v.text, false);
        if (!p.addressValid) {
          out.push(at('invalid-address', v, msg().invalidRouteAddress(v.text, word, addressHint(v.text))));
          return;
        }
        if (!mix(p.family, v)) return;
      } else if (word === 'from') {
        const p = parseAddressWithPrefix(v.text);
        if (!isRouteDest(v.text)) {
          out.push(at('invalid-address', v, msg().invalidRouteFrom(v.text, addressHint(v.text))));
          return;
        }
        if (p.prefix !== undefined && !p.prefixValid) out.push(at('invalid-prefix', v, msg().invalidRoutePrefixLength(p.prefix, p.prefixMax, p.prefixMax)));
        if (p.family !== 6) {
          out.push(at('invalid-route', v, msg().routeFromIpv6Only()));
          return;
        }
        if (!mix(6, v)) return;
      } else if (word === 'dev' || word === 'oif') hasDev = true;
      else if (word === 'protocol') protocol = v;
      else if (word === 'metric' || word === 'priority' || word === 'preference') {
        if (!isRtNumber(v.text, 4294967295)) {
          out.push(at('invalid-route', v, msg().invalidRouteMetric(word)));
          return;
        }
      } else if (word === 'scope' && !SCOPES.has(v.text) && !isRtNumber(v.text, 255)) {
        out.push(at('invalid-route', v, msg().invalidRouteScope(v.text)));
        return;
      }
      continue;
    }
    // Anything else is the destination, optionally after 'to' and a route type.
    if (word === 'to') {
      if (!t[i + 1]) return fatal(w);
      i++;
    } else if (ROUTE_TYPES.has(word) || (/^\d+$/.test(word) && Number(word) <= 255)) {
      if (!t[i + 1]) return fatal(w);
      i++;
    }
    const d = t[i];
    const p = parseAddressWithPrefix(d.text);
    if (!isRouteDest(d.text)) {
      const looksLikeAddress = /^[0-9a-fA-F:.]+(\/.*)?$/.test(d.text) && /[.:]/.test(d.text);
      out.push(at(looksLikeAddress ? 'invalid-address' : 'invalid-route', d, looksLikeAddress
        ? msg().unknownRouteKeywordAddress(notAnAddress(d.text, p.address), d.text)
        : msg().unknownRouteKeyword(d.text, d.text)));
      return;
    }
    if (p.prefix !== undefined && !p.prefixValid) out.push(at('invalid-prefix', d, msg().invalidRouteDestinationPrefix(p.prefix, p.prefixMax, p.prefixMax)));
    if (!['default', 'any', 'all'].includes(d.text) && !mix(d.text === 'default6' ? 6 : p.family, d)) return;
    dest = d;
  }
  return finishRoute();

  function finishRoute(): void {
    if (!dest) {
      out.push(at('invalid-route', first, msg().routeWithoutDestination(), { range: spanOf(t) }));
      return;
    }
    if (!noTrack && protocol && protocol.text !== 'keepalived' && protocol.text !== '18') {
      out.push(at('route-not-tracked', protocol, msg().trackedRouteProtocol(protocol.text), { data: { appendNoTrack: true, lineEnd: t[t.length - 1].range.end } }));
    }
    if (version === '2.2' && !noTrack && !hasDev) {
      out.push(at('route-not-tracked', dest, msg().trackedRouteWithoutDev(dest.text), { data: { appendNoTrack: true, lineEnd: t[t.length - 1].range.end } }));
    }
    void s;
  }
}

// ---------------------------------------------------------------- rules

const RULE_VALUE = new Set(['tos', 'dsfield', 'realms', 'suppress_ifgroup', 'sup_group', 'dev', 'iif', 'oif', 'tunnel-id', 'uidrange', 'protocol', 'ipproto', 'sport', 'dport']);

function checkRuleItem(item: Item, isStatic: boolean, out: Out): void {
  const t = item.tokens;
  const first = t[0];
  const fatal = (w: Token): void => void out.push(at('missing-argument', w, fatalMessage(msg().ruleOptionNeedsValue(w.text), first.text)));
  let family: Family | undefined;
  let hasAction = false;
  let hasPreference = false;
  let gotoTarget = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    const word = w.text;
    if (word === 'inet' || word === 'inet6') {
      const f = word === 'inet' ? 4 : 6;
      if (family && family !== f) return void out.push(at('invalid-rule', w, msg().ruleContradictsAddresses(word)));
      family = f;
      continue;
    }
    if (word === 'not' || word === 'no_track' || word === 'l3mdev' || word === 'nop') {
      if (word === 'l3mdev' || word === 'nop') hasAction = true;
      continue;
    }
    const needsValue = word === 'from' || word === 'to' || word === 'table' || word === 'lookup' || word === 'preference' || word === 'order' || word === 'priority' || word === 'fwmark' || word === 'suppress_prefixlength' || word === 'sup_pl' || word === 'goto' || word === 'type' || RULE_VALUE.has(word) || (isStatic && word === 'track_group');
    if (!needsValue) {
      if (['blackhole', 'unreachable', 'prohibit'].includes(word)) {
        hasAction = true;
        continue;
      }
      return void out.push(at(ROUTE_TYPES.has(word) ? 'invalid-rule' : 'invalid-rule', w, ROUTE_TYPES.has(word)
        ? msg().invalidRuleAction(word)
        : msg().unknownRuleOption(word, word)));
    }
    const v = t[i + 1];
    if (!v) return fatal(w);
    i++;
    switch (word) {
      case 'from':
      case 'to': {
        const p = parseAddressWithPrefix(v.text);
        if (!isRouteDest(v.text)) {
          out.push(at('invalid-address', v, msg().invalidRuleAddress(notAnAddress(v.text, p.address), word, v.text)));
          return;
        }
        if (p.prefix !== undefined && !p.prefixValid) out.push(at('invalid-prefix', v, msg().invalidRulePrefixLength(p.prefix, p.prefixMax, p.prefixMax)));
        if (!['default', 'any', 'all'].includes(v.text)) {
          const f = v.text === 'default6' ? 6 : p.family;
          if (family && family !== f) return void out.push(at('invalid-rule', v, msg().ruleMixesFamilies()));
          family = f;
        }
        break;
      }
      case 'table':
      case 'lookup':
        if (v.text === '0') return void out.push(at('invalid-rule', v, msg().ruleTableZero()));
        hasAction = true;
        break;
      case 'preference':
      case 'order':
      case 'priority':
        if (!isRtNumber(v.text, 4294967295)) return void out.push(at('invalid-rule', v, msg().invalidRulePreference(word)));
        hasPreference = true;
        break;
      case 'goto':
        if (!isRtNumber(v.text, 4294967295)) return void out.push(at('invalid-rule', v, msg().ruleGotoNotNumber()));
        hasAction = true;
        gotoTarget = true;
        break;
      case 'type':
        if (v.text === 'nop' || ['blackhole', 'unreachable', 'prohibit'].includes(v.text)) hasAction = true;
        else if (v.text === 'goto') {
          const target = t[i + 1];
          if (!target) return fatal(v);
          i++;
          hasAction = true;
          gotoTarget = true;
        } else return void out.push(at('invalid-rule', v, msg().invalidRuleType(v.text)));
        break;
    }
  }
  if (gotoTarget && !hasPreference) return void out.push(at('invalid-rule', first, msg().ruleGotoPreference(), { range: spanOf(t) }));
  if (!hasAction) return void out.push(at('invalid-rule', first, msg().ruleWithoutAction(), { range: spanOf(t) }));
  if (!hasPreference) {
    out.push(at('rule-without-preference', first, msg().ruleWithoutPreference(), { range: spanOf(t), data: { lineEnd: t[t.length - 1].range.end } }));
  }
}

// ---------------------------------------------------------------- virtual_server_group

function checkVsgItem(item: Item, out: Out): void {
  const [addrTok, portTok, famTok] = item.tokens;
  if (addrTok.text === 'fwmark') {
    if (!portTok) return void out.push(at('missing-argument', addrTok, fatalMessage(msg().fwmarkNeedsNumber(), 'fwmark')));
    if (!readNumber(portTok.text, { kind: 'uint', min: 0, max: 4294967295 }).accepted) out.push(at('invalid-number', portTok, msg().invalidFwmarkEntry()));
    if (famTok && famTok.text !== 'inet' && famTok.text !== 'inet6') out.push(at('invalid-address-option', famTok, msg().invalidAddressFamily(famTok.text)));
    return;
  }
  const p = parseSockaddr(addrTok.text);
  if (!p.valid) return void out.push(at('invalid-address', addrTok, msg().invalidVsGroupAddress(notAnAddress(addrTok.text, p.address))));
  if (portTok && !isZeroPort(portTok.text) && !readNumber(portTok.text, { kind: 'uint', min: 1, max: 65535 }).accepted) {
    out.push(at('invalid-number', portTok, msg().invalidVsGroupPort()));
  }
  const slash = addrTok.text.indexOf('/');
  if (slash >= 0) {
    const maskText = addrTok.text.slice(slash + 1);
    const max = p.family === 6 ? 128 : 32;
    if (!/^\d+$/.test(maskText) || Number(maskText) === 0 || Number(maskText) > max) {
      out.push(at('invalid-prefix', addrTok, msg().invalidVsGroupNetmask(maskText, max)));
    } else if (p.family === 4) {
      const bits = Number(maskText);
      const n = p.address.split('.').reduce((a, o) => a * 256 + Number(o), 0);
      const host = bits === 32 ? 0 : n % 2 ** (32 - bits);
      if (host !== 0) out.push(at('invalid-prefix', addrTok, msg().hostBitsSet(p.address, bits)));
    }
    return;
  }
  const dash = addrTok.text.indexOf('-');
  if (dash >= 0) {
    const end = addrTok.text.slice(dash + 1);
    const full = p.family === 4 ? end.includes('.') : end.includes(':');
    if (full) {
      if (!isAddress(end, familyOf(end))) out.push(at('invalid-address', addrTok, msg().invalidRangeEnd(end)));
    } else if (p.family === 4) {
      const last = Number(p.address.split('.')[3]);
      if (!/^\d+$/.test(end) || Number(end) > 255 || Number(end) <= last) out.push(at('invalid-address', addrTok, msg().invalidRangeLastOctet(addrTok.text, last)));
    }
  }
}

// ---------------------------------------------------------------- server headers and address keywords

function checkServerHeader(s: Statement, out: Out): void {
  const [a] = s.args;
  if (!a) return;
  const isVs = s.keyword.text === 'virtual_server';
  if (isVs && (a.text === 'fwmark' || a.text === 'group')) return;
  const p = parseSockaddr(a.text);
  if (!p.valid) {
    out.push(at('invalid-address', a, msg().invalidServerAddress(notAnAddress(a.text, p.address), isVs ? 'virtual' : 'real', s.keyword.text)));
  } else if (p.dropped) {
    out.push(at('invalid-prefix', a, msg().serverAddressTextIgnored(p.dropped, s.keyword.text, p.address), { severity: 'warning', data: { replacement: p.address, original: a.text } }));
  }
}

/** Keywords that must name a multicast group. */
const MULTICAST: Record<string, { family?: Family; linkLocal6: boolean }> = {
  'global_defs/vrrp_mcast_group4': { family: 4, linkLocal6: false },
  'global_defs/vrrp_mcast_group6': { family: 6, linkLocal6: false },
  'vrrp_instance/mcast_dst_ip': { linkLocal6: true },
};

function checkAddressKeyword(s: Statement, path: string, out: Out): void {
  const a = s.args[0];
  if (!a) return;
  const p = parseSockaddr(a.text);
  if (!p.valid) {
    out.push(at('invalid-address', a, msg().invalidMcastAddress(notAnAddress(a.text, p.address), s.keyword.text)));
    return;
  }
  const mc = MULTICAST[path];
  if (mc) {
    if (mc.family && p.family !== mc.family) return void out.push(at('invalid-address', a, msg().mcastWrongFamily(s.keyword.text, mc.family)));
    const ok = p.family === 4 ? isIPv4Multicast(p.address) : mc.linkLocal6 ? isIPv6LinkLocalMulticast(p.address) : isIPv6Multicast(p.address);
    if (!ok) out.push(at('invalid-address', a, msg().notMulticastAddress(p.address, mc.linkLocal6 && p.family === 6 ? msg().linkLocalQualifier() : '', s.keyword.text)));
    return;
  }
  if (p.dropped) out.push(at('invalid-prefix', a, msg().mcastAddressTextIgnored(p.dropped, s.keyword.text, p.address), { severity: 'warning', data: { replacement: p.address, original: a.text } }));
}

/** lvs_sync_daemon ... group ADDR: the sync daemon's multicast group. */
function checkSyncDaemonGroup(s: Statement, out: Out): void {
  const i = s.args.findIndex((t, n) => n >= 2 && t.text === 'group');
  const a = i >= 0 ? s.args[i + 1] : undefined;
  if (!a) return;
  const p = parseSockaddr(a.text);
  if (!p.valid) out.push(at('invalid-address', a, msg().invalidSyncGroupAddress(notAnAddress(a.text, p.address))));
  else if (!(p.family === 4 ? isIPv4Multicast(p.address) : isIPv6Multicast(p.address))) out.push(at('invalid-address', a, msg().syncDaemonGroupNotMulticast(p.address)));
}

const AtonPart = '(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)';
const ATON = new RegExp(`^${AtonPart}(?:\\.${AtonPart}){0,3}$`);

/** persistence_granularity: an IPv4 netmask (read like inet_aton) or, for IPv6 services, a prefix length 1-128. */
function checkGranularity(s: Statement, out: Out): void {
  const a = s.args[0];
  if (!a || !s.parent) return;
  const header = s.parent.args[0]?.text ?? '';
  const family: Family = header === 'fwmark' || header === 'group' ? (a.text.includes('.') ? 4 : 6) : familyOf(header);
  if (family === 6) {
    if (!readNumber(a.text, { kind: 'uint', min: 1, max: 128 }).accepted) out.push(at('invalid-prefix', a, msg().invalidIpv6PersistenceGranularity()));
    return;
  }
  if (!ATON.test(a.text)) {
    out.push(at('invalid-address', a, msg().invalidIpv4PersistenceGranularity()));
  } else if (/^[1-9][0-9]?$/.test(a.text) && Number(a.text) <= 128) {
    // A lone small number reads as the address 0.0.0.N: surely meant as a prefix length.
    const prefix = Number(a.text);
    const mask = prefix >= 1 && prefix <= 32 ? [0, 1, 2, 3].map((i) => (Math.max(0, Math.min(8, prefix - 8 * i)) === 0 ? 0 : 256 - 2 ** (8 - Math.min(8, prefix - 8 * i)))).join('.') : undefined;
    out.push(at('invalid-prefix', a, msg().netmaskNotPrefixLength(a.text, prefix, mask ? msg().writeMaskForPrefix(mask, prefix) : ''), { severity: 'warning', data: mask ? { replacement: mask } : undefined }));
  }
}

// ---------------------------------------------------------------- the pass

const ADDRESS_LISTS = new Set(['vrrp_instance/virtual_ipaddress', 'vrrp_instance/virtual_ipaddress_excluded', 'static_ipaddress']);
const ROUTE_LISTS = new Set(['vrrp_instance/virtual_routes', 'static_routes']);
const RULE_LISTS = new Set(['vrrp_instance/virtual_rules', 'static_rules']);

const CHECKED_PATHS = new Set(['vrrp_instance/unicast_peer', 'virtual_server_group', 'virtual_server', 'virtual_server/real_server', 'global_defs/lvs_sync_daemon', 'virtual_server/persistence_granularity']);
const ADDRESS_TYPES = new Set(['ipaddr', 'ipv4', 'ipv6', 'ip_port']);

/** Keywords the pass below looks at (its tests, on the schema entry alone). */
function hasItemSyntax(kw: KeywordSchema): boolean {
  const path = schemaPath(kw);
  return ADDRESS_LISTS.has(path) || ROUTE_LISTS.has(path) || RULE_LISTS.has(path) || CHECKED_PATHS.has(path) || (kw.kind === 'keyword' && ADDRESS_TYPES.has(kw.type ?? ''));
}

export const itemFindings = perDocument((doc: ConfigDocument, version: KeepalivedVersion): Finding[] => {
  const out: Finding[] = [];
  for (const s of statementIndex(doc).where(hasItemSyntax)) {
    const kw = s.schema!;
    const path = schemaPath(kw);
    if (ADDRESS_LISTS.has(path)) for (const item of s.items) checkAddressItem(item, path === 'static_ipaddress', s.keyword.text, out);
    else if (path === 'vrrp_instance/unicast_peer') for (const item of s.items) checkPeerItem(item, out);
    else if (ROUTE_LISTS.has(path)) for (const item of s.items) checkRouteItem(item, s, path === 'static_routes', version, out);
    else if (RULE_LISTS.has(path)) for (const item of s.items) checkRuleItem(item, path === 'static_rules', out);
    else if (path === 'virtual_server_group') for (const item of s.items) checkVsgItem(item, out);
    else if (path === 'virtual_server' || path === 'virtual_server/real_server') checkServerHeader(s, out);
    else if (path === 'global_defs/lvs_sync_daemon') checkSyncDaemonGroup(s, out);
    else if (path === 'virtual_server/persistence_granularity') checkGranularity(s, out);
    else if (kw.kind === 'keyword' && (kw.type === 'ipaddr' || kw.type === 'ipv4' || kw.type === 'ipv6' || kw.type === 'ip_port')) checkAddressKeyword(s, path, out);
  }
  return out.filter((f) => !f.data?.suppressed);
});

/** The missing-argument findings of list items (routes, rules, group entries), for that rule. */
export function itemArgumentFindings(doc: ConfigDocument, version: KeepalivedVersion): Finding[] {
  return itemFindings(doc, version).filter((f) => f.code === 'missing-argument');
}

