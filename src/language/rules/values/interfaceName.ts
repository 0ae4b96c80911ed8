// Linux interface names are at most 15 characters; keepalived rejects longer ones. Names with
// characters no interface has (eth0:1, eth;0, veth0@if5) are looked up and reported missing.
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Token } from '../../types';
import { Rule } from '../rule';
import { interfaceNameProblem } from './interfaceNameChars';
import { schemaPath } from './shared';
import { msg } from '../../i18n';

const IFNAMSIZ = 16;

/** Interface-name words inside list items: the first word of these lists, or the word after these options. */
const FIRST_WORD_LISTS = /\/(track_interface|interfaces)$|^(linkbeat_interfaces|interface_up_down_delays)$/;
const OPTION_WORDS = new Set(['dev', 'oif', 'iif']);
const ITEM_LISTS_WITH_DEV = /(virtual_ipaddress|virtual_ipaddress_excluded|static_ipaddress|virtual_routes|static_routes|virtual_rules|static_rules)$/;

/** Keywords where interfaceWords may find a name (the same tests, on the schema entry alone). */
function namesInterfaces(kw: KeywordSchema): boolean {
  const path = schemaPath(kw);
  return (kw.type === 'ifname' && kw.kind === 'keyword') || /^vrrp_instance\/use_(vmac|ipvlan)$/.test(path) || FIRST_WORD_LISTS.test(path) || ITEM_LISTS_WITH_DEV.test(path);
}

function interfaceWords(path: string, args: Token[], items: Token[][], isIfname: boolean): Token[] {
  const out: Token[] = [];
  if (isIfname && args[0]) out.push(args[0]);
  // use_vmac / use_ipvlan [NAME] [MAC or address]: the word without ':' (or '.') is the interface name.
  if (/^vrrp_instance\/use_(vmac|ipvlan)$/.test(path)) {
    const name = args.find((t) => !t.text.includes(':') && !/^[\d.]+(\/\d+)?$/.test(t.text));
    if (name) out.push(name);
  }
  if (FIRST_WORD_LISTS.test(path)) for (const it of items) if (it[0]) out.push(it[0]);
  if (ITEM_LISTS_WITH_DEV.test(path)) {
    for (const it of items) {
      for (let i = 0; i < it.length - 1; i++) if (OPTION_WORDS.has(it[i].text)) out.push(it[i + 1]);
    }
  }
  return out;
}

export const invalidInterfaceName = {
  code: 'invalid-interface-name',
  blockLocal: true,
  severity: 'error',
  title: "An interface name that cannot exist: 16 characters or more, an alias label like eth0:1, or characters such as ';', '$', '@' or a leading '-'.",
  example: 'vrrp_instance VI_1 {\n  interface enp0s31f6-backup-lan\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(namesInterfaces)) {
      const kw = s.schema!;
      const words = interfaceWords(schemaPath(kw), s.args, s.items.map((i) => i.tokens), kw.type === 'ifname' && kw.kind === 'keyword');
      for (const t of words) {
        if (t.text.length < IFNAMSIZ) {
          const problem = interfaceNameProblem(t);
          if (problem) ctx.report({ message: problem, file: t.file, range: t.range });
          continue;
        }
        ctx.report({
          message: msg().invalidInterfaceName(t.text, t.text.length, IFNAMSIZ - 1),
          file: t.file,
          range: t.range,
        });
      }
    }
  },
} satisfies Rule;
