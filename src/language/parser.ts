// Builds the syntax tree following keepalived's own block rules: a keyword is looked up
// only in the current block's table; an unknown keyword's '{' is ignored, so its '}'
// closes the enclosing block (keepalived really does this, and reports the cascade).
//
// keepalived parses the file once per process (parent, VRRP, checker, BFD). Each process
// parses only its own top-level blocks and skips the others by counting braces. The tree
// is what each block's owner reads; when brace counting and the owner's reading disagree
// (a missing '{' ...), the other processes' view is parsed too and what they report in
// addition becomes `misread-by-other-process` findings.
import { ConfigDocument, Item, Statement, label } from './ast';
import { splitScriptWords } from './lexer';
import { LineItem, ReadResult, wordsArgs, wordsKeyword } from './reader';
import { KeepalivedVersion, KeywordSchema, ROOT, childrenOf, existsIn } from './schema';
import { KaDiagnostic, LineToken, Range, Token } from './types';
import { msg } from './i18n';

export interface ParseOptions {
  version: KeepalivedVersion;
}

export type KeepalivedProcess = 'parent' | 'vrrp' | 'checker' | 'bfd';
const PROCESSES: readonly KeepalivedProcess[] = ['parent', 'vrrp', 'checker', 'bfd'];

const MAX_DEPTH = 64;
/** The shared (frozen) children and items of statements that have none. */
const NONE = Object.freeze([]) as unknown as never[];

/** Which processes parse a top-level keyword (the others skip it). */
export function rootOwners(kw: KeywordSchema): KeepalivedProcess[] {
  const by = kw.parsed_by as string | string[] | undefined;
  if (!by) return [...PROCESSES];
  return (Array.isArray(by) ? by : [by]).filter((p): p is KeepalivedProcess => (PROCESSES as readonly string[]).includes(p));
}

export function parse(file: string, read: ReadResult, opts: ParseOptions): ConfigDocument {
  const variants = read.items.some((i) => i.variant);
  const parentGroups = variants ? groupsReadByParent(read.items, opts) : new Set<number>();
  const items = variants ? read.items.filter((i) => i.variant === undefined || (i.variant === 'parent') === parentGroups.has(i.group!)) : read.items;
  const braces = braceBalance(items);
  const merged = new Parser(items, opts, braces);
  const statements = merged.parseRoot();
  const diagnostics = [...merged.diagnostics, ...unclosedDiagnostics(items, braces, merged)];
  if (variants || merged.rootSpans.some((span) => skipEnd(items, span.start) !== span.end)) {
    diagnostics.push(...otherProcessFindings(read.items, opts, merged));
  }
  for (const e of read.escapes) {
    if (parentGroups.has(e.group)) continue;
    diagnostics.push({
      code: 'escaped-comment-char',
      severity: e.standalone ? 'warning' : 'error',
      message: msg().escapedCommentChar(e.childText, e.lineStart ? msg().escapedCommentCharMisnumbersLines() : ''),
      file: e.file,
      range: e.range,
    });
  }
  return { file, statements, read, diagnostics };
}

/** The items a process reads: the parent sees `\\#` as '#', the children as a comment start. */
function viewOf(items: readonly LineItem[], proc: KeepalivedProcess): LineItem[] {
  const skip = proc === 'parent' ? 'child' : 'parent';
  return items.filter((i) => i.variant !== skip);
}

/** Line groups (of two-variant lines) that lie in blocks the parent parses, e.g. global_defs. */
function groupsReadByParent(items: readonly LineItem[], opts: ParseOptions): Set<number> {
  const view = viewOf(items, 'parent');
  const p = new Parser(view, opts, braceBalance(view), 'parent');
  p.parseRoot();
  const out = new Set<number>();
  for (const span of p.rootSpans) {
    const kw = span.stmt.schema;
    if (span.stmt.status !== 'known' || !kw || !rootOwners(kw).includes('parent')) continue;
    for (let k = span.start; k <= span.end; k++) {
      const g = view[k].group;
      if (g !== undefined) out.add(g);
    }
  }
  return out;
}

interface BraceBalance {
  /** Item indices of '}' with no '{' left to close (keepalived: "Extra '}' found"). */
  extraCloses: Set<number>;
  /** Item indices of '{' never closed (keepalived: "There are N missing '}'s or extra '{'s"). */
  unclosedOpens: number[];
}

/** keepalived counts braces while reading, independently of keywords. */
function braceBalance(items: readonly LineItem[]): BraceBalance {
  const extraCloses = new Set<number>();
  const open: number[] = [];
  items.forEach((item, i) => {
    if (item.kind === 'open') open.push(i);
    else if (item.kind === 'close') {
      if (open.length) open.pop();
      else extraCloses.add(i);
    }
  });
  return { extraCloses, unclosedOpens: open };
}

function unclosedDiagnostics(items: readonly LineItem[], braces: BraceBalance, merged: Parser): KaDiagnostic[] {
  const n = braces.unclosedOpens.length;
  return braces.unclosedOpens.map((i) => {
    const token = (items[i] as { token: Token }).token;
    const owner = merged.openers.get(i);
    const what = owner ? msg().blockNeverClosedOpens(label(owner)) : msg().blockNeverClosed();
    return {
      code: 'missing-close-brace',
      severity: 'error',
      message: msg().missingCloseBrace(what, n),
      file: token.file,
      range: token.range,
    };
  });
}

/** Where a process that does not own the statement at `start` resumes: it skips a following '{...}' by counting. */
function skipEnd(items: readonly LineItem[], start: number): number {
  if (items[start + 1]?.kind !== 'open') return start;
  let depth = 0;
  for (let i = start + 1; i < items.length; i++) {
    const k = items[i].kind;
    if (k === 'open') depth++;
    else if (k === 'close' && --depth === 0) return i;
  }
  return items.length - 1;
}

interface Event {
  key: string;
  file: string;
  range: Range;
  message: string;
}

/** What keepalived reports for a parse: unknown keywords and brace problems, keyed by position. */
function events(p: Parser, statements: readonly Statement[]): Event[] {
  const out: Event[] = [];
  const visit = (list: readonly Statement[]) => {
    for (const s of list) {
      if (s.status !== 'known') out.push({ key: `kw\0${s.file}\0${s.keyword.range.start.line}:${s.keyword.range.start.character}`, file: s.file, range: s.keyword.range, message: `Unknown keyword '${s.keyword.text}'` });
      visit(s.children);
    }
  };
  visit(statements);
  for (const d of p.diagnostics) {
    const said = d.data?.keepalivedSays;
    if (typeof said !== 'string') continue;
    out.push({ key: `${d.code}\0${d.file}\0${d.range.start.line}:${d.range.start.character}`, file: d.file, range: d.range, message: said });
  }
  return out;
}

function otherProcessFindings(allItems: readonly LineItem[], opts: ParseOptions, merged: Parser): KaDiagnostic[] {
  const known = new Set(events(merged, merged.roots).map((e) => e.key));
  const found = new Map<string, { event: Event; processes: KeepalivedProcess[] }>();
  for (const proc of PROCESSES) {
    const items = viewOf(allItems, proc);
    const p = new Parser(items, opts, braceBalance(items), proc);
    const roots = p.parseRoot();
    for (const e of events(p, roots)) {
      if (known.has(e.key)) continue;
      const entry = found.get(e.key) ?? { event: e, processes: [] };
      entry.processes.push(proc);
      found.set(e.key, entry);
    }
  }
  const out: KaDiagnostic[] = [];
  for (const { event, processes } of found.values()) {
    const owner = merged.roots.find((s) => s.file === event.file && within(event.range, s.range));
    const who = msg().keepalivedProcesses(processes.join(', '), processes.length > 1 ? 'es' : '');
    const cause = owner
      ? msg().processesSkipBlockTooEarly(processes.length > 1 ? '' : 's', label(owner), owner.keyword.range.start.line + 1, processes.length > 1 ? msg().processesStop() : msg().processStops(), processes.length > 1 ? '' : 's')
      : msg().processesReadAsTopLevel(processes.length > 1 ? '' : 's');
    out.push({
      code: 'misread-by-other-process',
      severity: 'warning',
      message: msg().misreadByOtherProcess(who, cause, processes.length > 1 ? '' : 's', event.message),
      file: event.file,
      range: event.range,
      data: { processes, keepalivedSays: event.message },
    });
  }
  return out;
}

function within(r: Range, outer: Range): boolean {
  const a = r.start;
  const s = outer.start;
  const e = outer.end;
  return (a.line > s.line || (a.line === s.line && a.character >= s.character)) && (a.line < e.line || (a.line === e.line && a.character <= e.character));
}

class Parser {
  readonly diagnostics: KaDiagnostic[] = [];
  /** Top-level statements with the item indices they span (first item, last item). */
  readonly rootSpans: { stmt: Statement; start: number; end: number }[] = [];
  /** Item index of each '{' that opened a block and is never closed -> that block (for missing-close-brace). */
  readonly openers = new Map<number, Statement>();
  private readonly unclosed: ReadonlySet<number>;
  roots: Statement[] = [];
  private pos = 0;
  private order = 0;

  /** `process`: parse as this keepalived process does (skipping other processes' blocks); none: every block by its owner. */
  constructor(private readonly items: readonly LineItem[], private readonly opts: ParseOptions, private readonly braces: BraceBalance, private readonly process?: KeepalivedProcess) {
    this.unclosed = new Set(braces.unclosedOpens);
  }

  parseRoot(): Statement[] {
    this.roots = [];
    this.parseBlockBody(ROOT, undefined, this.roots, 0, false);
    return this.roots;
  }

  private diag(code: string, message: string, t: { file: string; range: Range }, data?: Record<string, unknown>, related?: KaDiagnostic['related']): void {
    this.diagnostics.push({ code, severity: 'error', message, file: t.file, range: t.range, data, related });
  }

  /** Parses statements until the block's '}' (or end of input). Returns the closing brace. */
  private parseBlockBody(table: Record<string, KeywordSchema>, owner: Statement | undefined, out: Statement[], depth: number, needOpen: boolean): Token | undefined {
    let expectOpen = needOpen;
    /** '{' that keepalived ignored in this block: the next '}' closes this block instead of them. */
    const ignoredOpens: { after?: Token; brace: Token }[] = [];
    while (this.pos < this.items.length) {
      const index = this.pos;
      const item = this.items[this.pos++];
      if (expectOpen && owner) {
        expectOpen = false;
        if (item.kind === 'open') {
          owner.open = item.token;
          if (this.unclosed.has(index)) this.openers.set(index, owner);
          continue;
        }
        const at = item.kind === 'words' ? wordsKeyword(item) : item.token;
        this.diag('missing-open-brace', msg().missingOpenBraceAfterBlock(label(owner), owner.keyword.range.start.line + 1), at, { keepalivedSays: "Missing '{' at beginning of configuration block", block: owner.keyword.text }, [{ file: owner.file, range: owner.keyword.range, message: msg().openBraceNeeded(owner.keyword.text) }]);
      }
      if (item.kind === 'close') {
        const extra = this.braces.extraCloses.has(index);
        if (owner) {
          if (extra) {
            this.diag('extra-close-brace', msg().extraCloseBraceStillEndsBlock(label(owner), owner.open ? '' : msg().whoseOpenBraceIsMissing()), item.token, { keepalivedSays: "Extra '}' found" });
          } else if (ignoredOpens.length) {
            const ignored = ignoredOpens[ignoredOpens.length - 1];
            const what = ignored.after ? msg().openBraceAfterKeyword(ignored.after.text, ignored.brace.range.start.line + 1) : msg().openBraceOnLine(ignored.brace.range.start.line + 1);
            this.diag('block-closed-early', msg().closeBraceClosesOuterBlock(what, label(owner)), item.token, { opened: ignored.after?.text });
          }
          return item.token;
        }
        if (extra) {
          this.diag('extra-close-brace', msg().unmatchedCloseBrace(), item.token, { keepalivedSays: "Unknown keyword '}'" });
        } else {
          const ignored = ignoredOpens.pop();
          const why = ignored?.after
            ? msg().closeBraceMeantForIgnoredBlock(ignored.after.text, ignored.brace.range.start.line + 1)
            : msg().closeBraceBlockAlreadyClosed();
          this.diag('stray-close-brace', msg().closeBraceReadAsTopLevelKeyword(why), item.token, { keepalivedSays: "Unknown keyword '}'" });
        }
        continue;
      }
      if (item.kind === 'open') {
        const prev = out[out.length - 1];
        const afterPrev = prev && !prev.close && prev.range.end.line <= item.token.range.start.line && (this.items[index - 1]?.kind === 'words');
        ignoredOpens.push({ after: afterPrev ? prev.keyword : undefined, brace: item.token });
        const message = afterPrev
          ? prev.status !== 'known'
            ? msg().unknownKeywordOpenBraceIgnored(prev.keyword.text)
            : msg().keywordTakesNoBlock(prev.keyword.text)
          : msg().unexpectedOpenBrace();
        this.diag('unexpected-open-brace', message, item.token, { keepalivedSays: "Unexpected '{' - ignoring" });
        continue;
      }
      const stmt = this.makeStatement(item, table, owner);
      const kw = stmt.schema;
      if (depth === 0 && this.process && kw && stmt.status === 'known' && !rootOwners(kw).includes(this.process)) {
        // Another process's block: skipped by counting braces (nothing is reported inside it).
        this.pos = skipEnd(this.items, index) + 1;
        continue;
      }
      out.push(stmt);
      if (stmt.status === 'known' && kw) {
        if (kw.kind === 'block' && depth < MAX_DEPTH) {
          const close = this.parseBlockBody(childrenOf(kw), stmt, stmt.children, depth + 1, true);
          this.finishBlock(stmt, close);
        } else if (kw.kind === 'value_block') {
          const close = this.parseValueBlock(stmt);
          this.finishBlock(stmt, close);
        }
      }
      if (depth === 0) this.rootSpans.push({ stmt, start: index, end: this.pos - 1 });
    }
    if (expectOpen && owner) {
      this.diag('missing-open-brace', msg().blockAtEndOfFileWithoutBraces(label(owner)), owner.keyword, { block: owner.keyword.text });
    }
    return undefined;
  }

  private finishBlock(stmt: Statement, close: Token | undefined): void {
    if (stmt instanceof StatementNode) stmt.finish(close);
    else {
      stmt.close = close;
      stmt.range = { start: stmt.keyword.range.start, end: close?.range.end ?? lastEnd(stmt) };
    }
  }

  /**
   * A list such as virtual_ipaddress: every line up to the next '}' is an entry, whether or not
   * the '{' is there (keepalived only logs a missing '{', invisible to `keepalived -t`).
   */
  private parseValueBlock(stmt: Statement): Token | undefined {
    let expectOpen = true;
    const perWord = stmt.schema?.item?.args === '1';
    while (this.pos < this.items.length) {
      const index = this.pos;
      const item = this.items[this.pos++];
      if (expectOpen) {
        expectOpen = false;
        if (item.kind === 'open') {
          stmt.open = item.token;
          if (this.unclosed.has(index)) this.openers.set(index, stmt);
          continue;
        }
        this.diag('missing-open-brace', msg().listNeedsOpenBrace(stmt.keyword.text), stmt.keyword, { block: stmt.keyword.text });
      }
      if (item.kind === 'close') {
        if (this.braces.extraCloses.has(index)) {
          this.diag('extra-close-brace', msg().extraCloseBraceEndsList(stmt.keyword.text), item.token, { keepalivedSays: "Extra '}' found" });
        }
        return item.token;
      }
      if (item.kind === 'open') {
        this.diag('unexpected-open-brace', msg().nestedListBrace(stmt.keyword.text), item.token);
        continue;
      }
      if (perWord) {
        for (const t of item.tokens) stmt.items.push({ tokens: [t], file: t.file, range: t.range });
      } else {
        const tokens = item.tokens;
        const first = tokens[0];
        const last = tokens[tokens.length - 1];
        const it: Item = { tokens, file: first.file, range: { start: first.range.start, end: last.range.end } };
        stmt.items.push(it);
      }
    }
    return undefined;
  }

  private makeStatement(item: Extract<LineItem, { kind: 'words' }>, table: Record<string, KeywordSchema>, owner: Statement | undefined): Statement {
    const keyword = wordsKeyword(item);
    const kw = Object.prototype.hasOwnProperty.call(table, keyword.text) ? table[keyword.text] : undefined;
    let status: Statement['status'] = 'known';
    if (!kw) status = 'unknown';
    else if (!existsIn(kw, this.opts.version)) status = 'too-new';
    let args = wordsArgs(item);
    if (kw?.raw_line_reparsed) {
      // keepalived re-reads the raw line from the first blank after the keyword, so in
      // `script"/bin/x"` the quoted text is part of the skipped first word (no command at all);
      // an unterminated quote anywhere loses the whole command.
      const text = item.text.text;
      let from = item.pieceStarts[0];
      while (from < text.length && !/[ \t\v\f\r]/.test(text[from])) from++;
      const words = splitScriptWords(text, from);
      args = (words.some((w) => w.unterminated) ? [] : words).map((w) => {
        const s = item.text.map[w.start];
        const e = (item.text.map[w.end - 1] ?? s) + 1;
        return new LineToken(w.text, item.file, w.quoted, item.line, s, e);
      });
    }
    // Only blocks get children and only lists get items (both pushed below); the other ~90% of
    // statements share one frozen empty array, which saves two arrays each on big files.
    const children = kw?.kind === 'block' && status === 'known' ? [] : NONE;
    const items = kw?.kind === 'value_block' && status === 'known' ? [] : NONE;
    return new StatementNode(keyword, args, kw, status, owner, children, items, this.order++);
  }
}

/**
 * A statement whose range is made on first use (like its tokens' ranges, see LineToken): from
 * the keyword to its last argument, or for a finished block to its '}' (or its last content).
 */
class StatementNode implements Statement {
  open?: Token = undefined;
  close?: Token = undefined;
  #r: Range | undefined = undefined;
  #finished = false;
  constructor(
    readonly keyword: Token,
    readonly args: Token[],
    readonly schema: KeywordSchema | undefined,
    readonly status: Statement['status'],
    readonly parent: Statement | undefined,
    /** Replaced by an exact-length copy when the block is finished (see finish). */
    public children: Statement[],
    public items: Item[],
    readonly order: number,
  ) {}

  get file(): string {
    return this.keyword.file;
  }

  get range(): Range {
    if (this.#r) return this.#r;
    let end: Range['end'];
    if (this.#finished) end = this.close?.range.end ?? lastEnd(this);
    else end = (this.args[this.args.length - 1] ?? this.keyword).range.end;
    return (this.#r = { start: this.keyword.range.start, end });
  }

  set range(r: Range) {
    this.#r = r;
  }

  /** The block is complete (its children, items and '}' are known): its range now ends there. */
  finish(close: Token | undefined): void {
    this.close = close;
    this.#finished = true;
    this.#r = undefined;
    // The lists were filled by push, which leaves room for 17 entries: a block of a few settings
    // (most real_server and health-check blocks) then kept mostly empty slots.
    if (this.children.length) this.children = this.children.slice();
    if (this.items.length) this.items = this.items.slice();
  }
}

function lastEnd(s: Statement): Range['end'] {
  const lastChild = s.children[s.children.length - 1];
  const lastItem = s.items[s.items.length - 1];
  const cands = [s.keyword.range.end, s.open?.range.end, lastChild?.range.end, lastItem?.range.end].filter(Boolean) as Range['end'][];
  return cands.reduce((a, b) => (a.line > b.line || (a.line === b.line && a.character >= b.character) ? a : b));
}
