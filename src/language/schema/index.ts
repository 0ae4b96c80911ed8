// The keyword table: one data file drives parsing, validation, completion and hover.
import raw from './keywords.json';

export type KeywordKind = 'block' | 'value_block' | 'keyword';
export type KeepalivedVersion = '2.2' | '2.4';

export interface ItemSchema {
  args?: string;
  type?: string;
  syntax?: string;
  options?: unknown;
  references?: string;
  notes?: string;
  weight?: { min: number; max: number };
  [key: string]: unknown;
}

export interface KeywordSchema {
  name: string;
  /** Block path of the parent, e.g. ['vrrp_instance']. */
  parentPath: readonly string[];
  kind: KeywordKind;
  syntax: string;
  args: string;
  type?: string;
  min?: number;
  max?: number;
  unit?: string;
  default?: unknown;
  implicit_value?: unknown;
  enum?: string[];
  case_sensitive?: boolean;
  notes?: string;
  conditional?: string;
  deprecated?: boolean;
  alias_of?: string;
  raw_line_reparsed?: boolean;
  new_after_2_2_7: boolean;
  parsed_by: string;
  max_length?: number;
  min_length?: number;
  name_arg?: string;
  header_forms?: string[];
  required?: boolean;
  required_children?: string[];
  references?: string;
  item?: ItemSchema;
  tunnel_options?: unknown;
  keywords?: Record<string, KeywordSchema>;
  [key: string]: unknown;
}

interface RawSchema {
  keepalivedVersion: string;
  lexical: { include_directives: string[]; builtin_definitions: string[] };
  root: Record<string, Omit<KeywordSchema, 'name' | 'parentPath'>>;
}

function annotate(table: Record<string, Omit<KeywordSchema, 'name' | 'parentPath'>>, parentPath: string[]): Record<string, KeywordSchema> {
  const out: Record<string, KeywordSchema> = Object.create(null);
  for (const [name, entry] of Object.entries(table)) {
    const kw = { ...entry, name, parentPath } as unknown as KeywordSchema;
    if (entry.keywords) kw.keywords = annotate(entry.keywords as Record<string, KeywordSchema>, [...parentPath, name]);
    out[name] = kw;
  }
  return out;
}

const data = raw as unknown as RawSchema;

/** Top-level keywords of keepalived.conf. */
export const ROOT: Record<string, KeywordSchema> = annotate(data.root, []);
export const SCHEMA_SOURCE_VERSION = data.keepalivedVersion;
export const INCLUDE_DIRECTIVES: readonly string[] = data.lexical.include_directives;

/** Sub-keywords allowed directly inside a block keyword (empty for other kinds). */
export function childrenOf(kw: KeywordSchema | undefined): Record<string, KeywordSchema> {
  if (!kw) return ROOT;
  return kw.keywords ?? {};
}

/** Whether this keyword exists in the given keepalived version. */
export function existsIn(kw: KeywordSchema, version: KeepalivedVersion): boolean {
  return version === '2.4' || !kw.new_after_2_2_7;
}

/** Every keyword of the tree, depth first. */
export function allKeywords(): KeywordSchema[] {
  const out: KeywordSchema[] = [];
  const walk = (t: Record<string, KeywordSchema>) => {
    for (const kw of Object.values(t)) {
      out.push(kw);
      if (kw.keywords) walk(kw.keywords);
    }
  };
  walk(ROOT);
  return out;
}

let byNameCache: Map<string, KeywordSchema[]> | undefined;
/** All places a keyword name is valid (a name can mean different things in different blocks). */
export function keywordsNamed(name: string): KeywordSchema[] {
  if (!byNameCache) {
    byNameCache = new Map();
    for (const kw of allKeywords()) {
      const list = byNameCache.get(kw.name) ?? [];
      list.push(kw);
      byNameCache.set(kw.name, list);
    }
  }
  return byNameCache.get(name) ?? [];
}

/** Parsed argument specs by spec text (asked for every statement of a file). */
const argCounts = new Map<string, Readonly<{ min: number; max: number }>>();

/** Parses the "args" field ("1", "0-1", "1+", ...) into min and max word counts. */
export function argCount(spec: string | undefined): Readonly<{ min: number; max: number }> {
  if (!spec) return { min: 0, max: Infinity };
  let count = argCounts.get(spec);
  if (!count) argCounts.set(spec, (count = Object.freeze(parseArgCount(spec))));
  return count;
}

function parseArgCount(spec: string): { min: number; max: number } {
  const plus = /^(\d+)\+$/.exec(spec);
  if (plus) return { min: Number(plus[1]), max: Infinity };
  const range = /^(\d+)-(\d+)$/.exec(spec);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const n = Number(spec);
  return Number.isFinite(n) ? { min: n, max: n } : { min: 0, max: Infinity };
}

export function pathString(kw: KeywordSchema): string {
  return [...kw.parentPath, kw.name].join(' > ');
}
