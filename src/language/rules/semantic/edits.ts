// Text edits the semantic quick fixes share: add a line to a block, delete a statement, move a block.
import { ConfigDocument, Statement } from '../../ast';
import { Position, Range, TextEditInFile } from '../../types';

/** Where a new first line of a block goes, and how it is indented (serialisable, kept in diagnostic data). */
export interface BlockInsertPoint {
  file: string;
  at: Position;
  indent: string;
}

export function blockInsertPoint(block: Statement): BlockInsertPoint | undefined {
  if (!block.open) return undefined;
  const first = block.children[0]?.keyword ?? block.items[0]?.tokens[0];
  const indent = first && first.range.start.line !== block.open.range.start.line ? first.range.start.character : block.keyword.range.start.character + 2;
  return { file: block.open.file, at: block.open.range.end, indent: ' '.repeat(indent) };
}

/**
 * Inserts `lines` as the first lines of a block. When the '{' line continues (`{ interface eth0 }`),
 * the rest is pushed to its own line so the block stays readable and valid.
 */
export function insertInBlock(p: BlockInsertPoint, lines: string[], files: Map<string, string>): TextEditInFile {
  const text = files.get(p.file)?.split('\n')[p.at.line] ?? '';
  const rest = text.slice(p.at.character).replace(/\s*([#!].*)?$/, '');
  const body = lines.map((l) => `\n${p.indent}${l}`).join('');
  return { file: p.file, range: { start: p.at, end: p.at }, newText: rest ? `${body}\n${p.indent}` : body };
}

/** The whole lines a statement occupies (when nothing else shares them), for deleting or moving it. */
export function statementLines(s: Statement, files: Map<string, string>): { range: Range; text: string } | undefined {
  const lines = files.get(s.file)?.split('\n');
  if (!lines) return undefined;
  const first = s.keyword.range.start.line;
  const last = s.range.end.line;
  const before = lines[first].slice(0, s.keyword.range.start.character);
  const after = lines[last].slice(s.range.end.character);
  if (before.trim() !== '' || after.replace(/\s*([#!].*)?$/, '') !== '') return undefined;
  const range = { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } };
  return { range, text: lines.slice(first, last + 1).join('\n') + '\n' };
}

export function deleteStatement(s: Statement, files: Map<string, string>): TextEditInFile | undefined {
  const l = statementLines(s, files);
  return l && { file: s.file, range: l.range, newText: '' };
}

/** Adds settings to the first global_defs block, or creates one at the top of the main file. */
export function addToGlobalDefs(doc: ConfigDocument, files: Map<string, string>, lines: string[]): TextEditInFile {
  const g = doc.statements.find((s) => s.status === 'known' && s.keyword.text === 'global_defs' && s.open);
  const p = g && blockInsertPoint(g);
  if (p) return insertInBlock(p, lines, files);
  const start = { line: 0, character: 0 };
  return { file: doc.file, range: { start, end: start }, newText: `global_defs {\n${lines.map((l) => `  ${l}\n`).join('')}}\n\n` };
}
