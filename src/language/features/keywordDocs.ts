// Our own short explanation of a keyword, built from the schema fields.
// Used by hover and as completion item documentation.
import { KeepalivedVersion, KeywordSchema, argCount, keywordsNamed } from '../schema';

const TYPE_NAMES: Record<string, string> = {
  flag: 'flag (no value)',
  bool: 'boolean (true/on/yes or false/off/no)',
  uint: 'unsigned integer',
  int: 'integer',
  decimal: 'decimal number',
  timer: 'time',
  enum: 'one of a fixed set of words',
  enum_list: 'list of words from a fixed set',
  string: 'text',
  name: 'name',
  names: 'names',
  ifname: 'network interface name',
  ipaddr: 'IP address',
  ipv4: 'IPv4 address',
  ipv6: 'IPv6 address',
  ip_port: 'IP address and port',
  host_port: 'host and port',
  path: 'file path',
  script: 'command (quote it when it has arguments) [user [group]]',
  command: 'command (quote it when it has arguments)',
  user_group: 'user [group]',
  email: 'e-mail address',
  reference: 'name of an object defined elsewhere',
  options: 'words with options',
  hex: 'hexadecimal number',
  hex_mask: 'hexadecimal value[/mask]',
  uint_list: 'list of unsigned integers',
  uint_pair: 'two unsigned integers',
  umask: 'file mode mask',
  netmask: 'netmask',
  regex: 'regular expression',
  status_list: 'HTTP status codes or ranges',
  dnsname: 'DNS name',
  hmac_key: 'HMAC key',
};

/** Readable names of keepalived build options (`conditional` field). */
function buildOption(cond: string): string {
  return cond.replace(/_(WITH|HAVE)_/g, '').replace(/_+/g, ' ').trim().toLowerCase();
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Block path as the user reads it: "vrrp_instance > authentication", or "top level". */
export function whereValid(kw: KeywordSchema): string {
  return kw.parentPath.length ? kw.parentPath.join(' > ') : 'top level';
}

/** One line summary (completion `detail`). */
export function keywordSummary(kw: KeywordSchema): string {
  return kw.syntax;
}

/** The full markdown explanation of a keyword. */
export function keywordMarkdown(kw: KeywordSchema, version: KeepalivedVersion): string {
  const out: string[] = [];
  out.push('```keepalived\n' + kw.syntax + '\n```');
  const facts: string[] = [];
  if (kw.kind === 'block') facts.push('block');
  // Plain name lists take several names per line; other lists read each line as one entry.
  else if (kw.kind === 'value_block') facts.push(kw.item?.args === '1' ? 'list block (names separated by blanks or new lines)' : 'list block (one entry per line)');
  else if (kw.type) facts.push(TYPE_NAMES[kw.type] ?? kw.type);
  const { min, max } = argCount(kw.args);
  if (kw.kind === 'keyword' && Number.isFinite(max) && max > 0) facts.push(min === max ? `${max} word${max === 1 ? '' : 's'}` : `${min}-${max} words`);
  if (kw.min !== undefined || kw.max !== undefined) facts.push(`range ${kw.min ?? '…'}–${kw.max ?? '…'}${kw.unit ? ' ' + kw.unit : ''}`);
  else if (kw.unit) facts.push(`unit: ${kw.unit}`);
  if (kw.max_length !== undefined) facts.push(`at most ${kw.max_length} characters`);
  if (kw.enum?.length && kw.type !== 'bool') facts.push(`values: ${kw.enum.map((e) => '`' + e + '`').join(', ')}${kw.case_sensitive === false ? ' (any case)' : kw.case_sensitive ? ' (case-sensitive)' : ''}`);
  if (kw.default !== undefined) facts.push(`default: ${show(kw.default)}${kw.unit && typeof kw.default === 'number' ? ' ' + kw.unit : ''}`);
  if (kw.implicit_value !== undefined) facts.push(`alone it means ${show(kw.implicit_value)}`);
  if (facts.length) out.push(facts.join(' · '));
  if (kw.notes) out.push(kw.notes);
  if (kw.item?.syntax) out.push('Each entry: `' + kw.item.syntax + '`' + (kw.item.notes ? '\n\n' + kw.item.notes : ''));
  if (kw.required_children?.length) out.push('Needs: ' + kw.required_children.map((c) => '`' + c + '`').join(', '));
  const flags: string[] = [];
  if (kw.deprecated) flags.push(`**Deprecated**${kw.alias_of ? `: use \`${kw.alias_of}\`` : ''}${typeof kw.deprecated === 'string' ? ` (${kw.deprecated})` : ''}.`);
  else if (kw.alias_of) flags.push(`Same as \`${kw.alias_of}\`.`);
  if (kw.new_after_2_2_7) {
    flags.push(version === '2.2'
      ? '**New in 2.4**: keepalived 2.2.7 (Debian 12) does not know it and reports "Unknown keyword".'
      : 'New in 2.4 (not in Debian 12\'s keepalived 2.2.7).');
  }
  if (kw.conditional) flags.push(`Only in keepalived builds with ${buildOption(kw.conditional)} support.`);
  if (flags.length) out.push(flags.join(' '));
  out.push(`Valid in: ${whereValid(kw)}${otherPlaces(kw)}`);
  return out.join('\n\n');
}

function otherPlaces(kw: KeywordSchema): string {
  const others = keywordsNamed(kw.name).filter((k) => k !== kw).map(whereValid);
  if (!others.length) return '';
  const uniq = [...new Set(others)];
  return ` (also, with its own meaning, in: ${uniq.slice(0, 6).join('; ')}${uniq.length > 6 ? '; …' : ''})`;
}
