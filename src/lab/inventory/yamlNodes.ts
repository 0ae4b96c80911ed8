// A small checker over the yaml package's node tree: typed reads of mapping fields that
// report each problem as a KaDiagnostic with the exact line/column range of the node.
import { isMap, isScalar, isSeq, LineCounter, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Lang } from '../../language/i18n';
import { KaDiagnostic, Range, Severity } from '../../language/types';
import { inventoryTexts, InventoryStrings } from './i18n';

export type Where = Node | Pair | null | undefined;

export class InventoryChecker {
  readonly diagnostics: KaDiagnostic[] = [];
  /** The messages in the language of this check. */
  readonly t: InventoryStrings;

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
    private readonly textLength: number,
    lang?: Lang,
  ) {
    this.t = inventoryTexts(lang);
  }

  rangeOfOffsets(start: number, end: number): Range {
    const a = this.lines.linePos(Math.min(start, this.textLength));
    const b = this.lines.linePos(Math.min(Math.max(end, start), this.textLength));
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  }

  rangeOf(where: Where): Range {
    if (where && 'range' in where && where.range) return this.rangeOfOffsets(where.range[0], where.range[1]);
    if (where && 'key' in where) {
      const k = where.key as Node | null;
      if (k?.range) return this.rangeOfOffsets(k.range[0], k.range[1]);
    }
    return this.rangeOfOffsets(0, 0);
  }

  report(where: Where, code: string, message: string, severity: Severity = 'error'): void {
    this.diagnostics.push({ code, severity, message, file: this.file, range: this.rangeOf(where) });
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /** The mapping at `node`, or undefined (and a problem) when it is something else. */
  map(node: unknown, what: string, where: Where): YAMLMap | undefined {
    if (isMap(node)) return node;
    this.report((node as Node) ?? where, 'lab-type', this.t.notMapping(what));
    return undefined;
  }

  seq(node: unknown, what: string, where: Where): YAMLSeq | undefined {
    if (isSeq(node)) return node;
    this.report((node as Node) ?? where, 'lab-type', this.t.notList(what));
    return undefined;
  }

  /** Warns about keys a mapping does not know (a typo would otherwise be ignored silently). */
  onlyKeys(map: YAMLMap, allowed: readonly string[], what: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      if (!allowed.includes(key)) {
        const near = closest(key, allowed);
        this.report(pair.key as Node, 'lab-unknown-key',
          this.t.unknownKey(key, what, near, allowed.join(', ')), 'warning');
      }
    }
  }

  pair(map: YAMLMap, key: string): Pair | undefined {
    return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
  }

  value(map: YAMLMap, key: string): unknown {
    return this.pair(map, key)?.value;
  }

  string(map: YAMLMap, key: string, what: string, opts: { required?: boolean; where?: Where } = {}): { value: string; node: Node } | undefined {
    const pair = this.pair(map, key);
    if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
      if (opts.required) this.report(pair ?? opts.where ?? map, 'lab-missing', this.t.needs(what, key));
      return undefined;
    }
    const v = pair.value as Node;
    if (!isScalar(v) || typeof v.value === 'object') {
      this.report(v, 'lab-type', this.t.notSingle(key, what));
      return undefined;
    }
    return { value: String(v.value), node: v };
  }

  integer(map: YAMLMap, key: string, what: string, min: number, max: number, opts: { required?: boolean; where?: Where } = {}): { value: number; node: Node } | undefined {
    const pair = this.pair(map, key);
    if (!pair || pair.value === null) {
      if (opts.required) this.report(pair ?? opts.where ?? map, 'lab-missing', this.t.needs(what, key));
      return undefined;
    }
    const v = pair.value as Scalar;
    const n = isScalar(v) && typeof v.value === 'number' ? v.value : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      this.report(v, 'lab-invalid-value', this.t.notInteger(key, what, min, max, isScalar(v) ? String(v.value) : undefined));
      return undefined;
    }
    return { value: n, node: v };
  }

  number(map: YAMLMap, key: string, what: string, min: number, max: number): { value: number; node: Node } | undefined {
    const pair = this.pair(map, key);
    if (!pair || pair.value === null) return undefined;
    const v = pair.value as Scalar;
    const n = isScalar(v) && typeof v.value === 'number' ? v.value : NaN;
    if (!Number.isFinite(n) || n < min || n > max) {
      this.report(v, 'lab-invalid-value', this.t.notNumber(key, what, min, max, isScalar(v) ? String(v.value) : undefined));
      return undefined;
    }
    return { value: n, node: v };
  }

  boolean(map: YAMLMap, key: string, what: string): boolean | undefined {
    const pair = this.pair(map, key);
    if (!pair || pair.value === null) return undefined;
    const v = pair.value as Scalar;
    if (isScalar(v) && typeof v.value === 'boolean') return v.value;
    this.report(v, 'lab-type', this.t.notBoolean(key, what));
    return undefined;
  }

  /** One string or a list of strings. */
  strings(map: YAMLMap, key: string, what: string): { value: string; node: Node }[] | undefined {
    const pair = this.pair(map, key);
    if (!pair || pair.value === null) return undefined;
    const v = pair.value as Node;
    if (isScalar(v) && v.value !== null && typeof v.value !== 'object') return [{ value: String(v.value), node: v }];
    if (isSeq(v)) {
      const out: { value: string; node: Node }[] = [];
      for (const item of v.items) {
        if (isScalar(item) && item.value !== null && typeof item.value !== 'object') out.push({ value: String(item.value), node: item });
        else this.report(item as Node, 'lab-type', this.t.entryNotSingle(key, what));
      }
      return out;
    }
    this.report(v, 'lab-type', this.t.notValueOrList(key, what));
    return undefined;
  }

  oneOf<T extends string>(map: YAMLMap, key: string, what: string, allowed: readonly T[], opts: { caseInsensitive?: boolean } = {}): T | undefined {
    const s = this.string(map, key, what);
    if (!s) return undefined;
    const found = allowed.find((a) => (opts.caseInsensitive ? a.toLowerCase() === s.value.toLowerCase() : a === s.value));
    if (!found) this.report(s.node, 'lab-invalid-value', this.t.notOneOf(key, what, allowed.join(', '), s.value));
    return found;
  }
}

/** The allowed word nearest to a typo (edit distance at most 2), for "did you mean". */
function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
