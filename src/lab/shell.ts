// Everything that turns inventory values into shell text goes through here: strict
// validators for the values that reach a remote shell, and one quoting function.
import { isIP } from 'node:net';

/** Quotes a value for a POSIX shell: the result is always one word, whatever it holds. */
export function shellQuote(value: string | number): string {
  const s = String(value);
  if (s !== '' && /^[A-Za-z0-9_\-.,:/@%+=]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Joins a command and its arguments, quoting each argument. */
export function shellCommand(...words: (string | number)[]): string {
  return words.map(shellQuote).join(' ');
}

/** IPv4 or IPv6 literal (no zone index, no brackets). */
export function isIpAddress(s: string): boolean {
  return isIP(s) !== 0;
}

export function isIpv4(s: string): boolean {
  return isIP(s) === 4;
}

/** A DNS host name (RFC 1123 labels), so that a name can never carry shell syntax. */
export function isHostName(s: string): boolean {
  if (s.length === 0 || s.length > 253) return false;
  return s.split('.').every((l) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l));
}

/** An address the lab may connect to: an IP literal or a host name. */
export function isHostAddress(s: string): boolean {
  return isIpAddress(s) || isHostName(s);
}

/** A Linux interface name: at most 15 bytes, no slash, colon or white space (the kernel's rule), and no leading dash. */
export function isInterfaceName(s: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/.test(s) && s !== '.' && s !== '..';
}

/** A POSIX user name as useradd accepts it by default. */
export function isUserName(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/.test(s);
}

/** A name of a host in the inventory (also used in file and namespace names). */
export function isLabName(s: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/.test(s);
}

/** An absolute remote path without characters that have a meaning to a shell or to keepalived. */
export function isSafeRemotePath(s: string): boolean {
  return /^\/[A-Za-z0-9_.\-/+@]*$/.test(s) && !s.split('/').includes('..');
}

/** A command run as root through `sudo -n` (never asks for a password) unless the login user is root. */
export function sudoWrap(command: string, loginUser: string): string {
  return loginUser === 'root' ? command : `sudo -n -- sh -c ${shellQuote(command)}`;
}
