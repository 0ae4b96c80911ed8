import { msg } from '../../i18n';
// keepalived's number readers, reproduced: what a word becomes and what keepalived says
// about it. Integers go through strtol/strtoul (base 10, the whole word must be used);
// decimals are scaled by 10^digits with extra fractional digits rounded away.

export type NumberKind = 'int' | 'uint' | 'decimal';

export interface NumberSpec {
  kind: NumberKind;
  /** Inclusive limits in the keyword's unit (seconds for timers, not microseconds). */
  min: number;
  max: number;
  /** Fractional digits a decimal may have (6 for most timers). */
  digits?: number;
  /** strtoul base; 0 lets `0x10` and `010` through as hex and octal. */
  base?: 10 | 0;
}

export type NumberProblem =
  | { code: 'invalid-number' }
  | { code: 'negative-number' }
  | { code: 'out-of-range' }
  | { code: 'too-many-decimals'; rounded: string };

export interface NumberReading {
  /** The value keepalived computes (also when it reports a problem); undefined when nothing usable was read. */
  value?: number;
  problems: NumberProblem[];
  /** keepalived accepts the value (possibly rounded) despite a reported problem. */
  accepted: boolean;
}

const WHITE = /[ \t\n\v\f\r]/;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const UINT_MAX = 4294967295;

interface StrtolResult {
  value: bigint;
  /** Index of the first character not used. */
  end: number;
  negative: boolean;
}

/** C strtol/strtoul digit scan: leading blanks, an optional sign, digits of the base. */
function strtoScan(s: string, base: 10 | 0): StrtolResult {
  let i = 0;
  while (i < s.length && WHITE.test(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let radix = 10;
  if (base === 0) {
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
      radix = 16;
      i += 2;
    } else if (s[i] === '0') radix = 8;
  }
  const digitRe = radix === 16 ? /[0-9a-fA-F]/ : radix === 8 ? /[0-7]/ : /[0-9]/;
  const start = i;
  while (i < s.length && digitRe.test(s[i])) i++;
  if (i === start) return { value: 0n, end: 0, negative: false };
  const digits = s.slice(start, i);
  const value = radix === 10 ? BigInt(digits) : BigInt((radix === 16 ? '0x' : '0o') + digits);
  return { value: negative ? -value : value, end: i, negative };
}

const ULONG_MAX = (1n << 64n) - 1n;

function readUnsigned(text: string, spec: NumberSpec): NumberReading {
  const offset = text.length - text.replace(/^[ \t\n\v\f\r]+/, '').length;
  if (text[offset] === '-') return { problems: [{ code: 'negative-number' }], accepted: false };
  const r = strtoScan(text.slice(offset), spec.base ?? 10);
  if (offset + r.end < text.length) return { problems: [{ code: 'invalid-number' }], accepted: false };
  if (r.value > ULONG_MAX || r.value > BigInt(UINT_MAX)) return { problems: [{ code: 'out-of-range' }], accepted: false };
  const value = Number(r.value);
  if (value < spec.min || value > spec.max) return { value, problems: [{ code: 'out-of-range' }], accepted: false };
  return { value, problems: [], accepted: true };
}

function readInt(text: string, spec: NumberSpec): NumberReading {
  const r = strtoScan(text, 10);
  if (r.end < text.length) return { problems: [{ code: 'invalid-number' }], accepted: false };
  if (r.value < BigInt(INT_MIN) || r.value > BigInt(INT_MAX)) return { problems: [{ code: 'out-of-range' }], accepted: false };
  const value = Number(r.value);
  if (value < spec.min || value > spec.max) return { value, problems: [{ code: 'out-of-range' }], accepted: false };
  return { value, problems: [], accepted: true };
}

/**
 * keepalived's fixed-point reader: the fractional part is cut to `digits` places (rounding on the next
 * digit, with a report), the rest is read as one integer, and the range is checked on the scaled value.
 */
function readDecimal(text: string, spec: NumberSpec): NumberReading {
  const digits = spec.digits ?? 6;
  if (text[0] === '-') return { problems: [{ code: 'negative-number' }], accepted: false };
  const problems: NumberProblem[] = [];
  const dp = text.indexOf('.');
  let frac = dp >= 0 ? text.length - dp - 1 : 0;
  let roundUp = false;
  if (frac > digits) {
    roundUp = text[dp + digits + 1] >= '5';
    frac = digits;
  }
  let joined = dp >= 0 ? text.slice(0, dp) + text.slice(dp + 1, dp + 1 + frac) : text;
  joined += '0'.repeat(digits - frac);
  const r = strtoScan(joined, 10);
  let scaled = r.value + (roundUp ? 1n : 0n);
  if (r.negative) scaled = (ULONG_MAX + 1n + scaled) & ULONG_MAX;
  const scale = 10n ** BigInt(digits);
  if (dp >= 0 && text.length - dp - 1 > digits) problems.push({ code: 'too-many-decimals', rounded: formatScaled(scaled, digits) });
  if (r.end < joined.length) return { problems: [...problems, { code: 'invalid-number' }], accepted: false };
  if (scaled > ULONG_MAX) return { problems: [...problems, { code: 'out-of-range' }], accepted: false };
  const min = BigInt(Math.round(spec.min * Number(scale)));
  const max = spec.max === Infinity ? ULONG_MAX - 1n : BigInt(Math.round(spec.max * Number(scale)));
  const value = Number(scaled) / Number(scale);
  if (scaled < min || scaled > max) return { value, problems: [...problems, { code: 'out-of-range' }], accepted: false };
  return { value, problems, accepted: true };
}

function formatScaled(v: bigint, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const whole = v / scale;
  let frac = (v % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  if (frac) frac = '.' + frac;
  return whole.toString() + frac;
}

/** A plain decimal without sign or leading zero, at most 9 digits (or "0"): what nearly every value is. */
const PLAIN_INT = /^(?:0|[1-9][0-9]{0,8})$/;

/**
 * The common case without BigInt: a plain integer inside the range reads the same for every kind
 * (no base prefix to honour, no decimals to round; below 2^53 even when scaled to microseconds).
 * Undefined when the general reader must decide.
 */
function readPlainInRange(text: string, spec: NumberSpec): NumberReading | undefined {
  return plainInRange(text, spec) ? { value: Number(text), problems: [], accepted: true } : undefined;
}

/** Whether `text` is a plain integer inside the range, which keepalived reads without any remark. */
export function plainInRange(text: string, spec: NumberSpec): boolean {
  if (!PLAIN_INT.test(text)) return false;
  const value = Number(text);
  if (spec.kind !== 'decimal') return value >= spec.min && value <= spec.max;
  const digits = spec.digits ?? 6;
  if (digits > 6) return false;
  const scale = 10 ** digits;
  const scaled = value * scale;
  if (scaled < Math.round(spec.min * scale)) return false;
  return spec.max === Infinity || (spec.max * scale < 2 ** 53 && scaled <= Math.round(spec.max * scale));
}

/** Reads `text` the way keepalived reads a number of this kind. */
export function readNumber(text: string, spec: NumberSpec): NumberReading {
  const plain = readPlainInRange(text, spec);
  if (plain) return plain;
  switch (spec.kind) {
    case 'uint':
      return readUnsigned(text, spec);
    case 'int':
      return readInt(text, spec);
    case 'decimal':
      return readDecimal(text, spec);
  }
}

/** The range as keepalived prints it, e.g. `[1, 255]` or `[0.000001, 4294.967295]`. */
export function rangeText(spec: NumberSpec): string {
  if (spec.kind !== 'decimal') return `[${spec.min}, ${spec.max}]`;
  const d = spec.digits ?? 6;
  const fmt = (x: number) => (x === Infinity ? msg().noUpperLimit() : x.toFixed(d).replace(/\.?0+$/, ''));
  return `[${fmt(spec.min)}, ${fmt(spec.max)}]`;
}
