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
  readonly all: Statement[] = [];
  readonly known: Statement[] = [];
  readonly notKnown: Statement[] = [];
  private readonly byName = new Map<string, Statement[]>();
  private readonly bySchema = new Map<KeywordSchema, Statement[]>();
  private readonly rootsCache = new Map<string, readonly Statement[]>();
  private readonly whereCache = new Map<(kw: KeywordSchema) => boolean, readonly Statement[]>();

  constructor(doc: ConfigDocument) {
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

function push<K>(map: Map<K, Statement[]>, key: K, s: Statement): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

const cache = new WeakMap<ConfigDocument, StatementIndex>();

/** The document's statement index (built on first use). */
export function statementIndex(doc: ConfigDocument): StatementIndex {
  let index = cache.get(doc);
  if (!index) cache.set(doc, (index = new Index(doc)));
  return index;
}
