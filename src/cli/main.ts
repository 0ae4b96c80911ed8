// Entry point of the whole command-line tool (dist/cli.js, started by bin/keepalived-lab for
// every command but lint).
import { runCli } from './cli';
import { start } from './start';

start(runCli);
