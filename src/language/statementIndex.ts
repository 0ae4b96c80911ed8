// One pass over the syntax tree that every rule shares: the statements in reading order,
// grouped by keyword name and by schema entry. With ~90 rules, walking a 130,000-statement
// tree once per rule cost more than reading the file; each rule now looks only at the
// statements it is about. Built lazily once per document; the tree must not change afterwards.
import { ConfigDocument, Statement } from './ast';
import type { KeywordSchema } from './schema';

export interface StatementIndex {
  /** Every statement, depth first in reading order (as `walk` visits them). */
  readonly all: readonly Statement[];
  /** Statements keepalived recognises in their block (status 'known', with a schema), in reading order. */
  readonly known: readonly Statement[];
  /** Statements keepalived does not recognise ('unknown' or 'too-new'), in reading order. */
  readonly notKnown: readonly Statement[];
  /** Known statements with this keyword, in reading order (empty when none). */
  named(keyword: string): readonly Statement[];
  /** Known top-level statements with this keyword, in reading order. */
  roots(keyword: string): readonly Statement[];
  /** Known statements of this schema entry, in reading order. */
  ofSchema(kw: KeywordSchema): readonly Statement[];
  /**
   * Known statements whose schema entry passes `test` (asked once per entry present), in reading
   * order. Results are remembered per test function: pass a function defined once (module level).
   */
  where(test: (kw: KeywordSchema) => boolean): readonly Statement[];
}

const EMPTY: readonly Statement[] = Object.freeze([]);

class Index implements StatementIndex {
  all: Statement[] = [];
  known: Statement[] = [];
  notKnown: Statement[] = [];
  private byName = new Map<string, Statement[]>();
  private bySchema = new Map<KeywordSchema, Statement[]>();
  private readonly rootsCache = new Map<string, readonly Statement[]>();
  private readonly whereCache = new Map<(kw: KeywordSchema) => boolean, readonly Statement[]>();

  constructor(doc?: ConfigDocument) {
    if (!doc) return;
    // Iterative depth-first walk: 5,000 nested blocks must not overflow the stack.
    const stack: { list: readonly Statement[]; i: number }[] = [{ list: doc.statements, i: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.i >= top.list.length) {
        stack.pop();
        continue;
      }
      const s = top.list[top.i++];
      this.all.push(s);
      if (s.status === 'known' && s.schema) {
        this.known.push(s);
        push(this.byName, s.keyword.text, s);
        push(this.bySchema, s.schema, s);
      } else if (s.status !== 'known') this.notKnown.push(s);
      if (s.children.length) stack.push({ list: s.children, i: 0 });
    }
  }

  /**
   * This index, changed for a tree in which the statements `removed` were replaced by `added`
   * (each: whole top-level subtrees, contiguous in reading order, in reading order), with the
   * `order` numbers already renumbered. Takes over (and changes) this index's lists.
   */
  spliced(removed: readonly Statement[], added: readonly Statement[], at: number): Index {
    const out = new Index();
    const gone = new Set(removed);
    const isKnown = (s: Statement) => s.status === 'known' && s.schema !== undefined;
    out.all = spliceList(this.all, gone, added, at);
    out.known = spliceList(this.known, gone, added.filter(isKnown), at);
    out.notKnown = spliceList(this.notKnown, gone, added.filter((s) => s.status !== 'known'), at);
    const names = new Map<string, Statement[]>();
    const schemas = new Map<KeywordSchema, Statement[]>();
    for (const s of removed) {
      if (!isKnown(s)) continue;
      if (!names.has(s.keyword.text)) names.set(s.keyword.text, []);
      if (!schemas.has(s.schema!)) schemas.set(s.schema!, []);
    }
    for (const s of added) {
      if (!isKnown(s)) continue;
      push(names, s.keyword.text, s);
      push(schemas, s.schema!, s);
    }
    out.byName = this.byName;
    out.bySchema = this.bySchema;
    for (const [name, list] of names) setOrDelete(out.byName, name, spliceList(this.byName.get(name) ?? [], gone, list, at));
    for (const [kw, list] of schemas) setOrDelete(out.bySchema, kw, spliceList(this.bySchema.get(kw) ?? [], gone, list, at));
    return out;
  }

  named(keyword: string): readonly Statement[] {
    return this.byName.get(keyword) ?? EMPTY;
  }

  roots(keyword: string): readonly Statement[] {
    let list = this.rootsCache.get(keyword);
    if (!list) this.rootsCache.set(keyword, (list = this.named(keyword).filter((s) => !s.parent)));
    return list;
  }

  ofSchema(kw: KeywordSchema): readonly Statement[] {
    return this.bySchema.get(kw) ?? EMPTY;
  }

  where(test: (kw: KeywordSchema) => boolean): readonly Statement[] {
    const hit = this.whereCache.get(test);
    if (hit) return hit;
    const lists: Statement[][] = [];
    const chosen = new Set<KeywordSchema>();
    let total = 0;
    for (const [kw, list] of this.bySchema) {
      if (!test(kw)) continue;
      lists.push(list);
      chosen.add(kw);
      total += list.length;
    }
    let out: readonly Statement[];
    if (lists.length <= 1) out = lists[0] ?? EMPTY;
    else if (total * Math.log2(total) < this.known.length) {
      // `order` counts statements in reading order, so sorting by it restores the walk's order.
      out = lists.flat().sort((a, b) => a.order - b.order);
    } else {
      out = this.known.filter((s) => chosen.has(s.schema!));
    }
    this.whereCache.set(test, out);
    return out;
  }
}

/**
 * Replaces, in a list in reading order, the run of statements in `gone` (or nothing) at the place
 * of reading order `at` by `added`. Statements before the place have smaller order numbers, the
 * removed ones and those after it order numbers of `at` or more (old ones for the removed).
 */
function spliceList(list: Statement[], gone: ReadonlySet<Statement>, added: readonly Statement[], at: number): Statement[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].order < at && !gone.has(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < list.length && gone.has(list[end])) end++;
  if (end === lo && !added.length) return list;
  // splice(...added) passes every statement as an argument: fine for an edit, not for a whole file.
  if (added.length > 10000) return [...list.slice(0, lo), ...added, ...list.slice(end)];
  list.splice(lo, end - lo, ...added);
  return list;
}

function setOrDelete<K>(map: Map<K, Statement[]>, key: K, list: Statement[]): void {
  if (list.length) map.set(key, list);
  else map.delete(key);
}

function push<K>(map: Map<K, Statement[]>, key: K, s: Statement): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

const cache = new WeakMap<ConfigDocument, StatementIndex>();

/**
 * Gives `doc` (the tree after an edit) the index of `previous` (the tree before it), changed for
 * the statements that were replaced; nothing when `previous` had no index yet. `previous`'s index
 * must not be used afterwards.
 */
export function spliceStatementIndex(previous: ConfigDocument, doc: ConfigDocument, removed: readonly Statement[], added: readonly Statement[], at: number): void {
  const old = cache.get(previous);
  if (old instanceof Index) {
    cache.delete(previous);
    cache.set(doc, old.spliced(removed, added, at));
  }
}

/** The document's statement index (built on first use). */
export function statementIndex(doc: ConfigDocument): StatementIndex {
  let index = cache.get(doc);
  if (!index) cache.set(doc, (index = new Index(doc)));
  return index;
}
