// Reads keepalived.conf the way keepalived does before keywords are looked up:
// includes (glob, relative to the including file), $NAME definitions, @id conditional
// lines, ~SEQ/~LST repetition, comments, quotes and brace splitting. The output is a flat
// stream of "lines" (word groups and braces) for the parser, plus what the reader saw.
import * as path from 'node:path';
import picomatch from 'picomatch';
import { FileSystemHost } from './fileSystem';
import { MappedText, identityMapped, sliceMapped, splitPieces, stripComment, makeToken } from './lexer';
import { KaDiagnostic, Range, Severity, Token, range } from './types';

export type LineItem =
  | { kind: 'open'; token: Token }
  | { kind: 'close'; token: Token }
  | { kind: 'words'; tokens: Token[]; file: string; line: number; text: MappedText; pieceStarts: number[] };

export interface IncludeRef {
  file: string;
  directive: string;
  pattern: string;
  range: Range;
  resolved: string[];
}

export interface Definition {
  name: string;
  value: string;
  file: string;
  range: Range;
}

export interface InactiveLine {
  file: string;
  line: number;
  condition: string;
}

export interface ReaderOptions {
  fs: FileSystemHost;
  /** keepalived's config id (`-i`); defaults to the host name up to the first dot. */
  configId: string;
  version: '2.2' | '2.4';
  /** Stops expanding past this many lines (bounds hostile input). */
  maxLines?: number;
}

export interface ReadResult {
  items: LineItem[];
  includes: IncludeRef[];
  definitions: Definition[];
  inactive: InactiveLine[];
  /** Text of every file read, by absolute path. */
  files: Map<string, string>;
  diagnostics: KaDiagnostic[];
}

const MAX_LINE_BYTES = 1022;
const MAX_INCLUDE_DEPTH = 32;
const MAX_SEQ_VALUES = 10000;
const DEF_RE = /^\$([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
const COND_RE = /^@(\^?)([^ \t]+)[ \t]/;
const SEQ_RE = /^~(SEQx?|LST)\(/;

interface Def {
  lines: string[];
}

export class Reader {
  private readonly items: LineItem[] = [];
  private readonly includes: IncludeRef[] = [];
  private readonly definitions: Definition[] = [];
  private readonly inactive: InactiveLine[] = [];
  private readonly files = new Map<string, string>();
  private readonly diagnostics: KaDiagnostic[] = [];
  private readonly defs = new Map<string, Def>();
  private readonly stack: string[] = [];
  private lineBudget: number;

  constructor(private readonly opts: ReaderOptions) {
    this.lineBudget = opts.maxLines ?? 2_000_000;
  }

  /** Reads `file`; `text` is used instead of the disk when given (an editor buffer). */
  read(file: string, text?: string): ReadResult {
    const abs = path.resolve(file);
    if (text !== undefined) this.readText(abs, text);
    else this.readFile(abs, undefined);
    return {
      items: this.items,
      includes: this.includes,
      definitions: this.definitions,
      inactive: this.inactive,
      files: this.files,
      diagnostics: this.diagnostics,
    };
  }

  private diag(code: string, severity: Severity, message: string, file: string, r: Range, data?: Record<string, unknown>): void {
    this.diagnostics.push({ code, severity, message, file, range: r, data });
  }

  private readFile(abs: string, from: { file: string; range: Range } | undefined): void {
    let text: string;
    try {
      text = this.opts.fs.readFile(abs);
    } catch (e) {
      const where = from ?? { file: abs, range: range(0, 0, 0, 0) };
      this.diag('include-unreadable', 'error', `Cannot read '${abs}': ${(e as Error).message}. keepalived skips it.`, where.file, where.range);
      return;
    }
    this.readText(abs, text);
  }

  private readText(abs: string, text: string): void {
    if (this.stack.length >= MAX_INCLUDE_DEPTH) return;
    this.files.set(abs, text);
    this.stack.push(abs);
    try {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (this.lineBudget <= 0) {
          this.diag('input-too-large', 'error', 'The configuration expands to more lines than the checker reads; analysis stopped here.', abs, range(i, 0, i, 0));
          return;
        }
        let line = lines[i];
        if (line.endsWith('\r')) line = line.slice(0, -1);
        // $NAME=value definitions, with trailing '\' continuing on following lines.
        const trimmed = line.replace(/^[ \t]+/, '');
        const lead = line.length - trimmed.length;
        const dm = DEF_RE.exec(trimmed);
        if (dm) {
          const valueLines: string[] = [];
          let value = dm[2].replace(/^[ \t]+/, '');
          let last = i;
          while (value.endsWith('\\') && last + 1 < lines.length) {
            valueLines.push(value.slice(0, -1));
            last++;
            value = lines[last].replace(/\r$/, '').replace(/^[ \t]+/, '');
          }
          valueLines.push(value);
          this.defs.set(dm[1], { lines: valueLines });
          this.definitions.push({ name: dm[1], value: valueLines.join('\n'), file: abs, range: range(i, lead + 1, i, lead + 1 + dm[1].length) });
          i = last;
          continue;
        }
        this.processLine(abs, i, identityMapped(line));
      }
    } finally {
      this.stack.pop();
    }
  }

  /** One physical (or generated) line: conditionals, sequences, substitution, comments, splitting. */
  private processLine(file: string, lineNo: number, m: MappedText, depth = 0): void {
    this.lineBudget--;
    if (m.text.includes('\0')) {
      this.diag('nul-byte', 'error', 'This line contains NUL bytes; keepalived ignores the whole line.', file, range(lineNo, 0, lineNo, m.map[m.text.length]));
      return;
    }
    const bytes = Buffer.byteLength(m.text, 'utf8');
    if (depth === 0 && bytes > MAX_LINE_BYTES) {
      const msg = this.opts.version === '2.4'
        ? `This line is ${bytes} bytes long; keepalived reads at most ${MAX_LINE_BYTES} bytes a line, ignores this line and reads the rest of it as a new line.`
        : `This line is ${bytes} bytes long; keepalived ${this.opts.version} cuts it into chunks of 1023 bytes and reads each chunk as a separate line.`;
      this.diag('line-too-long', 'error', msg, file, range(lineNo, 0, lineNo, Math.min(m.text.length, 2000)));
      // Follow keepalived: read the line as 1023-byte chunks (bounded work for huge lines).
      const chunk = 1023;
      for (let s = 0; s < m.text.length; s += chunk) {
        if (this.opts.version === '2.4' && s === 0) continue;
        this.processLine(file, lineNo, sliceMapped(m, s, Math.min(m.text.length, s + chunk)), depth + 1);
      }
      return;
    }
    // Leading blanks are ignored.
    let start = 0;
    while (start < m.text.length && (m.text[start] === ' ' || m.text[start] === '\t')) start++;
    let cur = sliceMapped(m, start);
    // @id / @^id conditional lines.
    const cm = COND_RE.exec(cur.text);
    if (cm) {
      const matches = cm[2] === this.opts.configId;
      const keep = cm[1] === '^' ? !matches : matches;
      if (!keep) {
        this.inactive.push({ file, line: lineNo, condition: cm[0].trim() });
        return;
      }
      cur = sliceMapped(cur, cm[0].length);
    }
    // ~SEQ(...) / ~LST(...) repeat the rest of the line.
    if (SEQ_RE.test(cur.text) && depth < 4) {
      this.expandSequence(file, lineNo, cur, depth);
      return;
    }
    const stripped = stripComment(cur);
    if (stripped.unterminatedQuote) {
      this.diag('unterminated-quote', 'error', `This line has an opening double quote without a closing one; keepalived reports "Unterminated quote" and takes the rest of the line as one word.`, file, range(lineNo, m.map[start] ?? 0, lineNo, stripped.map[stripped.text.length]));
    }
    let expanded: MappedText[] = [stripped];
    if (stripped.text.includes('$')) {
      expanded = this.substitute(stripped, file, lineNo).map((x) => stripComment(x));
    }
    for (const part of expanded) this.emitPieces(file, lineNo, part);
  }

  private emitPieces(file: string, lineNo: number, m: MappedText): void {
    const pieces = splitPieces(m.text);
    // Include directives are handled before anything else on the line.
    const first = pieces[0];
    if (first && first.kind === 'word' && /^include[rmwba]?$/.test(first.text)) {
      this.handleInclude(file, lineNo, m, pieces);
      return;
    }
    let words: Token[] = [];
    let starts: number[] = [];
    let segStart = 0;
    const flush = (segEnd: number) => {
      if (words.length) this.items.push({ kind: 'words', tokens: words, file, line: lineNo, text: sliceMapped(m, segStart, segEnd), pieceStarts: starts.map((s) => s - segStart) });
      words = [];
      starts = [];
    };
    for (const p of pieces) {
      if (p.kind === 'word') {
        if (!words.length) segStart = p.start;
        words.push(makeToken(file, lineNo, m, p.start, p.end, p.text, p.quoted));
        starts.push(p.start);
      } else {
        flush(p.start);
        this.items.push({ kind: p.kind, token: makeToken(file, lineNo, m, p.start, p.end, p.kind === 'open' ? '{' : '}', false) });
      }
    }
    flush(m.text.length);
  }

  /** Replaces $NAME and ${NAME} (and the built-ins); multi-line definitions give several lines. */
  private substitute(m: MappedText, file: string, lineNo: number): MappedText[] {
    const results: MappedText[] = [];
    let text = '';
    let map: number[] = [];
    const put = (s: string, from: number, to: number) => {
      for (let k = 0; k < s.length; k++) {
        text += s[k];
        map.push(k === 0 ? from : Math.max(from, to - 1));
      }
    };
    const src = m.text;
    let i = 0;
    let guard = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '$' && guard++ < 10000) {
        let name: string | undefined;
        let params: string | undefined;
        let end = i;
        const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?: ([^}]*))?\}/.exec(src.slice(i));
        const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(src.slice(i));
        if (braced) {
          name = braced[1];
          params = braced[2];
          end = i + braced[0].length;
        } else if (plain) {
          name = plain[1];
          end = i + plain[0].length;
        }
        const value = name !== undefined ? this.lookupDefinition(name, params, file, lineNo, m.map[i], m.map[end - 1] + 1) : undefined;
        if (name !== undefined && value !== undefined) {
          const from = m.map[i];
          const to = m.map[end - 1] + 1;
          const vlines = value;
          for (let v = 0; v < vlines.length; v++) {
            if (v > 0) {
              map.push(to);
              results.push({ text, map });
              text = '';
              map = [];
            }
            put(vlines[v], from, to);
          }
          i = end;
          continue;
        }
      }
      text += c;
      map.push(m.map[i]);
      i++;
    }
    map.push(m.map[src.length]);
    results.push({ text, map });
    return results;
  }

  private lookupDefinition(name: string, params: string | undefined, file: string, lineNo: number, s: number, e: number): string[] | undefined {
    const def = this.defs.get(name);
    if (def) return def.lines;
    switch (name) {
      case '_PWD':
        return [path.dirname(file)];
      case '_INSTANCE':
        return [this.opts.configId];
      case '_HASH':
        return ['\\#'];
      case '_BANG':
        return ['\\!'];
      case '_ENV': {
        const words = (params ?? '').trim().split(/\s+/).filter(Boolean);
        if (words.length !== 1) {
          this.diag('definition-parameters', 'error', `\${_ENV} takes exactly one parameter (an environment variable name), ${words.length} given.`, file, range(lineNo, s, lineNo, e));
          return [''];
        }
        return [process.env[words[0]] ?? ''];
      }
      case '_RANDOM': {
        const words = (params ?? '').trim().split(/\s+/).filter(Boolean);
        if (words.length > 2 || words.some((w) => !/^-?\d+$/.test(w))) {
          this.diag('definition-parameters', 'error', `\${_RANDOM [MIN [MAX]]} takes up to two numbers.`, file, range(lineNo, s, lineNo, e));
        }
        // A random value cannot be predicted: use the lower bound so analysis is deterministic.
        return [words[0] && /^-?\d+$/.test(words[0]) ? words[0] : '0'];
      }
      default:
        return undefined;
    }
  }

  private expandSequence(file: string, lineNo: number, m: MappedText, depth: number): void {
    const close = m.text.indexOf(')');
    const r = range(lineNo, m.map[0], lineNo, m.map[Math.max(0, close < 0 ? m.text.length : close + 1) - 1] + 1);
    if (close < 0) {
      this.diag('invalid-sequence', 'error', `This ~SEQ/~LST has no closing ')'; keepalived ignores the line.`, file, r);
      return;
    }
    const kind = /^~(SEQx?|LST)\(/.exec(m.text)![1];
    const inner = m.text.slice(kind.length + 2, close);
    const rest = sliceMapped(m, close + 1);
    // keepalived leaves the variable defined with its last value after the sequence.
    const runWith = (assign: [string, string][]) => {
      for (const [n, v] of assign) this.defs.set(n, { lines: [v] });
      this.processLine(file, lineNo, rest, depth + 1);
    };
    if (kind === 'LST') {
      const sets = inner.match(/\{[^}]*\}|[^,]+/g)?.map((s) => s.trim()) ?? [];
      if (sets.length < 2) {
        this.diag('invalid-sequence', 'error', `~LST needs a variable and at least one value; keepalived ignores the line.`, file, r);
        return;
      }
      const vars = sets[0].startsWith('{') ? sets[0].slice(1, -1).split(',').map((s) => s.trim()) : [sets[0]];
      for (const value of sets.slice(1)) {
        const vals = value.startsWith('{') ? value.slice(1, -1).split(',').map((s) => s.trim()) : [value];
        if (vals.length > vars.length) {
          this.diag('invalid-sequence', 'error', `~LST value set '${value}' has more values than variables; keepalived ignores the line.`, file, r);
          return;
        }
        runWith(vars.map((v, k) => [v, vals[k] ?? '']));
      }
      return;
    }
    const parts = inner.split(',').map((s) => s.trim());
    const resolveNum = (s: string) => {
      const d = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(s);
      const v = d ? this.defs.get(d[1])?.lines.join('') ?? s : s;
      return /^-?\d+$/.test(v) ? Number(v) : NaN;
    };
    if (parts.length < 2 || parts.length > 4 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(parts[0])) {
      this.diag('invalid-sequence', 'error', `Invalid ~${kind} definition: use ~${kind}(VAR, END), ~${kind}(VAR, START, END) or ~${kind}(VAR, START, STEP, END); keepalived ignores the line.`, file, r);
      return;
    }
    const nums = parts.slice(1).map(resolveNum);
    if (nums.some((n) => Number.isNaN(n))) {
      this.diag('invalid-sequence', 'error', `~${kind} values must be integers; keepalived ignores the line.`, file, r);
      return;
    }
    let startV: number, step: number, endV: number;
    if (nums.length === 1) {
      endV = nums[0];
      startV = endV < 0 ? -1 : 1;
      step = endV < 0 ? -1 : 1;
    } else if (nums.length === 2) {
      [startV, endV] = nums;
      step = startV <= endV ? 1 : -1;
    } else {
      [startV, step, endV] = nums;
    }
    if (step === 0 || (step > 0 && startV > endV) || (step < 0 && startV < endV) || (kind === 'SEQx' && (startV < 0 || endV < 0))) {
      this.diag('invalid-sequence', 'error', `Invalid ~${kind} values: the step must move from START towards END; keepalived ignores the line.`, file, r);
      return;
    }
    const count = Math.floor((endV - startV) / step) + 1;
    if (count > MAX_SEQ_VALUES) {
      this.diag('invalid-sequence', 'warning', `~${kind} produces ${count} lines; the checker expands only the first ${MAX_SEQ_VALUES}.`, file, r);
    }
    for (let k = 0, v = startV; k < Math.min(count, MAX_SEQ_VALUES); k++, v += step) {
      runWith([[parts[0], kind === 'SEQx' ? v.toString(16) : String(v)]]);
    }
  }

  private handleInclude(file: string, lineNo: number, m: MappedText, pieces: ReturnType<typeof splitPieces>): void {
    const directive = (pieces[0] as { text: string }).text;
    const patPiece = pieces[1];
    const dirRange = makeToken(file, lineNo, m, pieces[0].start, pieces[0].end, directive, false).range;
    if (!patPiece || patPiece.kind !== 'word') {
      this.diag('missing-argument', 'error', `'${directive}' needs a file name or pattern. keepalived stops reading the configuration here and exits with status 2.`, file, dirRange, { fatal: true });
      return;
    }
    const tok = makeToken(file, lineNo, m, patPiece.start, patPiece.end, patPiece.text, patPiece.quoted);
    const ref: IncludeRef = { file, directive, pattern: patPiece.text, range: tok.range, resolved: [] };
    this.includes.push(ref);
    const strict = directive !== 'include';
    const sev: Severity = 'error';
    const base = path.dirname(file);
    const matches = expandGlob(this.opts.fs, patPiece.text, base);
    const isGlob = /[*?[{]/.test(patPiece.text);
    if (!matches.length) {
      if (isGlob) this.diag('include-no-match', strict ? 'error' : 'warning', `No file matches '${patPiece.text}'${strict ? '' : ' (plain include only reports this)'}.`, file, tok.range);
      else this.diag('include-missing', sev, `The included file '${patPiece.text}' does not exist; keepalived reports "Config files missing" and goes on without it.`, file, tok.range);
      return;
    }
    for (const target of matches) {
      const st = this.opts.fs.stat(target);
      if (!st) {
        this.diag('include-missing', sev, `The included file '${target}' does not exist; keepalived goes on without it.`, file, tok.range);
        continue;
      }
      if (st.isDirectory) {
        this.diag('include-not-regular', sev, `'${target}' is a directory; keepalived skips it.`, file, tok.range);
        continue;
      }
      if (!st.isFile || st.executable) {
        this.diag('include-not-regular', sev, `'${target}' is not a regular non-executable file; keepalived skips it.`, file, tok.range);
        continue;
      }
      if (this.stack.includes(target)) {
        this.diag('include-cycle', 'error', `Including '${target}' here makes a cycle (${[...this.stack.slice(this.stack.indexOf(target)), target].map((f) => path.basename(f)).join(' -> ')}); keepalived would include it again and again until it runs out of resources.`, file, tok.range);
        continue;
      }
      if (this.stack.length >= MAX_INCLUDE_DEPTH) {
        this.diag('include-cycle', 'error', `Includes are nested more than ${MAX_INCLUDE_DEPTH} deep; the checker stops here.`, file, tok.range);
        continue;
      }
      ref.resolved.push(target);
      this.readFile(target, { file, range: tok.range });
    }
  }
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
