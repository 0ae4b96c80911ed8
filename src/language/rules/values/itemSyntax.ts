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
    out.push(at('invalid-prefix', t, `'/${p.prefix}' is not a valid prefix length for ${what} (0-${p.prefixMax}); keepalived reports "Invalid address prefix len" and uses /${p.prefixMax}.`));
  }
  if (!p.addressValid) {
    out.push(at('invalid-address', t, `${notAnAddress(t.text, p.address)}; keepalived reports "invalid IP" and ${consequence}.`));
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
  const family = checkAddressWithPrefix(addrTok, out, 'an address', 'ignores this address');
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
        optionError(w, `'${w.text}' needs a value; keepalived reports "No ${w.text} parameter specified" and drops the address ${addrTok.text}.`);
        return;
      }
      i++;
      switch (w.text) {
        case 'dev':
          if (hasDev) optionError(w, `'dev' is given twice; keepalived reports it and drops the address ${addrTok.text}.`);
          hasDev = true;
          break;
        case 'scope':
          if (!SCOPES.has(value.text) && !isRtNumber(value.text, 255)) optionError(value, `'${value.text}' is not a scope (host, link, site, global, nowhere or 0-255); keepalived reports it and ignores the scope.`);
          else if (family === 6) optionError(w, `IPv6 addresses cannot have a scope; keepalived reports it and ignores the scope.`);
          break;
        case 'broadcast':
        case 'brd':
          if (family === 6) optionError(w, `IPv6 addresses have no broadcast address; keepalived reports it and drops the address ${addrTok.text}.`);
          else if (value.text !== '+' && value.text !== '-' && !isAddress(value.text, 4)) optionError(value, `'${value.text}' is not a broadcast address (an IPv4 address, '+' or '-'); keepalived reports it and drops the address ${addrTok.text}.`);
          else if ((value.text === '+' || value.text === '-') && prefixLen > 30) optionError(value, `'brd ${value.text}' computes the broadcast from the prefix, but /${prefixLen} has none; keepalived reports "Address prefix length ${prefixLen} too long for broadcast". Give the address its real prefix (e.g. /24).`);
          break;
        case 'label':
          if (value.text.length >= 16) optionError(value, `The label '${value.text}' is ${value.text.length} characters; labels must be shorter than 16, so keepalived reports it and drops the address ${addrTok.text}.`);
          else if (family === 6) optionError(w, `IPv6 addresses cannot have a label; keepalived reports it and ignores the label.`);
          break;
        case 'peer': {
          const p = parseAddressWithPrefix(value.text, false);
          if (hasPeer) optionError(w, `A second 'peer'; keepalived reports it and ignores it.`);
          else if (!p.addressValid) optionError(value, `'${value.text}' is not a valid peer address${addressHint(value.text)}; keepalived reports "Invalid peer address" and ignores it.`);
          else if (family && p.family !== family) optionError(value, `The peer ${value.text} is IPv${p.family} but the address is IPv${family}; keepalived reports it and ignores the peer.`);
          hasPeer = true;
          break;
        }
        case 'preferred_lft':
          if (value.text !== 'forever' && !readNumber(value.text, { kind: 'uint', min: 0, max: 4294967295 }).accepted) optionError(value, `preferred_lft must be 'forever' or a number of seconds; keepalived reports "preferred_lft ${value.text} is invalid" and ignores it.`);
          break;
      }
      continue;
    }
    if (VIP_FLAGS.has(w.text) || (!isStatic && w.text === 'use_vmac')) continue;
    const another = isAddress(parseAddressWithPrefix(w.text).address);
    optionError(
      w,
      another
        ? `Only one address per line: keepalived reads '${w.text}' as an option of ${addrTok.text}, reports "Unknown configuration entry '${w.text}' for ip address - ignoring", and ${w.text} is never added. Put each address on its own line.`
        : `'${w.text}' is not an option of a ${list} entry; keepalived reports "Unknown configuration entry '${w.text}' for ip address - ignoring".`,
      { data: another ? { splitLine: true, indent: addrTok.range.start.character, prevEnd: (opts[i - 1] ?? addrTok).range.end } : undefined },
    );
  }
}

// ---------------------------------------------------------------- unicast_peer

function checkPeerItem(item: Item, out: Out): void {
  const [addrTok, ...opts] = item.tokens;
  const p = parseSockaddr(addrTok.text);
  if (!p.valid) out.push(at('invalid-address', addrTok, `${notAnAddress(addrTok.text, p.address)}; keepalived reports "malformed unicast peer address" and skips this peer.`));
  else if (p.dropped) out.push(at('invalid-prefix', addrTok, `keepalived ignores '${p.dropped}' in a unicast peer address; the peer is ${p.address}.`, { severity: 'warning', data: { replacement: p.address, original: addrTok.text } }));
  if (!p.valid) return;
  for (let i = 0; i < opts.length; i += 2) {
    const w = opts[i];
    if (!opts[i + 1]) {
      out.push(at('invalid-address-option', w, `'${w.text}' needs a value; keepalived reports "${w.text} is missing a value".`));
      break;
    }
    if (w.text !== 'min_ttl' && w.text !== 'max_ttl') {
      out.push(at('invalid-address-option', w, `'${w.text}' is not a unicast_peer option (only min_ttl and max_ttl); keepalived ignores it and the rest of the line.`));
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
  const fatal = (w: Token): void => void out.push(at('missing-argument', w, fatalMessage(`'${w.text}' in a route needs a value`, first.text)));
  let family: Family | undefined;
  let dest: Token | undefined;
  let hasDev = false;
  let noTrack = false;
  let protocol: Token | undefined;
  const mix = (f: Family, w: Token): boolean => {
    if (family && family !== f) {
      out.push(at('invalid-route', w, `This route mixes IPv4 and IPv6 addresses; keepalived reports "Cannot mix IPv4 and IPv6 addresses for route" and ignores the route.`));
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
        out.push(at('deprecated-keyword', w, word === 'gw' ? `'gw' in routes is deprecated; keepalived reports "\\"gw\\" for routes is deprecated" - use 'via'.` : `'or' in routes is deprecated; keepalived reports "\\"or\\" for routes is deprecated" - use 'nexthop'.`, { severity: 'warning', tags: ['deprecated'], data: { replacement: word === 'gw' ? 'via' : undefined } }));
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
          out.push(at('invalid-address', v, `'${v.text}' is not a valid address for '${word}'${addressHint(v.text)}; keepalived reports it and ignores the whole route.`));
          return;
        }
        if (!mix(p.family, v)) return;
      } else if (word === 'from') {
        const p = parseAddressWithPrefix(v.text);
        if (!isRouteDest(v.text)) {
          out.push(at('invalid-address', v, `'${v.text}' is not a valid 'from' address${addressHint(v.text)}; keepalived reports it and ignores the whole route.`));
          return;
        }
        if (p.prefix !== undefined && !p.prefixValid) out.push(at('invalid-prefix', v, `'/${p.prefix}' is not a valid prefix length (0-${p.prefixMax}); keepalived reports it and uses /${p.prefixMax}.`));
        if (p.family !== 6) {
          out.push(at('invalid-route', v, `'from' in a route is only supported for IPv6; keepalived reports it and ignores the whole route.`));
          return;
        }
        if (!mix(6, v)) return;
      } else if (word === 'dev' || word === 'oif') hasDev = true;
      else if (word === 'protocol') protocol = v;
      else if (word === 'metric' || word === 'priority' || word === 'preference') {
        if (!isRtNumber(v.text, 4294967295)) {
          out.push(at('invalid-route', v, `The route ${word} must be a number 0-4294967295; keepalived reports "Invalid metric" and ignores the whole route.`));
          return;
        }
      } else if (word === 'scope' && !SCOPES.has(v.text) && !isRtNumber(v.text, 255)) {
        out.push(at('invalid-route', v, `'${v.text}' is not a scope (host, link, site, global, nowhere or a number); keepalived reports it and ignores the whole route.`));
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
        ? `${notAnAddress(d.text, p.address)}; keepalived reports "unknown route keyword ${d.text}" and ignores the whole route.`
        : `'${d.text}' is neither a route option nor a destination; keepalived reports "unknown route keyword ${d.text}" and ignores the whole route.`));
      return;
    }
    if (p.prefix !== undefined && !p.prefixValid) out.push(at('invalid-prefix', d, `'/${p.prefix}' is not a valid prefix length (0-${p.prefixMax}); keepalived reports "Invalid address prefix len" and uses /${p.prefixMax}.`));
    if (!['default', 'any', 'all'].includes(d.text) && !mix(d.text === 'default6' ? 6 : p.family, d)) return;
    dest = d;
  }
  return finishRoute();

  function finishRoute(): void {
    if (!dest) {
      out.push(at('invalid-route', first, `This route has no destination; keepalived reports "Route must have a destination" and ignores it.`, { range: spanOf(t) }));
      return;
    }
    if (!noTrack && protocol && protocol.text !== 'keepalived' && protocol.text !== '18') {
      out.push(at('route-not-tracked', protocol, `keepalived tracks this route and therefore sets its protocol to 'keepalived'; it reports "Route cannot be tracked if protocol is not RTPROT_KEEPALIVED" and ignores 'protocol ${protocol.text}'. Add 'no_track' to keep your protocol.`, { data: { appendNoTrack: true, lineEnd: t[t.length - 1].range.end } }));
    }
    if (version === '2.2' && !noTrack && !hasDev) {
      out.push(at('route-not-tracked', dest, `keepalived 2.2 cannot track a route without 'dev': it reports "Warning - cannot track route ${dest.text} with no interface specified, not tracking". Add 'dev IFNAME', or 'no_track' if you do not want it tracked.`, { data: { appendNoTrack: true, lineEnd: t[t.length - 1].range.end } }));
    }
    void s;
  }
}

// ---------------------------------------------------------------- rules

const RULE_VALUE = new Set(['tos', 'dsfield', 'realms', 'suppress_ifgroup', 'sup_group', 'dev', 'iif', 'oif', 'tunnel-id', 'uidrange', 'protocol', 'ipproto', 'sport', 'dport']);

function checkRuleItem(item: Item, isStatic: boolean, out: Out): void {
  const t = item.tokens;
  const first = t[0];
  const fatal = (w: Token): void => void out.push(at('missing-argument', w, fatalMessage(`'${w.text}' in a rule needs a value`, first.text)));
  let family: Family | undefined;
  let hasAction = false;
  let hasPreference = false;
  let gotoTarget = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    const word = w.text;
    if (word === 'inet' || word === 'inet6') {
      const f = word === 'inet' ? 4 : 6;
      if (family && family !== f) return void out.push(at('invalid-rule', w, `'${word}' contradicts the addresses of this rule; keepalived reports it and ignores the rule.`));
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
        ? `'${word}' is not a rule action (use table, goto, nop, blackhole, unreachable or prohibit); keepalived reports "Invalid rule action" and ignores the rule.`
        : `'${word}' is not a rule option; keepalived reports "Unknown rule option ${word}" and ignores the rule.`));
    }
    const v = t[i + 1];
    if (!v) return fatal(w);
    i++;
    switch (word) {
      case 'from':
      case 'to': {
        const p = parseAddressWithPrefix(v.text);
        if (!isRouteDest(v.text)) {
          out.push(at('invalid-address', v, `${notAnAddress(v.text, p.address)}; keepalived reports "Invalid rule ${word} address ${v.text}" and ignores the rule.`));
          return;
        }
        if (p.prefix !== undefined && !p.prefixValid) out.push(at('invalid-prefix', v, `'/${p.prefix}' is not a valid prefix length (0-${p.prefixMax}); keepalived reports it and uses /${p.prefixMax}.`));
        if (!['default', 'any', 'all'].includes(v.text)) {
          const f = v.text === 'default6' ? 6 : p.family;
          if (family && family !== f) return void out.push(at('invalid-rule', v, `This rule mixes IPv4 and IPv6; keepalived reports it and ignores the rule.`));
          family = f;
        }
        break;
      }
      case 'table':
      case 'lookup':
        if (v.text === '0') return void out.push(at('invalid-rule', v, `Table 0 is not valid; keepalived reports it and ignores the rule.`));
        hasAction = true;
        break;
      case 'preference':
      case 'order':
      case 'priority':
        if (!isRtNumber(v.text, 4294967295)) return void out.push(at('invalid-rule', v, `The rule ${word} must be a number 0-4294967295; keepalived reports "Invalid rule preference" and ignores the rule.`));
        hasPreference = true;
        break;
      case 'goto':
        if (!isRtNumber(v.text, 4294967295)) return void out.push(at('invalid-rule', v, `The goto target must be a number; keepalived reports it and ignores the rule.`));
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
        } else return void out.push(at('invalid-rule', v, `'${v.text}' is not a rule type (goto, nop, blackhole, unreachable, prohibit); keepalived reports it and ignores the rule.`));
        break;
    }
  }
  if (gotoTarget && !hasPreference) return void out.push(at('invalid-rule', first, `A rule with 'goto' needs a preference lower than its target; keepalived reports it and ignores the rule.`, { range: spanOf(t) }));
  if (!hasAction) return void out.push(at('invalid-rule', first, `This rule has no action (table N, goto, nop, blackhole, unreachable or prohibit); keepalived reports "No action specified for rule - ignoring".`, { range: spanOf(t) }));
  if (!hasPreference) {
    out.push(at('rule-without-preference', first, `This rule has no preference; keepalived picks one itself (counting down from 16384 for IPv4) and reports "This is probably not what you want". Add 'preference N' so the order of your rules is explicit.`, { range: spanOf(t), data: { lineEnd: t[t.length - 1].range.end } }));
  }
}

// ---------------------------------------------------------------- virtual_server_group

function checkVsgItem(item: Item, out: Out): void {
  const [addrTok, portTok, famTok] = item.tokens;
  if (addrTok.text === 'fwmark') {
    if (!portTok) return void out.push(at('missing-argument', addrTok, fatalMessage(`'fwmark' needs a mark number`, 'fwmark')));
    if (!readNumber(portTok.text, { kind: 'uint', min: 0, max: 4294967295 }).accepted) out.push(at('invalid-number', portTok, `The fwmark must be a number 0-4294967295; keepalived reports it and ignores this entry.`));
    if (famTok && famTok.text !== 'inet' && famTok.text !== 'inet6') out.push(at('invalid-address-option', famTok, `'${famTok.text}' is not an address family (inet or inet6); keepalived reports it and ignores this entry.`));
    return;
  }
  const p = parseSockaddr(addrTok.text);
  if (!p.valid) return void out.push(at('invalid-address', addrTok, `${notAnAddress(addrTok.text, p.address)}; keepalived reports "Invalid virtual server group IP address" and skips this entry.`));
  if (portTok && !isZeroPort(portTok.text) && !readNumber(portTok.text, { kind: 'uint', min: 1, max: 65535 }).accepted) {
    out.push(at('invalid-number', portTok, `The port must be a number 1-65535; keepalived reports it and skips this entry.`));
  }
  const slash = addrTok.text.indexOf('/');
  if (slash >= 0) {
    const maskText = addrTok.text.slice(slash + 1);
    const max = p.family === 6 ? 128 : 32;
    if (!/^\d+$/.test(maskText) || Number(maskText) === 0 || Number(maskText) > max) {
      out.push(at('invalid-prefix', addrTok, `'/${maskText}' is not a valid prefix here (1-${max}); keepalived reports "Invalid netmask" and skips this entry.`));
    } else if (p.family === 4) {
      const bits = Number(maskText);
      const n = p.address.split('.').reduce((a, o) => a * 256 + Number(o), 0);
      const host = bits === 32 ? 0 : n % 2 ** (32 - bits);
      if (host !== 0) out.push(at('invalid-prefix', addrTok, `${p.address}/${bits} has host bits set; keepalived reports "Address mask bits not empty" and skips this entry. Use the network address.`));
    }
    return;
  }
  const dash = addrTok.text.indexOf('-');
  if (dash >= 0) {
    const end = addrTok.text.slice(dash + 1);
    const full = p.family === 4 ? end.includes('.') : end.includes(':');
    if (full) {
      if (!isAddress(end, familyOf(end))) out.push(at('invalid-address', addrTok, `The range end '${end}' is not a valid address; keepalived reports "Invalid range end" and skips this entry.`));
    } else if (p.family === 4) {
      const last = Number(p.address.split('.')[3]);
      if (!/^\d+$/.test(end) || Number(end) > 255 || Number(end) <= last) out.push(at('invalid-address', addrTok, `The range '${addrTok.text}' must end with a last octet greater than ${last} and at most 255; keepalived reports it and skips this entry.`));
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
    out.push(at('invalid-address', a, `${notAnAddress(a.text, p.address)}; keepalived reports "Invalid ${isVs ? 'virtual' : 'real'} server IP address" and skips the whole ${s.keyword.text} block.`));
  } else if (p.dropped) {
    out.push(at('invalid-prefix', a, `keepalived ignores '${p.dropped}' after a ${s.keyword.text} address; the address used is ${p.address}. Use a virtual_server_group for ranges.`, { severity: 'warning', data: { replacement: p.address, original: a.text } }));
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
    out.push(at('invalid-address', a, `${notAnAddress(a.text, p.address)}; keepalived reports it and ignores '${s.keyword.text}'.`));
    return;
  }
  const mc = MULTICAST[path];
  if (mc) {
    if (mc.family && p.family !== mc.family) return void out.push(at('invalid-address', a, `${s.keyword.text} needs an IPv${mc.family} address; keepalived reports it and keeps the default group.`));
    const ok = p.family === 4 ? isIPv4Multicast(p.address) : mc.linkLocal6 ? isIPv6LinkLocalMulticast(p.address) : isIPv6Multicast(p.address);
    if (!ok) out.push(at('invalid-address', a, `${p.address} is not a${mc.linkLocal6 && p.family === 6 ? ' link-local' : ''} multicast address; keepalived reports it and ignores '${s.keyword.text}'.`));
    return;
  }
  if (p.dropped) out.push(at('invalid-prefix', a, `keepalived ignores '${p.dropped}' in '${s.keyword.text}'; the address used is ${p.address}.`, { severity: 'warning', data: { replacement: p.address, original: a.text } }));
}

/** lvs_sync_daemon ... group ADDR: the sync daemon's multicast group. */
function checkSyncDaemonGroup(s: Statement, out: Out): void {
  const i = s.args.findIndex((t, n) => n >= 2 && t.text === 'group');
  const a = i >= 0 ? s.args[i + 1] : undefined;
  if (!a) return;
  const p = parseSockaddr(a.text);
  if (!p.valid) out.push(at('invalid-address', a, `${notAnAddress(a.text, p.address)}; keepalived reports it and ignores the group.`));
  else if (!(p.family === 4 ? isIPv4Multicast(p.address) : isIPv6Multicast(p.address))) out.push(at('invalid-address', a, `${p.address} is not a multicast address; keepalived reports "lvs_sync_daemon group address ... is not multicast" and ignores it.`));
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
    if (!readNumber(a.text, { kind: 'uint', min: 1, max: 128 }).accepted) out.push(at('invalid-prefix', a, `For an IPv6 service persistence_granularity is a prefix length 1-128; keepalived reports "Invalid IPv6 persistence_granularity" and ignores it.`));
    return;
  }
  if (!ATON.test(a.text)) {
    out.push(at('invalid-address', a, `persistence_granularity must be a netmask such as 255.255.255.0; keepalived reports "Invalid IPv4 persistence_granularity" and ignores it.`));
  } else if (/^[1-9][0-9]?$/.test(a.text) && Number(a.text) <= 128) {
    // A lone small number reads as the address 0.0.0.N: surely meant as a prefix length.
    const prefix = Number(a.text);
    const mask = prefix >= 1 && prefix <= 32 ? [0, 1, 2, 3].map((i) => (Math.max(0, Math.min(8, prefix - 8 * i)) === 0 ? 0 : 256 - 2 ** (8 - Math.min(8, prefix - 8 * i)))).join('.') : undefined;
    out.push(at('invalid-prefix', a, `keepalived reads '${a.text}' as the netmask 0.0.0.${prefix}, not as a prefix length${mask ? `; write ${mask} for /${prefix}` : ''}.`, { severity: 'warning', data: mask ? { replacement: mask } : undefined }));
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

