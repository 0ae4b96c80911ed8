// Entry point of the bundled command-line tool (dist/cli.js, started by bin/keepalived-lab).
import { runCli } from './cli';
import { processIo } from './io';

runCli(process.argv.slice(2), processIo()).then((code) => {
  // exitCode (not exit()) so that large outputs to a pipe are flushed first.
  process.exitCode = code;
});
