// Shared value types of the language service. Positions are 0-based, like LSP.
import type { Position, Range } from 'vscode-languageserver-types';
export type { Position, Range };

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One word or brace of the configuration, after quote removal and $VAR substitution. */
export interface Token {
  /** The word as keepalived sees it (quotes removed, definitions substituted). */
  text: string;
  file: string;
  range: Range;
  quoted: boolean;
}

/**
 * A token on one line (every token the reader and the parser make). Its range, the usual
 * `{ start: { line, character }, end: { … } }` of three objects, is made only when something
 * asks for it: big files have hundreds of thousands of tokens and most ranges are never read
 * (only findings and editor features need them), while allocating them all was a good part of
 * the analysis time (garbage collection). Once made, the range is kept, so it is the same
 * object on every read (the tree shares its position objects; incremental re-analysis moves
 * them in place).
 */
export class LineToken implements Token {
  // A true private field: whether the range was made yet is invisible to comparisons (deepEqual).
  #r: Range | undefined = undefined;
  constructor(
    readonly text: string,
    readonly file: string,
    readonly quoted: boolean,
    /** 0-based line; not readonly: incremental re-analysis moves tokens (see shiftLine). */
    private line: number,
    private readonly startChar: number,
    private readonly endChar: number,
  ) {}

  get range(): Range {
    return (this.#r ??= range(this.line, this.startChar, this.line, this.endChar));
  }

  set range(r: Range) {
    this.#r = r;
  }

  /** Moves the token `delta` lines down (up when negative): its range too, when it was made. */
  shiftLine(delta: number): void {
    this.line += delta;
    if (this.#r) {
      this.#r.start.line += delta;
      this.#r.end.line += delta;
    }
  }

  /** Own enumerable fields are internal: JSON, spreads and structural comparisons see a plain token. */
  toJSON(): Token {
    return { text: this.text, file: this.file, range: this.range, quoted: this.quoted };
  }
}

/** Moves a token `delta` lines in place (LineToken or a plain token object). */
export function shiftToken(t: Token, delta: number): void {
  if (t instanceof LineToken) t.shiftLine(delta);
  else {
    t.range.start.line += delta;
    t.range.end.line += delta;
  }
}

export interface RelatedInfo {
  file: string;
  range: Range;
  message: string;
}

export interface KaDiagnostic {
  /** Stable rule code, e.g. `extra-arguments`; code actions map back through it. */
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  related?: RelatedInfo[];
  tags?: ('unnecessary' | 'deprecated')[];
  /** Rule-specific data that the rule's quick fixes read. */
  data?: Record<string, unknown>;
}

export interface TextEditInFile {
  file: string;
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEditInFile[];
  isPreferred?: boolean;
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}
