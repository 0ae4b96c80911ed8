// Builds the syntax tree following keepalived's own block rules: a keyword is looked up
// only in the current block's table; an unknown keyword's '{' is ignored, so its '}'
// closes the enclosing block (keepalived really does this, and reports the cascade).
import { ConfigDocument, Item, Statement } from './ast';
import { splitScriptWords } from './lexer';
import { LineItem, ReadResult } from './reader';
import { KeepalivedVersion, KeywordSchema, ROOT, childrenOf, existsIn } from './schema';
import { KaDiagnostic, Range, Token, range } from './types';

export interface ParseOptions {
  version: KeepalivedVersion;
}

const MAX_DEPTH = 64;

export function parse(file: string, read: ReadResult, opts: ParseOptions): ConfigDocument {
  const p = new Parser(read.items, opts);
  const statements = p.parseRoot();
  return { file, statements, read, diagnostics: p.diagnostics };
}

class Parser {
  readonly diagnostics: KaDiagnostic[] = [];
  private pos = 0;
  private order = 0;
  /** The last unknown keyword whose '{' keepalived ignored: the next '}' closes its parent instead. */
  private ignoredOpen: { keyword: Token; brace: Token }[] = [];

  constructor(private readonly items: LineItem[], private readonly opts: ParseOptions) {}

  parseRoot(): Statement[] {
    const out: Statement[] = [];
    this.parseBlockBody(ROOT, undefined, out, 0, false);
    return out;
  }

  private diag(code: string, severity: KaDiagnostic['severity'], message: string, t: { file: string; range: Range }, data?: Record<string, unknown>): void {
    this.diagnostics.push({ code, severity, message, file: t.file, range: t.range, data });
  }

  /** Parses statements until the block's '}' (or end of input). Returns the closing brace. */
  private parseBlockBody(table: Record<string, KeywordSchema>, owner: Statement | undefined, out: Statement[], depth: number, needOpen: boolean): Token | undefined {
    let expectOpen = needOpen;
    while (this.pos < this.items.length) {
      const item = this.items[this.pos++];
      if (expectOpen) {
        expectOpen = false;
        if (item.kind === 'open') {
          if (owner) owner.open = item.token;
          continue;
        }
        const at = item.kind === 'words' ? item.tokens[0] : item.token;
        this.diag('missing-open-brace', 'error', `'${owner?.keyword.text}' must be followed by '{'; keepalived reports "Missing '{' at beginning of configuration block" and reads the following lines as part of the block anyway.`, owner ? owner.keyword : at);
      }
      if (item.kind === 'close') {
        if (owner) {
          const ignored = this.ignoredOpen.pop();
          if (ignored) {
            this.diag('block-closed-early', 'error', `keepalived ignored the '{' after '${ignored.keyword.text}' (line ${ignored.brace.range.start.line + 1}), so this '}' closes '${owner.keyword.text}' instead; the lines after it are read at the outer level.`, item.token, { opened: ignored.keyword.text });
          }
          return item.token;
        }
        this.ignoredOpen.pop();
        this.diag('extra-close-brace', 'error', `This '}' has no matching '{'; keepalived reports "Extra '}' found" and ignores it.`, item.token);
        continue;
      }
      if (item.kind === 'open') {
        const prev = out[out.length - 1];
        const afterUnknown = prev && prev.status !== 'known' && prev.keyword.range.start.line <= item.token.range.start.line;
        if (afterUnknown) this.ignoredOpen.push({ keyword: prev.keyword, brace: item.token });
        this.diag('unexpected-open-brace', 'error', afterUnknown
          ? `keepalived does not know '${prev.keyword.text}' here, so it ignores this '{' ("Unexpected '{' - ignoring") and reads the block's contents as part of the enclosing block.`
          : `Unexpected '{' here; keepalived ignores it and the matching '}' will close the enclosing block.`, item.token);
        continue;
      }
      const stmt = this.makeStatement(item, table, owner);
      out.push(stmt);
      const kw = stmt.schema;
      if (stmt.status !== 'known' || !kw) continue;
      if (kw.kind === 'block') {
        if (depth >= MAX_DEPTH) continue;
        const close = this.parseBlockBody(childrenOf(kw), stmt, stmt.children, depth + 1, true);
        this.finishBlock(stmt, close);
      } else if (kw.kind === 'value_block') {
        const close = this.parseValueBlock(stmt);
        this.finishBlock(stmt, close);
      }
    }
    if (owner && depth > 0 && !owner.close) {
      // Reported once, at the outermost unclosed block, by the caller chain.
    }
    return undefined;
  }

  private finishBlock(stmt: Statement, close: Token | undefined): void {
    stmt.close = close;
    const end = close?.range.end ?? lastEnd(stmt);
    stmt.range = { start: stmt.keyword.range.start, end };
    if (!close && stmt.open) {
      this.diag('missing-close-brace', 'error', `The block '${stmt.keyword.text}' opened here is never closed; keepalived reports "There are N missing '}'s" at the end of the file.`, stmt.open);
    }
  }

  private parseValueBlock(stmt: Statement): Token | undefined {
    let expectOpen = true;
    const perWord = stmt.schema?.item?.args === '1';
    while (this.pos < this.items.length) {
      const item = this.items[this.pos];
      if (expectOpen) {
        expectOpen = false;
        if (item.kind === 'open') {
          stmt.open = item.token;
          this.pos++;
          continue;
        }
        this.diag('missing-open-brace', 'error', `'${stmt.keyword.text}' must be followed by '{'; without it keepalived does not read the list.`, stmt.keyword);
        return undefined;
      }
      this.pos++;
      if (item.kind === 'close') return item.token;
      if (item.kind === 'open') {
        this.diag('unexpected-open-brace', 'error', `Unexpected '{' inside the '${stmt.keyword.text}' list.`, item.token);
        continue;
      }
      if (perWord) {
        for (const t of item.tokens) stmt.items.push({ tokens: [t], file: t.file, range: t.range });
      } else {
        const first = item.tokens[0];
        const last = item.tokens[item.tokens.length - 1];
        const it: Item = { tokens: item.tokens, file: first.file, range: { start: first.range.start, end: last.range.end } };
        stmt.items.push(it);
      }
    }
    return undefined;
  }

  private makeStatement(item: Extract<LineItem, { kind: 'words' }>, table: Record<string, KeywordSchema>, owner: Statement | undefined): Statement {
    const keyword = item.tokens[0];
    const kw = Object.prototype.hasOwnProperty.call(table, keyword.text) ? table[keyword.text] : undefined;
    let status: Statement['status'] = 'known';
    if (!kw) status = 'unknown';
    else if (!existsIn(kw, this.opts.version)) status = 'too-new';
    let args = item.tokens.slice(1);
    if (kw?.raw_line_reparsed && item.tokens.length > 1) {
      const from = item.pieceStarts[1];
      args = splitScriptWords(item.text.text, from).map((w) => {
        const s = item.text.map[w.start];
        const e = (item.text.map[w.end - 1] ?? s) + 1;
        return { text: w.text, file: item.file, quoted: w.quoted, range: range(item.line, s, item.line, e) };
      });
    }
    const stmt: Statement = {
      keyword,
      args,
      schema: kw,
      status,
      parent: owner,
      children: [],
      items: [],
      file: item.file,
      range: { start: keyword.range.start, end: (args[args.length - 1] ?? keyword).range.end },
      order: this.order++,
    };
    return stmt;
  }
}

function lastEnd(s: Statement): Range['end'] {
  const lastChild = s.children[s.children.length - 1];
  const lastItem = s.items[s.items.length - 1];
  const cands = [s.keyword.range.end, s.open?.range.end, lastChild?.range.end, lastItem?.range.end].filter(Boolean) as Range['end'][];
  return cands.reduce((a, b) => (a.line > b.line || (a.line === b.line && a.character >= b.character) ? a : b));
}
