// One SSH connection per lab host, opened on first use and reused by every command;
// a connection that died is opened again on the next command. Fan-out runs a command on
// many hosts at once and reports each host's result or error.
import { Inventory, LabHost } from '../inventory/types';
import { isSshError, SshError } from './errors';
import type { Lang } from '../../language/i18n';
import { HostKeyVerifier } from './hostKeys';
import { sshTexts } from './i18n';
import { ExecOptions, ExecResult, SshCallbacks, SshConnection } from './connection';
import { SshConfigDoc } from './sshConfigLib';
import { loadSshConfig, resolveTarget, SshTarget, targetKey } from './target';
import { defaultTrustStorePath, TrustStore } from './trustStore';

export interface PoolOptions {
  callbacks?: SshCallbacks;
  /** Our host key trust store (default: $XDG_STATE_HOME/keepalived-lab/trusted-host-keys.json). */
  trustStoreFile?: string;
  /** OpenSSH client config to read (default ~/.ssh/config); a parsed config is also accepted. */
  sshConfig?: string | SshConfigDoc;
  /** SSH agent socket; default $SSH_AUTH_SOCK, '' for none. */
  agentSocket?: string;
  inventory?: Inventory;
  /** Language of the connection errors (default English). */
  lang?: Lang;
}

export type HostRef = LabHost | string;

export interface FanOutResult<T> {
  host: LabHost;
  ok: boolean;
  value?: T;
  error?: Error;
  durationMs: number;
}

export class SshPool {
  private readonly conns = new Map<string, Promise<SshConnection>>();
  private sshConfig?: SshConfigDoc;
  readonly verifier: HostKeyVerifier;
  /** How many connections this pool has opened (for tests and the benchmark). */
  connectCount = 0;
  inventory?: Inventory;

  constructor(private readonly opts: PoolOptions = {}) {
    this.verifier = new HostKeyVerifier(new TrustStore(opts.trustStoreFile ?? defaultTrustStorePath(), opts.lang));
    this.inventory = opts.inventory;
  }

  private config(): SshConfigDoc {
    if (!this.sshConfig) this.sshConfig = typeof this.opts.sshConfig === 'object' ? this.opts.sshConfig : loadSshConfig(this.opts.sshConfig, this.opts.lang);
    return this.sshConfig;
  }

  host(ref: HostRef): LabHost {
    if (typeof ref !== 'string') return ref;
    const h = this.inventory?.hosts.find((x) => x.name === ref);
    if (!h) throw new SshError('config', sshTexts(this.opts.lang).noHost(ref), ref);
    return h;
  }

  target(ref: HostRef): SshTarget {
    return resolveTarget(this.host(ref), { sshConfig: this.config(), inventory: this.inventory, lang: this.opts.lang });
  }

  /** The pooled connection of a host, opened when there is none or the old one died. */
  async connection(ref: HostRef, signal?: AbortSignal): Promise<SshConnection> {
    const target = this.target(ref);
    const key = targetKey(target);
    const existing = this.conns.get(key);
    if (existing) {
      try {
        const c = await existing;
        if (c.alive) return c;
      } catch {
        /* the last attempt failed: try again below */
      }
      if (this.conns.get(key) === existing) this.conns.delete(key);
      else return this.connection(ref, signal);
    }
    const agentSocket = this.opts.agentSocket === undefined ? process.env.SSH_AUTH_SOCK : this.opts.agentSocket || undefined;
    const opening = SshConnection.open(target, { verifier: this.verifier, callbacks: this.opts.callbacks ?? {}, agentSocket, lang: this.opts.lang }, signal);
    this.conns.set(key, opening);
    this.connectCount++;
    opening.then(
      (c) => this.opts.callbacks?.log?.(`ssh: connected to ${c.where}`),
      () => this.conns.get(key) === opening && this.conns.delete(key),
    );
    return opening;
  }

  async exec(ref: HostRef, command: string, opts: ExecOptions = {}): Promise<ExecResult> {
    const conn = await this.connection(ref, opts.signal);
    return conn.exec(command, opts);
  }

  async upload(ref: HostRef, remotePath: string, content: string | Buffer, mode?: number): Promise<void> {
    const conn = await this.connection(ref);
    return conn.upload(remotePath, content, mode);
  }

  /** Runs `fn` for every host at once; never rejects: each host gets its own result or error. */
  async fanOut<T>(hosts: HostRef[], fn: (conn: SshConnection, host: LabHost) => Promise<T>, signal?: AbortSignal): Promise<FanOutResult<T>[]> {
    return Promise.all(hosts.map(async (ref) => {
      const started = Date.now();
      let host: LabHost;
      try {
        host = this.host(ref);
      } catch (e) {
        return { host: { name: String(ref) } as LabHost, ok: false, error: e as Error, durationMs: 0 };
      }
      try {
        const conn = await this.connection(host, signal);
        const value = await fn(conn, host);
        return { host, ok: true, value, durationMs: Date.now() - started };
      } catch (e) {
        return { host, ok: false, error: e as Error, durationMs: Date.now() - started };
      }
    }));
  }

  /** Runs one command on every host at once. */
  execAll(hosts: HostRef[], command: string, opts: ExecOptions = {}): Promise<FanOutResult<ExecResult>[]> {
    return this.fanOut(hosts, (c) => c.exec(command, opts), opts.signal);
  }

  /** Closes a host's connection (the next command opens a new one). */
  async disconnect(ref: HostRef): Promise<void> {
    const key = targetKey(this.target(ref));
    const p = this.conns.get(key);
    this.conns.delete(key);
    if (p) (await p.catch(() => undefined))?.close();
  }

  /** "Forget this host's key": our trusted key goes, its known_hosts keys are set aside. */
  forgetHostKey(ref: HostRef): { removedTrusted: number; setAside: string[] } {
    const t = this.target(ref);
    void this.disconnect(ref);
    return this.verifier.forget(t.hostKeyAlias ?? t.host, t.port, t.knownHostsFiles);
  }

  async closeAll(): Promise<void> {
    const all = [...this.conns.values()];
    this.conns.clear();
    await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.close()));
  }
}

export { isSshError };
