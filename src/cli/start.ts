// Runs a command line in this process and exits with its code (shared by both bundles' entries).
import { takeLang } from './dispatch';
import { CliIo, processIo } from './io';

export function start(run: (argv: string[], io: CliIo) => Promise<number>): void {
  const argv = process.argv.slice(2);
  void run(argv, processIo()).then((code) => {
    // exitCode (not exit()) so that large outputs to a pipe are flushed first.
    process.exitCode = code;
    if (takeLang(argv, process.env).rest[0] === 'lint') {
      // lint has nothing left to do once its output is written: exit as soon as both streams have
      // flushed instead of letting Node tear the whole heap down (tens of ms after a big file).
      process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
    }
  });
}
