// advert_int after parsing: VRRPv2 carries whole seconds, VRRPv3 centiseconds up to 40.95 s.
// keepalived rounds or clamps the value once the whole instance is known (message without a line).
import { ConfigDocument, Statement, childrenNamed, firstChild } from '../../ast';
import { KeepalivedVersion } from '../../schema';
import { readNumber } from './numberParsing';
import type { NumberFinding } from './numbers';
import { statementIndex } from '../../statementIndex';
import { msg } from '../../i18n';

/** The VRRP version keepalived will use for this instance. */
export function vrrpVersionOf(instance: Statement, doc: ConfigDocument): 2 | 3 {
  const isIPv6 = firstChild(instance, 'native_ipv6') !== undefined || childrenNamed(instance, 'virtual_ipaddress').some((vip) => vip.items[0]?.tokens[0]?.text.includes(':'));
  if (isIPv6) return 3;
  const own = firstChild(instance, 'version')?.args[0]?.text;
  if (own === '2' || own === '3') return Number(own) as 2 | 3;
  const global = doc.statements.filter((s) => s.status === 'known' && s.keyword.text === 'global_defs').flatMap((g) => childrenNamed(g, 'vrrp_version'));
  const g = global[global.length - 1]?.args[0]?.text;
  return g === '3' ? 3 : 2;
}

export function advertIntFindings(doc: ConfigDocument, _version: KeepalivedVersion): NumberFinding[] {
  const out: NumberFinding[] = [];
  for (const s of statementIndex(doc).named('advert_int')) {
    if (s.parent?.keyword.text !== 'vrrp_instance' || !s.args[0]) continue;
    const r = readNumber(s.args[0].text, { kind: 'decimal', min: 0.01, max: 255, digits: 6 });
    if (!r.accepted || r.value === undefined) continue;
    const micro = Math.round(r.value * 1e6);
    const name = s.parent.args[0]?.text ?? msg().theInstance();
    if (vrrpVersionOf(s.parent, doc) === 2) {
      if (micro % 1e6 === 0) continue;
      const rounded = Math.max(1, Math.floor((micro + 5e5) / 1e6));
      out.push({
        code: 'too-many-decimals',
        token: s.args[0],
        message: msg().tooManyDecimals(name, rounded),
        replacement: String(rounded),
      });
    } else if (micro >= 4096 * 1e4) {
      out.push({ code: 'out-of-range', token: s.args[0], message: msg().outOfRange(), replacement: '40.95' });
    } else if (micro % 1e4 !== 0) {
      const rounded = Math.max(1, Math.floor((micro + 5e3) / 1e4)) / 100;
      out.push({ code: 'too-many-decimals', token: s.args[0], message: msg().advertIntRoundedTo10ms(rounded), replacement: String(rounded) });
    }
  }
  return out;
}
