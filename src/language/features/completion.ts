// Completion by context: keywords of the enclosing block (for the target version), values
// after a keyword, names of defined objects inside reference lists, $definitions, include paths.
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { Statement, blockPath, walk } from '../ast';
import { ObjectKind } from '../model';
import { INCLUDE_DIRECTIVES, KeywordSchema, existsIn } from '../schema';
import { Position, range } from '../types';
import { keywordMarkdown, keywordSummary } from './keywordDocs';
import { LineWord, PositionContext, positionContext } from './semanticContext';
import { BLOCK_TEMPLATES, keywordSnippet } from './snippets';
import { msg, withLang } from '../i18n';

/** Keywords most configurations use: listed first so a student finds them without scrolling. */
const COMMON = new Set([
  'global_defs', 'vrrp_script', 'vrrp_instance', 'vrrp_sync_group', 'virtual_server', 'router_id', 'enable_script_security', 'script_user',
  'state', 'interface', 'virtual_router_id', 'priority', 'advert_int', 'authentication', 'virtual_ipaddress', 'track_script', 'track_interface',
  'unicast_src_ip', 'unicast_peer', 'nopreempt', 'notify_master', 'notify_backup', 'notify_fault', 'notify',
  'script', 'interval', 'timeout', 'weight', 'fall', 'rise', 'auth_type', 'auth_pass', 'group',
  'delay_loop', 'lb_algo', 'lb_kind', 'protocol', 'persistence_timeout', 'real_server', 'TCP_CHECK', 'HTTP_GET', 'MISC_CHECK',
  'connect_timeout', 'connect_port', 'url', 'path', 'status_code', 'misc_path',
]);

/** Item reference kinds of value blocks -> the kind of named object they list. */
const ITEM_REFERENCES: Record<string, ObjectKind | 'interface'> = {
  vrrp_script: 'vrrp_script',
  vrrp_instance: 'vrrp_instance',
  track_file: 'track_file',
  vrrp_track_process: 'vrrp_track_process',
  bfd_instance: 'bfd_instance',
  interface: 'interface',
};

export interface CompletionTrigger {
  /** The character that made the editor ask (' ', '$', '/'), when it asked by itself. */
  triggerCharacter?: string;
}

/** completion, with texts in the analysis' language. */
export function completion(analysis: Analysis, pos: Position, file = analysis.doc.file, trigger: CompletionTrigger = {}): CompletionItem[] {
  return withLang(analysis.options.lang, () => completionIn(analysis, pos, file, trigger));
}

function completionIn(analysis: Analysis, pos: Position, file = analysis.doc.file, trigger: CompletionTrigger = {}): CompletionItem[] {
  const ctx = positionContext(analysis, pos, file);
  if (ctx.inComment) return [];
  // The trigger characters only mean something in some places: a blank typed to indent a line
  // must not pop up the keyword list, nor a '/' outside an include path.
  const t = trigger.triggerCharacter;
  if (t === ' ' && !ctx.wordsBefore.length) return [];
  if (t === '/' && !(ctx.wordsBefore.length === 1 && INCLUDE_DIRECTIVES.includes(ctx.wordsBefore[0].text))) return [];
  if (t === '$' && !ctx.current.text.startsWith('$')) return [];
  const replace = range(pos.line, ctx.current.start, pos.line, ctx.current.end);
  if (ctx.current.text.startsWith('$')) return definitionItems(analysis, ctx, replace);
  const first = ctx.wordsBefore[0]?.text;
  if (first && INCLUDE_DIRECTIVES.includes(first)) return ctx.wordsBefore.length === 1 ? includePathItems(analysis, ctx, file, replace) : [];
  if (ctx.block?.schema?.kind === 'value_block') return itemCompletions(analysis, ctx, ctx.block, replace);
  if (!ctx.wordsBefore.length) return keywordItems(analysis, ctx, replace);
  const kw = Object.prototype.hasOwnProperty.call(ctx.table, first!) ? ctx.table[first!] : undefined;
  if (!kw) return [];
  return argumentItems(analysis, kw, ctx.wordsBefore.slice(1), replace);
}

function keywordItems(analysis: Analysis, ctx: PositionContext, replace: ReturnType<typeof range>): CompletionItem[] {
  const version = analysis.options.version;
  const items: CompletionItem[] = [];
  for (const kw of Object.values(ctx.table)) {
    if (!existsIn(kw, version)) continue;
    const deprecated = Boolean(kw.deprecated);
    items.push({
      label: kw.name,
      kind: kw.kind === 'block' ? CompletionItemKind.Module : kw.kind === 'value_block' ? CompletionItemKind.Field : CompletionItemKind.Property,
      detail: keywordSummary(kw),
      documentation: { kind: MarkupKind.Markdown, value: keywordMarkdown(kw, version) },
      tags: deprecated ? [CompletionItemTag.Deprecated] : undefined,
      sortText: `${deprecated ? 3 : COMMON.has(kw.name) ? 1 : 2}_${kw.name}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: TextEdit.replace(replace, keywordSnippet(kw)),
    });
  }
  const here = ctx.block ? blockPath(ctx.block).join('>') : '';
  for (const t of BLOCK_TEMPLATES) {
    if (t.parentPath.join('>') !== here) continue;
    items.push({
      label: t.label,
      kind: CompletionItemKind.Snippet,
      detail: msg().completionTemplate(),
      documentation: { kind: MarkupKind.Markdown, value: t.description + '\n\n```keepalived\n' + t.snippet.replace(/\$\{\d+[:|]([^}|,]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '') + '\n```' },
      filterText: t.keyword,
      sortText: `0_${t.keyword}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: TextEdit.replace(replace, t.snippet),
    });
  }
  items.push({
    label: 'include',
    kind: CompletionItemKind.Keyword,
    detail: 'include PATTERN',
    documentation: { kind: MarkupKind.Markdown, value: msg().includeDescription() },
    sortText: '4_include',
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: TextEdit.replace(replace, 'include ${1:conf.d/*.conf}'),
  });
  return items;
}

function valueItem(label: string, replace: ReturnType<typeof range>, kind: CompletionItemKind, detail?: string, doc?: string, sort?: string): CompletionItem {
  return {
    label,
    kind,
    detail,
    documentation: doc ? { kind: MarkupKind.Markdown, value: doc } : undefined,
    sortText: sort,
    textEdit: TextEdit.replace(replace, label),
  };
}

/** Values after a keyword; `args` are the complete words already typed after it. */
function argumentItems(analysis: Analysis, kw: KeywordSchema, args: LineWord[], replace: ReturnType<typeof range>): CompletionItem[] {
  const index = args.length;
  const prev = args[args.length - 1]?.text;
  if (kw.kind === 'block') {
    // virtual_server fwmark N | group NAME | IP PORT
    if (kw.name === 'virtual_server') {
      if (index === 0) return ['group', 'fwmark'].map((w) => valueItem(w, replace, CompletionItemKind.Keyword, `virtual_server ${w} ${w === 'group' ? 'NAME' : 'N'}`));
      if (index === 1 && prev === 'group') return objectItems(analysis, 'virtual_server_group', replace);
    }
    return [];
  }
  if (kw.type === 'reference' && kw.references && index === 0) return objectItems(analysis, kw.references as ObjectKind, replace);
  if (kw.type === 'ifname' && index === 0) return interfaceItems(analysis, replace);
  if ((kw.type === 'enum' || kw.type === 'bool') && kw.enum?.length) {
    if (index === 0) {
      return kw.enum.map((v) => valueItem(v, replace, CompletionItemKind.EnumMember, kw.syntax, undefined, kw.type === 'bool' ? (v === 'true' || v === 'false' ? `0_${v}` : `1_${v}`) : undefined));
    }
    // lb_kind TUN [type ipip|gue|gre] [port N] [nocsum|csum|remcsum]
    const tunnel = kw.tunnel_options as { type?: string[]; checksum?: string[] } | undefined;
    if (tunnel && args[0]?.text === 'TUN') {
      if (prev === 'type') return (tunnel.type ?? []).map((v) => valueItem(v, replace, CompletionItemKind.EnumMember, 'tunnel type'));
      if (prev === 'port') return [];
      const used = new Set(args.map((a) => a.text));
      return ['type', 'port', ...(tunnel.checksum ?? [])].filter((w) => !used.has(w)).map((w) => valueItem(w, replace, CompletionItemKind.Keyword, 'tunnel option'));
    }
    return [];
  }
  if (kw.type === 'options') {
    if (Array.isArray(kw.options)) return (kw.options as string[]).map((v) => valueItem(v, replace, CompletionItemKind.EnumMember, kw.syntax));
    if (kw.options && typeof kw.options === 'object') {
      const opts = kw.options as Record<string, { type?: string }>;
      // After an option word that takes a value, the value comes next.
      if (prev && opts[prev] && opts[prev].type !== 'flag') return [];
      const used = new Set(args.map((a) => a.text));
      return Object.keys(opts).filter((o) => o === o.toLowerCase() && !used.has(o)).map((o) => valueItem(o, replace, CompletionItemKind.Keyword, kw.syntax));
    }
  }
  return [];
}

/** Entries of a value block: names of defined objects, then per-entry options. */
function itemCompletions(analysis: Analysis, ctx: PositionContext, block: Statement, replace: ReturnType<typeof range>): CompletionItem[] {
  const item = block.schema?.item;
  if (!item) return [];
  const words = ctx.wordsBefore;
  const prev = words[words.length - 1]?.text;
  const refKind = item.references ? ITEM_REFERENCES[item.references] : undefined;
  if (refKind) {
    if (!words.length) {
      const listed = new Set(block.items.map((i) => i.tokens[0]?.text).filter((t) => t !== ctx.current.text));
      // keepalived looks up tracked objects when it reads the track list: later ones are not found.
      const before = block.keyword.text.startsWith('track_') ? block.order : undefined;
      const all = refKind === 'interface' ? interfaceItems(analysis, replace) : objectItems(analysis, refKind, replace, before);
      return all.filter((i) => !listed.has(i.label));
    }
    if (block.keyword.text === 'group') return refKind === 'vrrp_instance' ? objectItems(analysis, 'vrrp_instance', replace) : [];
    if (words.length === 1) return [valueItem('weight', replace, CompletionItemKind.Keyword, item.syntax)];
    if (words.length === 3 && words[1].text === 'weight') {
      return (/reverse\|noreverse/.test(item.syntax ?? '') ? ['reverse', 'noreverse'] : ['reverse']).map((w) => valueItem(w, replace, CompletionItemKind.Keyword, item.syntax));
    }
    return [];
  }
  if (item.type === 'ip_address_spec' && Array.isArray(item.options) && words.length >= 1) {
    if (prev === 'dev') return interfaceItems(analysis, replace);
    const valueTaking = new Set<string>();
    const names: string[] = [];
    for (const o of item.options as string[]) {
      const [head, value] = o.split(' ');
      for (const n of head.split('|')) {
        names.push(n);
        if (value && !value.startsWith('(')) valueTaking.add(n);
      }
    }
    if (prev && valueTaking.has(prev)) return [];
    const used = new Set(words.map((w) => w.text));
    return names.filter((n) => !used.has(n)).map((n) => valueItem(n, replace, CompletionItemKind.Keyword, item.syntax));
  }
  return [];
}

/** Names of the defined objects of one kind (deduplicated; ~SEQ may define the same range several times). */
function objectItems(analysis: Analysis, kind: ObjectKind, replace: ReturnType<typeof range>, mustPrecede?: number): CompletionItem[] {
  const seen = new Set<string>();
  const out: CompletionItem[] = [];
  for (const o of analysis.model.ofKind(kind)) {
    if (seen.has(o.name)) continue;
    seen.add(o.name);
    const where = `${path.basename(o.statement.file)}:${o.nameToken.range.start.line + 1}`;
    const late = mustPrecede !== undefined && o.statement.order > mustPrecede;
    const detail = late ? msg().definedLaterNotFound(kind, where) : msg().definedAt(kind, where);
    out.push(valueItem(o.name, replace, CompletionItemKind.Reference, detail, undefined, `${late ? 1 : 0}_${o.name}`));
  }
  return out;
}

/** Interface names the configuration already uses (the config is for another host, so the local ones do not matter). */
function interfaceItems(analysis: Analysis, replace: ReturnType<typeof range>): CompletionItem[] {
  const names = new Set<string>();
  walk(analysis.doc.statements, (s) => {
    if (s.status !== 'known') return;
    if (s.schema?.type === 'ifname' && s.args[0]) names.add(s.args[0].text);
    if (s.schema?.item?.references === 'interface') for (const i of s.items) if (i.tokens[0]) names.add(i.tokens[0].text);
    for (const i of s.items) {
      const d = i.tokens.findIndex((t) => t.text === 'dev');
      if (d >= 0 && i.tokens[d + 1]) names.add(i.tokens[d + 1].text);
    }
  });
  return [...names].sort().map((n) => valueItem(n, replace, CompletionItemKind.Value, 'interface used elsewhere in this configuration'));
}

function definitionItems(analysis: Analysis, ctx: PositionContext, replace: ReturnType<typeof range>): CompletionItem[] {
  const braced = ctx.current.text.startsWith('${');
  const seen = new Map<string, string>();
  for (const d of analysis.doc.read.definitions) seen.set(d.name, d.value);
  const out: CompletionItem[] = [];
  for (const [name, value] of seen) {
    out.push({ ...valueItem(braced ? `\${${name}}` : `$${name}`, replace, CompletionItemKind.Variable, value.split('\n')[0]), filterText: braced ? `\${${name}` : `$${name}` });
  }
  const builtins: [string, string][] = [
    ['_PWD', 'directory of the file being read'],
    ['_INSTANCE', msg().configIdDetail(analysis.options.configId)],
    ['_HASH', msg().literalHash()],
    ['_BANG', msg().literalBang()],
    ['_ENV', msg().envVariableCompletion()],
    ['_RANDOM', msg().randomNumberCompletion()],
  ];
  for (const [name, detail] of builtins) {
    if (seen.has(name)) continue;
    out.push({ ...valueItem(`\${${name}}`, replace, CompletionItemKind.Constant, detail, undefined, `9_${name}`), filterText: braced ? `\${${name}` : `$${name}` });
  }
  return out;
}

/** Files and folders next to the typed part of an include pattern. */
function includePathItems(analysis: Analysis, ctx: PositionContext, file: string, replace: ReturnType<typeof range>): CompletionItem[] {
  const typed = ctx.current.text;
  const dirPart = typed.includes('/') ? typed.slice(0, typed.lastIndexOf('/') + 1) : '';
  if (/[*?[{]/.test(dirPart)) return [];
  const dir = path.isAbsolute(dirPart) ? dirPart : path.join(path.dirname(file), dirPart);
  const fsys = analysis.options.fs;
  const out: CompletionItem[] = [];
  for (const name of fsys.readDir(dir)) {
    if (name.startsWith('.')) continue;
    const st = fsys.stat(path.join(dir, name));
    if (!st) continue;
    if (st.isDirectory) out.push(valueItem(dirPart + name + '/', replace, CompletionItemKind.Folder));
    else if (st.isFile && !st.executable && path.join(dir, name) !== file) out.push(valueItem(dirPart + name, replace, CompletionItemKind.File));
  }
  return out;
}
