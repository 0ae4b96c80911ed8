// The whole command-line tool: every subcommand behind one dispatcher.
import { COMMANDS } from './commands';
import { runCommands } from './dispatch';
import { CliIo } from './io';

export { takeLang } from './dispatch';

export function runCli(argv: string[], io: CliIo): Promise<number> {
  return runCommands(COMMANDS, argv, io);
}
