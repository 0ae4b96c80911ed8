// Reads keepalived.conf the way keepalived does before keywords are looked up:
// includes (glob, relative to the including file), $NAME definitions, @id conditional
// lines, ~SEQ/~LST repetition, comments, quotes and brace splitting. The output is a flat
// stream of "lines" (word groups and braces) for the parser, plus what the reader saw.
import * as path from 'node:path';
import { FileSystemHost } from './fileSystem';
import { IncludeWords, expandPattern, includeWords } from './includes';
import { MappedText, byteChunks, identityMapped, sliceMapped, splitPieces, stripComment, makeToken } from './lexer';
import { KaDiagnostic, LineToken, Range, Severity, Token, range } from './types';
import { msg } from './i18n';

/**
 * keepalived 2.2's child processes (VRRP, checker, BFD) read a copy of the configuration written by
 * the parent, in which `\#` / `\!` have become plain `#` / `!` - comment starts. A line with such an
 * escape is therefore read in two variants: `parent` (literal character) and `child` (comment);
 * items of both share a `group`. Items without `variant` are the same for every process.
 */
export interface ItemVariant {
  variant?: 'parent' | 'child';
  group?: number;
}

export type LineItem = (
  | { kind: 'open'; token: Token }
  | { kind: 'close'; token: Token }
  | { kind: 'words'; tokens: Token[]; file: string; line: number; text: MappedText; pieceStarts: number[] }
) &
  ItemVariant;

export type WordsItem = Extract<LineItem, { kind: 'words' }>;

/** The first word of a words item. */
export function wordsKeyword(item: WordsItem): Token {
  return item instanceof PlainWordsItem ? item.keyword : item.tokens[0];
}

/** The words after the first; for plain lines the item's own array (do not change it). */
export function wordsArgs(item: WordsItem): Token[] {
  return item instanceof PlainWordsItem ? item.args : item.tokens.slice(1);
}

/** Calls `fn` with each word of the item, without making an array of them. */
export function forEachWord(item: WordsItem, fn: (t: Token) => void): void {
  if (item instanceof PlainWordsItem) {
    fn(item.keyword);
    for (const t of item.args) fn(t);
  } else item.tokens.forEach((t) => fn(t));
}

/** A `\#` / `\!` escape on a line read in two variants. */
export interface EscapeUse {
  group: number;
  file: string;
  /** The backslash and the escaped character. */
  range: Range;
  /** The line as the child processes read it (cut at the escape). */
  childText: string;
  /** A lone '\\#' at the end of the line: only that character is lost. */
  standalone: boolean;
  /** The escape starts the line: keepalived's children then also misnumber the following lines. */
  lineStart: boolean;
}

export interface IncludeRef {
  file: string;
  directive: string;
  pattern: string;
  range: Range;
  resolved: string[];
}

export interface Definition {
  name: string;
  value: string;
  file: string;
  range: Range;
}

export interface InactiveLine {
  file: string;
  line: number;
  condition: string;
}

export interface ReaderOptions {
  fs: FileSystemHost;
  /** keepalived's config id (`-i`); defaults to the host name up to the first dot. */
  configId: string;
  version: '2.2' | '2.4';
  /** Stops expanding past this many lines (bounds hostile input). */
  maxLines?: number;
  /** The line of the file that the given text starts at (re-reading part of an edited file); default 0. */
  firstLine?: number;
}

export interface ReadResult {
  items: LineItem[];
  includes: IncludeRef[];
  definitions: Definition[];
  inactive: InactiveLine[];
  /** Text of every file read, by absolute path. */
  files: Map<string, string>;
  diagnostics: KaDiagnostic[];
  escapes: EscapeUse[];
}

const MAX_LINE_BYTES = 1022;
/** keepalived reads lines with a 1024-byte buffer: 1023 bytes at most per read. */
const LINE_CHUNK_BYTES = 1023;
const BLANK_CHARS = ' \t\v\f\r';
const MAX_INCLUDE_DEPTH = 32;
const MAX_SEQ_VALUES = 10000;
const BUILTINS = new Set(['_PWD', '_INSTANCE', '_RANDOM', '_ENV', '_HASH', '_BANG']);
/** Rescans after substitution; a definition that uses itself stops here. */
const MAX_SUBSTITUTION_ROUNDS = 16;
const MAX_SUBSTITUTED_LENGTH = 100_000;
/** Lines that ~SEQ/~LST may generate in total (nested sequences multiply). */
const MAX_SEQ_LINES = 100_000;
const DEF_RE = /^\$([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
/** Any line starting with ~SEQ or ~LST is a sequence for keepalived (a malformed one is dropped). */
const SEQ_RE = /^~(SEQ|LST)/;
/** The same constructs, matched at a given offset (sticky). */
const COND_AT = /@(\^?)([^ \t]*)/y;
const DEF_AT = /\$([A-Za-z_][A-Za-z0-9_]*)=/y;
const SEQ_AT = /~(SEQ|LST)/y;

interface Def {
  lines: string[];
}

/** Longest line readPlainLine takes: keepalived reads it in one piece whatever its bytes (4 × 255 < 1023). */
const MAX_PLAIN_LINE = 255;
/** Characters (by code) that send a line through the general path: " # ! \\ $ @ ~, NUL, CR, LF. */
const SPECIAL_CHARS: Uint8Array = (() => {
  // A byte per UTF-16 code unit (64 KiB, zeroed when made): cheaper to make at start-up than an array of booleans.
  const t = new Uint8Array(65536);
  for (const ch of '"#!\\$@~\0\r\n') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/**
 * A '{' or '}' of a plain line: the reader item and its token in one object (`item.token` is the
 * item itself), which saves an object per brace on big files.
 */
class BraceItem extends LineToken {
  get kind(): 'open' | 'close' {
    return this.text === '{' ? 'open' : 'close';
  }
  get token(): Token {
    return this;
  }
}

/** Slots of the reader's cache of recent words (a power of two). */
const WORD_CACHE_SIZE = 4096;

/** readPlainLine's scratch array of the words of one item (copied out at the exact length). */
const WORDS: Token[] = [];

/**
 * A words item of a plain line (readPlainLine). Its mapped text is wanted only for script
 * keywords, which are re-read from the raw line: it is built on first use.
 */
class PlainWordsItem {
  readonly kind = 'words' as const;
  private mapped?: MappedText;
  constructor(
    readonly keyword: Token,
    /** The words after the first: the parser takes this array as the statement's arguments (shared, not copied). */
    readonly args: Token[],
    /** Not readonly: incremental re-analysis moves items when lines are inserted above them. */
    public line: number,
    /** The text the line is part of, and where the item starts and ends in it. */
    private readonly source: string,
    private readonly start: number,
    private readonly end: number,
    /** Column of the item's first word. */
    private readonly from: number,
  ) {}
  /** All words (a new array on each read: the parser and re-analysis use keyword and args). */
  get tokens(): Token[] {
    return [this.keyword, ...this.args];
  }
  get file(): string {
    return this.keyword.file;
  }
  get text(): MappedText {
    return (this.mapped ??= identityMapped(this.source.slice(this.start, this.end), this.from));
  }
  /** Offsets of the words in `text` (columns are offsets in a plain line). */
  get pieceStarts(): number[] {
    return this.tokens.map((t) => t.range.start.character - this.from);
  }
}

export class Reader {
  private readonly items: LineItem[] = [];
  private readonly includes: IncludeRef[] = [];
  private readonly definitions: Definition[] = [];
  private readonly inactive: InactiveLine[] = [];
  private readonly files = new Map<string, string>();
  private readonly diagnostics: KaDiagnostic[] = [];
  private readonly escapes: EscapeUse[] = [];
  private groups = 0;
  private readonly defs = new Map<string, Def>();
  private readonly stack: string[] = [];
  /** The include directive through which each file above the first one on `stack` was entered. */
  private readonly entries: { file: string; range: Range }[] = [];
  private lineBudget: number;
  private seqBudget = MAX_SEQ_LINES;
  /** Words of plain lines by a hash of their characters (see readPlainLine); '' where none yet. */
  private readonly wordCache: string[] = new Array<string>(WORD_CACHE_SIZE).fill('');

  constructor(private readonly opts: ReaderOptions) {
    this.lineBudget = opts.maxLines ?? 2_000_000;
  }

  /** Reads `file`; `text` is used instead of the disk when given (an editor buffer). */
  read(file: string, text?: string): ReadResult {
    const abs = path.resolve(file);
    if (text !== undefined) this.readText(abs, text);
    else this.readFile(abs, undefined);
    return {
      items: this.items,
      includes: this.includes,
      definitions: this.definitions,
      inactive: this.inactive,
      files: this.files,
      diagnostics: this.diagnostics,
      escapes: this.escapes,
    };
  }

  private diag(code: string, severity: Severity, message: string, file: string, r: Range, data?: Record<string, unknown>): void {
    this.diagnostics.push({ code, severity, message, file, range: r, data });
  }

  private readFile(abs: string, from: { file: string; range: Range } | undefined): void {
    let text: string;
    try {
      text = this.opts.fs.readFile(abs);
    } catch (e) {
      const where = from ?? { file: abs, range: range(0, 0, 0, 0) };
      this.diag('include-unreadable', 'error', msg().includeUnreadable(abs, (e as Error).message), where.file, where.range);
      return;
    }
    this.readText(abs, text);
  }

  private readText(abs: string, text: string): void {
    if (this.stack.length >= MAX_INCLUDE_DEPTH) return;
    this.files.set(abs, text);
    this.stack.push(abs);
    // Line numbers start at firstLine for the text given to read(), at 0 for included files.
    const offset = this.stack.length === 1 ? this.opts.firstLine ?? 0 : 0;
    try {
      if (offset === 0 && text.startsWith('\uFEFF')) {
        this.diag('byte-order-mark', 'error', msg().byteOrderMark(), abs, range(0, 0, 0, 1));
      }
      // Lines are found with indexOf instead of text.split('\n'): plain lines (most of them) are
      // read straight from `text` and never become strings of their own.
      const lineEndAt = (from: number) => {
        const nl = text.indexOf('\n', from);
        return nl < 0 ? text.length : nl;
      };
      /** The line from `from` to `end` (its '\n'), without a '\r' before the '\n'. */
      const lineText = (from: number, end: number) => text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      let next = 0;
      for (let i = offset; next <= text.length; i++) {
        if (this.lineBudget <= 0) {
          this.diag('input-too-large', 'error', msg().expansionLineLimit(), abs, range(i, 0, i, 0));
          return;
        }
        const start = next;
        const end = lineEndAt(start);
        next = end + 1;
        if (this.readPlainLine(abs, i, text, start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end)) continue;
        const line = lineText(start, end);
        // $NAME=value definitions (leading blanks allowed), with trailing '\' continuing on following lines.
        const trimmed = line.replace(/^[ \t]+/, '');
        const lead = line.length - trimmed.length;
        const dm = trimmed.startsWith('$') ? DEF_RE.exec(trimmed) : null;
        if (dm) {
          const valueLines: string[] = [];
          const valueStart = lead + trimmed.length - dm[2].length;
          let value = this.definitionLine(abs, i, line, valueStart);
          let last = i;
          while (value.endsWith('\\') && next <= text.length) {
            valueLines.push(value.slice(0, -1));
            last++;
            const contEnd = lineEndAt(next);
            const cont = lineText(next, contEnd);
            next = contEnd + 1;
            value = this.definitionLine(abs, last, cont, 0);
          }
          valueLines.push(value);
          this.defs.set(dm[1], { lines: valueLines });
          this.definitions.push({ name: dm[1], value: valueLines.join('\n'), file: abs, range: range(i, lead + 1, i, lead + 1 + dm[1].length) });
          this.lineBudget -= last - i + 1;
          i = last;
          continue;
        }
        this.processLine(abs, i, identityMapped(line));
      }
    } finally {
      this.stack.pop();
    }
  }

  /**
   * Most lines are plain words and braces: nothing to substitute, strip or expand. Such a line is
   * split here directly, with columns as offsets, without building the column maps of the general
   * path (which made most of the reader's garbage). Returns false, having done nothing, for any
   * other line. The items are the same as processLine makes of the line.
   */
  private readPlainLine(file: string, lineNo: number, src: string, base: number, lineEnd: number): boolean {
    // Short enough to be one read for keepalived (byteChunks), and none of the characters that
    // start comments, quotes, escapes, definitions, conditions or sequences; no include directive.
    const n = lineEnd - base;
    if (n > MAX_PLAIN_LINE) return false;
    for (let k = base; k < lineEnd; k++) {
      const c = src.charCodeAt(k);
      if (SPECIAL_CHARS[c] === 1) return false;
      if (c === 105 && k + 7 <= lineEnd && src.startsWith('include', k)) return false;
    }
    this.lineBudget--;
    // Words are collected in one shared array and copied out at the exact length: a `[]` grown by
    // push keeps room for 17 elements, which over ~100k word groups was megabytes of empty slots.
    const words = WORDS;
    words.length = 0;
    let segStart = -1;
    let i = 0;
    while (i < n) {
      const c = src.charCodeAt(base + i);
      if (c === 32 || c === 9 || c === 11 || c === 12) {
        i++;
        continue;
      }
      if (c === 123 || c === 125) {
        if (words.length) {
          this.items.push(new PlainWordsItem(words[0], words.slice(1), lineNo, src, base + segStart, base + i, segStart));
          words.length = 0;
        }
        this.items.push(new BraceItem(c === 123 ? '{' : '}', file, false, lineNo, i, i + 1) as LineItem);
        i++;
        continue;
      }
      let j = i + 1;
      let h = c;
      for (; j < n; j++) {
        const d = src.charCodeAt(base + j);
        if (d === 32 || d === 9 || d === 11 || d === 12 || d === 123 || d === 125) break;
        h = (Math.imul(h, 31) + d) | 0;
      }
      if (!words.length) segStart = i;
      // Big files repeat the same words (keywords, common values) thousands of times: a word seen
      // recently (same hash slot and characters) is the same string, not a new one.
      const slot = (h ^ (h >>> 13)) & (WORD_CACHE_SIZE - 1);
      let word = this.wordCache[slot];
      if (word.length !== j - i || !src.startsWith(word, base + i)) this.wordCache[slot] = word = src.slice(base + i, base + j);
      words.push(new LineToken(word, file, false, lineNo, i, j));
      i = j;
    }
    if (words.length) {
      this.items.push(new PlainWordsItem(words[0], words.slice(1), lineNo, src, base + segStart, base + n, segStart));
      words.length = 0;
    }
    return true;
  }

  /** One line of a definition's value: keepalived strips its comment (and checks its quotes) when reading the definition. */
  private definitionLine(file: string, lineNo: number, line: string, from: number): string {
    const m = sliceMapped(identityMapped(line), from);
    const stripped = stripComment(m);
    if (stripped.unterminatedQuote) {
      this.diag('unterminated-quote', 'error', msg().unterminatedQuoteInDefinition(), file, range(lineNo, 0, lineNo, line.length));
    }
    const value = stripped.text.replace(/^[ \t]+/, '');
    return value.trimEnd().endsWith('\\') ? value.trimEnd() : value;
  }

  /** One physical (or generated) line: conditionals, sequences, substitution, comments, splitting. */
  private processLine(file: string, lineNo: number, m: MappedText, depth = 0): void {
    this.lineBudget--;
    const nul = m.text.indexOf('\0');
    if (nul >= 0) {
      const r = range(lineNo, m.map[nul], lineNo, m.map[m.text.length]);
      if (this.opts.version === '2.4') {
        this.diag('nul-byte', 'error', msg().embeddedNulBytes(), file, r);
        return;
      }
      this.diag('nul-byte', 'error', msg().nulByteTruncatesLine(), file, r);
      m = sliceMapped(m, 0, nul);
    }
    if (depth === 0) {
      const chunks = byteChunks(m.text, LINE_CHUNK_BYTES);
      if (chunks.length > 1) {
        this.reportLongLine(file, lineNo, m, chunks);
        for (let k = 0; k < chunks.length; k++) {
          // keepalived 2.4 drops every full chunk; 2.2 reads each one as a line of its own.
          if (this.opts.version === '2.4' && k < chunks.length - 1) continue;
          this.processLine(file, lineNo, sliceMapped(m, chunks[k][0], chunks[k][1]), depth + 1);
        }
        return;
      }
    }
    // Leading blanks are ignored.
    let start = 0;
    while (start < m.text.length && BLANK_CHARS.includes(m.text[start])) start++;
    let cur = sliceMapped(m, start);
    // @id / @^id conditional lines: the id runs to the first blank; a line whose id does not match is dropped.
    if (cur.text.startsWith('@')) {
      const cm = /^@(\^?)([^ \t]*)/.exec(cur.text)!;
      const matches = cm[2] !== '' && cm[2] === this.opts.configId;
      const keep = cm[1] === '^' ? !matches : matches;
      if (!keep) {
        this.inactive.push({ file, line: lineNo, condition: cm[0] });
        // keepalived scans a line for comments (and quotes) before it looks at the condition.
        if (stripComment(cur).unterminatedQuote) {
          this.diag('unterminated-quote', 'error', msg().unterminatedQuoteInDroppedLine(cm[0]), file, range(lineNo, cur.map[0], lineNo, m.map[m.text.length]));
        }
        return;
      }
      cur = sliceMapped(cur, cm[0].length);
    }
    // ~SEQ(...) / ~LST(...) repeat the rest of the line.
    const lead = /^[ \t]*/.exec(cur.text)![0].length;
    if (SEQ_RE.test(cur.text.slice(lead)) && depth < 4) {
      this.expandSequence(file, lineNo, sliceMapped(cur, lead), depth);
      return;
    }
    cur = this.attachTrailingBackslash(file, lineNo, cur);
    const stripped = stripComment(cur, { keepCommentBackslash: this.opts.version === '2.2' });
    if (stripped.commentBackslashAt !== undefined) {
      const at = stripped.commentBackslashAt;
      this.diag('trailing-backslash', 'warning', msg().backslashEndingComment(stripped.text.trim() === '\\' ? msg().backslashReportedUnknown() : ''), file, range(lineNo, at, lineNo, at + 1));
    }
    if (stripped.commentAt !== undefined && stripped.commentBackslashAt === undefined) {
      // `interface eth0\  # note`: the backslash is not followed by the line end but by a comment.
      const t = stripped.text.replace(/[ \t]+$/, '');
      if (/(^|[^\\])(\\\\)*\\$/.test(t)) {
        const col = stripped.map[t.length - 1];
        const word = /\S*$/.exec(t)![0];
        this.diag('trailing-backslash', 'error', msg().backslashBeforeComment(word), file, range(lineNo, col, lineNo, col + 1));
      }
    }
    let quoteReported = false;
    if (stripped.unterminatedQuote) {
      quoteReported = true;
      const q = cur.text.indexOf('"');
      this.diag('unterminated-quote', 'error', msg().unterminatedQuote(), file, range(lineNo, cur.map[Math.max(0, q)] ?? 0, lineNo, m.map[m.text.length]));
    }
    const escape = stripped.escapes?.[0];
    if (this.opts.version === '2.2' && escape !== undefined && !includeWords(stripped.text)) {
      const group = this.groups++;
      const child = sliceMapped(stripped, 0, escape);
      for (const e of stripped.escapes!) {
        const t = stripped.text;
        const standalone = (e === 0 || /[ \t\v\f\r{}]/.test(t[e - 1])) && t.slice(e + 1).trim() === '';
        this.escapes.push({ group, file, range: range(lineNo, stripped.map[e], lineNo, stripped.map[e] + 2), childText: child.text.trim(), standalone, lineStart: t.slice(0, e).trim() === '' });
      }
      this.emitExpanded(file, lineNo, stripped, quoteReported, { variant: 'parent', group });
      this.emitExpanded(file, lineNo, child, true, { variant: 'child', group });
      return;
    }
    this.emitExpanded(file, lineNo, stripped, quoteReported, {});
  }

  private emitExpanded(file: string, lineNo: number, stripped: MappedText, quoteReported: boolean, variant: ItemVariant): void {
    let expanded: MappedText[] = [stripped];
    if (stripped.text.includes('$')) {
      expanded = this.substituteAll(stripped, file, lineNo);
    }
    for (const part of expanded) this.emitPieces(file, lineNo, part, quoteReported, variant);
  }

  /**
   * keepalived has no line continuation outside definitions: a trailing '\\' stays, stuck to the
   * last word (`interface eth0 \\` names the interface `eth0\\`).
   */
  private attachTrailingBackslash(file: string, lineNo: number, m: MappedText): MappedText {
    const t = /[ \t]*\\[ \t]*$/.exec(m.text);
    // `\\` at the end is an escaped backslash, not a continuation mark.
    if (!t || /(^|[^\\])(\\\\)+[ \t]*$/.test(m.text)) return m;
    const before = m.text.slice(0, t.index);
    // A backslash inside a comment is handled by the comment scanner.
    const probe = stripComment(identityMapped(before));
    if (probe.commentAt !== undefined || before.trim() === '') return m;
    const slash = t.index + t[0].indexOf('\\');
    const lastWord = /[^ \t]*$/.exec(before)![0];
    this.diag('trailing-backslash', 'error', msg().backslashLineContinuation(lastWord), file, range(lineNo, m.map[slash], lineNo, m.map[slash] + 1));
    const joined: MappedText = { text: before + '\\', map: [...m.map.slice(0, t.index), m.map[slash], m.map[slash] + 1] };
    return joined;
  }

  private reportLongLine(file: string, lineNo: number, m: MappedText, chunks: [number, number][]): void {
    const bytes = Buffer.byteLength(m.text, 'utf8');
    const cut = m.map[chunks[0][1]];
    const text = this.opts.version === '2.4'
      ? msg().lineTooLong(bytes, MAX_LINE_BYTES, LINE_CHUNK_BYTES)
      : msg().lineReadInPieces(bytes, LINE_CHUNK_BYTES, cut + 1);
    this.diag('line-too-long', 'error', text, file, range(lineNo, cut, lineNo, Math.min(m.map[m.text.length], cut + 1)));
  }

  private emitPieces(file: string, lineNo: number, m: MappedText, quoteReported: boolean, variant: ItemVariant): void {
    const pieces = splitPieces(m.text);
    const open = pieces.find((p) => p.kind === 'word' && p.unterminated);
    if (open && !quoteReported) {
      this.diag('unterminated-quote', 'error', msg().unmatchedQuote(), file, range(lineNo, m.map[open.start], lineNo, m.map[m.text.length]));
    }
    const words: Token[] = [];
    const starts: number[] = [];
    // keepalived cuts a line at each brace and reads the rest as a new line, so the rest may be an
    // include, a conditional line, a definition or a sequence of its own (`}@id text`, `} include x`).
    let lineStart = true;
    let first = true;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      if (p.kind !== 'word') {
        this.flushWords(file, lineNo, m, words, starts, p.start, variant);
        const brace = makeToken(file, lineNo, m, p.start, p.end, p.kind === 'open' ? '{' : '}', false);
        if (variant.variant === undefined) {
          // The same item as a plain line makes of the brace.
          const r = brace.range;
          this.items.push(new BraceItem(brace.text, file, false, lineNo, r.start.character, r.end.character) as LineItem);
        } else this.items.push({ kind: p.kind, token: brace, ...variant });
        lineStart = true;
        first = false;
        continue;
      }
      if (lineStart) {
        lineStart = false;
        const special = this.lineStartConstruct(file, lineNo, m, p.start, first);
        first = false;
        if (special === 'consumed') return;
        if (special !== undefined) {
          // A kept conditional line: skip its '@id' prefix.
          while (k < pieces.length && pieces[k].kind === 'word' && pieces[k].start < special) k++;
          k--;
          continue;
        }
      }
      // keepalived drops an unterminated quoted word.
      if (p.unterminated) continue;
      words.push(makeToken(file, lineNo, m, p.start, p.end, p.text, p.quoted));
      starts.push(p.start);
    }
    this.flushWords(file, lineNo, m, words, starts, m.text.length, variant);
  }

  /**
   * Handles what may start a line at offset `at` of `m`: include (always), and after a brace also a
   * conditional prefix, a definition or a sequence (the physical line's own start was handled by
   * processLine). Returns 'consumed' when the rest of `m` was taken, the offset after a kept '@id'
   * prefix, or undefined.
   */
  private lineStartConstruct(file: string, lineNo: number, m: MappedText, at: number, physicalStart: boolean): 'consumed' | number | undefined {
    const c = m.text[at];
    if (c === 'i' && /^include[rmwba]?$/.test(/^[^ \t\v\f\r{}"]*/.exec(m.text.slice(at, at + 12))![0])) {
      // Include directives are handled before braces are split (`include conf.d/{a,b}.conf` is a pattern);
      // without a pattern `include` is an ordinary (unknown) keyword.
      const rest = sliceMapped(m, at);
      const inc = includeWords(rest.text);
      if (!inc) return undefined;
      this.handleInclude(file, lineNo, rest, inc);
      return 'consumed';
    }
    if (physicalStart) return undefined;
    if (c === '@') {
      COND_AT.lastIndex = at;
      const cm = COND_AT.exec(m.text)!;
      const matches = cm[2] !== '' && cm[2] === this.opts.configId;
      if ((cm[1] === '^') === matches) {
        this.inactive.push({ file, line: lineNo, condition: cm[0] });
        return 'consumed';
      }
      return at + cm[0].length;
    }
    if (c === '$') {
      DEF_AT.lastIndex = at;
      const dm = DEF_AT.exec(m.text);
      if (!dm) return undefined;
      const value = m.text.slice(at + dm[0].length).replace(/^[ \t]+/, '');
      this.defs.set(dm[1], { lines: [value] });
      this.definitions.push({ name: dm[1], value: value.trim(), file, range: range(lineNo, m.map[at + 1], lineNo, m.map[at + 1] + dm[1].length) });
      return 'consumed';
    }
    if (c === '~') {
      SEQ_AT.lastIndex = at;
      if (!SEQ_AT.test(m.text)) return undefined;
      this.expandSequence(file, lineNo, sliceMapped(m, at), 1);
      return 'consumed';
    }
    return undefined;
  }

  private flushWords(file: string, lineNo: number, m: MappedText, words: Token[], starts: number[], end: number, variant: ItemVariant): void {
    if (!words.length) return;
    const segStart = starts[0];
    this.items.push({ kind: 'words', tokens: words.splice(0), file, line: lineNo, text: sliceMapped(m, segStart, end), pieceStarts: starts.splice(0).map((s) => s - segStart), ...variant });
  }

  /**
   * Substitutes until nothing changes: keepalived rescans the line after each substitution (so a
   * value may use other definitions as they are now, and a '#' it brings starts a comment).
   */
  private substituteAll(m: MappedText, file: string, lineNo: number): MappedText[] {
    let work: MappedText[] = [m];
    for (let round = 0; round < MAX_SUBSTITUTION_ROUNDS; round++) {
      let changed = false;
      const next: MappedText[] = [];
      for (const part of work) {
        if (!part.text.includes('$') || part.text.length > MAX_SUBSTITUTED_LENGTH) {
          next.push(part);
          continue;
        }
        const r = this.substitute(part, file, lineNo);
        changed ||= r.changed;
        for (const x of r.parts) next.push(stripComment(x));
      }
      work = next;
      if (!changed) break;
    }
    // What is still there after the last round was left alone by keepalived.
    for (const part of work) {
      for (let i = part.text.indexOf('$'); i >= 0; i = part.text.indexOf('$', i + 1)) this.checkUnsubstituted(part, i, file, lineNo);
      this.checkUndefined(part, file, lineNo);
    }
    return work;
  }

  private substitute(m: MappedText, file: string, lineNo: number): { parts: MappedText[]; changed: boolean } {
    let changed = false;
    const results: MappedText[] = [];
    let text = '';
    let map: number[] = [];
    const put = (s: string, from: number, to: number) => {
      for (let k = 0; k < s.length; k++) {
        text += s[k];
        map.push(k === 0 ? from : Math.max(from, to - 1));
      }
    };
    const src = m.text;
    let i = 0;
    let guard = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '$' && guard++ < 10000) {
        let name: string | undefined;
        let params: string | undefined;
        let end = i;
        const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?: ([^}]*))?\}/.exec(src.slice(i));
        // keepalived replaces a plain $NAME only when a blank, ',', ')' or the end of the line follows
        // it (`$IP/24` stays as it is; write `${IP}/24`).
        const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)(?=[ \t\v\f\r,)]|$)/.exec(src.slice(i));
        if (braced) {
          name = braced[1];
          params = braced[2];
          end = i + braced[0].length;
        } else if (plain) {
          name = plain[1];
          end = i + plain[0].length;
        }
        const value = name !== undefined ? this.lookupDefinition(name, params, file, lineNo, m.map[i], m.map[end - 1] + 1) : undefined;
        if (name !== undefined && value !== undefined) {
          const from = m.map[i];
          const to = m.map[end - 1] + 1;
          const vlines = value;
          for (let v = 0; v < vlines.length; v++) {
            if (v > 0) {
              map.push(to);
              results.push({ text, map });
              text = '';
              map = [];
            }
            put(vlines[v], from, to);
          }
          i = end;
          changed = true;
          continue;
        }
      }
      text += c;
      map.push(m.map[i]);
      i++;
    }
    map.push(m.map[src.length]);
    results.push({ text, map });
    return { parts: results, changed };
  }

  /** `$NAME` / `${NAME}` outside quotes that no definition before this line provides (quoted text may be shell). */
  private checkUndefined(m: MappedText, file: string, lineNo: number): void {
    const t = m.text;
    let quote = '';
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (quote) {
        if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'") {
        quote = c;
        continue;
      }
      if (c !== '$') continue;
      const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?: [^}]*)?\}/.exec(t.slice(i, i + 200));
      const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)(?=[ \t\v\f\r,)]|$)/.exec(t.slice(i, i + 200));
      const hit = braced ?? plain;
      if (!hit || this.defs.has(hit[1]) || BUILTINS.has(hit[1])) continue;
      const r = range(lineNo, m.map[i], lineNo, Math.max(m.map[i], m.map[i + hit[0].length - 1] + 1));
      if (braced) {
        this.diag('undefined-definition', 'error', msg().undefinedDefinitionWithBraces(hit[0], hit[1]), file, r, { name: hit[1] });
      } else {
        this.diag('undefined-definition', 'warning', msg().undefinedDefinition(hit[1], hit[1], hit[1]), file, r, { name: hit[1] });
      }
    }
  }

  /** `192.0.2.$n/24`: a defined name that keepalived leaves alone because of the character after it. */
  private checkUnsubstituted(part: MappedText, at: number, file: string, lineNo: number): void {
    const rest = part.text.slice(at, at + 200);
    const col = part.map[at];
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)(\S?)/.exec(rest);
    if (!m || !m[2]) return;
    // The longest defined prefix is what the user most likely meant ($IPx -> $IP followed by x).
    let name = m[1];
    while (name && !this.defs.has(name)) name = name.slice(0, -1);
    if (!name) return;
    const after = rest.slice(1 + name.length, 2 + name.length);
    const word = /^\S+/.exec(rest)![0];
    const end = Math.max(col, part.map[at + name.length] + 1);
    this.diag('unsubstituted-definition', 'error', msg().definitionNameFollowedByText(name, after, word, name), file, range(lineNo, col, lineNo, end), { name, literal: end - col === name.length + 1 });
  }

  private lookupDefinition(name: string, params: string | undefined, file: string, lineNo: number, s: number, e: number): string[] | undefined {
    const def = this.defs.get(name);
    if (def) return def.lines;
    switch (name) {
      case '_PWD':
        return [path.dirname(file)];
      case '_INSTANCE':
        return [this.opts.configId];
      // keepalived 2.2 substitutes a plain '#' / '!', which then starts a comment; 2.4 keeps it literal.
      case '_HASH':
        return [this.opts.version === '2.2' ? '#' : '\\#'];
      case '_BANG':
        return [this.opts.version === '2.2' ? '!' : '\\!'];
      case '_ENV': {
        const words = (params ?? '').trim().split(/\s+/).filter(Boolean);
        if (words.length !== 1) {
          this.diag('definition-parameters', 'error', msg().envParameterCount(words.length), file, range(lineNo, s, lineNo, e));
          return undefined;
        }
        return [process.env[words[0]] ?? ''];
      }
      case '_RANDOM': {
        const words = (params ?? '').trim().split(/\s+/).filter(Boolean);
        if (words.some((w) => !/^-?\d+$/.test(w))) {
          this.diag('definition-parameters', 'error', msg().randomNonNumericParameters(), file, range(lineNo, s, lineNo, e));
          return undefined;
        }
        if (words.length > 2) {
          this.diag('definition-parameters', 'warning', msg().randomTooManyParameters(this.opts.version === '2.2' ? msg().randomIgnoresRest() : msg().randomReportsParameterCount()), file, range(lineNo, s, lineNo, e));
        }
        // A random value cannot be predicted: use the lower bound so analysis is deterministic.
        return [words[0] ?? '0'];
      }
      default:
        return undefined;
    }
  }

  private expandSequence(file: string, lineNo: number, m: MappedText, depth: number): void {
    const close = m.text.indexOf(')');
    const r = range(lineNo, m.map[0], lineNo, m.map[Math.max(0, close < 0 ? m.text.length : close + 1) - 1] + 1);
    const form = /^~(SEQx?|LST)\(/.exec(m.text);
    if (!form) {
      const word = /^\S*/.exec(m.text)![0];
      this.diag('invalid-sequence', 'error', msg().invalidSeqSpecification(word), file, range(lineNo, m.map[0], lineNo, m.map[0] + word.length));
      return;
    }
    if (close < 0) {
      this.diag('invalid-sequence', 'error', msg().seqMissingCloseParen(), file, r);
      return;
    }
    const kind = /^~(SEQx?|LST)\(/.exec(m.text)![1];
    const inner = m.text.slice(kind.length + 2, close);
    const rest = sliceMapped(m, close + 1);
    // keepalived leaves the variable defined with its last value after the sequence.
    const runWith = (assign: [string, string][]) => {
      for (const [n, v] of assign) this.defs.set(n, { lines: [v] });
      if (this.seqBudget-- === 0) {
        this.diag('input-too-large', 'error', msg().seqExpansionLineLimit(MAX_SEQ_LINES), file, r);
      }
      if (this.seqBudget < 0) return;
      this.processLine(file, lineNo, rest, depth + 1);
    };
    if (kind === 'LST') {
      const sets = splitTopLevel(inner);
      if (sets.length < 2) {
        this.diag('invalid-sequence', 'error', msg().lstNeedsVariableAndValue(), file, r);
        return;
      }
      const vars = sets[0].startsWith('{') ? sets[0].slice(1, -1).split(',').map((s) => s.trim()) : [sets[0]];
      for (const value of sets.slice(1)) {
        const vals = value.startsWith('{') ? value.slice(1, -1).split(',').map((s) => s.trim()) : [value];
        if (vals.length > vars.length) {
          this.diag('invalid-sequence', 'error', msg().lstTooManyValues(value), file, r);
          return;
        }
        runWith(vars.map((v, k) => [v, vals[k] ?? '']));
      }
      return;
    }
    const parts = inner.split(',').map((s) => s.trim());
    const resolveNum = (s: string) => {
      const d = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(s);
      const v = d ? this.defs.get(d[1])?.lines.join('') ?? s : s;
      return /^-?\d+$/.test(v) ? Number(v) : NaN;
    };
    if (parts.length < 2 || parts.length > 4 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(parts[0])) {
      this.diag('invalid-sequence', 'error', msg().invalidSeqDefinition(kind, kind, kind, kind), file, r);
      return;
    }
    const nums = parts.slice(1).map(resolveNum);
    if (nums.some((n) => Number.isNaN(n))) {
      this.diag('invalid-sequence', 'error', msg().seqValuesNotIntegers(kind), file, r);
      return;
    }
    let startV: number, step: number, endV: number;
    if (nums.length === 1) {
      endV = nums[0];
      startV = endV < 0 ? -1 : 1;
      step = endV < 0 ? -1 : 1;
    } else if (nums.length === 2) {
      [startV, endV] = nums;
      step = startV <= endV ? 1 : -1;
    } else {
      [startV, step, endV] = nums;
    }
    if (step === 0 || (step > 0 && startV > endV) || (step < 0 && startV < endV) || (kind === 'SEQx' && (startV < 0 || endV < 0))) {
      this.diag('invalid-sequence', 'error', msg().seqStepWrongDirection(kind), file, r);
      return;
    }
    const count = Math.floor((endV - startV) / step) + 1;
    if (count > MAX_SEQ_VALUES) {
      this.diag('invalid-sequence', 'warning', msg().seqTooManyLines(kind, count, MAX_SEQ_VALUES), file, r);
    }
    for (let k = 0, v = startV; k < Math.min(count, MAX_SEQ_VALUES); k++, v += step) {
      runWith([[parts[0], kind === 'SEQx' ? v.toString(16) : String(v)]]);
    }
  }

  private handleInclude(file: string, lineNo: number, m: MappedText, inc: IncludeWords): void {
    const { directive, pattern } = inc;
    const tok = makeToken(file, lineNo, m, inc.start, inc.end, pattern, inc.quoted);
    const ref: IncludeRef = { file, directive, pattern, range: tok.range, resolved: [] };
    this.includes.push(ref);
    const strict = directive !== 'include';
    const stops = strict ? msg().includeDirectiveStopsCheck(directive) : '';
    const { matches, missing } = expandPattern(this.opts.fs, pattern, path.dirname(file));
    for (const miss of missing) {
      this.diag('include-missing', 'error', msg().includedFileMissing(miss, stops), file, tok.range);
    }
    if (!matches.length && !missing.length) {
      this.diag('include-no-match', strict ? 'error' : 'warning', msg().includePatternMatchesNothing(pattern, strict ? msg().noConfigFilesMatched() : msg().plainIncludeMatchesNothing(), stops), file, tok.range);
      return;
    }
    for (const target of matches) {
      const st = this.opts.fs.stat(target);
      if (!st) {
        this.diag('include-missing', 'error', msg().includedFileMissingSilently(target, stops), file, tok.range);
        continue;
      }
      if (st.isDirectory) {
        this.diag('include-not-regular', 'error', msg().includedFileIsDirectory(target, stops), file, tok.range);
        continue;
      }
      if (!st.isFile || st.executable) {
        this.diag('include-not-regular', 'error', msg().includedFileNotRegular(target, stops), file, tok.range);
        continue;
      }
      const k = this.stack.indexOf(target);
      if (k >= 0) {
        // Every include of the loop is part of the problem: mark each of them.
        const loop = [...this.stack.slice(k), target].map((f) => path.basename(f)).join(' -> ');
        const text = msg().includeLoop(loop);
        for (const via of [...this.entries.slice(k), { file, range: tok.range }]) this.diag('include-cycle', 'error', text, via.file, via.range);
        continue;
      }
      if (this.stack.length >= MAX_INCLUDE_DEPTH) {
        this.diag('include-cycle', 'error', msg().includeTooDeep(MAX_INCLUDE_DEPTH), file, tok.range);
        continue;
      }
      ref.resolved.push(target);
      this.entries.push({ file, range: tok.range });
      try {
        this.readFile(target, { file, range: tok.range });
      } finally {
        this.entries.pop();
      }
    }
  }
}

/** Splits `a, {b,c}, d` at the commas outside braces, trimming each part. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}
