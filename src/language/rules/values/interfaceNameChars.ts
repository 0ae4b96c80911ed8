// Interface names that cannot be right: Linux refuses '/', ':' and blanks, and the names tools
// create are letters, digits, '_', '.' and '-' (not first). keepalived looks such a name up,
// finds nothing and reports that the interface doesn't exist.
import { Token } from '../../types';
import { msg } from '../../i18n';

/** What is wrong with an interface name (shorter than IFNAMSIZ), or undefined when it looks fine. */
export function interfaceNameProblem(t: Token): string | undefined {
  // A trailing ';' (semicolon-in-value) or '\' (trailing-backslash) is reported by its own rule;
  // a $NAME that is not defined by undefined-definition.
  const name = (t.quoted ? t.text : t.text.replace(/;$/, '').replace(/\\+$/, '')).replace(/\$\{?[A-Za-z_]\w*\}?/g, 'x');
  if (!name) return undefined;
  const said = msg().interfaceNotFound(t.text);
  const colon = name.indexOf(':');
  if (colon > 0 && /^[\w.-]+:\w+$/.test(name)) return msg().addressLabelNotInterface(t.text, said, name.slice(0, colon), t.text);
  const at = name.indexOf('@');
  if (at > 0) return msg().linkedInterfaceName(t.text, name.slice(0, at), said);
  if (name === '.' || name === '..' || /[/:\s]/.test(name)) return msg().interfaceNameInvalidChars(t.text, said);
  if (name.startsWith('-')) return msg().interfaceNameStartsWithDash(t.text, said);
  const odd = [...new Set(name.replace(/[A-Za-z0-9_.-]|[^\x20-\x7e]/g, ''))];
  if (odd.length) return msg().interfaceNameContains(t.text, odd.map((c) => `'${c}'`).join(', '), said);
  return undefined;
}
