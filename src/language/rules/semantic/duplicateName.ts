// Two definitions with the same name (or the same virtual/real server address). What keepalived does
// depends on the kind: some are skipped with an error, others are accepted silently and only the
// first is ever found by name.
import { Statement } from '../../ast';
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { headerRange, isKnown, kids, roots } from './facts';
import { msg } from '../../i18n';

interface Kind {
  keyword: string;
  /** keepalived's words, or undefined when it accepts the duplicate silently. */
  said?: (name: string) => string;
  effect: string;
}

const KINDS: Kind[] = [
  { keyword: 'vrrp_instance', said: (n) => `vrrp instance ${n} already defined`, get effect() { return msg().duplicateVrrpInstanceSkipped(); } },
  { keyword: 'vrrp_sync_group', said: (n) => `vrrp sync group ${n} already defined`, get effect() { return msg().duplicateSyncGroupSkipped(); } },
  { keyword: 'track_group', said: (n) => `track_group ${n} already defined`, get effect() { return msg().duplicateTrackGroupSkipped(); } },
  { keyword: 'bfd_instance', said: (n) => `Configuration error: BFD instance ${n} already configured - ignoring`, get effect() { return msg().duplicateBfdInstanceIgnored(); } },
  { keyword: 'vrrp_script', get effect() { return msg().duplicateTrackScriptNeverRun(); } },
  { keyword: 'vrrp_track_process', get effect() { return msg().duplicateTrackProcessNeverUsed(); } },
  { keyword: 'track_file', get effect() { return msg().duplicateNeverUsed(); } },
  { keyword: 'virtual_server_group', get effect() { return msg().duplicateVsGroupNeverUsed(); } },
];

export const duplicateName: Rule = {
  code: 'duplicate-name',
  severity: 'error',
  title: 'Two definitions with the same name, the same virtual server twice, or the same real server twice in a virtual server.',
  example: 'vrrp_instance VI_1 {\n  ...\n}\nvrrp_instance VI_1 {\n  ...\n}',
  check(ctx) {
    for (const kind of KINDS) {
      const first = new Map<string, Statement>();
      const blocks = [...roots(ctx.doc, kind.keyword), ...(kind.keyword === 'track_file' ? roots(ctx.doc, 'vrrp_track_file') : [])].sort((a, b) => a.order - b.order);
      for (const s of blocks) {
        const name = s.args[0]?.text;
        // Blocks keepalived rejects for their name words are another rule's business.
        if (!name || ((kind.keyword === 'vrrp_instance' || kind.keyword === 'vrrp_sync_group' || kind.keyword === 'track_group') && s.args.length !== 1)) continue;
        const prev = first.get(name);
        if (!prev) {
          first.set(name, s);
          continue;
        }
        const label = kind.keyword === 'vrrp_track_file' ? 'track_file' : kind.keyword;
        ctx.report({
          message: msg().nameAlreadyDefined(label, name, prev.keyword.range.start.line + 1, kind.effect, kind.said ? msg().duplicateReportedAs(kind.said(name)) : msg().duplicateWithoutMessage()),
          severity: kind.said ? undefined : 'warning',
          file: s.file,
          range: s.args[0].range,
          related: [{ file: prev.file, range: headerRange(prev), message: msg().firstDefinition() }],
          data: { rename: uniqueName(name, new Set(blocks.map((b) => b.args[0]?.text))) },
        });
      }
    }
    checkVirtualServers(ctx);
  },
  fixes(diag, ctx) {
    const rename = diag.data?.rename as string | undefined;
    if (rename) return [{ title: msg().renameTo(rename), isPreferred: false, edits: [{ file: diag.file, range: diag.range, newText: rename }] }];
    const order = diag.data?.removeOrder as number | undefined;
    if (order === undefined) return [];
    let target: Statement | undefined;
    for (const vs of roots(ctx.doc, 'virtual_server')) target ??= kids(vs, 'real_server').find((r) => r.order === order);
    const edit = target && deleteStatement(target, ctx.files);
    return edit ? [{ title: msg().removeDuplicateRealServer(), isPreferred: true, edits: [edit] }] : [];
  },
};

function uniqueName(name: string, taken: Set<string | undefined>): string {
  let i = 2;
  while (taken.has(`${name}_${i}`)) i++;
  return `${name}_${i}`;
}

/** keepalived's way of printing a virtual server: [ADDR]:proto:PORT, FWM N, or the group name. */
export function formatVs(vs: Statement): string {
  const [a, b] = vs.args.map((t) => t.text);
  const proto = (kids(vs, 'protocol')[0]?.args[0]?.text ?? 'none').toLowerCase();
  if (a === 'fwmark') return `FWM ${b}`;
  if (a === 'group') return b ?? '';
  return `[${a}]:${proto}:${b ?? 0}`;
}

interface VsKeys {
  /** Address, port and protocol: two blocks with the same key are the same IPVS service. */
  key: string;
  /** Each real_server listed again in the block, with the first one. */
  repeated: [Statement, Statement][];
}

/**
 * Per virtual_server block: it depends on nothing else, and a block that an edit did not touch keeps
 * its Statement (incremental re-analysis). Messages are made when reporting (they name lines).
 */
const vsKeys = new WeakMap<Statement, VsKeys>();

function keysOf(vs: Statement): VsKeys {
  let k = vsKeys.get(vs);
  if (k) return k;
  const key = `${vs.args.slice(0, 2).map((t) => t.text.toLowerCase()).join(' ')} ${(kids(vs, 'protocol').pop()?.args[0]?.text ?? '').toUpperCase()}`;
  const repeated: [Statement, Statement][] = [];
  const rs = new Map<string, Statement>();
  for (const r of kids(vs, 'real_server')) {
    if (!r.args[0] || !isKnown(r)) continue;
    const rkey = `${r.args[0].text.toLowerCase()} ${r.args[1]?.text ?? ''}`;
    const first = rs.get(rkey);
    if (first) repeated.push([r, first]);
    else rs.set(rkey, r);
  }
  vsKeys.set(vs, (k = { key, repeated }));
  return k;
}

function checkVirtualServers(ctx: Parameters<NonNullable<Rule['check']>>[0]): void {
  const seen = new Map<string, Statement>();
  for (const vs of roots(ctx.doc, 'virtual_server')) {
    if (!vs.args[0]) continue;
    const { key, repeated } = keysOf(vs);
    const prev = seen.get(key);
    if (prev) {
      ctx.report({
        message: msg().duplicateVirtualServer(vs.args.slice(0, 2).map((t) => t.text).join(' '), prev.keyword.range.start.line + 1),
        severity: 'warning',
        file: vs.file,
        range: headerRange(vs),
        related: [{ file: prev.file, range: headerRange(prev), message: msg().firstVirtualServerDefinition() }],
      });
    } else seen.set(key, vs);
    for (const [r, first] of repeated) {
      const proto = formatVs(vs).split(':')[1] ?? 'none';
      ctx.report({
        message: msg().duplicateRealServer(r.args.slice(0, 2).map((t) => t.text).join(' '), first.keyword.range.start.line + 1, formatVs(vs), r.args[0].text, proto, r.args[1]?.text ?? 0),
        file: r.file,
        range: headerRange(r),
        related: [{ file: first.file, range: headerRange(first), message: msg().realServerFirstListed() }],
        data: { removeOrder: r.order },
      });
    }
  }
}
