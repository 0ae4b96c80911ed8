// "Check with keepalived on host": the buffer is uploaded to a temporary file on a director,
// that host's own `keepalived -t` checks it, and its findings are mapped onto the buffer's
// lines. The parser and the mapper are pure (unit-tested on keepalived's real output); the
// SSH part only needs something that can upload a file and run a command.
//
// keepalived's habits this copes with (see GRAMMAR.md section 1): each of its processes parses
// the whole file, so one finding may be printed up to four times — by the parent as
// `(Line N) msg`, by the children as `(FILE: Line N) msg`; checks made after parsing print no
// line at all (`(VI_1) the virtual router id must be set`); a missing -f file gives exit 0.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { Lang } from '../language/i18n';
import { remoteCheckTexts } from './remoteCheckTexts';
import { shellQuote } from './shell';
import { ExecOptions, ExecResult } from './ssh/connection';

export type FindingSource = 'parent' | 'child' | 'post-parse';

/** One finding as keepalived printed it. */
export interface KeepalivedFinding {
  /** 1-based line, when keepalived printed one. */
  line?: number;
  /** The file named in the prefix (children name the -f file by its full path). */
  file?: string;
  message: string;
  source: FindingSource;
}

/** `(Line N) msg` / `(FILE: Line N) msg`. */
const PREFIX = /^\((?:(.+?): )?Line (\d+)\) ?(.*)$/;
/** What the C library prints when keepalived crashes: not a finding about the config. */
const CRASH_NOISE = /^(free|realloc|malloc|munmap_chunk|double free or corruption|corrupted [a-z ]+)\b.*|^\*\*\* .* \*\*\*: terminated$|^Segmentation fault/;

/**
 * Splits `keepalived -t` output into findings in first-seen order, dropping the repeats of
 * the other processes. `mainFile` is the -f path: the children's `(MAIN: Line N)` and the
 * parent's `(Line N)` are the same finding.
 */
export function parseKeepalivedTest(output: string, mainFile?: string): KeepalivedFinding[] {
  const out: KeepalivedFinding[] = [];
  const seen = new Set<string>();
  for (const raw of output.split('\n')) {
    const text = raw.replace(/\r$/, '');
    if (!text.trim() || CRASH_NOISE.test(text)) continue;
    const m = PREFIX.exec(text);
    const f: KeepalivedFinding = m
      ? { line: Number(m[2]), ...(m[1] !== undefined ? { file: m[1] } : {}), message: m[3].trim(), source: m[1] === undefined ? 'parent' : 'child' }
      : { message: text.trim(), source: 'post-parse' };
    const key = `${f.line ?? ''}\0${isMain(f.file, mainFile) ? '' : f.file}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function isMain(file: string | undefined, mainFile: string | undefined): boolean {
  if (file === undefined) return true;
  if (mainFile === undefined) return false;
  return path.posix.normalize(file) === path.posix.normalize(mainFile) || (!file.includes('/') && file === path.posix.basename(mainFile));
}

/** `Keepalived v2.2.7 (01/16,2022)` → `2.2.7`. */
export function parseKeepalivedVersion(text: string): string | undefined {
  return /Keepalived v(\d+(?:\.\d+)+)/.exec(text)?.[1];
}

export type HostDependence = 'interface' | 'script-user' | 'script-file' | 'track-file' | 'include' | 'system';

/** Findings that say more about the host than about the config, with what to look at there. */
const HOST_DEPENDENT: { kind: HostDependence; re: RegExp }[] = [
  { kind: 'interface', re: /\binterface \S+ .*doesn't exist|tracked interface \S+ doesn't exist|VRF interface \S+ doesn't exist|Non-existent interface specified|Unknown interface!|does not support multicast|default interface must exist/i },
  { kind: 'script-user', re: /Error setting global script uid\/gid|Unable to set default user|Failed to set uid\/gid|Unable to set uid\/gid for script|Script user '.*' does not exist/i },
  { kind: 'script-file', re: /Disabling (track|misc) script \S+ (since not found\/accessible|due to insecure)|Cannot find script|not executable for uid/i },
  { kind: 'track-file', re: /track[ _]file \S+ (not found|is not accessible)|[Tt]rack file directory for \S+ does not exist/i },
  { kind: 'include', re: /Config files missing|No config files matched|Some config files missing|is a directory - skipping/i },
  { kind: 'system', re: /Routing table \S+ not found|VRF \S+ not found|Protocol \S+ not found or invalid|Scope \S+ not found/i },
];

/** The note says what to look at on the host, in lang (default English). */
export function hostDependence(message: string, lang?: Lang): { kind: HostDependence; note: string } | undefined {
  const h = HOST_DEPENDENT.find((x) => x.re.test(message));
  return h ? { kind: h.kind, note: remoteCheckTexts(lang).hostDependent[h.kind] } : undefined;
}

export interface MappedFinding {
  /** 0-based line and character range in the checked text. */
  line: number;
  startCharacter: number;
  endCharacter: number;
  severity: 'error' | 'warning';
  /** keepalived's words (prefixed with the file and line when the finding is in another file). */
  message: string;
  hostDependent?: { kind: HostDependence; note: string };
  /** How the finding found its line: printed by keepalived, the block it names, an include, or the start of the file. */
  attachedBy: 'line' | 'block' | 'include' | 'start';
  finding: KeepalivedFinding;
}

/** Top-level blocks a line-less finding may name, by the form of its words. */
const NAMED_BLOCKS = ['vrrp_instance', 'vrrp_sync_group', 'vrrp_script', 'virtual_server', 'virtual_server_group', 'track_file', 'vrrp_track_file', 'track_process', 'vrrp_track_process', 'garp_group', 'bfd_instance'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line of `KEYWORD NAME` (optionally behind an @id prefix), for any of the keywords. */
function blockLine(lines: string[], keywords: string[], name: string): number | undefined {
  const re = new RegExp(`^\\s*(?:@\\^?\\S+\\s+)?(?:${keywords.map(escapeRe).join('|')})\\s+${escapeRe(name)}(?=\\s|\\{|$)`);
  const i = lines.findIndex((l) => re.test(l));
  return i >= 0 ? i : undefined;
}

/** The block a line-less finding is about, from its wording. */
export function namedBlock(message: string): { keywords: string[]; name: string } | undefined {
  let m = /^\(([^)\s]+)\)/.exec(message);
  if (m) return { keywords: NAMED_BLOCKS, name: m[1] };
  m = /(?:track|vrrp|misc) script (\S+?)(?:[ ,]|$)/i.exec(message) ?? /VRRP_Script\((\S+?)\)/.exec(message);
  if (m) return { keywords: ['vrrp_script'], name: m[1] };
  m = /^Virtual server ([^:]+):/i.exec(message);
  if (m) return { keywords: ['virtual_server'], name: m[1].trim() };
  m = /track[ _]file (\S+)/i.exec(message);
  if (m) return { keywords: ['track_file', 'vrrp_track_file'], name: m[1] };
  return undefined;
}

function severityOf(message: string, host: boolean): 'error' | 'warning' {
  if (host || /^WARNING\b|^SECURITY VIOLATION/.test(message)) return 'warning';
  return 'error';
}

/** The range of a line worth underlining: the word keepalived quotes when it is on the line, else the line's text. */
function lineRange(text: string, message: string): { start: number; end: number } {
  // The word the message is about: quoted ('300', 'bogus'), or the interface/script it names.
  const quoted = [...message.matchAll(/'([^']+)'/g), ...message.matchAll(/\b(?:interface|track script|vrrp script) (\S+?)(?: for | not |\s|$)/g)].map((m) => m[1]);
  for (const q of quoted) {
    const i = text.indexOf(q);
    if (i >= 0) return { start: i, end: i + q.length };
  }
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: text.length };
}

/**
 * Places keepalived's findings on the checked text's lines: printed lines of the main file
 * as they are; findings without a line on the block they name, else on line 1; findings in
 * an included file on the include line. Host-dependent findings are labelled.
 */
export function mapFindings(findings: KeepalivedFinding[], text: string, mainFile?: string, lang?: Lang): MappedFinding[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const includeLine = lines.findIndex((l) => /^\s*(?:@\^?\S+\s+)?include\s/.test(l));
  const out: MappedFinding[] = [];
  const at = (f: KeepalivedFinding, line: number, attachedBy: MappedFinding['attachedBy'], message = f.message): void => {
    const l = Math.max(0, Math.min(line, lines.length - 1));
    const host = hostDependence(f.message, lang);
    const r = attachedBy === 'line' ? lineRange(lines[l] ?? '', f.message) : lineRange(lines[l] ?? '', '');
    out.push({ line: l, startCharacter: r.start, endCharacter: r.end, severity: severityOf(f.message, !!host), message, ...(host ? { hostDependent: host } : {}), attachedBy, finding: f });
  };
  for (const f of findings) {
    if (f.line !== undefined && isMain(f.file, mainFile)) {
      // keepalived reports some end-of-block checks on the closing brace: show them on the block they name.
      const named = /^\s*}\s*$/.test(lines[f.line - 1] ?? '') ? namedBlock(f.message) : undefined;
      const block = named ? blockLine(lines, named.keywords, named.name) : undefined;
      if (block !== undefined) at(f, block, 'block');
      else at(f, f.line - 1, 'line');
    }
    else if (f.line !== undefined) at(f, includeLine >= 0 ? includeLine : 0, includeLine >= 0 ? 'include' : 'start', `${f.file}, line ${f.line}: ${f.message}`);
    else {
      const named = namedBlock(f.message);
      const line = named ? blockLine(lines, named.keywords, named.name) : undefined;
      if (line !== undefined) at(f, line, 'block');
      else if (/Non-existent interface/i.test(f.message) && out.some((x) => x.hostDependent?.kind === 'interface')) {
        // keepalived's summary of the interface warnings above: shown with the first of them.
        at(f, out.find((x) => x.hostDependent?.kind === 'interface')!.line, 'block');
      } else at(f, 0, 'start');
    }
  }
  return out;
}

/** Something that can upload a file and run a command on the host: an SshConnection fits. */
export interface RemoteRunner {
  exec(command: string, opts?: ExecOptions): Promise<ExecResult>;
  upload(remotePath: string, content: string | Buffer, mode?: number): Promise<void>;
}

export interface RemoteCheckResult {
  host: string;
  /** keepalived's version on the host, from `keepalived --version`. */
  version?: string;
  tmpPath: string;
  exitCode: number | null;
  /** Everything `keepalived -t` printed. */
  output: string;
  findings: KeepalivedFinding[];
  mapped: MappedFinding[];
  /** Set when keepalived's silence proves nothing (it did not read the file, or stopped at net_namespace). */
  inconclusive?: string;
  /** False when the temporary file could not be removed. */
  removed: boolean;
  durationMs: number;
}

export class RemoteCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteCheckError';
  }
}

export interface RemoteCheckOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Directory of the temporary file on the host (default /tmp). */
  tmpDir?: string;
  /** Language of our own errors and notes (default English); keepalived's findings stay as printed. */
  lang?: Lang;
}

/** Where the findings come from, as shown next to each: `keepalived -t @ lb1 (v2.2.7)`. */
export function remoteSource(r: Pick<RemoteCheckResult, 'host' | 'version'>): string {
  return `keepalived -t @ ${r.host}${r.version ? ` (v${r.version})` : ''}`;
}

/** A finding's text for the Problems panel: keepalived's words, and the host-dependence label. */
export function findingText(m: MappedFinding): string {
  return m.hostDependent ? `${m.message} (${m.hostDependent.note})` : m.message;
}

/** The exit status keepalived -t uses, in words (GRAMMAR.md section 1). */
export function exitMeaning(code: number | null, lang?: Lang): string {
  const t = remoteCheckTexts(lang).exit;
  switch (code) {
    case 0: case 2: case 4: case 5: case 6: return t[code];
    case null: return t.signal;
    default: return t.other(code);
  }
}

/** Uploads `text` to a temporary file on the host, runs its `keepalived -t` on it, removes the file. */
export async function checkOnHost(runner: RemoteRunner, host: string, text: string, opts: RemoteCheckOptions = {}): Promise<RemoteCheckResult> {
  const started = Date.now();
  const tr = remoteCheckTexts(opts.lang);
  const dir = opts.tmpDir ?? '/tmp';
  if (!/^\/[A-Za-z0-9_./-]*$/.test(dir)) throw new RemoteCheckError(tr.badTmpDir(dir));
  const tmpPath = path.posix.join(dir, `keepalived-lab-check-${randomBytes(6).toString('hex')}.conf`);
  const q = shellQuote;
  try {
    await runner.upload(tmpPath, text.endsWith('\n') || text === '' ? text : text + '\n', 0o600);
  } catch (e) {
    throw new RemoteCheckError(tr.uploadFailed(host, tmpPath, (e as Error).message));
  }
  let result: Omit<RemoteCheckResult, 'removed' | 'durationMs'>;
  let removed = false;
  try {
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const [test, version] = await Promise.all([
      runner.exec(`keepalived -t -f ${q(tmpPath)}`, { sudo: true, timeoutMs, ...(opts.signal ? { signal: opts.signal } : {}) }),
      runner.exec('keepalived --version', { timeoutMs, ...(opts.signal ? { signal: opts.signal } : {}) }).catch(() => undefined),
    ]);
    const output = (test.stderr + (test.stdout ? `\n${test.stdout}` : '')).trim();
    if (test.code === 127 || /keepalived: (command )?not found/i.test(output)) throw new RemoteCheckError(tr.notInstalled(host));
    if (/^sudo: /m.test(output) && test.code === 1) throw new RemoteCheckError(tr.sudoRefused(host, output.split('\n')[0]));
    const findings = parseKeepalivedTest(output, tmpPath);
    let inconclusive: string | undefined;
    const missing = findings.find((f) => /^Config files missing|^Configuration file .* is a directory|^No config files matched/.test(f.message) && f.message.includes(tmpPath));
    if (missing) inconclusive = tr.notRead(host, missing.message);
    else if (test.code === 0 && !findings.length && /^[ \t]*(?:@\^?\S+[ \t]+)?net_namespace[ \t]/m.test(text)) {
      inconclusive = tr.netNamespace(host);
    }
    const shown = missing ? findings.filter((f) => f !== missing) : findings;
    const versionText = version ? `${version.stderr}\n${version.stdout}` : '';
    const v = parseKeepalivedVersion(versionText);
    result = {
      host,
      ...(v ? { version: v } : {}),
      tmpPath,
      exitCode: test.code,
      output,
      findings: shown,
      mapped: mapFindings(shown, text, tmpPath, opts.lang),
      ...(inconclusive ? { inconclusive } : {}),
    };
  } finally {
    // Always, also after a failure or a cancel: the temporary file must not stay behind.
    removed = await runner.exec(`rm -f ${q(tmpPath)}`, { sudo: true, timeoutMs: 10_000 }).then((r) => r.code === 0, () => false);
  }
  return { ...result, removed, durationMs: Date.now() - started };
}
