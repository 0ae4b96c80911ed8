// Every subcommand of keepalived-lab. Add new ones (lab, plan) here, one module each.
import { Command } from '../command';
import { labCommand } from './lab';
import { lintCommand } from './lint';

export const COMMANDS: readonly Command[] = [lintCommand, labCommand];

export function commandNamed(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
