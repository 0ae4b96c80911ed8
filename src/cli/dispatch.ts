// Dispatches `keepalived-lab COMMAND ...` to one of the given subcommands; handles --help,
// --version and usage errors the same way for every command. The full tool (main.ts) passes
// every command; the lint-only bundle (lintMain.ts) passes just `lint`, so that it does not
// carry the lab's code.
import { Command, EXIT_OK, EXIT_USAGE, UsageError } from './command';
import { isLang, Lang, langFromEnv, setProcessLang } from '../language/i18n';
import { cliMsg } from './i18n';
import { CliIo } from './io';
import { packageInfo } from './version';

export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return cliMsg().mainHelp(commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n'));
}

/**
 * Takes the global `--lang en|ru` (or `--lang=ru`) out of the command line, wherever it stands
 * before a `--`; without it the language comes from LC_ALL, LC_MESSAGES or LANG.
 */
export function takeLang(argv: string[], env: CliIo['env']): { lang: Lang; rest: string[]; problem?: string } {
  const rest: string[] = [];
  let given: string | undefined;
  let missing = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--lang') {
      if (i + 1 >= argv.length) missing = true;
      else given = argv[++i];
    } else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
    else rest.push(a);
  }
  const fallback = langFromEnv(env as NodeJS.ProcessEnv);
  if (missing) return { lang: fallback, rest, problem: 'missing' };
  if (given === undefined) return { lang: fallback, rest };
  return isLang(given) ? { lang: given, rest } : { lang: fallback, rest, problem: given };
}

export async function runCommands(commands: readonly Command[], argv: string[], io: CliIo): Promise<number> {
  const taken = takeLang(argv, io.env);
  const restore = setProcessLang(taken.lang);
  try {
    return await runIn(commands, taken.rest, io, taken.problem);
  } finally {
    restore();
  }
}

async function runIn(commands: readonly Command[], argv: string[], io: CliIo, langProblem: string | undefined): Promise<number> {
  const commandNamed = (name: string) => commands.find((c) => c.name === name);
  const [first, ...rest] = argv;
  let command: Command | undefined;
  try {
    if (langProblem !== undefined) throw new UsageError(langProblem === 'missing' ? cliMsg().langNeedsValue() : cliMsg().badLang(langProblem));
    if (first === undefined) throw new UsageError(cliMsg().noCommand());
    if (first === '-h' || first === '--help') {
      io.out(mainHelp(commands));
      return EXIT_OK;
    }
    if (first === '-v' || first === '--version') {
      io.out(packageInfo().version + '\n');
      return EXIT_OK;
    }
    if (first === 'help') {
      const target = rest[0] === undefined ? undefined : commandNamed(rest[0]);
      if (rest[0] !== undefined && !target) throw new UsageError(cliMsg().unknownCommand(rest[0]));
      io.out(target ? target.help : mainHelp(commands));
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(cliMsg().optionBeforeCommand(first));
    command = commandNamed(first);
    if (!command) throw new UsageError(cliMsg().unknownCommand(first));
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const name = e.command ?? command?.name;
      const hint = name ? `keepalived-lab ${name} --help` : 'keepalived-lab --help';
      io.err(cliMsg().usage(`keepalived-lab${name ? ' ' + name : ''}`, e.message, hint));
      return EXIT_USAGE;
    }
    io.err(cliMsg().internalError(String((e as Error).stack ?? e)));
    return EXIT_USAGE;
  }
}
