// Entry point of the bundled command-line tool (dist/cli.js, started by bin/keepalived-lab).
import { runCli } from './cli';
import { processIo } from './io';

const argv = process.argv.slice(2);
runCli(argv, processIo()).then((code) => {
  // exitCode (not exit()) so that large outputs to a pipe are flushed first.
  process.exitCode = code;
  if (argv[0] === 'lint') {
    // lint has nothing left to do once its output is written: exit as soon as both streams have
    // flushed instead of letting Node tear the whole heap down (tens of ms after a big file).
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  }
});
