// Document outline: blocks of one file with a short summary of what each one sets.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { Statement, firstChild, label } from '../ast';
import { Range, comparePositions } from '../types';
import { msg, withLang } from '../i18n';

const KINDS: Record<string, SymbolKind> = {
  global_defs: SymbolKind.Namespace,
  vrrp_instance: SymbolKind.Class,
  vrrp_sync_group: SymbolKind.Package,
  vrrp_script: SymbolKind.Function,
  vrrp_track_process: SymbolKind.Function,
  track_file: SymbolKind.Function,
  vrrp_track_file: SymbolKind.Function,
  bfd_instance: SymbolKind.Function,
  virtual_server: SymbolKind.Interface,
  virtual_server_group: SymbolKind.Array,
  real_server: SymbolKind.Object,
};

/** documentSymbols, with details in the analysis' language. */
export function documentSymbols(analysis: Analysis, file = analysis.doc.file): DocumentSymbol[] {
  return withLang(analysis.options.lang, () => documentSymbolsIn(analysis, file));
}

function documentSymbolsIn(analysis: Analysis, file = analysis.doc.file): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const visit = (list: Statement[], into: DocumentSymbol[]) => {
    for (const s of list) {
      const isBlock = s.status === 'known' && (s.schema?.kind === 'block' || s.schema?.kind === 'value_block');
      if (s.file === file && isBlock) {
        const sym = symbolOf(s);
        into.push(sym);
        visit(s.children, sym.children!);
      } else {
        // A block opened in another file may hold statements of this one (include inside a block).
        visit(s.children, into);
      }
    }
  };
  visit(analysis.doc.statements, out);
  return dedupe(out);
}

function symbolOf(s: Statement): DocumentSymbol {
  const header = s.args.length ? s.args[Math.min(s.args.length, 2) - 1].range.end : s.keyword.range.end;
  const selectionRange: Range = { start: s.keyword.range.start, end: header };
  const closeHere = s.close && s.close.file === s.file;
  let range: Range = { start: s.keyword.range.start, end: closeHere ? s.close!.range.end : s.range.end };
  if (comparePositions(range.end, selectionRange.end) < 0) range = selectionRange;
  const kind = KINDS[s.keyword.text] ?? (s.schema?.kind === 'value_block' ? SymbolKind.Array : /_CHECK$|^HTTP_GET$|^SSL_GET$/.test(s.keyword.text) ? SymbolKind.Event : SymbolKind.Struct);
  return { name: label(s), detail: detailOf(s), kind, range, selectionRange, children: [] };
}

/** All words of a child keyword (scripts, lb_kind with options). */
function value(s: Statement, name: string): string | undefined {
  const c = firstChild(s, name);
  return c?.args.map((a) => a.text).join(' ') || undefined;
}

/** The single value keepalived reads (`priority 100 / 50` is 100). */
function first(s: Statement, name: string): string | undefined {
  return firstChild(s, name)?.args[0]?.text;
}

/** A one-line summary of the settings that identify a block. */
function detailOf(s: Statement): string {
  const parts: (string | undefined)[] = [];
  switch (s.keyword.text) {
    case 'vrrp_instance': {
      const vrid = first(s, 'virtual_router_id');
      const prio = first(s, 'priority');
      parts.push(first(s, 'state'), prio && `priority ${prio}`, vrid && `VRID ${vrid}`, first(s, 'interface'));
      break;
    }
    case 'vrrp_script':
      parts.push(value(s, 'script'));
      break;
    case 'vrrp_sync_group': {
      const g = firstChild(s, 'group');
      parts.push(g && g.items.flatMap((i) => i.tokens.map((t) => t.text)).join(' '));
      break;
    }
    case 'virtual_server':
      parts.push(first(s, 'lb_algo') ?? first(s, 'lvs_sched'), value(s, 'lb_kind') ?? value(s, 'lvs_method'), first(s, 'protocol'));
      break;
    case 'real_server':
      parts.push(first(s, 'weight') && `weight ${first(s, 'weight')}`, ...s.children.filter((c) => c.schema?.kind === 'block').map((c) => c.keyword.text));
      break;
    default:
      if (s.schema?.kind === 'value_block') parts.push(msg().symbolEntries(s.items.length));
  }
  return parts.filter(Boolean).join(' · ');
}

/** ~SEQ lines produce one block per value at the same place: keep the first. */
function dedupe(list: DocumentSymbol[]): DocumentSymbol[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.selectionRange.start.line}:${s.selectionRange.start.character}:${s.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    s.children = dedupe(s.children ?? []);
    return true;
  });
}
