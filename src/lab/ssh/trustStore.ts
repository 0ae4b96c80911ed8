// Our own record of host keys the user accepted (we never write ~/.ssh/known_hosts), and
// of known_hosts keys the user deliberately told us to forget (a rebuilt lab VM).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Lang } from '../../language/i18n';
import { sshTexts } from './i18n';

export interface TrustedKey {
  keyType: string;
  /** base64 of the key blob, as in known_hosts. */
  key: string;
  fingerprint: string;
  added: string;
}

interface TrustFile {
  version: 1;
  /** By knownHostsName (`host` or `[host]:port`). */
  hosts: Record<string, TrustedKey[]>;
  /** Fingerprints from known_hosts files that must no longer count for a host. */
  forgotten: Record<string, string[]>;
}

/** Default place: $XDG_STATE_HOME/keepalived-lab/trusted-host-keys.json (~/.local/state/...). */
export function defaultTrustStorePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME || path.join(os.homedir(), '.local', 'state');
  return path.join(base, 'keepalived-lab', 'trusted-host-keys.json');
}

export class TrustStore {
  /** lang: the language of the read error (default English). */
  constructor(readonly file: string, private readonly lang?: Lang) {}

  private read(): TrustFile {
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<TrustFile>;
      return { version: 1, hosts: data.hosts ?? {}, forgotten: data.forgotten ?? {} };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, hosts: {}, forgotten: {} };
      throw new Error(sshTexts(this.lang).trustStoreUnreadable(this.file, (e as Error).message));
    }
  }

  private write(data: TrustFile): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
    fs.renameSync(tmp, this.file); // atomic: a crash never leaves half a file
  }

  keysFor(name: string): TrustedKey[] {
    return this.read().hosts[name] ?? [];
  }

  forgottenFor(name: string): string[] {
    return this.read().forgotten[name] ?? [];
  }

  /** Remembers a key the user accepted; replaces an older key of the same type. */
  trust(name: string, keyType: string, keyBlob: Buffer, fingerprint: string): void {
    const data = this.read();
    const list = (data.hosts[name] ?? []).filter((k) => k.keyType !== keyType);
    list.push({ keyType, key: keyBlob.toString('base64'), fingerprint, added: new Date().toISOString() });
    data.hosts[name] = list;
    this.write(data);
  }

  /**
   * Forgets every key we trusted for the host and marks the given known_hosts fingerprints
   * as no longer valid for it, so the next connection asks about the new key.
   */
  forget(name: string, knownHostsFingerprints: string[]): { removed: number } {
    const data = this.read();
    const removed = (data.hosts[name] ?? []).length;
    delete data.hosts[name];
    if (knownHostsFingerprints.length) {
      data.forgotten[name] = [...new Set([...(data.forgotten[name] ?? []), ...knownHostsFingerprints])];
    }
    this.write(data);
    return { removed };
  }
}
