// Matches keepalived's findings (from keepalivedOracle) against our analysis of the same file.
//
// A finding with a line must be matched by one of our diagnostics that starts or ends on that
// line of that file (keepalived's line numbers are mapped to real lines first: see
// keepalivedLineNumbers). A finding without a line (checks keepalived does after parsing) is
// matched through POST_PARSE: message pattern -> our rule codes, restricted to the block the
// message names when it names one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis, KaDiagnostic, Range, Statement } from '../../src/language';
import { OracleFinding, OracleResult, findingFile, keepalivedLineNumbers } from './keepalivedOracle';

export type BlockRef = { kind: 'vrrp_instance' | 'vrrp_script' | 'vrrp_sync_group' | 'virtual_server'; name: string };

export interface PostParseRule {
  pattern: RegExp;
  /** Our codes that stand for this finding. */
  codes: string[];
  /** The block the message names, from the pattern's match; our diagnostic must lie inside it. */
  block?: (m: RegExpExecArray) => BlockRef | undefined;
  /**
   * A summary of line findings (e.g. "Non-existent interface ..."): also matched when a line finding
   * whose message matches this pattern was matched.
   */
  impliedBy?: RegExp;
}

const inst = (m: RegExpExecArray): BlockRef => ({ kind: 'vrrp_instance', name: m[1] });
const vs = (m: RegExpExecArray): BlockRef => ({ kind: 'virtual_server', name: m[1] });

/** keepalived's messages without a line number, and which of our codes report the same problem. */
export const POST_PARSE: PostParseRule[] = [
  { pattern: /^\(([^)]+)\):? the virtual router id must be set$/, codes: ['vrid-required'], block: inst },
  { pattern: /^\(([^)]+)\):? Unknown interface!$/, codes: ['vrrp-interface-required'], block: inst },
  { pattern: /^\(([^)]+)\):? No VIP specified; at least one is (sensible|required)$/, codes: ['vrrp-no-vip'], block: inst },
  { pattern: /^\(([^)]+)\):? Strict mode does not support authentication/, codes: ['strict-mode-conflict', 'vrrp-auth-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? State MASTER must match being address owner/, codes: ['strict-mode-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? Unicast peers are not supported in strict mode/, codes: ['strict-mode-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? warning - accept mode for VRRP version 2 does not comply with RFC3768/, codes: ['strict-mode-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? VRRP version 3 does not support authentication/, codes: ['vrrp-auth-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? Initial state master is incompatible with AH authentication/, codes: ['vrrp-auth-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? Authentication specified but no password given/, codes: ['vrrp-auth-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? nopreempt is incompatible with priority/, codes: ['preempt-ignored'], block: inst },
  { pattern: /^\(([^)]+)\):? Warning - nopreempt will not work with initial state MASTER/, codes: ['preempt-ignored'], block: inst },
  { pattern: /^\(([^)]+)\):? cannot use IPv6 with VRRP version 2/, codes: ['vrrp-family-mismatch'], block: inst },
  { pattern: /^\(([^)]+)\):? A unicast keyword has been specified without any unicast peers/, codes: ['unicast-without-peers'], block: inst },
  { pattern: /^\(([^)]+)\):? duplicate VRID conflict with/, codes: ['duplicate-vrid'], block: inst },
  { pattern: /^(\S+) and \S+ both use VRID \d+/, codes: ['duplicate-vrid'], block: inst },
  { pattern: /^\(([^)]+)\):? preempt_delay is incompatible with (strict|nopreempt) mode/, codes: ['preempt-ignored', 'strict-mode-conflict'], block: inst },
  { pattern: /^\(([^)]+)\):? Strict mode requires no repeat garps/, codes: ['strict-mode-conflict'], block: inst },
  { pattern: /^Warning - script (\S+) is not used$/, codes: ['vrrp-script-unused'], block: (m) => ({ kind: 'vrrp_script', name: m[1] }) },
  { pattern: /^Sync group (\S+) has no members/, codes: ['sync-group-empty'], block: (m) => ({ kind: 'vrrp_sync_group', name: m[1] }) },
  { pattern: /^Sync group (\S+) has no virtual router\(s\)/, codes: ['sync-group-empty', 'sync-group-members'], block: (m) => ({ kind: 'vrrp_sync_group', name: m[1] }) },
  { pattern: /^Virtual router \S+ cannot exist in more than one sync group; ignoring (\S+)/, codes: ['sync-group-members'], block: (m) => ({ kind: 'vrrp_sync_group', name: m[1] }) },
  { pattern: /^Sync group (\S+), no matching virtual router found in group declaration/, codes: ['sync-group-members', 'sync-group-empty'], block: (m) => ({ kind: 'vrrp_sync_group', name: m[1] }) },
  { pattern: /^Virtual router (\S+) specified in sync group (\S+) doesn't exist/, codes: ['undefined-reference', 'sync-group-members'], block: (m) => ({ kind: 'vrrp_sync_group', name: m[2] }) },
  { pattern: /^Virtual server (.+): no scheduler set/, codes: ['vs-no-scheduler'], block: vs },
  { pattern: /^Virtual server (.+): no forwarding method set/, codes: ['vs-no-lb-kind'], block: vs },
  { pattern: /^Virtual server (.+): no protocol set/, codes: ['vs-no-protocol'], block: vs },
  { pattern: /^Warning: Virtual server (.+): protocol specified for fwmark/, codes: ['vs-fwmark-protocol'], block: vs },
  { pattern: /^Virtual server (.+) has no real servers/, codes: ['vs-no-real-servers'], block: vs },
  { pattern: /^Warning - quorum \d+ for (.+) exceeds total weight/, codes: ['vs-quorum'], block: vs },
  { pattern: /^VS (.+): real server .* is duplicated/, codes: ['duplicate-name'], block: vs },
  // Host-dependent (the command is looked up on this host); ours can only say it is not an absolute path.
  { pattern: /^Disabling track script (\S+) since not found\/accessible/, codes: ['script-relative-path', 'script-unquoted-arguments'], block: (m) => ({ kind: 'vrrp_script', name: m[1] }) },
  { pattern: /^SECURITY VIOLATION - (check |start\/shutdown )?scripts are being executed but script_security not enabled/, codes: ['script-security'] },
  { pattern: /^There are \d+ missing '}'s or extra '{'s$/, codes: ['missing-close-brace'] },
  // keepalived 2.2 prints a piece of a long line 1 under "Line 0", i.e. without a prefix.
  { pattern: /^Unknown keyword '.*'$/, codes: ['unknown-keyword', 'line-too-long', 'byte-order-mark', 'nul-byte'] },
  {
    pattern: /^Non-existent interface specified in configuration$/,
    codes: ['invalid-interface-name', 'semicolon-in-value', 'trailing-backslash'],
    impliedBy: /interface .* doesn't exist|tracked interface .* doesn't exist/,
  },
];

/** Why our extra findings (where keepalived -t says nothing) are still right to report. */
export const EXTRA_REASONS: Record<string, string> = {
  'extra-arguments': 'keepalived ignores surplus words silently (priority 100 / 50 becomes 100 without a message)',
  'auth-pass-truncated': 'reported by keepalived only on the instance it parses; shown here too where the config repeats it',
  'script-relative-path': 'keepalived runs the command through PATH lookup without saying so; a relative program breaks when PATH differs',
  'script-unquoted-arguments': "keepalived reads only the first word as the command and takes the next as a user name; the failure is only logged (invisible to -t)",
  'script-user-missing': 'the missing keepalived_script account is only logged when a script runs, not reported by -t',
  'script-security': 'keepalived reports it only when the script file exists on the host running -t',
  'vrrp-script-unused': 'keepalived logs an unused vrrp_script only at start-up (log_message, invisible to -t)',
  'vs-no-scheduler': 'keepalived reports the default scheduler only for the services it keeps',
  'missing-open-brace': "a list keyword without '{' is only logged by keepalived (\"'{' missing from beginning of block\"), not shown by -t",
  'unexpected-open-brace': 'reported where keepalived reads a stray brace as a list entry (it then complains about the entry instead, or not at all)',
  'block-closed-early': "keepalived says nothing at the '}' that closes the enclosing block too early; we point at it so the cascade that follows has a cause",
  'stray-close-brace': "keepalived reports it as \"Unknown keyword '}'\" only in the pass that owns the block; other passes skip it",
  'trailing-backslash': "keepalived keeps the '\\' in the word silently; the consequence (a wrong value) is often unreported",
  'keyword-too-new': 'the keyword exists in 2.4; on 2.2 keepalived reports it as unknown, which is a line finding we match anyway',
  'definition-parameters': 'keepalived 2.2 leaves a bad ${_ENV}/${_RANDOM} untouched without a message',
  'include-no-match': 'a plain include that matches nothing is silent in keepalived; it is still almost always a mistake',
  'include-cycle': 'keepalived reports only the innermost include that fails ("Too many open files"); we mark every include of the loop',
  'include-missing': 'keepalived reports a missing include once, in the parent pass; included files of included files are named differently',
  'misread-by-other-process': 'what the other keepalived processes report; shown once per line although keepalived prints it once per process',
  'line-too-long': 'keepalived 2.2 cuts long lines silently; only the consequences show up in its output',
  'unterminated-quote': 'keepalived reports it only for lines that a pass reads (not inside blocks it skips)',
  'unknown-keyword': 'keepalived does not report unknown keywords inside blocks skipped after a fatal error or a rejected block',
  'false-still-enables': 'keepalived accepts any boolean word there and switches the option on silently',
  'value-too-long': 'keepalived truncates silently for these keywords',
  'vip-duplicate': 'only keepalived 2.4 reports duplicate VIPs; 2.2 keeps both silently',
  'state-repeated': 'keepalived silently keeps the first MASTER / last state',
  'reference-before-definition': 'keepalived reports it under the referencing line; shown where keepalived is silent because the reference is skipped',
  'route-not-tracked': 'keepalived 2.2 reports this only for routes it keeps',
  'invalid-interface-name': 'keepalived reports the missing interface on the line; names that cannot exist are flagged wherever they appear',
  'deprecated-keyword': 'keepalived accepts most old keyword names without a word under -t (some only log it)',
  'strict-mode-conflict': 'keepalived reports one strict-mode conflict per instance (or only logs it); we mark every setting strict mode changes',
  'preempt-ignored': 'keepalived reports only the first reason it clears nopreempt / preempt_delay',
  'nul-byte': 'keepalived 2.2 cuts the line at the NUL silently (and miscounts the following lines)',
  'vrid-required': 'keepalived stops checking an instance at its first fatal problem after parsing; we report each missing part',
  'vrrp-interface-required': 'keepalived stops checking an instance at its first fatal problem after parsing; we report each missing part',
  'vrrp-no-vip': 'keepalived stops checking an instance at its first fatal problem after parsing; we report each missing part',
  'duplicate-vrid': 'keepalived names a conflicting pair once; we mark both instances',
  'unsubstituted-definition': 'keepalived leaves $NAME as text silently; the wrong value shows up only when it is checked',
  'undefined-definition': 'keepalived leaves an undefined $NAME as text silently; the wrong value shows up only when it is checked',
  'escaped-comment-char': 'keepalived cuts the line silently in its VRRP/checker processes; only the consequences may show up',
};

export interface FindingMatch {
  finding: OracleFinding;
  /** Absolute file the finding is about (line findings only). */
  file?: string;
  /** Physical 0-based lines keepalived's number can mean. */
  lines?: number[];
  by?: KaDiagnostic;
}

export interface FileParity {
  findings: FindingMatch[];
  missed: FindingMatch[];
  /** Our diagnostics on lines keepalived said nothing about (and not used for a post-parse match). */
  extras: KaDiagnostic[];
  /** Our errors for a file keepalived accepts without any output. */
  falseErrors: KaDiagnostic[];
}

/**
 * Errors that exist to catch what keepalived accepts without a word: the mission of this
 * product (issue #2: `priority 100 / 50` must be an error). On a file keepalived accepts silently
 * these are the only errors allowed; the parity table lists them as our additions with a reason.
 */
export const SILENT_ACCEPTANCE_ERRORS: ReadonlySet<string> = new Set(['extra-arguments', 'script-unquoted-arguments']);

export function compare(oracle: OracleResult, analysis: Analysis): FileParity {
  const ours = analysis.diagnostics;
  const known = [...analysis.doc.read.files.keys()];
  const lineMaps = new Map<string, Map<number, number[]>>();
  const numbering = (file: string, view: 'parent' | 'child'): Map<number, number[]> => {
    const key = `${view}\0${file}`;
    if (!lineMaps.has(key)) {
      let map = new Map<number, number[]>();
      try {
        map = keepalivedLineNumbers(fs.readFileSync(file), view);
      } catch {
        // not readable: fall back to the plain number
      }
      lineMaps.set(key, map);
    }
    return lineMaps.get(key)!;
  };
  // `(Line N)` is the parent reading the -f file; `(/abs/file: Line N)` a child pass on the same file;
  // an included file is printed the same way by both, so either numbering may apply.
  const linesFor = (f: OracleFinding, file: string): number[] => {
    const k = f.line!;
    const views: ('parent' | 'child')[] = f.file === undefined ? ['parent'] : file === oracle.file ? ['child'] : ['parent', 'child'];
    const lines = new Set<number>();
    for (const v of views) for (const l of numbering(file, v).get(k) ?? [k - 1]) lines.add(l);
    return [...lines];
  };
  const onLine = (d: KaDiagnostic, file: string, lines: number[]) => d.file === file && (lines.includes(d.range.start.line) || lines.includes(d.range.end.line));
  const used = new Set<KaDiagnostic>();
  const findings: FindingMatch[] = [];
  const mentioned: { file: string; lines: number[] }[] = [];
  for (const f of oracle.findings) {
    if (f.line === undefined) continue;
    const marker = markerLine(f, known, analysis);
    const file = marker?.file ?? findingFile(f, oracle.file, known);
    const lines = marker ? [marker.line + f.line] : linesFor(f, file);
    mentioned.push({ file, lines });
    const by = ours.find((d) => onLine(d, file, lines));
    if (by) used.add(by);
    findings.push({ finding: f, file, lines, by });
  }
  for (const f of oracle.findings) {
    if (f.line !== undefined) continue;
    const rule = POST_PARSE.find((r) => r.pattern.test(f.message));
    let by: KaDiagnostic | undefined;
    if (rule) {
      const m = rule.pattern.exec(f.message)!;
      const ref = rule.block?.(m);
      const scope = ref ? blockRanges(analysis, ref) : [];
      by = ours.find((d) => rule.codes.includes(d.code) && (!scope.length || scope.some((s) => s.file === d.file && inside(d.range, s.range))));
      if (!by && rule.impliedBy) {
        const implied = findings.find((x) => x.by && rule.impliedBy!.test(x.finding.message));
        by = implied?.by;
      }
    }
    // Otherwise: a diagnostic of ours that quotes keepalived's message (rules say what keepalived reports).
    by ??= ours.find((d) => quotes(d.message, f.message));
    if (by) used.add(by);
    findings.push({ finding: f, by });
  }
  const extras = ours.filter((d) => !used.has(d) && !mentioned.some((m) => onLine(d, m.file, m.lines)));
  const clean = oracle.exitCode === 0 && oracle.findings.length === 0 && !oracle.inconclusive;
  return {
    findings,
    missed: findings.filter((x) => !x.by),
    extras,
    falseErrors: clean ? ours.filter((d) => d.severity === 'error' && !SILENT_ACCEPTANCE_ERRORS.has(d.code)) : [],
  };
}

/**
 * keepalived 2.2's children read a copy of the file in which a line starting with '\\#' has become
 * '# TEXT', which they take as a file-name mark: their messages then say "(TEXT: Line N)", N
 * counting from that line. Finds such a line for a finding's unknown file name.
 */
function markerLine(f: OracleFinding, known: readonly string[], analysis: Analysis): { file: string; line: number } | undefined {
  if (!f.file || path.isAbsolute(f.file) || known.some((k) => k.endsWith(path.sep + path.normalize(f.file!)))) return undefined;
  for (const file of known) {
    const lines = (analysis.doc.read.files.get(file) ?? '').split('\n');
    const i = lines.findIndex((l) => /^[ \t]*\\[#!]/.test(l) && l.replace(/^[ \t]*\\[#!]/, '').slice(1).replace(/\r$/, '') === f.file);
    if (i >= 0) return { file, line: i };
  }
  return undefined;
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Whether `ours` cites keepalived's message (its first 40 characters suffice; numbers and names are in them). */
export function quotes(ours: string, keepalived: string): boolean {
  const k = squash(keepalived);
  return k.length >= 12 && squash(ours).includes(k.slice(0, 40));
}

function inside(r: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, r.start) && le(r.start, outer.end);
}

/** The ranges of the blocks a message names ("(VI_1)", "Virtual server [10.0.0.1]:tcp:80", ...). */
function blockRanges(analysis: Analysis, ref: BlockRef): Statement[] {
  const roots = analysis.doc.statements.filter((s) => s.keyword.text === ref.kind);
  if (ref.kind !== 'virtual_server') return roots.filter((s) => s.args[0]?.text === ref.name);
  const name = ref.name;
  const fwm = /^FWM (\d+)/.exec(name);
  if (fwm) return roots.filter((s) => s.args[0]?.text === 'fwmark' && s.args[1]?.text === fwm[1]);
  const ipPort = /^\[([^\]]+)\]:(?:\w+:)?(\d+)$/.exec(name);
  if (ipPort) return roots.filter((s) => s.args[0]?.text === ipPort[1] && (s.args[1]?.text ?? '0') === ipPort[2]);
  return roots.filter((s) => s.args[0]?.text === 'group' && s.args[1]?.text === name);
}
