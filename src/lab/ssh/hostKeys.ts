// Host key verification, done before authentication (ssh2's hostVerifier): known_hosts
// files (read only) and our trust store decide; an unknown key is asked about; a changed
// or revoked key is refused with both fingerprints named.
import * as os from 'node:os';
import * as path from 'node:path';
import { StrictHostKeyChecking } from '../inventory/types';
import type { Lang } from '../../language/i18n';
import { SshError } from './errors';
import { sshTexts } from './i18n';
import { keyTypeOf, sha256Fingerprint } from './keys';
import { KnownHostLine, knownHostsName, lineMatchesHost, readKnownHostsFile } from './knownHosts';
import { TrustStore } from './trustStore';

export interface HostKeyQuestion {
  /** Inventory name of the host (or the jump host's spec). */
  label: string;
  host: string;
  port: number;
  keyType: string;
  fingerprint: string;
  /** Keys of other types we know for this host (the server offered a type we have no record of). */
  otherKnownTypes: string[];
}

/** Answers "do you trust this key?"; the extension backs it with a modal dialog. */
export type ConfirmHostKey = (q: HostKeyQuestion) => Promise<boolean>;

export interface HostKeyPolicy {
  /** known_hosts files to read, in order (ssh config's UserKnownHostsFile/GlobalKnownHostsFile, ours). */
  knownHostsFiles: string[];
  strict: StrictHostKeyChecking;
  confirm?: ConfirmHostKey;
  /** Language of the refusal messages (default English). */
  lang?: Lang;
}

export type HostKeyVerdict =
  | { status: 'known'; source: string }
  | { status: 'unknown'; otherKnownTypes: string[] }
  | { status: 'changed'; oldFingerprint: string; oldSource: string }
  | { status: 'revoked'; source: string };

export function defaultKnownHostsFiles(): string[] {
  return [path.join(os.homedir(), '.ssh', 'known_hosts'), path.join(os.homedir(), '.ssh', 'known_hosts2'), '/etc/ssh/ssh_known_hosts', '/etc/ssh/ssh_known_hosts2'];
}

export function expandHome(p: string): string {
  return p === '~' ? os.homedir() : p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p;
}

export class HostKeyVerifier {
  constructor(readonly trust: TrustStore) {}

  private knownLines(files: string[]): KnownHostLine[] {
    return files.flatMap((f) => (f === '/dev/null' ? [] : readKnownHostsFile(expandHome(f))));
  }

  /** The key types we have a record of for this host, to ask the server for one of them first. */
  knownKeyTypes(host: string, port: number, files: string[]): string[] {
    const name = knownHostsName(host, port);
    const forgotten = new Set(this.trust.forgottenFor(name));
    const types = this.trust.keysFor(name).map((k) => k.keyType);
    for (const l of this.knownLines(files)) {
      if (!l.marker && lineMatchesHost(l, name) && !forgotten.has(l.fingerprint)) types.push(l.keyType);
    }
    return [...new Set(types)];
  }

  /** What the records say about this key for this host, without asking anybody. */
  judge(host: string, port: number, blob: Buffer, files: string[]): HostKeyVerdict {
    const name = knownHostsName(host, port);
    const type = keyTypeOf(blob);
    const forgotten = new Set(this.trust.forgottenFor(name));
    const lines = this.knownLines(files);
    const revoked = lines.find((l) => l.marker === 'revoked' && l.key.equals(blob));
    if (revoked) return { status: 'revoked', source: `${revoked.file}:${revoked.line}` };
    const trusted = this.trust.keysFor(name);
    const sameTrusted = trusted.find((k) => k.keyType === type);
    if (sameTrusted && Buffer.from(sameTrusted.key, 'base64').equals(blob)) return { status: 'known', source: this.trust.file };
    const hostLines = lines.filter((l) => !l.marker && lineMatchesHost(l, name) && !forgotten.has(l.fingerprint));
    const exact = hostLines.find((l) => l.key.equals(blob));
    if (exact && !sameTrusted) return { status: 'known', source: `${exact.file}:${exact.line}` };
    // A trusted key of the same type that differs wins over known_hosts: it is the newer decision.
    if (sameTrusted) return { status: 'changed', oldFingerprint: sameTrusted.fingerprint, oldSource: this.trust.file };
    const sameType = hostLines.find((l) => l.keyType === type);
    if (sameType) return { status: 'changed', oldFingerprint: sameType.fingerprint, oldSource: `${sameType.file}:${sameType.line}` };
    const otherKnownTypes = [...new Set([...trusted.map((k) => k.keyType), ...hostLines.map((l) => l.keyType)])];
    return { status: 'unknown', otherKnownTypes };
  }

  /**
   * Decides about a presented key; resolves when it is accepted and rejects with an
   * SshError (host-key-*) otherwise.
   */
  async verify(label: string, host: string, port: number, blob: Buffer, policy: HostKeyPolicy): Promise<void> {
    const verdict = this.judge(host, port, blob, policy.knownHostsFiles);
    const fingerprint = sha256Fingerprint(blob);
    const type = keyTypeOf(blob);
    const where = knownHostsName(host, port);
    const tr = sshTexts(policy.lang);
    switch (verdict.status) {
      case 'known':
        return;
      case 'revoked':
        throw new SshError('host-key-revoked', tr.keyRevoked(label, where, type, fingerprint, verdict.source), label, { fingerprint });
      case 'changed':
        throw new SshError('host-key-changed', tr.keyChanged(label, where, type, verdict.oldFingerprint, verdict.oldSource, fingerprint),
          label, { oldFingerprint: verdict.oldFingerprint, newFingerprint: fingerprint, oldSource: verdict.oldSource });
      case 'unknown': {
        const remember = (): void => this.trust.trust(where, type, blob, fingerprint);
        if (policy.strict === 'accept-new' || policy.strict === 'no') return remember();
        if (policy.strict === 'yes') {
          throw new SshError('host-key-unknown', tr.keyUnknownStrict(label, where, type, fingerprint), label, { fingerprint });
        }
        if (!policy.confirm) {
          throw new SshError('host-key-unknown', tr.keyUnknownNobody(label, where, type, fingerprint), label, { fingerprint });
        }
        const ok = await policy.confirm({ label, host, port, keyType: type, fingerprint, otherKnownTypes: verdict.otherKnownTypes });
        if (!ok) throw new SshError('host-key-unknown', tr.keyNotAccepted(label, where, type, fingerprint), label, { fingerprint });
        return remember();
      }
    }
  }

  /** "Forget this host": drops our trusted keys and sets aside its known_hosts keys (which we never edit). */
  forget(host: string, port: number, files: string[]): { removedTrusted: number; setAside: string[] } {
    const name = knownHostsName(host, port);
    const setAside = this.knownLines(files).filter((l) => !l.marker && lineMatchesHost(l, name)).map((l) => l.fingerprint);
    const { removed } = this.trust.forget(name, setAside);
    return { removedTrusted: removed, setAside };
  }
}
