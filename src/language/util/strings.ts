// Small string helpers shared by rules and features.

/**
 * A pure function of a string, remembered: big configurations repeat the same few addresses and
 * ports thousands of times. Forgets everything when it holds `max` answers (bounded memory).
 */
export function memoByText<T>(fn: (text: string) => T, max = 10_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let v = known.get(text);
    if (v === undefined && !known.has(text)) {
      if (known.size >= max) known.clear();
      known.set(text, (v = fn(text)));
    }
    return v as T;
  };
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The candidates closest to `word` (case-insensitive), best first; empty when nothing is close. */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = word.toLowerCase();
  const max = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), max);
    if (d <= max) scored.push([c, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, limit).map(([c]) => c);
}

/** Quotes a word for a message. */
export function q(s: string): string {
  return `'${s}'`;
}
