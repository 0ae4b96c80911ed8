// Formatting: canonical indentation, one statement per line, single blank lines, comments kept.
//
// The formatter works on the text, line by line, with keepalived's own lexing (comments outside
// double quotes, braces as separate tokens). It only makes changes that keepalived reads the same
// way: keepalived cuts a line at every brace and reads the rest as a new line, so putting a
// brace-separated part on its own line changes nothing; the words between two braces stay
// together on one line (`virtual_ipaddress { 10.0.0.1 10.0.0.2 }` is ONE entry, and stays one).
// Lines whose reading depends on more than that ($definitions, @id conditions, ~SEQ, single
// quotes and backslashes in script lines, very long lines) only get their indentation changed.
import { Range, TextEdit } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { identityMapped, splitPieces, stripComment } from '../lexer';
import { fileText } from './semanticContext';

export interface FormatOptions {
  /** Indent with spaces (tabSize of them) instead of a tab. */
  insertSpaces: boolean;
  tabSize: number;
}

const MAX_LINE_BYTES = 1022;
const DEFINITION = /^[ \t]*\$[A-Za-z_][A-Za-z0-9_]*=/;

export function formatText(text: string, options: FormatOptions): string {
  const { lines, eol } = formatLines(text, options);
  const out = lines.flat();
  return out.length ? out.join(eol) + eol : '';
}

/**
 * Formats every line: `lines[i]` is what input line i becomes (several lines when a line is
 * split at braces, none for a blank line that is dropped). Range formatting reads this map.
 */
export function formatLines(text: string, options: FormatOptions): { lines: string[][]; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = options.insertSpaces ? ' '.repeat(Math.max(0, options.tabSize)) : '\t';
  const indent = (d: number) => unit.repeat(Math.max(0, d));
  // undefined marks a blank line; runs of them are settled at the end.
  const result: (string[] | undefined)[] = [];
  let depth = 0;
  let continuation = false;
  const emit = (raw: string, lines: string[]) => {
    // keepalived reads lines in chunks of 1023 bytes: never move a line across that limit.
    const tooLong = [raw, ...lines].some((l) => Buffer.byteLength(l, 'utf8') > MAX_LINE_BYTES);
    result.push(tooLong ? [raw] : lines);
  };
  for (const physical of splitLines(text)) {
    const raw = physical.endsWith('\r') ? physical.slice(0, -1) : physical;
    // Lines of a multi-line $NAME= definition are data: kept byte for byte.
    if (continuation || DEFINITION.test(raw)) {
      // Same test as the reader: the value (comment removed) ends in a backslash.
      continuation = stripComment(identityMapped(raw)).text.trimEnd().endsWith('\\');
      emit(raw, [raw]);
      continue;
    }
    const content = raw.replace(/^[ \t]+/, '');
    if (!content.trim()) {
      result.push(undefined);
      continue;
    }
    if (content[0] === '#' || content[0] === '!') {
      // keepalived 2.2.7 reads a comment line ending in '\' oddly: keep its end untouched.
      emit(raw, [indent(depth) + (/\\[ \t]*$/.test(content) ? content : content.replace(/[ \t]+$/, ''))]);
      continue;
    }
    const stripped = stripComment(identityMapped(content));
    const pieces = splitPieces(stripped.text);
    if (keepAsWritten(raw, content, stripped.unterminatedQuote, pieces)) {
      emit(raw, [indent(pieces[0]?.kind === 'close' ? depth - 1 : depth) + content]);
    } else {
      const lines = reshape(stripped.text, pieces, depth, indent);
      const comment = stripped.commentAt !== undefined ? content.slice(stripped.commentAt).replace(/[ \t]+$/, '') : '';
      if (comment) lines[lines.length - 1] += (lines[lines.length - 1].trim() ? ' ' : '') + comment;
      emit(raw, lines);
    }
    depth = depthAfter(depth, pieces);
  }
  return { lines: settleBlankLines(result), eol };
}

/** The lines of a text; a final newline ends the last line rather than starting an empty one. */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A run of blank lines becomes one, kept only between two lines with content. */
function settleBlankLines(result: (string[] | undefined)[]): string[][] {
  const out: string[][] = [];
  let seenContent = false;
  for (let i = 0; i < result.length; i++) {
    const r = result[i];
    if (r) {
      out.push(r);
      if (r.length) seenContent = true;
      continue;
    }
    const firstOfRun = i > 0 && result[i - 1] !== undefined;
    const contentAfter = result.slice(i + 1).some((x) => x && x.length);
    out.push(seenContent && firstOfRun && contentAfter ? [''] : []);
  }
  return out;
}

type Pieces = ReturnType<typeof splitPieces>;

function depthAfter(depth: number, pieces: Pieces): number {
  for (const p of pieces) depth = Math.max(0, depth + (p.kind === 'open' ? 1 : p.kind === 'close' ? -1 : 0));
  return depth;
}

/** One statement per line: a '{' ends its line, a '}' gets a line of its own; `kw { a }` stays. */
function reshape(text: string, pieces: Pieces, depth: number, indent: (d: number) => string): string[] {
  if (isOneLiner(pieces)) return [indent(depth) + joinPieces(text, pieces)];
  const lines: string[] = [];
  let words: Pieces = [];
  const flush = (brace = '') => {
    if (words.length) lines.push(indent(depth) + joinPieces(text, words) + (brace ? ' ' + brace : ''));
    else if (brace) lines.push(indent(depth) + brace);
    words = [];
  };
  for (const p of pieces) {
    if (p.kind === 'word') words.push(p);
    else if (p.kind === 'open') {
      flush('{');
      depth++;
    } else {
      flush();
      depth = Math.max(0, depth - 1);
      lines.push(indent(depth) + '}');
    }
  }
  flush();
  return lines;
}

/** Lines we must not reshape: only their indentation may change. */
function keepAsWritten(raw: string, content: string, unterminatedQuote: boolean, pieces: Pieces): boolean {
  if (unterminatedQuote || Buffer.byteLength(raw, 'utf8') > MAX_LINE_BYTES) return true;
  if (/^[@~]/.test(content) || /[$'\\\0]/.test(content)) return true;
  if (!pieces.length) return true;
  // Words right after a brace start a new line for keepalived; if such a word is special
  // (include, conditions, sequences) we do not know that keepalived treats it the same.
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind === 'word' && pieces[i - 1].kind !== 'word' && /^(include|@|~)/.test(p.text)) return true;
  }
  return pieces[0].kind === 'word' && /^include/.test(pieces[0].text);
}

/** `keyword { a b }`: braces that open and close on this line, starting with a word. */
function isOneLiner(pieces: Pieces): boolean {
  if (pieces[0]?.kind !== 'word') return false;
  let depth = 0;
  let braces = 0;
  for (const p of pieces) {
    if (p.kind === 'open') {
      depth++;
      braces++;
    } else if (p.kind === 'close') {
      if (--depth < 0) return false;
    }
  }
  return braces === 0 || depth === 0;
}

/** Joins pieces with one blank where the source had blanks (and braces always spaced). */
function joinPieces(text: string, pieces: Pieces): string {
  let s = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const piece = p.kind === 'word' ? text.slice(p.start, p.end) : p.kind === 'open' ? '{' : '}';
    if (i > 0) {
      const prev = pieces[i - 1];
      // Two words written together (`ab"c d"`) stay together: script keywords read them as one word.
      const together = prev.kind === 'word' && p.kind === 'word' && prev.end === p.start;
      if (!together) s += ' ';
    }
    s += piece;
  }
  return s;
}

/** The edits that turn `text` into its formatted form (one edit covering the changed lines). */
export function formatEdits(text: string, options: FormatOptions): TextEdit[] {
  const formatted = formatText(text, options);
  if (formatted === text) return [];
  const a = text.split('\n');
  const b = formatted.split('\n');
  let head = 0;
  // Keep at least one line of each side in the replaced part.
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const endLine = a.length - tail;
  // Replace whole lines [head, endLine) with the formatted lines [head, b.length - tail).
  const replacement = b.slice(head, b.length - tail);
  const start = { line: head, character: 0 };
  if (endLine < a.length) {
    return [TextEdit.replace({ start, end: { line: endLine, character: 0 } }, replacement.map((l) => l + '\n').join(''))];
  }
  // The change reaches the end of the text.
  const lastLine = a.length - 1;
  return [TextEdit.replace({ start, end: { line: lastLine, character: a[lastLine].length } }, replacement.join('\n'))];
}

export function formatDocument(analysis: Analysis, options: FormatOptions, file = analysis.doc.file): TextEdit[] {
  return formatEdits(fileText(analysis, file), options);
}

/**
 * Formats the whole lines that `range` touches (with the indentation the rest of the file gives
 * them). A range ending at column 0 of a line does not include that line.
 */
export function formatRangeEdits(text: string, range: Range, options: FormatOptions): TextEdit[] {
  const { lines, eol } = formatLines(text, options);
  const source = splitLines(text);
  const endsWithNewline = text.endsWith('\n');
  const first = Math.min(range.start.line, source.length - 1);
  let last = Math.min(range.end.line, source.length - 1);
  if (range.end.character === 0 && last > first) last--;
  const replacement = lines.slice(first, last + 1).flat();
  // The last line has no newline to replace when the text does not end with one.
  const isLast = last === source.length - 1 && !endsWithNewline;
  const newText = isLast ? replacement.join(eol) : replacement.map((l) => l + eol).join('');
  const end = isLast ? { line: last, character: source[last].length } : { line: last + 1, character: 0 };
  const old = source.slice(first, last + 1).map((l, i) => (isLast && i === last - first ? l : l + '\n')).join('');
  return old === newText ? [] : [TextEdit.replace({ start: { line: first, character: 0 }, end }, newText)];
}
