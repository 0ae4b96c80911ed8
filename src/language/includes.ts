// Include directives: `include PATTERN` and its variants, and how keepalived expands the pattern
// ({a,b} alternatives, then globs, relative to the including file's directory).
import * as path from 'node:path';
import picomatch from 'picomatch';
import { FileSystemHost } from './fileSystem';

const BLANK_CHARS = ' \t\v\f\r';

export interface IncludeWords {
  directive: string;
  pattern: string;
  /** Offsets of the pattern word in the line. */
  start: number;
  end: number;
  quoted: boolean;
}

/** `include PATTERN` split on blanks only (a quoted pattern may hold blanks); undefined for other lines. */
export function includeWords(text: string): IncludeWords | undefined {
  const d = /^[ \t]*(include[rmwba]?)(?=[ \t]|$)/.exec(text);
  if (!d) return undefined;
  let i = d[0].length;
  while (i < text.length && BLANK_CHARS.includes(text[i])) i++;
  if (i >= text.length) return undefined;
  if (text[i] === '"') {
    const close = text.indexOf('"', i + 1);
    const end = close < 0 ? text.length : close + 1;
    return { directive: d[1], pattern: text.slice(i + 1, close < 0 ? text.length : close), start: i, end, quoted: true };
  }
  let j = i;
  while (j < text.length && !BLANK_CHARS.includes(text[j])) j++;
  return { directive: d[1], pattern: text.slice(i, j), start: i, end: j, quoted: false };
}

/**
 * Expands an include pattern like keepalived: `{a,b}` alternatives first, then globs. Returns the
 * files found in order, and the alternatives without wildcards that do not exist.
 */
export function expandPattern(fs: FileSystemHost, pattern: string, base: string): { matches: string[]; missing: string[] } {
  const matches = new Set<string>();
  const missing: string[] = [];
  for (const alt of expandBraces(pattern)) {
    if (/[*?[]/.test(alt)) {
      for (const f of expandGlob(fs, alt, base)) matches.add(f);
      continue;
    }
    const abs = path.normalize(path.isAbsolute(alt) ? alt : path.join(base, alt));
    if (fs.stat(abs)) matches.add(abs);
    else missing.push(alt);
  }
  return { matches: [...matches], missing };
}

/** Resolves an include pattern (glob with *, ?, [..] and {a,b}) relative to `base`, in sorted order. */
export function expandGlob(fs: FileSystemHost, pattern: string, base: string): string[] {
  const abs = path.isAbsolute(pattern) ? pattern : path.join(base, pattern);
  if (!/[*?[{]/.test(abs)) return fs.stat(abs) ? [path.normalize(abs)] : [];
  const expanded = expandBraces(abs);
  const out = new Set<string>();
  for (const p of expanded) {
    const parts = p.split('/').filter((s, i) => s !== '' || i === 0);
    let current = [parts[0] === '' ? '/' : parts[0]];
    for (const seg of parts.slice(1)) {
      const next: string[] = [];
      for (const dir of current) {
        if (!/[*?[]/.test(seg)) {
          const candidate = path.join(dir, seg);
          if (fs.stat(candidate)) next.push(candidate);
          continue;
        }
        const isMatch = picomatch(seg, { dot: false });
        for (const name of fs.readDir(dir).sort()) if (isMatch(name)) next.push(path.join(dir, name));
      }
      current = next;
      if (current.length > 10000) break;
    }
    for (const c of current) out.add(c);
  }
  return [...out];
}

function expandBraces(p: string): string[] {
  const m = /\{([^{}]*)\}/.exec(p);
  if (!m) return [p];
  const out: string[] = [];
  for (const alt of m[1].split(',')) out.push(...expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
  return out.slice(0, 1000);
}
