import * as fs from 'node:fs';
import { isatty } from 'node:tty';

// What a command may touch of the outside world. Commands receive it instead of using
// `process` directly, so they stay testable and the entry point decides about streams.
export interface CliIo {
  /** Writes to standard output (the command's result: diagnostics, JSON, SARIF). */
  out(text: string): void;
  /** Writes to standard error (summaries, usage and I/O messages). */
  err(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /**
   * Reads standard input to its end, at most `maxBytes` + 1 bytes (so the caller can tell
   * "too large" from "just fits"). Absent where a command has no standard input to offer.
   */
  readStdin?(maxBytes: number): Buffer;
  stdinIsTTY?: boolean;
}

export function processIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: readFd0,
    // Not process.stdin: making that stream would switch a pipe on fd 0 to non-blocking.
    stdinIsTTY: isatty(0),
  };
}

let pause: Int32Array | undefined;

function readFd0(maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(64 * 1024);
  while (total <= maxBytes) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // fd 0 was left non-blocking by whoever started us and has nothing yet: wait, do not spin.
        Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** Colour only on a terminal, and never when NO_COLOR is set to something (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}
