// Our own short explanation of a keyword, built from the schema fields.
// Used by hover and as completion item documentation.
import { KeepalivedVersion, KeywordSchema, argCount, keywordsNamed } from '../schema';
import { msg } from '../i18n';
import { deprecatedMark, itemNote } from '../i18n/notes';

/** What a value of each schema type is, in the current language. */
function typeName(type: string): string {
  const names = msg().typeNames();
  return names[type] ?? type;
}

/** Readable names of keepalived build options (`conditional` field). */
function buildOption(cond: string): string {
  return cond.replace(/_(WITH|HAVE)_/g, '').replace(/_+/g, ' ').trim().toLowerCase();
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Block path as the user reads it: "vrrp_instance > authentication", or "top level". */
export function whereValid(kw: KeywordSchema): string {
  return kw.parentPath.length ? kw.parentPath.join(' > ') : msg().topLevel();
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
  if (kw.kind === 'block') facts.push(msg().keywordDocsBlock());
  // Plain name lists take several names per line; other lists read each line as one entry.
  else if (kw.kind === 'value_block') facts.push(kw.item?.args === '1' ? msg().namesListBlock() : msg().entriesListBlock());
  else if (kw.type) facts.push(typeName(kw.type));
  const { min, max } = argCount(kw.args);
  if (kw.kind === 'keyword' && Number.isFinite(max) && max > 0) facts.push(min === max ? msg().wordCount(max, max === 1 ? '' : 's') : msg().wordRange(min, max));
  if (kw.min !== undefined || kw.max !== undefined) facts.push(msg().valueRange(kw.min ?? '…', kw.max ?? '…', kw.unit ? ' ' + kw.unit : ''));
  else if (kw.unit) facts.push(msg().unitOf(kw.unit));
  if (kw.max_length !== undefined) facts.push(msg().maxCharacters(kw.max_length));
  if (kw.enum?.length && kw.type !== 'bool') facts.push(msg().allowedValues(kw.enum.map((e) => '`' + e + '`').join(', '), kw.case_sensitive === false ? msg().anyCase() : kw.case_sensitive ? msg().caseSensitive() : ''));
  if (kw.default !== undefined) facts.push(msg().defaultValue(show(kw.default), kw.unit && typeof kw.default === 'number' ? ' ' + kw.unit : ''));
  if (kw.implicit_value !== undefined) facts.push(msg().aloneMeans(show(kw.implicit_value)));
  if (facts.length) out.push(facts.join(' · '));
  if (kw.notes) out.push(msg().keywordNote([...kw.parentPath, kw.name].join('/'), kw.notes));
  if (kw.item?.syntax) out.push(msg().eachEntrySyntax(kw.item.syntax, (kw.item.notes ? '\n\n' + itemNote([...kw.parentPath, kw.name].join('/'), kw.item.notes) : '')));
  if (kw.required_children?.length) out.push(msg().needsKeywords(kw.required_children.map((c) => '`' + c + '`').join(', ')));
  const flags: string[] = [];
  if (kw.deprecated) flags.push(`${deprecatedMark()}${kw.alias_of ? msg().useAliasOf(kw.alias_of) : ''}${typeof kw.deprecated === 'string' ? ` (${kw.deprecated})` : ''}.`);
  else if (kw.alias_of) flags.push(msg().sameAs(kw.alias_of));
  if (kw.new_after_2_2_7) {
    flags.push(version === '2.2'
      ? msg().newIn24Bold()
      : msg().newIn24());
  }
  if (kw.conditional) flags.push(msg().onlyInBuildsWith(buildOption(kw.conditional)));
  if (flags.length) out.push(flags.join(' '));
  out.push(msg().validIn(whereValid(kw), otherPlaces(kw)));
  return out.join('\n\n');
}

function otherPlaces(kw: KeywordSchema): string {
  const others = keywordsNamed(kw.name).filter((k) => k !== kw).map(whereValid);
  if (!others.length) return '';
  const uniq = [...new Set(others)];
  return msg().alsoValidIn(uniq.slice(0, 6).join('; '), uniq.length > 6 ? '; …' : '');
}
