// Numbers that sit inside list items and block headers rather than after a keyword:
// track_* weights, unicast_peer TTLs, virtual/real server ports and fwmarks.
import { ConfigDocument } from '../../ast';
import { KeepalivedVersion, KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import type { NumberSite } from './numbers';
import type { KeywordNumber } from './numberSpecs';
import { schemaPath } from './shared';
import { trackItemShape } from './trackItems';
import { msg } from '../../i18n';

/** keepalived treats a port made only of zeros as "no port" (accepted since 2.0.7). */
export function isZeroPort(text: string): boolean {
  return /^0+$/.test(text);
}

/** Keywords made of `OPTION VALUE` pairs: the numeric options. */
const OPTION_NUMBERS: Record<string, Record<string, KeywordNumber>> = {
  'global_defs/lvs_timeouts': {
    tcp: { kind: 'uint', min: 0, max: 2678400, get onReject() { return msg().tcpTimeoutIgnored(); } },
    tcpfin: { kind: 'uint', min: 0, max: 2678400, get onReject() { return msg().tcpfinTimeoutIgnored(); } },
    udp: { kind: 'uint', min: 0, max: 2678400, get onReject() { return msg().udpTimeoutIgnored(); } },
  },
  'global_defs/lvs_sync_daemon': {
    id: { kind: 'uint', min: 0, max: 255, get onReject() { return msg().usesInstanceVrid(); } },
    maxlen: { kind: 'uint', min: 1, max: 65507, get onReject() { return msg().syncDaemonMaxlenIgnored(); } },
    port: { kind: 'uint', min: 1, max: 65535, get onReject() { return msg().syncDaemonPortIgnored(); } },
    ttl: { kind: 'uint', min: 1, max: 255, get onReject() { return msg().syncDaemonTtlIgnored(); } },
  },
};

/** Numbers at a fixed position after the keyword (after an optional 'all' for garp_extra_if). */
const POSITIONAL_NUMBERS: Record<string, { index: number; subject: string; spec: KeywordNumber; zeroMeansNone?: boolean }> = {
  'global_defs/vrrp_garp_extra_if': { index: 0, get subject() { return msg().vrrpGarpExtraIfInterval(); }, spec: { kind: 'uint', min: 1, max: 86400, get onReject() { return msg().vrrpGarpExtraIfIgnored(); } } },
  'global_defs/vrrp_vmac_garp_intvl': { index: 0, get subject() { return msg().vrrpVmacGarpIntvlInterval(); }, spec: { kind: 'uint', min: 1, max: 86400, get onReject() { return msg().vrrpVmacGarpIntvlIgnored(); } } },
  'vrrp_instance/garp_extra_if': { index: 0, get subject() { return msg().garpExtraIfInterval(); }, spec: { kind: 'uint', min: 0, max: 86400, get onReject() { return msg().garpExtraIfIgnored(); } } },
  'vrrp_instance/vmac_garp_intvl': { index: 0, get subject() { return msg().vmacGarpIntvlInterval(); }, spec: { kind: 'uint', min: 0, max: 86400, get onReject() { return msg().vmacGarpIntvlIgnored(); } } },
  'global_defs/smtp_server': { index: 1, get subject() { return msg().smtpPort(); }, spec: { kind: 'uint', min: 1, max: 65535, get onReject() { return msg().ignoresSmtpServerLine(); } } },
  'virtual_server/sorry_server': { index: 1, get subject() { return msg().sorryServerPort(); }, spec: { kind: 'uint', min: 1, max: 65535, get onReject() { return msg().skipsSorryServer(); } }, zeroMeansNone: true },
};

/** Keywords with numbers in their items or headers (the tests of numberItemSites, on the schema entry alone). */
function holdsNumbers(kw: KeywordSchema): boolean {
  const path = schemaPath(kw);
  return trackItemShape(path) !== undefined || OPTION_NUMBERS[path] !== undefined || POSITIONAL_NUMBERS[path] !== undefined || path.endsWith('_cpu_affinity') || path === 'vrrp_instance/unicast_peer' || path === 'virtual_server' || path === 'virtual_server/real_server';
}

export function numberItemSites(doc: ConfigDocument, _version: KeepalivedVersion): NumberSite[] {
  const sites: NumberSite[] = [];
  for (const s of statementIndex(doc).where(holdsNumbers)) {
    const path = schemaPath(s.schema!);
    const name = s.keyword.text;
    const track = trackItemShape(path);
    if (track) {
      for (const item of s.items) {
        const [target, word, value] = item.tokens;
        if (word?.text !== 'weight' || !value) continue;
        const { min, max, clamp } = track;
        sites.push({
          token: value,
          statement: s,
          subject: msg().trackItemWeight(name, target.text),
          spec: {
            kind: 'int',
            min: clamp ? min - 1 : min,
            max: clamp ? max + 1 : max,
            onReject: msg().ignoresWeightUsesDefault(),
            replaced: clamp ? { [min - 1]: min, [max + 1]: max } : undefined,
            shown: { min, max },
          },
        });
      }
    }
    const optionNumbers = OPTION_NUMBERS[path];
    if (optionNumbers) {
      for (let i = 0; i < s.args.length - 1; i++) {
        const spec = optionNumbers[s.args[i].text];
        if (!spec) continue;
        sites.push({ token: s.args[i + 1], statement: s, subject: `${name} ${s.args[i].text}`, spec });
        i++;
      }
    }
    const positional = POSITIONAL_NUMBERS[path];
    if (positional) {
      const args = path.endsWith('garp_extra_if') && s.args[0]?.text === 'all' ? s.args.slice(1) : s.args;
      const token = args[positional.index];
      if (token && !(positional.zeroMeansNone && isZeroPort(token.text))) sites.push({ token, statement: s, subject: positional.subject, spec: positional.spec });
    }
    if (path.endsWith('_cpu_affinity')) {
      for (const t of s.args) sites.push({ token: t, statement: s, subject: msg().cpuNumber(name), spec: { kind: 'uint', min: 0, max: 4294967295, onReject: msg().ignoresWholeLine() } });
    }
    if (path === 'vrrp_instance/unicast_peer') {
      for (const item of s.items) {
        for (let i = 1; i < item.tokens.length - 1; i++) {
          const w = item.tokens[i].text;
          if (w !== 'min_ttl' && w !== 'max_ttl') continue;
          sites.push({ token: item.tokens[i + 1], statement: s, subject: `unicast_peer ${w}`, spec: { kind: 'uint', min: 0, max: 255, onReject: msg().ignoresPeer() } });
          i++;
        }
      }
    }
    if ((path === 'virtual_server' || path === 'virtual_server/real_server') && s.args.length >= 2) {
      const [first, second] = s.args;
      if (path === 'virtual_server' && first.text === 'fwmark') {
        sites.push({ token: second, statement: s, subject: msg().theFwmark(), spec: { kind: 'uint', min: 0, max: 4294967295, onReject: msg().skipsVirtualServerBlock() } });
      } else if (first.text !== 'group' && !isZeroPort(second.text)) {
        const what = path === 'virtual_server' ? 'virtual_server' : 'real_server';
        sites.push({ token: second, statement: s, subject: msg().thePort(what), spec: { kind: 'uint', min: 1, max: 65535, onReject: msg().skipsWholeServerBlock(what) } });
      }
    }
  }
  return sites;
}
