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
