// The syntax tree: what keepalived will actually read, with exact source ranges.
import type { KeywordSchema } from './schema';
import type { ReadResult } from './reader';
import type { KaDiagnostic, Range, Token } from './types';

export type KeywordStatus = 'known' | 'unknown' | 'too-new';

export interface Item {
  tokens: Token[];
  file: string;
  range: Range;
}

export interface Statement {
  keyword: Token;
  /** Words after the keyword; for script keywords split with keepalived's script rules (both quote kinds). */
  args: Token[];
  schema?: KeywordSchema;
  status: KeywordStatus;
  parent?: Statement;
  /** Sub-keywords of a block. */
  children: Statement[];
  /** Entries of a value block such as virtual_ipaddress. */
  items: Item[];
  open?: Token;
  close?: Token;
  file: string;
  /** From the keyword to the closing brace (or the last word). */
  range: Range;
  /** Position of this statement in reading order (includes expanded), for "defined before use" checks. */
  order: number;
}

export interface ConfigDocument {
  /** Absolute path of the file the analysis started from. */
  file: string;
  statements: Statement[];
  read: ReadResult;
  /** Structural problems found while parsing. */
  diagnostics: KaDiagnostic[];
}

/** Visits every statement depth first, in reading order. */
export function walk(statements: readonly Statement[], visit: (s: Statement) => void): void {
  for (const s of statements) {
    visit(s);
    if (s.children.length) walk(s.children, visit);
  }
}

export function blockPath(s: Statement): string[] {
  const out: string[] = [];
  for (let p: Statement | undefined = s; p; p = p.parent) out.unshift(p.keyword.text);
  return out;
}

/** Direct children with this keyword name. */
export function childrenNamed(s: Statement, name: string): Statement[] {
  return s.children.filter((c) => c.keyword.text === name && c.status === 'known');
}

export function firstChild(s: Statement, name: string): Statement | undefined {
  return s.children.find((c) => c.keyword.text === name && c.status === 'known');
}

/** Short human label of a block, e.g. `vrrp_instance VI_1`. */
export function label(s: Statement): string {
  return [s.keyword.text, ...s.args.slice(0, 2).map((a) => a.text)].join(' ');
}
