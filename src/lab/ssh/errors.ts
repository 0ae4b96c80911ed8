// One error type for everything that can go wrong on the way to a lab host, with a kind
// the callers can branch on and a message a student can act on.

export type SshErrorKind =
  | 'unreachable' // no answer within the connect timeout
  | 'refused' // TCP connection refused (no sshd listening)
  | 'dns' // host name does not resolve
  | 'handshake' // SSH protocol failure before authentication
  | 'auth' // every authentication method was refused
  | 'host-key-unknown' // unknown key and StrictHostKeyChecking yes, or the user said no
  | 'host-key-changed' // the host presented a different key than the one we know
  | 'host-key-revoked' // the key is marked @revoked in known_hosts
  | 'connection-lost' // the connection closed while a command or transfer was running
  | 'command-timeout'
  | 'aborted'
  | 'sudo' // sudo wanted a password (we never type one)
  | 'channel' // the server refused to open a session (MaxSessions...)
  | 'config'; // bad settings (missing key file, bad ProxyJump)

export class SshError extends Error {
  constructor(
    readonly kind: SshErrorKind,
    message: string,
    readonly host?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'SshError';
  }
}

export function isSshError(e: unknown, kind?: SshErrorKind): e is SshError {
  return e instanceof SshError && (kind === undefined || e.kind === kind);
}
