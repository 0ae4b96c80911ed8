// Dispatches `keepalived-lab COMMAND ...` to a subcommand; handles --help, --version and
// usage errors the same way for every command.
import { Command, EXIT_OK, EXIT_USAGE, UsageError } from './command';
import { COMMANDS, commandNamed } from './commands';
import { CliIo } from './io';
import { packageInfo } from './version';

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: keepalived-lab COMMAND [options] [args]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (or 'keepalived-lab COMMAND --help' for a command)
  -v, --version  print the version

Run 'keepalived-lab COMMAND --help' for a command's options.
`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (first === undefined) throw new UsageError('no command given');
    if (first === '-h' || first === '--help') {
      io.out(mainHelp());
      return EXIT_OK;
    }
    if (first === '-v' || first === '--version') {
      io.out(packageInfo().version + '\n');
      return EXIT_OK;
    }
    if (first === 'help') {
      const target = rest[0] === undefined ? undefined : commandNamed(rest[0]);
      if (rest[0] !== undefined && !target) throw new UsageError(`unknown command '${rest[0]}'`);
      io.out(target ? target.help : mainHelp());
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (options go after the command)`);
    command = commandNamed(first);
    if (!command) throw new UsageError(`unknown command '${first}'`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const name = e.command ?? command?.name;
      const hint = name ? `keepalived-lab ${name} --help` : 'keepalived-lab --help';
      io.err(`keepalived-lab${name ? ' ' + name : ''}: ${e.message}\nRun '${hint}' for usage.\n`);
      return EXIT_USAGE;
    }
    io.err(`keepalived-lab: internal error: ${(e as Error).stack ?? e}\n`);
    return EXIT_USAGE;
  }
}
