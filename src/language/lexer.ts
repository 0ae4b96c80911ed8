// Line-level lexing with keepalived's rules: '#'/'!' comments outside double quotes,
// '\#' and '\!' as literals, double-quoted words, and '{' / '}' always separate tokens.
// Every piece of text carries a column map back to the physical line so that tokens
// made from substituted text still point at the source.
import { LineToken, Token } from './types';

/** Text with, for each character, the column in the source line it came from (map has length text.length + 1). */
export interface MappedText {
  text: string;
  map: number[];
}

export function identityMapped(text: string, startCol = 0): MappedText {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = startCol + i;
  return { text, map };
}

export function sliceMapped(m: MappedText, start: number, end = m.text.length): MappedText {
  return { text: m.text.slice(start, end), map: m.map.slice(start, end + 1) };
}

export interface CommentResult extends MappedText {
  /** The line has an odd number of double quotes before any comment (keepalived: "Unterminated quote"). */
  unterminatedQuote: boolean;
  /** Column where a comment starts in the mapped text, if any. */
  commentAt?: number;
  /** keepalived 2.2 quirk: a comment whose line ends in a backslash leaves that backslash as a word; its source column. */
  commentBackslashAt?: number;
  /** Offsets in `text` of the '#' / '!' that came from `\#` / `\!` escapes. */
  escapes?: number[];
}

export interface CommentOptions {
  /** Reproduce keepalived 2.2.7's comment scanner, which keeps the trailing backslash of a comment line. */
  keepCommentBackslash?: boolean;
}

/**
 * Removes a trailing comment; `\#` and `\!` outside quotes become literal characters.
 * keepalived's comment scanner treats `\"` as an escaped quote (its word splitter does not).
 */
export function stripComment(m: MappedText, opts: CommentOptions = {}): CommentResult {
  const { text, map } = m;
  let out = '';
  const outMap: number[] = [];
  let inQuote = false;
  let escapes: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && text[i + 1] === '"') {
      out += '\\"';
      outMap.push(map[i], map[i + 1]);
      i++;
      continue;
    }
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === '\\' && (text[i + 1] === '#' || text[i + 1] === '!')) {
      (escapes ??= []).push(out.length);
      out += text[i + 1];
      outMap.push(map[i]);
      i++;
      continue;
    } else if (!inQuote && (c === '#' || c === '!')) {
      const result: CommentResult = { text: out, map: outMap, unterminatedQuote: inQuote, commentAt: map[i], escapes };
      const rest = text.slice(i).replace(/[ \t\r]+$/, '');
      // An odd run of backslashes: the last one is not itself escaped.
      if (opts.keepCommentBackslash && rest.length > 1 && /(^|[^\\])(\\\\)*\\$/.test(rest.slice(1))) {
        const at = i + rest.length - 1;
        result.text += '\\';
        outMap.push(map[at]);
        result.commentBackslashAt = map[at];
      }
      outMap.push(map[i]);
      return result;
    }
    out += c;
    outMap.push(map[i]);
  }
  outMap.push(map[text.length]);
  return { text: out, map: outMap, unterminatedQuote: inQuote, escapes };
}

const BLANK = /[ \t\v\f\r\n]/;

export type RawPiece =
  /** `unterminated`: a quoted word without its closing quote; keepalived drops it ("Unmatched quote"). */
  | { kind: 'word'; text: string; start: number; end: number; quoted: boolean; unterminated?: boolean }
  | { kind: 'open' | 'close'; start: number; end: number };

/**
 * Splits a comment-free line into words and braces the way keepalived's reader does:
 * a brace outside quotes is a token of its own; a double quote ends the current word and
 * starts a quoted one; an unclosed quote takes the rest of the line (marked `unterminated`:
 * keepalived drops such a word, but editors' features still want to see the text).
 */
export function splitPieces(text: string): RawPiece[] {
  const out: RawPiece[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (BLANK.test(c)) {
      i++;
      continue;
    }
    if (c === '{' || c === '}') {
      out.push({ kind: c === '{' ? 'open' : 'close', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? n : close;
      const piece: RawPiece = { kind: 'word', text: text.slice(i + 1, end), start: i, end: close < 0 ? n : close + 1, quoted: true };
      if (close < 0) piece.unterminated = true;
      out.push(piece);
      i = close < 0 ? n : close + 1;
      continue;
    }
    let j = i;
    while (j < n && !BLANK.test(text[j]) && text[j] !== '{' && text[j] !== '}' && text[j] !== '"') j++;
    out.push({ kind: 'word', text: text.slice(i, j), start: i, end: j, quoted: false });
    i = j;
  }
  return out;
}

/**
 * keepalived re-reads the line of a script keyword with a splitter in which both
 * double and single quotes group words. Returns the words after `fromIndex`.
 */
export function splitScriptWords(text: string, fromIndex: number): { text: string; start: number; end: number; quoted: boolean; unterminated: boolean }[] {
  const out: { text: string; start: number; end: number; quoted: boolean; unterminated: boolean }[] = [];
  let i = fromIndex;
  const n = text.length;
  while (i < n) {
    if (BLANK.test(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let word = '';
    let quoted = false;
    let unterminated = false;
    while (i < n && !BLANK.test(text[i])) {
      const c = text[i];
      if (c === '"' || c === "'") {
        quoted = true;
        const close = text.indexOf(c, i + 1);
        if (close < 0) {
          word += text.slice(i + 1);
          unterminated = true;
          i = n;
          break;
        }
        word += text.slice(i + 1, close);
        i = close + 1;
      } else {
        word += c;
        i++;
      }
    }
    out.push({ text: word, start, end: i, quoted, unterminated });
  }
  return out;
}

export function makeToken(file: string, line: number, m: MappedText, start: number, end: number, text: string, quoted: boolean): Token {
  const s = m.map[start] ?? m.map[m.map.length - 1];
  const e = end > start ? (m.map[end - 1] ?? s) + 1 : s;
  return new LineToken(text, file, quoted, line, s, Math.max(e, s));
}

/**
 * Cuts a line the way keepalived's reads do: pieces of `size` bytes while at least `size` bytes
 * remain, then the (possibly empty) rest, which is the piece that ends with the newline.
 * Returns [start, end) character offsets; a multi-byte character is never split.
 */
export function byteChunks(text: string, size: number): [number, number][] {
  if (text.length < size / 4 && Buffer.byteLength(text, 'utf8') < size) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const w = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + w > size) {
      out.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += w;
    if (cp >= 0x10000) i++;
    if (bytes === size) {
      out.push([start, i + 1]);
      start = i + 1;
      bytes = 0;
    }
  }
  out.push([start, text.length]);
  return out;
}
