// Re-analysis of a document that is being edited. keepalived.conf is a sequence of top-level
// blocks; when an edit stays inside some of them, only those lines are read and parsed again
// and spliced into the previous tree, the rules whose findings are local to a top-level block
// (values, keywords, syntax) run on the new blocks only, and every other rule runs on the whole
// new tree. The result is the one analyze() gives for the new text (test/language/incremental
// checks this on many random edits); whenever that cannot be guaranteed the document is simply
// analysed again.
//
// The shortcut is taken only when the reader treats every line on its own and the parser's
// state between top-level blocks is clean: one file (no include), no $NAME definition, no
// ~SEQ/~LST, no @id line dropped, no \# escape, no brace problem (no parser finding) in the
// old text or in the edited lines, and no global_defs among the edited blocks (some block rules
// read global settings, e.g. vrrp_version for advert_int).
import * as path from 'node:path';
import { Analysis, AnalysisOptions, analyzeByRule, finishDiagnostics, resolveOptions, runRule } from './analyze';
import { withLang } from './i18n';
import { ConfigDocument, Statement } from './ast';
import { ConfigModel } from './model';
import { spliceStatementIndex } from './statementIndex';
import { parse } from './parser';
import { LineItem, ReadResult, Reader, forEachWord } from './reader';
import { RULES } from './rules';
import { KaDiagnostic, Position, Token, comparePositions, shiftToken } from './types';

/** Top-level blocks whose settings block-local rules may read: editing them means a full analysis. */
const CONTEXT_BLOCKS = new Set(['global_defs']);

/** Lines the reader counts at most before it stops (input-too-large); stay well below. */
const MAX_LINES = 1_000_000;

const SEQUENCE = /~(SEQ|LST)/;

/** What an analysis keeps for the next edit. */
interface EditState {
  file: string;
  text: string;
  /** Offset of the first character of each line (a typed array: outside the GC's heap, never copied by it). */
  lineStarts: Int32Array;
  /** Findings of block-local rules per top-level statement: [rule index in RULES, findings][], only where there are some. */
  local: Map<Statement, [number, KaDiagnostic[]][]>;
}

const states = new WeakMap<Analysis, EditState>();

export interface EditedAnalysis {
  analysis: Analysis;
  /** Whether only the edited blocks were read again (false: the whole text was analysed). */
  incremental: boolean;
}

/**
 * Analyses `text` as the new content of `file`, reusing `previous` (the analysis of the same
 * file before the edit, made by this function) where the edit allows. `previous` must not be used
 * after this call: its tree is moved into the new analysis.
 */
export function analyzeEdited(previous: Analysis | undefined, file: string, text: string, options: AnalysisOptions = {}): EditedAnalysis {
  const abs = path.resolve(file);
  const state = previous ? states.get(previous) : undefined;
  if (previous && state && state.file === abs) {
    const opts = resolveOptions(options);
    // Messages are in the analysis' language: reuse findings only when it has not changed.
    if (opts.version === previous.options.version && opts.configId === previous.options.configId && opts.lang === previous.options.lang) {
      const analysis = withLang(opts.lang, () => reanalyze(previous, state, text, opts));
      if (analysis) return { analysis, incremental: true };
    }
  }
  return { analysis: fullAnalysis(abs, text, options), incremental: false };
}

function fullAnalysis(abs: string, text: string, options: AnalysisOptions): Analysis {
  const { analysis, byRule } = analyzeByRule(abs, text, options);
  const state = initialState(analysis, byRule, abs, text);
  if (state) states.set(analysis, state);
  return analysis;
}

/** Whether later edits can be applied incrementally, and the findings of block-local rules per top-level statement. */
function initialState(analysis: Analysis, byRule: KaDiagnostic[][], abs: string, text: string): EditState | undefined {
  const { doc } = analysis;
  const read = doc.read;
  if (read.files.size !== 1 || read.includes.length || read.definitions.length || read.inactive.length || read.escapes.length || doc.diagnostics.length) return undefined;
  if (SEQUENCE.test(text) || read.diagnostics.some((d) => d.code === 'input-too-large' || d.file !== abs)) return undefined;
  const lineStarts = lineStartsOf(text);
  if (lineStarts.length > MAX_LINES) return undefined;
  const local = new Map<Statement, [number, KaDiagnostic[]][]>();
  const roots = doc.statements;
  for (let k = 0; k < RULES.length; k++) {
    if (!RULES[k].blockLocal || !byRule[k].length) continue;
    const grouped = groupByRoot(byRule[k], roots, abs);
    if (!grouped) return undefined;
    for (const [root, list] of grouped) addLocal(local, root, k, list);
  }
  return { file: abs, text, lineStarts, local };
}

function addLocal(local: EditState['local'], root: Statement, rule: number, list: KaDiagnostic[]): void {
  const entry = local.get(root);
  if (entry) entry.push([rule, list]);
  else local.set(root, [[rule, list]]);
}

/**
 * Assigns each finding to the top-level statement it lies in (findings keep their order), as
 * detached copies (token ranges move when lines are inserted above). Undefined when a finding
 * lies outside every top-level statement or is an internal error.
 */
function groupByRoot(found: readonly KaDiagnostic[], roots: readonly Statement[], file: string): Map<Statement, KaDiagnostic[]> | undefined {
  const out = new Map<Statement, KaDiagnostic[]>();
  for (const d of found) {
    if (d.file !== file || d.code === 'internal-error') return undefined;
    const root = rootAt(roots, d.range.start);
    if (!root) return undefined;
    const list = out.get(root);
    const copy = detach(d, 0);
    if (list) list.push(copy);
    else out.set(root, [copy]);
  }
  return out;
}

/** The top-level statement whose range holds `p`. */
function rootAt(roots: readonly Statement[], p: Position): Statement | undefined {
  let lo = 0;
  let hi = roots.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(roots[mid].range.start, p) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const root = found >= 0 ? roots[found] : undefined;
  return root && comparePositions(p, root.range.end) <= 0 ? root : undefined;
}

/** A deep copy of a finding with every position moved `lines` down (positions are `{line, character}` objects). */
function detach(d: KaDiagnostic, lines: number): KaDiagnostic {
  return copyValue(d, lines) as KaDiagnostic;
}

function copyValue(v: unknown, lines: number): unknown {
  if (Array.isArray(v)) return v.map((x) => copyValue(x, lines));
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number' && Object.keys(o).length === 2) return { line: o.line + lines, character: o.character };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = copyValue(o[k], lines);
  return out;
}

/** Lengths of the common prefix and suffix of two texts (not overlapping). */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  // Whole chunks first (string equality compares memory), then character by character.
  let prefix = 0;
  while (prefix + CHUNK <= max && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + CHUNK <= max - prefix && a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)) suffix += CHUNK;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

const CHUNK = 4096;

/**
 * Line starts of the new text from the old text's: unchanged up to the edit, found again in the
 * changed span `[prefix, newEnd)`, moved by the change in length after it.
 */
function editedLineStarts(old: Int32Array, text: string, prefix: number, oldEnd: number, newEnd: number): Int32Array {
  const keep = lineAt(old, prefix) + 1;
  const added: number[] = [];
  for (let i = text.indexOf('\n', prefix); i >= 0 && i < newEnd; i = text.indexOf('\n', i + 1)) added.push(i + 1);
  let after = keep;
  while (after < old.length && old[after] <= oldEnd) after++;
  const out = new Int32Array(keep + added.length + old.length - after);
  out.set(old.subarray(0, keep));
  out.set(added, keep);
  const delta = newEnd - oldEnd;
  for (let k = after, o = keep + added.length; k < old.length; k++, o++) out[o] = old[k] + delta;
  return out;
}

function lineStartsOf(text: string): Int32Array {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return Int32Array.from(starts);
}

/** Index of the line holding offset `at`. */
function lineAt(lineStarts: Int32Array, at: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** First and last line of a top-level statement. */
function lineSpan(s: Statement): [number, number] {
  return [s.keyword.range.start.line, s.range.end.line];
}

/** Statements of the subtrees of `roots`, in reading order. */
function subtreeStatements(roots: readonly Statement[], visit: (s: Statement) => void): void {
  const stack: Statement[] = [...roots].reverse();
  while (stack.length) {
    const s = stack.pop()!;
    visit(s);
    for (let k = s.children.length - 1; k >= 0; k--) stack.push(s.children[k]);
  }
}

function reanalyze(previous: Analysis, state: EditState, text: string, opts: Analysis['options']): Analysis | undefined {
  const old = state.text;
  const abs = state.file;
  if (text === old && JSON.stringify(opts.severities) === JSON.stringify(previous.options.severities)) return previous;
  const { prefix, suffix } = commonEnds(old, text);
  const oldEnd = old.length - suffix;
  const newEnd = text.length - suffix;
  const lineDelta = countNewlines(text, prefix, newEnd) - countNewlines(old, prefix, oldEnd);
  // Old lines touched: from the first changed character to the one right after the change.
  let first = lineAt(state.lineStarts, prefix);
  let last = lineAt(state.lineStarts, oldEnd);

  // Widen to whole top-level statements (two may share a line: `} vrrp_instance B {`).
  const roots = previous.doc.statements;
  let i = firstRootEndingAtOrAfter(roots, first);
  let j = i;
  for (;;) {
    let changed = false;
    while (j < roots.length && lineSpan(roots[j])[0] <= last) {
      const [s, e] = lineSpan(roots[j]);
      changed ||= s < first || e > last;
      first = Math.min(first, s);
      last = Math.max(last, e);
      j++;
    }
    while (i > 0 && lineSpan(roots[i - 1])[1] >= first) {
      i--;
      const [s] = lineSpan(roots[i]);
      changed ||= s < first;
      first = Math.min(first, s);
    }
    if (!changed) break;
  }
  const oldRegion = roots.slice(i, j);
  if (oldRegion.some((s) => CONTEXT_BLOCKS.has(s.keyword.text))) return undefined;

  // Read and parse the edited lines on their own.
  const lineStarts = editedLineStarts(state.lineStarts, text, prefix, oldEnd, newEnd);
  if (lineStarts.length > MAX_LINES) return undefined;
  const newLast = last + lineDelta;
  const from = lineStarts[first];
  const to = newLast + 1 < lineStarts.length ? lineStarts[newLast + 1] - 1 : text.length;
  const regionText = text.slice(from, to);
  if (SEQUENCE.test(regionText)) return undefined;
  const regionRead = new Reader({ fs: opts.fs, configId: opts.configId, version: opts.version, firstLine: first }).read(abs, regionText);
  if (regionRead.includes.length || regionRead.definitions.length || regionRead.inactive.length || regionRead.escapes.length) return undefined;
  if (regionRead.diagnostics.some((d) => d.code === 'input-too-large' || d.file !== abs)) return undefined;
  const regionDoc = parse(abs, regionRead, { version: opts.version });
  if (regionDoc.diagnostics.length) return undefined;
  const newRegion = regionDoc.statements;
  if (newRegion.some((s) => CONTEXT_BLOCKS.has(s.keyword.text))) return undefined;

  // Reading order numbers: the new statements take the old ones' place, the later ones move.
  let before = i < roots.length ? roots[i].order : 0;
  if (i === roots.length) subtreeStatements(roots, () => before++);
  const removed: Statement[] = [];
  subtreeStatements(oldRegion, (s) => removed.push(s));
  const added: Statement[] = [];
  subtreeStatements(newRegion, (s) => {
    s.order = before + added.length;
    added.push(s);
  });
  const oldCount = removed.length;
  const newCount = added.length;

  // Block-local rules on the new blocks alone (before anything old is changed: this may still give up).
  const miniDoc: ConfigDocument = { file: abs, statements: newRegion, read: regionRead, diagnostics: [] };
  const miniModel = new ConfigModel(miniDoc);
  const regionLocal = new Map<Statement, [number, KaDiagnostic[]][]>();
  for (let k = 0; k < RULES.length; k++) {
    if (!RULES[k].blockLocal) continue;
    const found = runRule(RULES[k], miniDoc, miniModel, opts.version);
    if (!found.length) continue;
    const grouped = groupByRoot(found, newRegion, abs);
    if (!grouped) return undefined;
    for (const [root, list] of grouped) addLocal(regionLocal, root, k, list);
  }

  // From here on the old tree is moved into the new analysis.
  const later = roots.slice(j);
  if (newCount !== oldCount) subtreeStatements(later, (s) => (s.order += newCount - oldCount));
  const read = previous.doc.read;
  const itemsBefore = firstItemAfterLine(read.items, first - 1);
  const itemsAfter = firstItemAfterLine(read.items, last);
  // In place (the old analysis is given up): a new 130,000-item array per keystroke would only be
  // garbage. splice() takes the new items as arguments, which is fine for an edit, not a whole file.
  let newItems = read.items;
  if (regionRead.items.length <= 10000) newItems.splice(itemsBefore, itemsAfter - itemsBefore, ...regionRead.items);
  else newItems = [...newItems.slice(0, itemsBefore), ...regionRead.items, ...newItems.slice(itemsAfter)];
  const laterItems = itemsBefore + regionRead.items.length;
  const diagnosticsBefore = read.diagnostics.filter((d) => d.range.start.line < first);
  // Copied before the tokens move (in case a range is shared with a token).
  const diagnosticsAfter = read.diagnostics.filter((d) => d.range.start.line > last).map((d) => (lineDelta ? detach(d, lineDelta) : d));
  if (lineDelta) shiftLines(newItems, laterItems, later, lineDelta);
  const newRead: ReadResult = {
    items: newItems,
    includes: [],
    definitions: [],
    inactive: [],
    files: new Map([[abs, text]]),
    diagnostics: [...diagnosticsBefore, ...regionRead.diagnostics, ...diagnosticsAfter],
    escapes: [],
  };
  const statements = [...roots.slice(0, i), ...newRegion, ...later];
  const doc: ConfigDocument = { file: abs, statements, read: newRead, diagnostics: [] };
  spliceStatementIndex(previous.doc, doc, removed, added, before);
  const model = new ConfigModel(doc);

  const local = new Map<Statement, [number, KaDiagnostic[]][]>();
  for (const root of roots.slice(0, i)) {
    const entry = state.local.get(root);
    if (entry) local.set(root, entry);
  }
  for (const [root, entry] of regionLocal) local.set(root, entry);
  for (const root of later) {
    const entry = state.local.get(root);
    if (entry) local.set(root, lineDelta ? entry.map(([k, list]) => [k, list.map((d) => detach(d, lineDelta))]) : entry);
  }

  // Every finding in the order analyze() collects them: reader, parser, then rule by rule.
  const byRule: KaDiagnostic[][] = RULES.map((rule) => (rule.blockLocal ? [] : runRule(rule, doc, model, opts.version)));
  for (const root of statements) {
    const entry = local.get(root);
    if (entry) for (const [k, list] of entry) byRule[k].push(...list);
  }
  const diagnostics = finishDiagnostics([...newRead.diagnostics, ...byRule.flat()], opts.severities);
  const analysis: Analysis = { doc, model, diagnostics, options: opts };
  states.set(analysis, { file: abs, text, lineStarts, local });
  return analysis;
}

/** Index of the first top-level statement that ends on `line` or later. */
function firstRootEndingAtOrAfter(roots: readonly Statement[], line: number): number {
  let lo = 0;
  let hi = roots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lineSpan(roots[mid])[1] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function itemLine(item: LineItem): number {
  return item.kind === 'words' ? item.line : item.token.range.start.line;
}

/** Index of the first reader item on a line after `line` (items are in line order: one file). */
function firstItemAfterLine(items: readonly LineItem[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (itemLine(items[mid]) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Moves everything below the edit by `delta` lines, in place: the tokens of the reader items from
 * `from` on (the tree's keywords, arguments, braces and ranges are made of their positions) and the
 * arguments that the parser re-read from script lines.
 */
function shiftLines(items: readonly LineItem[], from: number, later: readonly Statement[], delta: number): void {
  const move = (t: Token) => shiftToken(t, delta);
  for (let k = from; k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'words') {
      item.line += delta;
      forEachWord(item, move);
    } else move(item.token);
  }
  // The parser re-reads script keywords (also too new ones) into tokens of its own.
  subtreeStatements(later, (s) => {
    if (s.schema?.raw_line_reparsed) s.args.forEach(move);
  });
}
