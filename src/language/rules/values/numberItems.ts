// Numbers that sit inside list items and block headers rather than after a keyword:
// track_* weights, unicast_peer TTLs, virtual/real server ports and fwmarks.
import { ConfigDocument } from '../../ast';
import { KeepalivedVersion } from '../../schema';
import type { NumberSite } from './numbers';
import { knownStatements, schemaPath } from './shared';
import { trackItemShape } from './trackItems';

/** keepalived treats a port made only of zeros as "no port" (accepted since 2.0.7). */
export function isZeroPort(text: string): boolean {
  return /^0+$/.test(text);
}

export function numberItemSites(doc: ConfigDocument, _version: KeepalivedVersion): NumberSite[] {
  const sites: NumberSite[] = [];
  for (const s of knownStatements(doc)) {
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
          subject: `The weight of ${name} item '${target.text}'`,
          spec: {
            kind: 'int',
            min: clamp ? min - 1 : min,
            max: clamp ? max + 1 : max,
            onReject: 'ignores the weight (the default weight is used)',
            replaced: clamp ? { [min - 1]: min, [max + 1]: max } : undefined,
            shown: { min, max },
          },
        });
      }
    }
    if (path === 'vrrp_instance/unicast_peer') {
      for (const item of s.items) {
        for (let i = 1; i < item.tokens.length - 1; i++) {
          const w = item.tokens[i].text;
          if (w !== 'min_ttl' && w !== 'max_ttl') continue;
          sites.push({ token: item.tokens[i + 1], statement: s, subject: `unicast_peer ${w}`, spec: { kind: 'uint', min: 0, max: 255, onReject: 'ignores the peer' } });
          i++;
        }
      }
    }
    if ((path === 'virtual_server' || path === 'virtual_server/real_server') && s.args.length >= 2) {
      const [first, second] = s.args;
      if (path === 'virtual_server' && first.text === 'fwmark') {
        sites.push({ token: second, statement: s, subject: 'The fwmark', spec: { kind: 'uint', min: 0, max: 4294967295, onReject: 'skips the whole virtual_server block' } });
      } else if (first.text !== 'group' && !isZeroPort(second.text)) {
        const what = path === 'virtual_server' ? 'virtual_server' : 'real_server';
        sites.push({ token: second, statement: s, subject: `The ${what} port`, spec: { kind: 'uint', min: 1, max: 65535, onReject: `skips the whole ${what} block` } });
      }
    }
  }
  return sites;
}
