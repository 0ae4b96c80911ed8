// Russian nouns after a number take one of three forms; every Russian table uses this one rule.

/** 1 (21, 31…) директор, 2–4 (22–24…) директора, 5–20 (25–30…) директоров; 11–14 always the third. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const d = Math.abs(n) % 100;
  if (d >= 11 && d <= 14) return many;
  if (d % 10 === 1) return one;
  if (d % 10 >= 2 && d % 10 <= 4) return few;
  return many;
}
