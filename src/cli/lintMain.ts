// Entry point of the lint-only bundle (dist/lint.js): bin/keepalived-lab starts it for
// `keepalived-lab lint`, the command CI pipelines run most. Without the lab's code (SSH,
// planner, report) the bundle is about a third of dist/cli.js, which is a good part of the
// tool's start-up time on the small files lint usually sees.
import { lintCommand } from './commands/lint';
import { runCommands } from './dispatch';
import { start } from './start';

start((argv, io) => runCommands([lintCommand], argv, io));
