// Go to definition, find references and rename for named objects (vrrp_script, vrrp_instance,
// sync groups, track_file, vrrp_track_process, bfd_instance, virtual_server_group, ...),
// across included files. Everything reads the ConfigModel index.
import { Location, Range as LspRange, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { ObjectKind } from '../model';
import { Position, Token, containsPosition } from '../types';
import { fileText, lineOf } from './semanticContext';
import { UriOf, fileToUri } from './uri';
import { definitionValue, variableAt } from './variables';
import { msg } from '../i18n';

export interface ObjectHit {
  kind: ObjectKind;
  name: string;
  token: Token;
  isDefinition: boolean;
}

/** The defining name or the reference under the cursor. */
export function objectAt(analysis: Analysis, pos: Position, file = analysis.doc.file): ObjectHit | undefined {
  const inside = (t: Token) => t.file === file && containsPosition(t.range, pos);
  const def = analysis.model.objects.find((o) => inside(o.nameToken));
  if (def) return { kind: def.kind, name: def.name, token: def.nameToken, isDefinition: true };
  const ref = analysis.model.references.find((r) => inside(r.token));
  if (ref) return { kind: ref.kind, name: ref.name, token: ref.token, isDefinition: false };
  return undefined;
}

function key(t: Token): string {
  return `${t.file}\0${t.range.start.line}:${t.range.start.character}`;
}

/** Name tokens of the definitions and (optionally) the references, without the duplicates ~SEQ makes. */
function occurrences(analysis: Analysis, kind: ObjectKind, name: string, includeDeclaration: boolean): Token[] {
  const out = new Map<string, Token>();
  if (includeDeclaration) for (const o of analysis.model.find(kind, name)) out.set(key(o.nameToken), o.nameToken);
  for (const r of analysis.model.referencesTo(kind, name)) out.set(key(r.token), r.token);
  return [...out.values()];
}

export function definition(analysis: Analysis, pos: Position, file = analysis.doc.file, uriOf: UriOf = fileToUri): Location[] {
  const hit = objectAt(analysis, pos, file);
  if (hit) return analysis.model.find(hit.kind, hit.name).map((o) => Location.create(uriOf(o.nameToken.file), o.nameToken.range));
  // $NAME: the definition line.
  const v = variableAt(analysis, pos, file);
  const def = v && definitionValue(analysis, v.name, file, pos.line)?.def;
  return def ? [Location.create(uriOf(def.file), def.range)] : [];
}

export function references(analysis: Analysis, pos: Position, includeDeclaration: boolean, file = analysis.doc.file, uriOf: UriOf = fileToUri): Location[] {
  const hit = objectAt(analysis, pos, file);
  if (!hit) return [];
  return occurrences(analysis, hit.kind, hit.name, includeDeclaration).map((t) => Location.create(uriOf(t.file), t.range));
}

/**
 * The range and current name to rename, or undefined when the name under the cursor cannot be
 * renamed in place (it is not a name, or it comes from a $definition).
 */
export function prepareRename(analysis: Analysis, pos: Position, file = analysis.doc.file): { range: LspRange; placeholder: string } | undefined {
  const hit = objectAt(analysis, pos, file);
  if (!hit) return undefined;
  const tokens = occurrences(analysis, hit.kind, hit.name, true);
  if (!tokens.every((t) => writtenLiterally(analysis, t))) return undefined;
  return { range: hit.token.range, placeholder: hit.name };
}

/** Why a new name is not usable, or undefined when it is fine. */
export function invalidName(newName: string): string | undefined {
  if (!newName) return msg().emptyName();
  if (/[\s{}"'#!$\\]/.test(newName)) return msg().invalidNameCharacters();
  return undefined;
}

export function rename(analysis: Analysis, pos: Position, newName: string, file = analysis.doc.file, uriOf: UriOf = fileToUri): WorkspaceEdit | undefined {
  const hit = objectAt(analysis, pos, file);
  if (!hit || invalidName(newName)) return undefined;
  const tokens = occurrences(analysis, hit.kind, hit.name, true).filter((t) => writtenLiterally(analysis, t));
  const changes: Record<string, TextEdit[]> = {};
  for (const t of tokens) {
    const text = t.quoted ? `"${newName}"` : newName;
    (changes[uriOf(t.file)] ??= []).push(TextEdit.replace(t.range, text));
  }
  return { changes };
}

/** The token's source text is the name itself (not produced by $NAME substitution). */
function writtenLiterally(analysis: Analysis, t: Token): boolean {
  const r = t.range;
  if (r.start.line !== r.end.line) return false;
  const src = lineOf(fileText(analysis, t.file), r.start.line).slice(r.start.character, r.end.character);
  return src === t.text || src === `"${t.text}"`;
}
