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
}

export function processIo(): CliIo {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set to something (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}
