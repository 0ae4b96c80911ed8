// One SSH connection to one lab host (ssh2): connect (through jump hosts), verify the
// host key before authenticating, authenticate (agent, keys, password callback), then run
// commands, upload files and open shells over it.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Duplex } from 'node:stream';
import { AnyAuthMethod, AuthenticationType, Client, ClientChannel, PseudoTtyOptions, SFTPWrapper, utils } from 'ssh2';
import { sudoWrap } from '../shell';
import { SshError } from './errors';
import type { Lang } from '../../language/i18n';
import { ConfirmHostKey, HostKeyVerifier } from './hostKeys';
import { SshStrings, sshTexts } from './i18n';
import { algorithmsForKeyType } from './keys';
import { SshTarget } from './target';

export interface SshCallbacks {
  /** Asked when a host presents a key we have no record of (StrictHostKeyChecking ask). */
  confirmHostKey?: ConfirmHostKey;
  /** Passphrase of an encrypted identity file; undefined skips the key. */
  passphrase?: (keyFile: string, attempt: number) => Promise<string | undefined>;
  /** Password of user@host; undefined skips password login. Never logged, never stored by us. */
  password?: (target: { label: string; user: string; host: string; port: number }) => Promise<string | undefined>;
  /** Progress lines (connects, reconnects); never holds secrets. */
  log?: (line: string) => void;
}

export interface ConnectionDeps {
  verifier: HostKeyVerifier;
  callbacks: SshCallbacks;
  /** $SSH_AUTH_SOCK, or undefined for no agent. */
  agentSocket?: string;
  /** Language of the errors (default English). */
  lang?: Lang;
}

export interface ExecOptions {
  /** Kills the command (and rejects) after this long. */
  timeoutMs?: number;
  signal?: AbortSignal;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** Run as root through `sudo -n` when the login user is not root. */
  sudo?: boolean;
  stdin?: string | Buffer;
  /** Keeps at most this much of each output stream in the result (default 8 MiB). */
  maxOutputBytes?: number;
}

export interface ExecResult {
  command: string;
  /** Exit status; null when the command was ended by a signal. */
  code: number | null;
  signal?: string;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const DEFAULT_IDENTITIES = ['id_ed25519', 'id_ecdsa', 'id_rsa'];
/** OpenSSH's default MaxSessions is 10; stay below it so that a burst never gets refused. */
const MAX_CHANNELS = 8;
let nextId = 1;

/** A countdown that stops while the user answers a prompt (a dialog must not time the connection out). */
class PausableTimer {
  private left: number;
  private started = 0;
  private handle?: NodeJS.Timeout;
  constructor(ms: number, private readonly fire: () => void) {
    this.left = ms;
    this.resume();
  }
  pause(): void {
    if (!this.handle) return;
    clearTimeout(this.handle);
    this.handle = undefined;
    this.left -= Date.now() - this.started;
  }
  resume(): void {
    if (this.handle || this.left === Infinity) return;
    this.started = Date.now();
    this.handle = setTimeout(this.fire, Math.max(0, this.left));
  }
  stop(): void {
    this.left = Infinity;
    if (this.handle) clearTimeout(this.handle);
    this.handle = undefined;
  }
}

export class SshConnection {
  readonly id = nextId++;
  private client = new Client();
  private jump?: SshConnection;
  private closedFlag = false;
  private closeReason?: string;
  private readonly failPending = new Set<(e: Error) => void>();
  private sftpSession?: Promise<SFTPWrapper>;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Set when the remote login user is root (no sudo needed). */
  readonly isRoot: boolean;
  readonly connectedAt = Date.now();

  private constructor(readonly target: SshTarget, private readonly deps: ConnectionDeps) {
    this.isRoot = target.user === 'root';
  }

  private get tr(): SshStrings {
    return sshTexts(this.deps.lang);
  }

  get where(): string {
    return `${this.target.label} (${this.target.user}@${this.target.host}:${this.target.port})`;
  }

  get alive(): boolean {
    return !this.closedFlag;
  }

  /** Opens a connection (and the jump connections before it). */
  static async open(target: SshTarget, deps: ConnectionDeps, signal?: AbortSignal): Promise<SshConnection> {
    const conn = new SshConnection(target, deps);
    await conn.connect(signal);
    return conn;
  }

  private async openSocket(signal?: AbortSignal): Promise<Duplex> {
    const t = this.target;
    if (t.jumps.length) {
      const last = t.jumps[t.jumps.length - 1];
      this.jump = await SshConnection.open({ ...last, jumps: t.jumps.slice(0, -1) }, this.deps, signal);
      return this.jump.forwardOut(t.host, t.port, t.label);
    }
    return await new Promise<Duplex>((resolve, reject) => {
      const sock = net.connect({ host: t.host, port: t.port });
      const timer = setTimeout(() => {
        sock.destroy();
        reject(new SshError('unreachable', this.tr.noAnswer(this.where, this.tr.seconds(t.connectTimeoutMs)), t.label));
      }, t.connectTimeoutMs);
      const onAbort = (): void => {
        clearTimeout(timer);
        sock.destroy();
        reject(new SshError('aborted', this.tr.connectCancelled(this.where), t.label));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      sock.once('connect', () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        sock.setNoDelay(true);
        resolve(sock);
      });
      sock.once('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(socketError(e, this.where, t.label, this.tr));
      });
    });
  }

  /** Opens a TCP tunnel through this connection (ssh -W / ProxyJump). */
  forwardOut(host: string, port: number, forLabel: string): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      this.client.forwardOut('127.0.0.1', 0, host, port, (err, stream) => {
        if (err) reject(new SshError('unreachable', this.tr.jumpFailed(this.where, forLabel, host, port, err.message), forLabel));
        else resolve(stream);
      });
    });
  }

  private async connect(signal?: AbortSignal): Promise<void> {
    const t = this.target;
    const sock = await this.openSocket(signal);
    const knownTypes = this.deps.verifier.knownKeyTypes(t.hostKeyAlias ?? t.host, t.port, t.knownHostsFiles);
    let hostKeyError: Error | undefined;
    let authTried: string[] = [];
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (e: Error): void => {
        if (settled) return;
        settled = true;
        timer.stop();
        this.closedFlag = true;
        this.client.end();
        sock.destroy();
        this.jump?.close();
        reject(e);
      };
      const timer = new PausableTimer(t.connectTimeoutMs, () =>
        fail(new SshError('unreachable', this.tr.noHandshake(this.where, this.tr.seconds(t.connectTimeoutMs)), t.label)));
      const onAbort = (): void => fail(new SshError('aborted', this.tr.connectCancelled(this.where), t.label));
      signal?.addEventListener('abort', onAbort, { once: true });
      const prompt = async <T>(p: Promise<T>): Promise<T> => {
        timer.pause();
        try {
          return await p;
        } finally {
          timer.resume();
        }
      };
      const auth = this.authMethods(prompt);
      this.client.on('ready', () => {
        if (settled) return;
        settled = true;
        timer.stop();
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      this.client.on('error', (e: Error & { level?: string }) => {
        if (!settled) {
          signal?.removeEventListener('abort', onAbort);
          if (hostKeyError) return fail(hostKeyError);
          if (e.level === 'client-authentication') {
            return fail(new SshError('auth', this.tr.loginFailed(this.where, authTried.length ? authTried.join(', ') : this.tr.everyMethod), t.label, { tried: authTried }));
          }
          return fail(new SshError('handshake', this.tr.handshakeFailed(this.where, e.message), t.label));
        }
        this.deps.callbacks.log?.(`ssh ${this.where}: ${e.message}`);
      });
      this.client.on('close', () => {
        if (!settled) {
          fail(hostKeyError ?? new SshError('handshake', this.tr.closedInHandshake(this.where), t.label));
          return;
        }
        this.markClosed('the connection closed');
      });
      this.client.connect({
        sock,
        username: t.user,
        readyTimeout: 0, // our own timer, paused while the user answers prompts
        keepaliveInterval: 5000,
        keepaliveCountMax: 3,
        algorithms: { serverHostKey: hostKeyOrder(knownTypes) as never },
        hostVerifier: (key: Buffer, verify: (ok: boolean) => void) => {
          prompt(this.deps.verifier.verify(t.label, t.hostKeyAlias ?? t.host, t.port, key, { knownHostsFiles: t.knownHostsFiles, strict: t.strict, confirm: this.deps.callbacks.confirmHostKey, lang: this.deps.lang }))
            .then(() => verify(true), (e: Error) => {
              hostKeyError = e;
              verify(false);
            });
        },
        authHandler: (methodsLeft: AuthenticationType[], _partial: boolean, next: (m: AnyAuthMethod | false) => void) => {
          auth(methodsLeft).then((m) => {
            if (m) authTried = [...authTried, describeAuth(m)];
            next(m);
          }, (e: Error) => fail(e));
        },
      } as never);
    });
  }

  /** The authentication methods in OpenSSH's spirit: agent, identity files, then a password if a callback gives one. */
  private authMethods(prompt: <T>(p: Promise<T>) => Promise<T>): (left: AuthenticationType[] | null) => Promise<AnyAuthMethod | false> {
    const t = this.target;
    const cb = this.deps.callbacks;
    const queue: (() => Promise<AnyAuthMethod | undefined>)[] = [];
    if (t.useAgent && this.deps.agentSocket) {
      queue.push(async () => ({ type: 'agent', username: t.user, agent: this.deps.agentSocket! }));
    }
    const explicit = t.identityFiles.length > 0;
    const files = explicit ? t.identityFiles : DEFAULT_IDENTITIES.map((f) => path.join(os.homedir(), '.ssh', f));
    for (const file of files) {
      queue.push(async () => {
        let data: Buffer;
        try {
          data = fs.readFileSync(file);
        } catch (e) {
          if (explicit) cb.log?.(`ssh ${this.where}: identity file ${file} cannot be read (${(e as NodeJS.ErrnoException).code}); skipped`);
          return undefined;
        }
        let parsed = utils.parseKey(data);
        for (let attempt = 1; parsed instanceof Error && /encrypted|passphrase/i.test(parsed.message) && cb.passphrase && attempt <= 3; attempt++) {
          const pass = await prompt(cb.passphrase(file, attempt));
          if (pass === undefined) return undefined;
          parsed = utils.parseKey(data, pass);
        }
        if (parsed instanceof Error) {
          cb.log?.(`ssh ${this.where}: identity file ${file} not usable: ${parsed.message}`);
          return undefined;
        }
        const key = Array.isArray(parsed) ? parsed[0] : parsed;
        return { type: 'publickey', username: t.user, key, toString: () => `key ${file}` } as AnyAuthMethod;
      });
    }
    let password: string | undefined;
    const askPassword = async (): Promise<string | undefined> => {
      if (password === undefined && cb.password) password = await prompt(cb.password({ label: t.label, user: t.user, host: t.host, port: t.port }));
      return password;
    };
    queue.push(async () => {
      const pw = await askPassword();
      return pw === undefined ? undefined : { type: 'password', username: t.user, password: pw };
    });
    queue.push(async () => {
      if (!cb.password) return undefined;
      return {
        type: 'keyboard-interactive',
        username: t.user,
        prompt: (_n: string, _i: string, _l: string, prompts: { prompt: string; echo?: boolean }[], finish: (answers: string[]) => void) => {
          askPassword().then((pw) => finish(prompts.map(() => pw ?? '')), () => finish([]));
        },
      };
    });
    const allowed = (m: AnyAuthMethod, left: AuthenticationType[] | null): boolean =>
      !left || left.includes(m.type === 'agent' ? 'publickey' : m.type);
    return async (left) => {
      while (queue.length) {
        const m = await queue.shift()!();
        if (m && allowed(m, left)) return m;
      }
      return false;
    };
  }

  private markClosed(reason: string): void {
    if (this.closedFlag && this.closeReason) return;
    this.closedFlag = true;
    this.closeReason = reason;
    this.sftpSession = undefined;
    const err = new SshError('connection-lost', this.tr.lostWhile(this.where, reason), this.target.label);
    for (const f of [...this.failPending]) f(err);
    this.failPending.clear();
    this.jump?.close();
  }

  private async acquire(): Promise<void> {
    if (this.active < MAX_CHANNELS) {
      this.active++;
      return;
    }
    await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  /** Wraps a command for sudo when the login user is not root (never with a password). */
  wrap(command: string, sudo: boolean | undefined): string {
    return sudo ? sudoWrap(command, this.target.user) : command;
  }

  exec(command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    return this.run(command, opts);
  }

  private async run(command: string, opts: ExecOptions): Promise<ExecResult> {
    if (this.closedFlag) throw new SshError('connection-lost', this.tr.closed(this.where), this.target.label);
    if (opts.signal?.aborted) throw new SshError('aborted', this.tr.cancelledBefore(short(command), this.target.label), this.target.label);
    await this.acquire();
    const started = Date.now();
    const full = this.wrap(command, opts.sudo);
    const max = opts.maxOutputBytes ?? 8 * 1024 * 1024;
    try {
      return await new Promise<ExecResult>((resolve, reject) => {
        let stream: ClientChannel | undefined;
        let done = false;
        let exit: { code: number | null; signal?: string } | undefined;
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        let outLen = 0;
        let errLen = 0;
        const finish = (e?: Error): void => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          opts.signal?.removeEventListener('abort', onAbort);
          this.failPending.delete(finish);
          if (e) {
            Object.assign(e, { partial: { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') } });
            try {
              stream?.signal('KILL');
            } catch {
              /* the channel may be gone already */
            }
            stream?.close();
            return reject(e);
          }
          const stderr = Buffer.concat(err).toString('utf8');
          if (opts.sudo && !this.isRoot && exit?.code === 1 && /sudo: (a password is required|a terminal is required)/.test(stderr)) {
            return reject(new SshError('sudo', this.tr.sudoPassword(this.where, this.target.user), this.target.label));
          }
          resolve({ command, code: exit?.code ?? null, ...(exit?.signal ? { signal: exit.signal } : {}), stdout: Buffer.concat(out).toString('utf8'), stderr, durationMs: Date.now() - started });
        };
        const timer = opts.timeoutMs
          ? setTimeout(() => finish(new SshError('command-timeout', this.tr.commandTimeout(short(command), this.target.label, this.tr.seconds(opts.timeoutMs!)), this.target.label)), opts.timeoutMs)
          : undefined;
        const onAbort = (): void => finish(new SshError('aborted', this.tr.commandCancelled(short(command), this.target.label), this.target.label));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        this.failPending.add(finish);
        this.client.exec(full, (e, ch) => {
          if (e) return finish(this.closedFlag ? new SshError('connection-lost', this.tr.lostBefore(this.where, short(command)), this.target.label) : new SshError('channel', this.tr.refusedCommand(this.where, e.message), this.target.label));
          if (done) {
            ch.close();
            return;
          }
          stream = ch;
          ch.on('data', (d: Buffer) => {
            if (outLen < max) out.push(d);
            outLen += d.length;
            opts.onStdout?.(d.toString('utf8'));
          });
          ch.stderr.on('data', (d: Buffer) => {
            if (errLen < max) err.push(d);
            errLen += d.length;
            opts.onStderr?.(d.toString('utf8'));
          });
          ch.on('exit', (code: number | null, signalName?: string) => {
            exit = { code: typeof code === 'number' ? code : null, ...(signalName ? { signal: signalName } : {}) };
          });
          ch.on('close', () => {
            if (exit) return finish();
            // No exit status: the channel died with the connection (sshd killed...). The
            // client's close event may come a moment later, so look again shortly.
            setTimeout(() => finish(new SshError('connection-lost', this.tr.lostDuring(this.where, short(command)), this.target.label)), 20);
          });
          if (opts.stdin !== undefined) ch.end(opts.stdin);
          else ch.end();
        });
      });
    } finally {
      this.release();
    }
  }

  private sftp(): Promise<SFTPWrapper> {
    if (!this.sftpSession) {
      this.sftpSession = new Promise<SFTPWrapper>((resolve, reject) => {
        this.client.sftp((e, s) => {
          if (e) {
            this.sftpSession = undefined;
            reject(new SshError('channel', this.tr.refusedSftp(this.where, e.message), this.target.label));
            return;
          }
          s.on('close', () => (this.sftpSession = undefined));
          resolve(s);
        });
      });
    }
    return this.sftpSession;
  }

  /** Writes a file on the host over SFTP (as the login user). */
  async upload(remotePath: string, content: string | Buffer, mode = 0o600): Promise<void> {
    if (this.closedFlag) throw new SshError('connection-lost', this.tr.closed(this.where), this.target.label);
    const s = await this.sftp();
    await new Promise<void>((resolve, reject) => {
      let done = false;
      const fail = (e: Error): void => {
        if (done) return;
        done = true;
        this.failPending.delete(fail);
        reject(e);
      };
      this.failPending.add(fail);
      s.writeFile(remotePath, content, { mode }, (e) => {
        if (done) return;
        done = true;
        this.failPending.delete(fail);
        if (e) reject(new SshError('channel', this.tr.uploadFailed(remotePath, this.where, e.message), this.target.label));
        else resolve();
      });
    });
  }

  /** Reads a file from the host over SFTP (as the login user). */
  async download(remotePath: string): Promise<Buffer> {
    const s = await this.sftp();
    return await new Promise<Buffer>((resolve, reject) => {
      s.readFile(remotePath, (e: Error | undefined, data: Buffer) => {
        if (e) reject(new SshError('channel', this.tr.readFailed(remotePath, this.where, e.message), this.target.label));
        else resolve(data);
      });
    });
  }

  /** An interactive shell with a pseudo-terminal (for the editor's terminal). */
  shell(pty: PseudoTtyOptions = {}): Promise<ClientChannel> {
    return new Promise((resolve, reject) => {
      this.client.shell({ term: 'xterm-256color', ...pty }, (e, ch) => {
        if (e) reject(new SshError('channel', this.tr.refusedShell(this.where, e.message), this.target.label));
        else resolve(ch);
      });
    });
  }

  close(): void {
    if (!this.closedFlag) this.markClosed('closed by us');
    this.client.end();
    this.jump?.close();
  }
}

function hostKeyOrder(knownTypes: string[]): string[] {
  // ssh2's default list, with the algorithms of keys we already know first, like OpenSSH
  // does: otherwise a host with an ECDSA and an Ed25519 key could look "changed".
  const defaults = ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];
  const first = knownTypes.flatMap(algorithmsForKeyType).filter((a) => defaults.includes(a));
  return [...new Set([...first, ...defaults])];
}

function describeAuth(m: AnyAuthMethod): string {
  if (m.type === 'publickey') return String(m);
  if (m.type === 'agent') return 'the SSH agent\'s keys';
  return m.type;
}

function socketError(e: NodeJS.ErrnoException, where: string, label: string, tr: SshStrings = sshTexts('en')): SshError {
  switch (e.code) {
    case 'ECONNREFUSED':
      return new SshError('refused', tr.refused(where), label);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new SshError('dns', tr.dns(where), label);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return new SshError('unreachable', tr.unreachable(where, e.code), label);
    default:
      return new SshError('unreachable', tr.cannotConnect(where, e.message), label);
  }
}

export function fmtSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function short(cmd: string): string {
  const one = cmd.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '...' : one;
}
