// Notify scripts, quorum scripts, start-up/shut-down scripts and notify FIFOs are set once:
// keepalived keeps the first one of a block and refuses every later one ("already specified").
// Writing two notify_master lines to run two scripts therefore runs only the first.
import { Statement } from '../../ast';
import { statementIndex } from '../../statementIndex';
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { globalSettings, lineOf, roots } from './facts';
import { msg } from '../../i18n';

type Said = (kw: string, owner: string) => string;

const script: Said = (kw) => `${kw} script already specified`;

/** Per block keyword: the settings that can be given once, and keepalived's message (its start) for a second one. */
const ONCE: Record<string, Record<string, Said>> = {
  global_defs: {
    notify_fifo: (kw) => `${kw} already specified`,
    notify_fifo_script: (kw) => `${kw} already specified`,
    vrrp_notify_fifo: (kw) => `${kw} already specified`,
    vrrp_notify_fifo_script: (kw) => `${kw} already specified`,
    lvs_notify_fifo: (kw) => `${kw} already specified`,
    lvs_notify_fifo_script: (kw) => `${kw} already specified`,
    startup_script: () => `startup script already specified`,
    shutdown_script: () => `shutdown script already specified`,
  },
  vrrp_instance: {
    notify_master: (kw, o) => `(${o}) ${script(kw, o)}`,
    notify_backup: (kw, o) => `(${o}) ${script(kw, o)}`,
    notify_fault: (kw, o) => `(${o}) ${script(kw, o)}`,
    notify_stop: (kw, o) => `(${o}) ${script(kw, o)}`,
    notify: (kw, o) => `(${o}) ${script(kw, o)}`,
    notify_master_rx_lower_pri: (kw, o) => `(${o}) ${script(kw, o)}`,
    notify_deleted: (kw, o) => `(${o}) notify_deleted already specified`,
  },
  vrrp_sync_group: {
    notify_master: (kw, o) => `vrrp group ${o}: ${script(kw, o)}`,
    notify_backup: (kw, o) => `vrrp group ${o}: ${script(kw, o)}`,
    notify_fault: (kw, o) => `vrrp group ${o}: ${script(kw, o)}`,
    notify_stop: (kw, o) => `vrrp group ${o}: ${script(kw, o)}`,
    notify: (kw, o) => `vrrp group ${o}: ${script(kw, o)}`,
  },
  // keepalived 2.2 names the owner "(null)" in these messages: only the rest is quoted.
  virtual_server: { quorum_up: script, quorum_down: script },
  real_server: { notify_up: script, notify_down: script },
};

/** Every keyword of ONCE. */
const ANY_ONCE = new Set(Object.values(ONCE).flatMap((m) => Object.keys(m)));

/** Whether keepalived takes this line as setting the script (an empty command or a missing name sets nothing). */
function sets(s: Statement): boolean {
  if (s.keyword.text === 'notify_deleted') return true;
  return s.args.length > 0 && s.args[0].text !== '';
}

export const scriptRepeated: Rule = {
  code: 'script-repeated',
  severity: 'error',
  title: 'A notify / quorum / start-up script or notify FIFO given twice in one block: keepalived runs only the first.',
  example: 'vrrp_instance VI_1 {\n  notify_master /etc/keepalived/master.sh\n  notify_master /etc/keepalived/mail.sh\n}',
  check(ctx) {
    const blocks: { owner: string; settings: Statement[]; said: Record<string, Said> }[] = [];
    // global_defs blocks are merged: a setting in a second global_defs is a repeat too.
    blocks.push({ owner: '', said: ONCE.global_defs, settings: Object.keys(ONCE.global_defs).flatMap((k) => globalSettings(ctx.doc, k)).sort((a, b) => a.order - b.order) });
    // Only blocks holding one of these settings at all: with 20,000 real servers, looking at every
    // block's children cost more than all other checks of the block together.
    const index = statementIndex(ctx.doc);
    const holders = new Set<Statement>();
    for (const kw of ANY_ONCE) for (const s of index.named(kw)) if (s.parent) holders.add(s.parent);
    for (const kw of ['vrrp_instance', 'vrrp_sync_group', 'virtual_server']) {
      for (const b of roots(ctx.doc, kw)) {
        if (holders.has(b)) blocks.push({ owner: b.args[0]?.text ?? '', said: ONCE[kw], settings: b.children });
        if (kw === 'virtual_server') {
          for (const rs of b.children) if (holders.has(rs) && rs.status === 'known' && rs.keyword.text === 'real_server') blocks.push({ owner: '', said: ONCE.real_server, settings: rs.children });
        }
      }
    }
    for (const b of blocks) {
      const first = new Map<string, Statement>();
      for (const s of b.settings) {
        const said = b.said[s.keyword.text];
        if (s.status !== 'known' || !said || !sets(s)) continue;
        const earlier = first.get(s.keyword.text);
        if (!earlier) {
          first.set(s.keyword.text, s);
          continue;
        }
        const what = /fifo$/.test(s.keyword.text) ? 'FIFO' : s.keyword.text === 'notify_deleted' ? 'one' : 'script';
        ctx.report({
          message: msg().scriptKeywordRepeated(s.keyword.text, lineOf(earlier.keyword), what, said(s.keyword.text, b.owner), what === 'script' ? msg().putCommandsInOneScript() : ''),
          file: s.file,
          range: s.range,
          related: [{ file: earlier.file, range: earlier.range, message: msg().scriptKeywordUsed(s.keyword.text) }],
          data: { order: s.order },
        });
      }
    }
  },
  fixes(diag, ctx) {
    const s = statementIndex(ctx.doc).known.find((x) => x.order === diag.data?.order);
    const del = s && deleteStatement(s, ctx.files);
    return del ? [{ title: msg().removeSecondScriptKeyword(s!.keyword.text), isPreferred: false, edits: [del] }] : [];
  },
};
