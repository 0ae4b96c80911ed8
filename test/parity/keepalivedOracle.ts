// Runs the real `keepalived -t` (the oracle) on a file and turns its stderr into findings.
//
// keepalived checks that every interface a config names exists, so each run happens in a
// throwaway network namespace holding a veth interface for every name that looks like an
// interface; then only file-caused findings remain. Private pid files keep the run away from
// any keepalived running on the host. The namespace is always deleted, also on failure.
import { execFile, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const KEEPALIVED = '/usr/sbin/keepalived';

export type FindingSource = 'parent' | 'child' | 'post-parse';

export interface OracleFinding {
  /** 1-based line, when keepalived printed one. */
  line?: number;
  /** File name as keepalived printed it (absolute for the -f file in child passes, as written in `include` otherwise). */
  file?: string;
  message: string;
  /**
   * `parent`: `(Line N) msg` (the parent pass on the -f file); `child`: `(FILE: Line N) msg` (child passes,
   * and any pass on an included file - both print the same prefix); `post-parse`: no line.
   */
  source: FindingSource;
}

export interface OracleResult {
  file: string;
  /** Exit status; null when killed by a signal or the timeout. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stderr: string;
  /** Deduplicated findings, in first-seen order. */
  findings: OracleFinding[];
  /** Interfaces created in the namespace for this run. */
  interfaces: string[];
  /**
   * Set when keepalived's silence proves nothing: the file is missing (it exits 0 anyway) or the
   * config enters a net_namespace that does not exist in the sandbox (it stops silently, exit 0).
   */
  inconclusive?: string;
}

export interface OracleOptions {
  /** Extra interface names to create (besides the ones found in the text). */
  interfaces?: string[];
  /** Passed as `-i ID`; default: none, so keepalived uses the host name like our default configId. */
  configId?: string;
  timeoutMs?: number;
}

/** Whether the oracle can run here (keepalived installed, root, network namespaces usable). */
export function oracleAvailability(): { ok: true } | { ok: false; reason: string } {
  if (!fs.existsSync(KEEPALIVED)) return { ok: false, reason: `${KEEPALIVED} is not installed` };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return { ok: false, reason: 'network namespaces need root' };
  const ns = namespaceName();
  const add = spawnSync('ip', ['netns', 'add', ns], { encoding: 'utf8' });
  if (add.status !== 0) return { ok: false, reason: `cannot create a network namespace: ${(add.stderr || add.error?.message || '').trim()}` };
  spawnSync('ip', ['netns', 'del', ns]);
  return { ok: true };
}

let counter = 0;
function namespaceName(): string {
  return `kaparity-${process.pid}-${counter++}`;
}

function run(cmd: string, args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { encoding: 'utf8', timeout: 15000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Linux accepts up to 15 bytes without '/', ':' or blanks; we only create tame-looking names (letters, digits, _ . -). */
const IFNAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/;
/** Words after which keepalived expects an interface name. */
const IF_KEYWORDS = new Set(['interface', 'dev', 'lvs_sync_daemon', 'lvs_sync_daemon_interface', 'bind_if', 'default_interface', 'iif', 'oif', 'vrrp_garp_extra_if_name']);
/** Value blocks whose items start with an interface name (garp_group `interfaces` lists several a line). */
const IF_LISTS = new Set(['track_interface', 'interfaces', 'linkbeat_interfaces', 'interface_up_down_delays']);

/**
 * Interface names a config may mention, from its raw text (and any included texts): words after an
 * interface keyword, and entries of interface lists. Over-collecting is harmless - an unused veth
 * changes nothing - while a missing one would add host-caused findings.
 */
export function interfaceCandidates(texts: Iterable<string>): string[] {
  const out = new Set<string>(['eth0']);
  for (const text of texts) {
    const blocks: string[] = [];
    // First word of the current statement; a '{' on its own line belongs to the previous line's keyword.
    let head = '';
    // A list keyword alone on its line: keepalived reads the next lines as its entries even without '{'.
    let pendingList = '';
    for (const raw of text.split('\n')) {
      const line = raw.replace(/(^|[^\\])[#!].*$/, '$1').replace(/^[ \t]*@\^?\S*/, '');
      const words = line.replace(/[{}"]/g, (c) => (c === '"' ? ' ' : ` ${c} `)).split(/\s+/).filter(Boolean);
      if (pendingList && words.length && words[0] !== '{') blocks.push(pendingList);
      pendingList = '';
      let first = true;
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const inList = IF_LISTS.has(blocks[blocks.length - 1] ?? '');
        // Lists do not nest in keepalived: a '{' inside one is an entry, the first '}' ends it.
        if (w === '}' || (w === '{' && !inList)) {
          if (w === '{') blocks.push(head);
          else blocks.pop();
          first = true;
          continue;
        }
        if (first) head = w;
        first = false;
        if ((IF_KEYWORDS.has(words[i - 1] ?? '') || inList) && IFNAME.test(w) && w !== 'lo') out.add(w);
      }
      if (words.length === 1 && IF_LISTS.has(words[0])) pendingList = words[0];
    }
  }
  return [...out].sort();
}

/** `(Line N) msg` / `(FILE: Line N) msg` / plain post-parse messages. */
const PREFIX = /^\((?:(.+?): )?Line (\d+)\) ?(.*)$/;

/** What the C library prints when keepalived crashes (e.g. "free(): invalid pointer"): not a finding. */
const CRASH_NOISE = /^(free|realloc|malloc|munmap_chunk|double free or corruption|corrupted [a-z ]+)\b.*|^\*\*\* .* \*\*\*: terminated$|^Segmentation fault/;

/** Splits keepalived's stderr into findings, dropping the per-process repeats and crash noise. */
export function parseOracleOutput(stderr: string): OracleFinding[] {
  const out: OracleFinding[] = [];
  const seen = new Set<string>();
  for (const rawLine of stderr.split('\n')) {
    const text = rawLine.replace(/\r$/, '');
    if (!text.trim() || CRASH_NOISE.test(text)) continue;
    const m = PREFIX.exec(text);
    const f: OracleFinding = m
      ? { line: Number(m[2]), file: m[1], message: m[3].trim(), source: m[1] === undefined ? 'parent' : 'child' }
      : { message: text.trim(), source: 'post-parse' };
    // The parent prints no name for the -f file and the children print its full path: same finding.
    const key = `${f.line ?? ''}\0${f.file && path.isAbsolute(f.file) ? '' : f.file ?? ''}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/**
 * Resolves the file a finding names to an absolute path: the -f file when none is given or
 * the path is absolute; otherwise (a relative include, printed as written) the known file that
 * ends with that path.
 */
export function findingFile(f: OracleFinding, mainFile: string, knownFiles: readonly string[]): string {
  if (!f.file) return mainFile;
  if (path.isAbsolute(f.file)) return path.normalize(f.file);
  const rel = path.normalize(f.file);
  const hits = knownFiles.filter((k) => k === path.resolve(path.dirname(mainFile), rel) || k.endsWith(path.sep + rel));
  return hits[0] ?? path.resolve(path.dirname(mainFile), rel);
}

/** Whether the config (any of its texts) enters a network namespace, which the sandbox cannot provide. */
function usesNetNamespace(texts: Iterable<string>): boolean {
  for (const t of texts) if (/^[ \t]*(@\^?\S+[ \t]+)?net_namespace[ \t]/m.test(t)) return true;
  return false;
}

/**
 * Runs `keepalived -t -f FILE` in a fresh network namespace with the config's interfaces.
 * `texts` are the file's text and those of its includes (to find interface names); when
 * omitted only the file itself is scanned.
 */
export async function runKeepalived(file: string, texts?: Iterable<string>, opts: OracleOptions = {}): Promise<OracleResult> {
  const abs = path.resolve(file);
  const allTexts = [...(texts ?? (fs.existsSync(abs) && fs.statSync(abs).isFile() ? [fs.readFileSync(abs, 'latin1')] : []))];
  const interfaces = [...new Set([...interfaceCandidates(allTexts), ...(opts.interfaces ?? [])])].sort();
  const ns = namespaceName();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaparity-'));
  let created = false;
  try {
    const add = await run('ip', ['netns', 'add', ns]);
    if (add.code !== 0) throw new Error(`ip netns add ${ns} failed: ${add.stderr.trim()}`);
    created = true;
    if (interfaces.length) {
      // 'name X' so that a word such as 'dev' is taken as a name. A name the kernel refuses stops
      // a batch (even with -force), so then the interfaces are created one by one.
      const cmd = (n: string, i: number) => ['link', 'add', 'name', n, 'type', 'veth', 'peer', 'name', `kapeer${i}`];
      const batch = await run('ip', ['-n', ns, '-batch', '-'], interfaces.map((n, i) => cmd(n, i).join(' ')).join('\n') + '\n');
      if (batch.code !== 0) {
        const have = (await run('ip', ['-n', ns, '-o', 'link', 'show'])).stdout;
        for (const [i, n] of interfaces.entries()) if (!have.includes(` ${n}@`)) await run('ip', ['-n', ns, ...cmd(n, i)]);
      }
    }
    const args = ['netns', 'exec', ns, KEEPALIVED, '-t', '-f', abs, '-p', path.join(tmp, 'k.pid'), '-r', path.join(tmp, 'v.pid'), '-c', path.join(tmp, 'c.pid'), '-b', path.join(tmp, 'b.pid')];
    if (opts.configId !== undefined) args.push('-i', opts.configId);
    const res = await runWithTimeout('ip', args, path.dirname(abs), opts.timeoutMs ?? 20000);
    const findings = parseOracleOutput(res.stderr);
    let inconclusive: string | undefined;
    if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) inconclusive = 'the file does not exist (keepalived exits 0 anyway)';
    else if (res.code === 0 && findings.length === 0 && usesNetNamespace(allTexts)) inconclusive = 'the config sets net_namespace, which keepalived cannot enter in the sandbox (it stops silently)';
    return { file: abs, exitCode: res.code, signal: res.signal, timedOut: res.timedOut, stderr: res.stderr, findings, interfaces, inconclusive };
  } finally {
    if (created) await run('ip', ['netns', 'del', ns]);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function runWithTimeout(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    // Own process group, so that a timeout also kills keepalived's child processes.
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('latin1');
    child.stderr.on('data', (d: string) => {
      if (stderr.length < 4_000_000) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, timedOut });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stderr: stderr + String(e), timedOut });
    });
  });
}

/**
 * How keepalived 2.2.7 numbers the lines of one file, for matching its `(Line N)` to real lines.
 *
 * `parent` (the pass that reads the file itself): it reads with fgets() into a 1024-byte buffer and
 * counts a line only when the piece it read ends with a newline, as seen through strlen(). So the
 * pieces of a line of 1023+ bytes (all but the last), a line cut short by a NUL byte, and a last
 * line without a newline are reported under the previous line's number - and after a NUL every
 * later line is reported one too low.
 * `child` (the VRRP/checker/BFD passes, which re-read the parent's consolidated copy): every piece
 * the parent read became a line of its own, so each piece of a long line counts as one line.
 * Returns, for each number keepalived prints, the 0-based physical lines it can mean.
 */
export function keepalivedLineNumbers(bytes: Buffer, view: 'parent' | 'child' = 'parent'): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (k: number, line: number) => {
    const list = out.get(k) ?? [];
    if (!list.includes(line)) list.push(line);
    out.set(k, list);
  };
  let counter = 0;
  let physical = 0;
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const lineEnd = nl < 0 ? bytes.length : nl + 1;
    for (let p = start; p < lineEnd; ) {
      const end = Math.min(lineEnd, p + 1023);
      const piece = bytes.subarray(p, end);
      const nul = piece.indexOf(0);
      const visible = nul < 0 ? piece : piece.subarray(0, nul);
      if (view === 'child' || (visible.length && visible[visible.length - 1] === 0x0a)) counter++;
      add(counter, physical);
      p = end;
    }
    physical++;
    start = lineEnd;
  }
  return out;
}
