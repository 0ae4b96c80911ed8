// Every place keepalived runs a program, grouped the way its security check groups them.
import { ConfigDocument, Statement } from '../../ast';
import { statementIndex } from '../../statementIndex';
import { isKnown, kids, roots } from './facts';

/** Which process checks the script (each prints its own SECURITY VIOLATION line). */
export type ScriptGroup = 'vrrp' | 'checker' | 'startup';

export interface ScriptUse {
  stmt: Statement;
  group: ScriptGroup;
  /** The command line keepalived runs (the first script word, unquoted). */
  command: string;
  /** Whether a user for this script is given right there (notify USER, vrrp_script/MISC_CHECK `user`). */
  hasOwnUser: boolean;
}

const GLOBAL_SCRIPTS: Record<string, ScriptGroup> = {
  startup_script: 'startup',
  shutdown_script: 'startup',
  notify_fifo_script: 'vrrp',
  vrrp_notify_fifo_script: 'vrrp',
  lvs_notify_fifo_script: 'checker',
};

function isScriptKeyword(s: Statement): boolean {
  const t = s.schema?.type;
  return isKnown(s) && (t === 'script' || (t === 'command' && s.keyword.text !== 'process'));
}

/**
 * Script statements in reading order. With `asChecked`, only those keepalived's security check looks at:
 * VRRP scripts only when there is a vrrp_instance, checker scripts only with a virtual_server.
 */
const cache = new WeakMap<ConfigDocument, Map<boolean, ScriptUse[]>>();

export function scriptUses(doc: ConfigDocument, asChecked = false): ScriptUse[] {
  const hit = cache.get(doc)?.get(asChecked);
  if (hit) return hit;
  const result = collect(doc, asChecked);
  if (!cache.has(doc)) cache.set(doc, new Map());
  cache.get(doc)!.set(asChecked, result);
  return result;
}

function collect(doc: ConfigDocument, asChecked: boolean): ScriptUse[] {
  const out: ScriptUse[] = [];
  const hasInstances = !asChecked || roots(doc, 'vrrp_instance').length > 0;
  const hasServers = !asChecked || roots(doc, 'virtual_server').length > 0;
  for (const root of doc.statements) {
    if (!isKnown(root)) continue;
    for (const u of usesIn(root)) if (u.group === 'startup' || u.fromGlobal || (u.group === 'vrrp' ? hasInstances : hasServers)) out.push(u);
  }
  // MISC_CHECK scripts, wherever they are (the index has them: no need to look through every block).
  if (hasServers) {
    for (const m of statementIndex(doc).named('misc_path')) {
      if (m.parent?.keyword.text === 'MISC_CHECK' && m.args[0]?.text) out.push({ stmt: m, group: 'checker', command: m.args[0].text, hasOwnUser: kids(m.parent, 'user').length > 0 });
    }
  }
  return out.sort((a, b) => a.stmt.order - b.stmt.order);
}

/** A script use and whether global_defs names it (those are checked whatever else the file has). */
type RootUse = ScriptUse & { fromGlobal?: boolean };

/**
 * The scripts of one top-level block. They depend on nothing else, and a block that an edit did
 * not touch keeps its Statement (incremental re-analysis), so they are kept per block.
 */
const perRoot = new WeakMap<Statement, RootUse[]>();

function usesIn(root: Statement): RootUse[] {
  let uses = perRoot.get(root);
  if (uses) return uses;
  uses = [];
  const list = uses;
  const add = (s: Statement, group: ScriptGroup, hasOwnUser: boolean, fromGlobal = false) => {
    if (s.args[0]?.text) list.push({ stmt: s, group, command: s.args[0].text, hasOwnUser, ...(fromGlobal ? { fromGlobal } : {}) });
  };
  const name = root.keyword.text;
  if (name === 'global_defs') {
    for (const c of root.children) if (isScriptKeyword(c) && GLOBAL_SCRIPTS[c.keyword.text]) add(c, GLOBAL_SCRIPTS[c.keyword.text], c.args.length > 1, true);
  }
  if (name === 'vrrp_script') for (const c of kids(root, 'script')) add(c, 'vrrp', kids(root, 'user').length > 0);
  if (name === 'vrrp_instance' || name === 'vrrp_sync_group') {
    for (const c of root.children) if (isScriptKeyword(c)) add(c, 'vrrp', c.args.length > 1);
  }
  if (name === 'virtual_server') {
    for (const c of root.children) if (isScriptKeyword(c)) add(c, 'checker', c.args.length > 1);
    for (const rs of kids(root, 'real_server')) for (const c of rs.children) if (isScriptKeyword(c)) add(c, 'checker', c.args.length > 1);
  }
  perRoot.set(root, uses);
  return uses;
}

/** The program word of a command line ("systemctl status nginx" -> "systemctl"). */
export function programOf(command: string): string {
  return command.trim().split(/[ \t]+/)[0] ?? '';
}
