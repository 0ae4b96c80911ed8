// Hover: what a keyword means (from the schema), what a name refers to, what $VAR expands to,
// and which files an include reads.
import * as path from 'node:path';
import { Hover, MarkupKind } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { Statement, blockPath } from '../ast';
import { keywordsNamed } from '../schema';
import { Position, Range, containsPosition, range } from '../types';
import { keywordMarkdown, whereValid } from './keywordDocs';
import { fileText, lineOf, tokenAt } from './semanticContext';
import { definitionValue, variableAt } from './variables';
import { objectAt } from './navigation';
import { msg, withLang } from '../i18n';

const PREVIEW_LINES = 12;

/** hover, with texts in the analysis' language. */
export function hover(analysis: Analysis, pos: Position, file = analysis.doc.file): Hover | undefined {
  return withLang(analysis.options.lang, () => hoverIn(analysis, pos, file));
}

function hoverIn(analysis: Analysis, pos: Position, file = analysis.doc.file): Hover | undefined {
  return conditionHover(analysis, pos, file) ?? variableHover(analysis, pos, file) ?? includeHover(analysis, pos, file) ?? nameHover(analysis, pos, file) ?? tokenHover(analysis, pos, file);
}

/** `@id` / `@^id` lines: whether keepalived reads them with the configured config id. */
function conditionHover(analysis: Analysis, pos: Position, file: string): Hover | undefined {
  const line = lineOf(fileText(analysis, file), pos.line);
  const m = /^([ \t]*)@(\^?)([^ \t]*)/.exec(line);
  if (!m) return undefined;
  const prefix = range(pos.line, m[1].length, pos.line, m[0].length);
  const inactive = analysis.doc.read.inactive.some((i) => i.file === file && i.line === pos.line);
  // On an inactive line there are no tokens: explain the condition anywhere on it.
  if (!containsPosition(prefix, pos) && !inactive) return undefined;
  const id = analysis.options.configId;
  const rule = m[2] ? msg().everyConfigIdExcept(m[3]) : msg().configIdOnly(m[3]);
  const verdict = inactive ? msg().configIdSkipsLine(id) : msg().configIdReadsLine(id);
  return markdown(msg().readOnlyWithConfigId(rule, verdict), prefix);
}

function markdown(value: string, r: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: r };
}

function tokenHover(analysis: Analysis, pos: Position, file: string): Hover | undefined {
  const hit = tokenAt(analysis, pos, file);
  if (!hit) return undefined;
  const s = hit.statement;
  const version = analysis.options.version;
  if (hit.role === 'keyword') {
    if (s.schema) return markdown(keywordMarkdown(s.schema, version), hit.token.range);
    return unknownKeywordHover(s, hit.token.range);
  }
  if (!s.schema) return undefined;
  // A value: explain it with its keyword, so `state MASTER` shows what state accepts.
  const head = hit.role === 'item' ? msg().entryOfKeyword(s.keyword.text) : msg().valueOfKeyword(s.keyword.text);
  return markdown(`${head}\n\n${keywordMarkdown(s.schema, version)}`, hit.token.range);
}

function unknownKeywordHover(s: Statement, r: Range): Hover | undefined {
  const places = keywordsNamed(s.keyword.text);
  const here = s.parent ? blockPath(s.parent).join(' > ') : msg().topLevel();
  if (!places.length) return markdown(msg().notAKeyword(s.keyword.text), r);
  return markdown(msg().keywordNotValidHere(s.keyword.text, here, [...new Set(places.map(whereValid))].join('; ')), r);
}

/** Hover on a name that defines or references a vrrp_script, instance, group, ... */
function nameHover(analysis: Analysis, pos: Position, file: string): Hover | undefined {
  const hit = objectAt(analysis, pos, file);
  if (!hit) return undefined;
  const defs = analysis.model.find(hit.kind, hit.name);
  const refs = analysis.model.referencesTo(hit.kind, hit.name);
  const parts: string[] = [];
  if (!defs.length) {
    parts.push(msg().undefinedReferenceHover(hit.kind, hit.name));
  } else {
    const def = defs[0];
    parts.push(`**${hit.kind} ${hit.name}** — ${where(analysis, def.statement.file, def.nameToken.range.start.line)}`);
    parts.push('```keepalived\n' + preview(analysis, def.statement) + '\n```');
    if (defs.length > 1) parts.push(msg().definedTimes(defs.length));
  }
  const users = [...new Set(refs.map((r) => holder(r.statement)))];
  if (hit.isDefinition) parts.push(users.length ? msg().usedBy(users.join(', ')) : msg().notUsedAnywhere());
  return markdown(parts.join('\n\n'), hit.token.range);
}

/** The named block around a reference, e.g. `vrrp_instance VI_1`. */
function holder(s: Statement): string {
  let p: Statement | undefined = s;
  while (p && !(p.schema?.kind === 'block' && p.args.length)) p = p.parent;
  return p ? `${p.keyword.text} ${p.args.map((a) => a.text).join(' ')}` : s.keyword.text;
}

function where(analysis: Analysis, file: string, line: number): string {
  const name = file === analysis.doc.file ? msg().hoverLine() : msg().fileLine(path.basename(file));
  return `${name} ${line + 1}`;
}

/** The first lines of a block's source text. */
function preview(analysis: Analysis, s: Statement): string {
  const lines = fileText(analysis, s.file).split('\n').slice(s.range.start.line, s.range.end.line + 1).map((l) => l.replace(/\r$/, ''));
  if (lines.length > PREVIEW_LINES) return [...lines.slice(0, PREVIEW_LINES - 1), '  …'].join('\n');
  return lines.join('\n');
}

/** Hover on $NAME / ${NAME}: its value where it is used. */
function variableHover(analysis: Analysis, pos: Position, file: string): Hover | undefined {
  const v = variableAt(analysis, pos, file);
  if (!v) return undefined;
  const value = definitionValue(analysis, v.name, file, pos.line);
  if (value === undefined) return markdown(msg().definitionNotDefinedYet(v.name), v.range);
  const at = value.def ? msg().definedAtLine(where(analysis, value.def.file, value.def.range.start.line)) : '';
  return markdown(msg().definitionValue(v.name, value.text, at), v.range);
}

function includeHover(analysis: Analysis, pos: Position, file: string): Hover | undefined {
  // On the pattern, or on the directive word before it.
  const ref = analysis.doc.read.includes.find((r) => r.file === file && r.range.start.line === pos.line && (containsPosition(r.range, pos) || pos.character < r.range.start.character));
  if (!ref) return undefined;
  const base = path.dirname(file);
  const list = ref.resolved.map((f) => `- \`${path.relative(base, f) || f}\``).join('\n');
  const text = ref.resolved.length ? msg().readsFilesInOrder(ref.resolved.length, ref.resolved.length === 1 ? '' : 's', list) : msg().patternMatchesNoFile(ref.pattern);
  const strict = ref.directive === 'include' ? '' : msg().strictIncludeNote(ref.directive);
  return markdown(msg().includeHover(ref.directive, ref.pattern, text, strict), ref.range);
}
