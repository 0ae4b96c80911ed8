// Every place keepalived runs a program, grouped the way its security check groups them.
import { ConfigDocument, Statement } from '../../ast';
import { isKnown, kids, roots, statementsNamed } from './facts';

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
  const add = (s: Statement, group: ScriptGroup, hasOwnUser: boolean) => {
    if (s.args[0]?.text) out.push({ stmt: s, group, command: s.args[0].text, hasOwnUser });
  };
  for (const g of roots(doc, 'global_defs')) {
    for (const c of g.children) if (isScriptKeyword(c) && GLOBAL_SCRIPTS[c.keyword.text]) add(c, GLOBAL_SCRIPTS[c.keyword.text], c.args.length > 1);
  }
  if (hasInstances) {
    for (const vs of roots(doc, 'vrrp_script')) for (const c of kids(vs, 'script')) add(c, 'vrrp', kids(vs, 'user').length > 0);
    for (const b of [...roots(doc, 'vrrp_instance'), ...roots(doc, 'vrrp_sync_group')]) {
      for (const c of b.children) if (isScriptKeyword(c)) add(c, 'vrrp', c.args.length > 1);
    }
  }
  if (hasServers) {
    for (const m of statementsNamed(doc, 'misc_path', 'MISC_CHECK')) add(m, 'checker', m.parent ? kids(m.parent, 'user').length > 0 : false);
    for (const vs of roots(doc, 'virtual_server')) {
      for (const c of vs.children) if (isScriptKeyword(c)) add(c, 'checker', c.args.length > 1);
      for (const rs of kids(vs, 'real_server')) for (const c of rs.children) if (isScriptKeyword(c)) add(c, 'checker', c.args.length > 1);
    }
  }
  return out.sort((a, b) => a.stmt.order - b.stmt.order);
}

/** The program word of a command line ("systemctl status nginx" -> "systemctl"). */
export function programOf(command: string): string {
  return command.trim().split(/[ \t]+/)[0] ?? '';
}
