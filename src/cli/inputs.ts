// Reading the files a command is given (lint, format): regular files up to the checker's size
// limit, or standard input for '-'; every problem becomes one line that names the file.
import * as fs from 'node:fs';
import { MAX_FILE_BYTES } from '../language';
import { cliMsg } from './i18n';
import { CliIo } from './io';

/** `-` on the command line: the config comes on standard input (e.g. `ssh host cat /etc/keepalived/keepalived.conf | keepalived-lab lint -`). */
export const STDIN = '-';
export const STDIN_LABEL = '<stdin>';

export type Purpose = 'lint' | 'format';
export type Problem = { problem: string };

const verb = (p: Purpose) => (p === 'lint' ? cliMsg().verbLint() : cliMsg().verbFormat());

export function readStdinBytes(io: CliIo, purpose: Purpose): Buffer | Problem {
  if (!io.readStdin) return { problem: cliMsg().cannotReadStdin(cliMsg().stdinUnavailable()) };
  // On a terminal the command would seem to hang: say what it waits for.
  if (io.stdinIsTTY) io.err(cliMsg().readingStdin());
  let data: Buffer;
  try {
    data = io.readStdin(MAX_FILE_BYTES);
  } catch (e) {
    return { problem: cliMsg().cannotReadStdin(describeIoError(e)) };
  }
  if (data.length > MAX_FILE_BYTES) return { problem: cliMsg().stdinTooLarge(MAX_FILE_BYTES, verb(purpose)) };
  return data;
}

/** Reads a command-line file, or says in one line why it cannot be used. */
export function readInputBytes(arg: string, abs: string, purpose: Purpose): Buffer | Problem {
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    return { problem: cliMsg().cannotRead(arg, describeIoError(e)) };
  }
  if (st.isDirectory()) return { problem: cliMsg().isDirectory(arg, verb(purpose)) };
  // Devices and pipes could block or never end (e.g. /dev/zero): refuse them before opening.
  if (!st.isFile()) return { problem: cliMsg().notRegularFile(arg, verb(purpose)) };
  if (st.size > MAX_FILE_BYTES) return { problem: cliMsg().tooLarge(arg, st.size, MAX_FILE_BYTES, verb(purpose)) };
  try {
    return fs.readFileSync(abs);
  } catch (e) {
    return { problem: cliMsg().cannotRead(arg, describeIoError(e)) };
  }
}

export function readStdinInput(io: CliIo, purpose: Purpose): string | Problem {
  const r = readStdinBytes(io, purpose);
  return Buffer.isBuffer(r) ? r.toString('utf8') : r;
}

export function readInput(arg: string, abs: string, purpose: Purpose): string | Problem {
  const r = readInputBytes(arg, abs, purpose);
  return Buffer.isBuffer(r) ? r.toString('utf8') : r;
}

export function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return cliMsg().noSuchFile();
    case 'EACCES': case 'EPERM': return cliMsg().permissionDenied();
    case 'ENOTDIR': return cliMsg().notADirectory();
    case 'EISDIR': return cliMsg().isADirectory();
    case 'ELOOP': return cliMsg().tooManyLinks();
    case 'ENOSPC': return cliMsg().noSpace();
    case 'EROFS': return cliMsg().readOnlyFs();
    default: return err.message;
  }
}
