// Interface names that cannot be right: Linux refuses '/', ':' and blanks, and the names tools
// create are letters, digits, '_', '.' and '-' (not first). keepalived looks such a name up,
// finds nothing and reports that the interface doesn't exist.
import { Token } from '../../types';

/** What is wrong with an interface name (shorter than IFNAMSIZ), or undefined when it looks fine. */
export function interfaceNameProblem(t: Token): string | undefined {
  // A trailing ';' (semicolon-in-value) or '\' (trailing-backslash) is reported by its own rule;
  // a $NAME that is not defined by undefined-definition.
  const name = (t.quoted ? t.text : t.text.replace(/;$/, '').replace(/\\+$/, '')).replace(/\$\{?[A-Za-z_]\w*\}?/g, 'x');
  if (!name) return undefined;
  const said = `keepalived looks for an interface called '${t.text}', finds none and reports that it doesn't exist`;
  const colon = name.indexOf(':');
  if (colon > 0 && /^[\w.-]+:\w+$/.test(name)) return `'${t.text}' is an address label (the old ifconfig alias style), not an interface; ${said}. Use the interface itself ('${name.slice(0, colon)}'); a label for a VIP is set with 'label ${t.text}'.`;
  const at = name.indexOf('@');
  if (at > 0) return `'${t.text}' is how 'ip link' shows a linked interface (NAME@PEER); the interface name is only '${name.slice(0, at)}', so ${said}.`;
  if (name === '.' || name === '..' || /[/:\s]/.test(name)) return `'${t.text}' cannot be a Linux interface name ('/', ':' and blanks are not allowed); ${said}. Check the name with 'ip link'.`;
  if (name.startsWith('-')) return `'${t.text}' starts with '-', which no interface name does; ${said}. Check the name with 'ip link'.`;
  const odd = [...new Set(name.replace(/[A-Za-z0-9_.-]|[^\x20-\x7e]/g, ''))];
  if (odd.length) return `'${t.text}' contains ${odd.map((c) => `'${c}'`).join(', ')}, which interface names do not; ${said}. Check the name with 'ip link'.`;
  return undefined;
}
