// "What is at this position": the enclosing block, the words typed so far on the line,
// and the token under the cursor. Completion, hover and navigation all start here.
import { Analysis } from '../analyze';
import { Statement } from '../ast';
import { statementIndex } from '../statementIndex';
import { identityMapped, splitPieces, stripComment } from '../lexer';
import { KeywordSchema, ROOT, childrenOf } from '../schema';
import { Position, Range, Token, comparePositions, containsPosition } from '../types';

export interface LineWord {
  text: string;
  /** Raw columns on the line (quotes included). */
  start: number;
  end: number;
}

export interface PositionContext {
  file: string;
  position: Position;
  /** Full text of the line. */
  lineText: string;
  /** The cursor is inside a comment. */
  inComment: boolean;
  /** The innermost block (or value block) whose braces surround the position; undefined at the root. */
  block?: Statement;
  /** Keywords valid at this place (children of `block`, or the root table). */
  table: Record<string, KeywordSchema>;
  /** Complete words before the cursor in the current line segment (after the last brace). */
  wordsBefore: LineWord[];
  /** The word the cursor is in or right after (possibly empty, at the cursor). */
  current: LineWord;
}

/** The text of one file of the analysis. */
export function fileText(analysis: Analysis, file: string): string {
  return analysis.doc.read.files.get(file) ?? '';
}

export function lineOf(text: string, line: number): string {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** The innermost block of `file` whose '{' is before the position and whose '}' (if any) is not. */
export function enclosingBlock(analysis: Analysis, file: string, pos: Position, depth = 0): Statement | undefined {
  let best: Statement | undefined;
  // Only blocks and lists have a '{' (a tenth of the statements of a big file).
  for (const s of statementIndex(analysis.doc).where(hasBraces)) {
    const open = s.open;
    if (!open || open.file !== file || comparePositions(open.range.end, pos) > 0) continue;
    if (s.close && s.close.file === file && comparePositions(pos, s.close.range.start) > 0) continue;
    if (!best || comparePositions(open.range.start, best.open!.range.start) > 0) best = s;
  }
  if (best || depth > 8 || file === analysis.doc.file) return best;
  // An included file with no block of its own around the position sits where its include line is.
  const ref = analysis.doc.read.includes.find((r) => r.resolved.includes(file));
  return ref ? enclosingBlock(analysis, ref.file, ref.range.start, depth + 1) : undefined;
}

/** Keywords that open a block or a list: the parser sets `open` only on those (known ones). */
function hasBraces(kw: KeywordSchema): boolean {
  return kw.kind !== 'keyword';
}

/** Works out the line-level context at `pos` (no tokens needed, so it works on half-typed lines). */
export function positionContext(analysis: Analysis, pos: Position, file = analysis.doc.file): PositionContext {
  const lineText = lineOf(fileText(analysis, file), pos.line);
  const col = Math.min(pos.character, lineText.length);
  const stripped = stripComment(identityMapped(lineText));
  const inComment = stripped.commentAt !== undefined && stripped.commentAt < col;
  // Only the part of the line before the cursor decides what is being typed.
  let before = stripped.text.slice(0, Math.min(col, stripped.text.length));
  let offset = 0;
  const cond = /^[ \t]*@\^?[^ \t]+[ \t]/.exec(before);
  if (cond) {
    offset = cond[0].length;
    before = before.slice(offset);
  }
  const pieces = splitPieces(before);
  let segment: LineWord[] = [];
  for (const p of pieces) {
    if (p.kind !== 'word') segment = [];
    else segment.push({ text: p.text, start: p.start + offset, end: p.end + offset });
  }
  const last = segment[segment.length - 1];
  const touching = last && last.end === col && !/[ \t]/.test(lineText[col - 1] ?? ' ');
  // Nothing typed yet: the word starting at the cursor (if any) is what a completion replaces.
  const current = touching ? extendToWordEnd(lineText, last) : { text: '', start: col, end: wordEnd(lineText, col) };
  const wordsBefore = touching ? segment.slice(0, -1) : segment;
  const block = enclosingBlock(analysis, file, pos);
  return { file, position: pos, lineText, inComment, block, table: block ? childrenOf(block.schema) : ROOT, wordsBefore, current };
}

function wordEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && !/[ \t{}"#!]/.test(line[end])) end++;
  return end;
}

/** The word the cursor touches, up to its end (the cursor may be in the middle of it). */
function extendToWordEnd(line: string, w: LineWord): LineWord {
  const end = wordEnd(line, w.end);
  return { text: line.slice(w.start, w.end).replace(/^"/, ''), start: w.start, end };
}

/** The token (keyword or argument or list entry) of `file` that contains the position. */
export function tokenAt(analysis: Analysis, pos: Position, file = analysis.doc.file): { token: Token; statement: Statement; role: 'keyword' | 'arg' | 'item'; index: number } | undefined {
  let found: ReturnType<typeof tokenAt>;
  // In reading order, as walk() visits them; the first hit wins.
  for (const s of statementIndex(analysis.doc).all) {
    if (found) break;
    if (s.file !== file) continue;
    if (!containsPosition(s.range, pos) && !s.items.some((i) => containsPosition(i.range, pos))) continue;
    if (inToken(s.keyword, pos)) found = { token: s.keyword, statement: s, role: 'keyword', index: 0 };
    s.args.forEach((a, i) => {
      if (!found && inToken(a, pos)) found = { token: a, statement: s, role: 'arg', index: i };
    });
    for (const item of s.items) {
      item.tokens.forEach((t, i) => {
        if (!found && t.file === file && inToken(t, pos)) found = { token: t, statement: s, role: 'item', index: i };
      });
    }
  }
  return found;
}

function inToken(t: Token, pos: Position): boolean {
  return containsPosition(t.range, pos) && !isEmptyRange(t.range);
}

function isEmptyRange(r: Range): boolean {
  return r.start.line === r.end.line && r.start.character === r.end.character;
}
