// Every subcommand of keepalived-lab, one module each. Commands with heavy dependencies
// (lab pulls in ssh2) are loaded only when they run, so `lint` starts as fast as it can;
// their summaries are repeated here (test/cli/commands.test.ts checks they stay equal).
import type { Command } from '../command';
import { cliMsg } from '../i18n';
import { formatCommand } from './format';
import { lintCommand } from './lint';

/** A command whose module is required on first use (esbuild keeps require()d modules lazy). */
function lazy(name: string, summary: () => string, load: () => Command): Command {
  let loaded: Command | undefined;
  const get = () => (loaded ??= load());
  return {
    name,
    get summary() {
      return summary();
    },
    get help() {
      return get().help;
    },
    run: (args, io) => get().run(args, io),
  };
}

export const COMMANDS: readonly Command[] = [
  lintCommand,
  formatCommand,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lazy('lab', () => cliMsg().labSummary(), () => (require('./lab') as typeof import('./lab')).labCommand),
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lazy('plan', () => cliMsg().planSummary(), () => (require('./plan') as typeof import('./plan')).planCommand),
];
