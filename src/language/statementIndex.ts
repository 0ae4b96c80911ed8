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

/**
 * The known statements grouped by schema entry, made on first use: each distinct entry gets a
 * small number, and `ids[i]` is the number of `known[i]`'s entry. Selecting statements by entry
 * (where, named) is then a pass over a number array with a lookup table per entry, instead of a
 * Map or Set lookup per statement.
 */
interface SchemaGroups {
  ids: Int32Array;
  schemas: KeywordSchema[];
  lists: Statement[][];
  byName: Map<string, number[]>;
}

class Index implements StatementIndex {
  all: Statement[] = [];
  known: Statement[] = [];
  notKnown: Statement[] = [];
  private groupsCache: SchemaGroups | undefined = undefined;
  private readonly namedCache = new Map<string, readonly Statement[]>();
  private readonly rootsCache = new Map<string, readonly Statement[]>();
  private readonly whereCache = new Map<(kw: KeywordSchema) => boolean, readonly Statement[]>();

  constructor(doc?: ConfigDocument) {
    if (!doc) return;
    // Iterative depth-first walk: 5,000 nested blocks must not overflow the stack. The stack is
    // two parallel arrays (the lists and the position in each), so the walk allocates nothing.
    const lists: (readonly Statement[])[] = [doc.statements];
    const at: number[] = [0];
    let top = 0;
    const all = this.all;
    const known = this.known;
    const notKnown = this.notKnown;
    while (top >= 0) {
      const list = lists[top];
      const i = at[top];
      if (i >= list.length) {
        top--;
        continue;
      }
      at[top] = i + 1;
      const s = list[i];
      all.push(s);
      if (s.status === 'known') {
        if (s.schema) known.push(s);
      } else notKnown.push(s);
      if (s.children.length) {
        top++;
        lists[top] = s.children;
        at[top] = 0;
      }
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
    const addedKnown = added.filter(isKnown);
    const [lo, end] = runOf(this.known, gone, at);
    out.all = spliceList(this.all, gone, added, at);
    out.known = spliceList(this.known, gone, addedKnown, at);
    out.notKnown = spliceList(this.notKnown, gone, added.filter((s) => s.status !== 'known'), at);
    // Groups made already are carried over (an edit touches few statements; making them again
    // would cost a lookup per statement of the whole file on every keystroke).
    const g = this.groupsCache;
    if (g) {
      const idOf = new Map(g.schemas.map((kw, id) => [kw, id] as const));
      const schemas = [...g.schemas];
      const lists = [...g.lists];
      const idFor = (kw: KeywordSchema) => {
        let id = idOf.get(kw);
        if (id === undefined) {
          id = schemas.length;
          idOf.set(kw, id);
          schemas.push(kw);
          lists.push([]);
        }
        return id;
      };
      const touched = new Map<number, Statement[]>();
      for (let i = lo; i < end; i++) if (!touched.has(g.ids[i])) touched.set(g.ids[i], []);
      const addedIds = addedKnown.map((s) => {
        const id = idFor(s.schema!);
        const list = touched.get(id);
        if (list) list.push(s);
        else touched.set(id, [s]);
        return id;
      });
      const ids = new Int32Array(g.ids.length - (end - lo) + addedIds.length);
      ids.set(g.ids.subarray(0, lo), 0);
      ids.set(addedIds, lo);
      ids.set(g.ids.subarray(end), lo + addedIds.length);
      for (const [id, list] of touched) lists[id] = spliceList(lists[id], gone, list, at);
      out.groupsCache = { ids, schemas, lists, byName: namesOf(schemas) };
    }
    return out;
  }

  private groups(): SchemaGroups {
    if (this.groupsCache) return this.groupsCache;
    const known = this.known;
    const ids = new Int32Array(known.length);
    const schemas: KeywordSchema[] = [];
    const lists: Statement[][] = [];
    const idOf = new Map<KeywordSchema, number>();
    let lastSchema: KeywordSchema | undefined;
    let lastId = -1;
    for (let i = 0; i < known.length; i++) {
      const s = known[i];
      const kw = s.schema!;
      let id = lastSchema === kw ? lastId : idOf.get(kw);
      if (id === undefined) {
        id = schemas.length;
        idOf.set(kw, id);
        schemas.push(kw);
        lists.push([]);
      }
      lastSchema = kw;
      lastId = id;
      ids[i] = id;
      lists[id].push(s);
    }
    return (this.groupsCache = { ids, schemas, lists, byName: namesOf(schemas) });
  }

  /** The known statements of the chosen entries (by number), in reading order. */
  private select(chosen: readonly number[]): readonly Statement[] {
    const g = this.groups();
    if (chosen.length === 0) return EMPTY;
    if (chosen.length === 1) return g.lists[chosen[0]];
    let total = 0;
    for (const id of chosen) total += g.lists[id].length;
    if (total * Math.log2(total) < this.known.length) {
      // `order` counts statements in reading order, so sorting by it restores the walk's order.
      return chosen.flatMap((id) => g.lists[id]).sort((a, b) => a.order - b.order);
    }
    const pick = new Uint8Array(g.schemas.length);
    for (const id of chosen) pick[id] = 1;
    const out: Statement[] = [];
    const { ids } = g;
    const known = this.known;
    for (let i = 0; i < ids.length; i++) if (pick[ids[i]] === 1) out.push(known[i]);
    return out;
  }

  named(keyword: string): readonly Statement[] {
    let list = this.namedCache.get(keyword);
    if (!list) this.namedCache.set(keyword, (list = this.select(this.groups().byName.get(keyword) ?? [])));
    return list;
  }

  roots(keyword: string): readonly Statement[] {
    let list = this.rootsCache.get(keyword);
    if (!list) this.rootsCache.set(keyword, (list = this.named(keyword).filter((s) => !s.parent)));
    return list;
  }

  ofSchema(kw: KeywordSchema): readonly Statement[] {
    const g = this.groups();
    const id = g.schemas.indexOf(kw);
    return id < 0 ? EMPTY : g.lists[id];
  }

  where(test: (kw: KeywordSchema) => boolean): readonly Statement[] {
    const hit = this.whereCache.get(test);
    if (hit) return hit;
    const chosen: number[] = [];
    this.groups().schemas.forEach((kw, id) => {
      if (test(kw)) chosen.push(id);
    });
    const out = this.select(chosen);
    this.whereCache.set(test, out);
    return out;
  }
}

/** Schema entry numbers by keyword name. */
function namesOf(schemas: readonly KeywordSchema[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  schemas.forEach((kw, id) => {
    const same = byName.get(kw.name);
    if (same) same.push(id);
    else byName.set(kw.name, [id]);
  });
  return byName;
}

/** Where spliceList replaces: the first index of the run and the index after it. */
function runOf(list: readonly Statement[], gone: ReadonlySet<Statement>, at: number): [number, number] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].order < at && !gone.has(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < list.length && gone.has(list[end])) end++;
  return [lo, end];
}

/**
 * Replaces, in a list in reading order, the run of statements in `gone` (or nothing) at the place
 * of reading order `at` by `added`. Statements before the place have smaller order numbers, the
 * removed ones and those after it order numbers of `at` or more (old ones for the removed).
 */
function spliceList(list: Statement[], gone: ReadonlySet<Statement>, added: readonly Statement[], at: number): Statement[] {
  const [lo, end] = runOf(list, gone, at);
  if (end === lo && !added.length) return list;
  // splice(...added) passes every statement as an argument: fine for an edit, not for a whole file.
  if (added.length > 10000) return [...list.slice(0, lo), ...added, ...list.slice(end)];
  list.splice(lo, end - lo, ...added);
  return list;
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
