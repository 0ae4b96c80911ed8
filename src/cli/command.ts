// The shape of a subcommand (lint, later lab and plan): each lives in its own module
// under commands/ and is listed in commands/index.ts.
import { CliIo } from './io';

/** Exit codes shared by every subcommand. */
export const EXIT_OK = 0;
/** The command ran and found problems (lint: at least one error). */
export const EXIT_FINDINGS = 1;
/** Bad usage or an input/output problem (missing or unreadable file). */
export const EXIT_USAGE = 2;

export interface Command {
  name: string;
  /** One line for the command list in `keepalived-lab --help`. */
  summary: string;
  /** Full help text of the command (`keepalived-lab NAME --help`). */
  help: string;
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Thrown for wrong command lines; the entry point prints it with a hint and exits 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}
