// Address parsing as keepalived does it: the family is chosen by the presence of ':' and the
// text must then pass the C library's inet_pton (strict: four decimal octets without leading
// zeros for IPv4, no %scope for IPv6).
import { readNumber } from './numberParsing';
import { msg } from '../../i18n';

export type Family = 4 | 6;

/** glibc inet_pton(AF_INET): exactly four decimal octets 0-255, no leading zeros. */
export function isIPv4(s: string): boolean {
  let octets = 0;
  let sawDigit = false;
  let cur = 0;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      if (sawDigit && cur === 0) return false;
      cur = cur * 10 + (ch.charCodeAt(0) - 48);
      if (cur > 255) return false;
      if (!sawDigit) {
        if (++octets > 4) return false;
        sawDigit = true;
      }
    } else if (ch === '.' && sawDigit) {
      if (octets === 4) return false;
      cur = 0;
      sawDigit = false;
    } else return false;
  }
  return octets === 4;
}

/** glibc inet_pton(AF_INET6): hex groups, one '::', an optional dotted IPv4 tail. */
export function isIPv6(s: string): boolean {
  if (s.length === 0) return false;
  let i = 0;
  if (s[0] === ':') {
    if (s[1] !== ':') return false;
    i = 1;
  }
  let bytes = 0;
  let colon = false;
  let digits = 0;
  let val = 0;
  let tokenStart = i;
  while (i < s.length) {
    const ch = s[i++];
    const d = parseInt(ch, 16);
    if (/[0-9a-fA-F]/.test(ch)) {
      if (digits === 4) return false;
      val = (val << 4) | d;
      digits++;
      continue;
    }
    if (ch === ':') {
      tokenStart = i;
      if (digits === 0) {
        if (colon) return false;
        colon = true;
        continue;
      } else if (i === s.length) return false;
      if (bytes + 2 > 16) return false;
      bytes += 2;
      digits = 0;
      val = 0;
      continue;
    }
    if (ch === '.' && bytes + 4 <= 16 && isIPv4(s.slice(tokenStart))) {
      bytes += 4;
      digits = 0;
      i = s.length;
      break;
    }
    return false;
  }
  if (digits > 0) {
    if (bytes + 2 > 16) return false;
    bytes += 2;
  }
  if (colon) {
    if (bytes === 16) return false;
    bytes = 16;
  }
  return bytes === 16;
}

export function familyOf(text: string): Family {
  return text.includes(':') ? 6 : 4;
}

export function isAddress(text: string, family: Family = familyOf(text)): boolean {
  return family === 6 ? isIPv6(text) : isIPv4(text);
}

export interface ParsedAddress {
  family: Family;
  /** The address part (before any '/'). */
  address: string;
  addressValid: boolean;
  /** Text after '/', when present. */
  prefix?: string;
  prefixValid: boolean;
  prefixMax: number;
}

/** keepalived's ADDR[/PREFIX] reader used for VIPs, static addresses, routes and rules. */
export function parseAddressWithPrefix(text: string, allowPrefix = true): ParsedAddress {
  const family = familyOf(text);
  const prefixMax = family === 6 ? 128 : 32;
  const slash = allowPrefix ? text.indexOf('/') : -1;
  const address = slash >= 0 ? text.slice(0, slash) : text;
  const prefix = slash >= 0 ? text.slice(slash + 1) : undefined;
  const prefixValid = prefix === undefined || readNumber(prefix, { kind: 'uint', min: 0, max: prefixMax }).accepted;
  return { family, address, addressValid: isAddress(address, family), prefix, prefixValid, prefixMax };
}

/** keepalived's socket-address reader (unicast_peer, *_src_ip, connect_ip, ...): it drops anything from the first '-' or '/'. */
export function parseSockaddr(text: string): { family: Family; address: string; valid: boolean; dropped?: string } {
  const family = familyOf(text);
  const cut = text.search(/[-/]/);
  const address = cut >= 0 ? text.slice(0, cut) : text;
  return { family, address, valid: isAddress(address, family), dropped: cut >= 0 ? text.slice(cut) : undefined };
}

/** IPv4 multicast (224.0.0.0/4). */
export function isIPv4Multicast(addr: string): boolean {
  const first = Number(addr.split('.')[0]);
  return first >= 224 && first <= 239;
}

export function isIPv6Multicast(addr: string): boolean {
  return /^ff/i.test(addr);
}

/** Link-local scope IPv6 multicast (ff02::/16). */
export function isIPv6LinkLocalMulticast(addr: string): boolean {
  return /^ff[0-9a-f]2:/i.test(addr);
}

/** "'X' is not a valid IPv4 address", naming the family keepalived chose (by the ':') unless that would mislead. */
export function notAnAddress(text: string, address = text): string {
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) return msg().invalidAddress(text, addressHint(text));
  return msg().invalidAddressOfFamily(address, familyOf(text), addressHint(text));
}

/** A short hint for common address typos (used in messages). */
export function addressHint(text: string): string {
  if (/^\d+\.\d+\.\d+\.$/.test(text) || /\.\//.test(text)) return msg().octetMissing();
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) return msg().portInSeparateWord();
  if (/\b0\d/.test(text) && familyOf(text) === 4) return msg().octetLeadingZeros();
  if (text.includes('%')) return msg().scopeSuffixNotAccepted();
  if (text.endsWith(';') || text.endsWith(',')) return msg().removeTrailingText(text.slice(-1));
  if (/^[A-Za-z]/.test(text) && familyOf(text) === 4) return msg().hostNameNotAccepted();
  return '';
}
