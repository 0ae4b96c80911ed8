// Bandwidth values as people write them: 1.5G, 1500M, 1Gbit/s, 750mbps, 1e9. Decimal units
// (network links are counted in powers of ten).

const MULT: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12 };

/** Bits per second from text; undefined when it is not a bandwidth. */
export function parseBandwidth(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([kKmMgGtT]?)\s*(?:(?:bit|b)(?:\/s|ps)?|bps)?\s*$/.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) * MULT[m[2].toLowerCase()];
  return Number.isFinite(value) ? value : undefined;
}

/** 1500000000 → "1.5 Gbit/s". */
export function formatBandwidth(bps: number): string {
  const units: [number, string][] = [[1e12, 'Tbit/s'], [1e9, 'Gbit/s'], [1e6, 'Mbit/s'], [1e3, 'kbit/s']];
  for (const [n, u] of units) {
    if (Math.abs(bps) >= n) return `${trim(bps / n)} ${u}`;
  }
  return `${trim(bps)} bit/s`;
}

function trim(x: number): string {
  return String(Number(x.toFixed(3)));
}

export function percent(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}
