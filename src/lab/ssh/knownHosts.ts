// Reads OpenSSH known_hosts files (never writes them): plain and hashed (|1|salt|hash)
// host patterns, [host]:port for other ports, wildcards and negation, and the
// @cert-authority / @revoked markers.
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import { keyTypeOf, sha256Fingerprint } from './keys';

export interface KnownHostLine {
  file: string;
  /** 1-based line number, for messages like "~/.ssh/known_hosts:12". */
  line: number;
  marker?: 'cert-authority' | 'revoked';
  patterns: string[];
  keyType: string;
  key: Buffer;
  fingerprint: string;
}

/** The name OpenSSH looks up: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

export function parseKnownHosts(text: string, file: string): KnownHostLine[] {
  const out: KnownHostLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    let marker: KnownHostLine['marker'];
    if (fields[0].startsWith('@')) {
      const m = fields.shift()!.slice(1);
      if (m !== 'cert-authority' && m !== 'revoked') return; // unknown marker: OpenSSH skips the line
      marker = m;
    }
    if (fields.length < 3) return;
    const [patterns, keyType, b64] = fields;
    if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) return;
    const key = Buffer.from(b64, 'base64');
    if (keyTypeOf(key) !== keyType) return; // a line whose blob does not match its type is corrupt
    out.push({ file, line: i + 1, marker, patterns: patterns.split(','), keyType, key, fingerprint: sha256Fingerprint(key) });
  });
  return out;
}

export function readKnownHostsFile(file: string): KnownHostLine[] {
  try {
    return parseKnownHosts(fs.readFileSync(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return [];
    throw e;
  }
}

/** OpenSSH's wildcard match: `*` any run, `?` one character, case-insensitive. */
export function wildcardMatch(pattern: string, name: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
  return re.test(name);
}

function hashedMatch(pattern: string, name: string): boolean {
  const parts = pattern.split('|');
  if (parts.length !== 4 || parts[1] !== '1') return false;
  const salt = Buffer.from(parts[2], 'base64');
  const want = Buffer.from(parts[3], 'base64');
  const got = createHmac('sha1', salt).update(name).digest();
  return got.length === want.length && got.equals(want);
}

/** Whether a line's host patterns match `name` (the knownHostsName form): one positive match and no negated one. */
export function lineMatchesHost(line: KnownHostLine, name: string): boolean {
  let matched = false;
  for (const p of line.patterns) {
    if (p.startsWith('|')) {
      if (hashedMatch(p, name)) matched = true;
      continue;
    }
    const negated = p.startsWith('!');
    const pat = negated ? p.slice(1) : p;
    if (wildcardMatch(pat, name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** Makes a hashed host pattern the way `ssh-keygen -H` does (used by tests and tools). */
export function hashHostName(name: string, salt: Buffer): string {
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
}
