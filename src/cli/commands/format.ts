// `keepalived-lab format`: the editor's Format Document for files, for CI (`--check`) and
// for people who do not use the editor. The formatter only makes changes that keepalived reads
// the same way; as a second guard, a file is written only when the syntax tree read from the
// new text is the one read from the old. Files are replaced whole (written next to the file,
// then renamed over it), keeping their permissions; text that is not valid UTF-8 is left alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigDocument, FormatOptions, Statement, blockPath, formatText, parseConfig, walk } from '../../language';
import { msgLang } from '../../language/i18n';
import { lastString, parseCommandArgs } from '../args';
import { Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { cliMsg } from '../i18n';
import { STDIN, STDIN_LABEL, describeIoError, readInputBytes, readStdinBytes } from '../inputs';
import { CliIo } from '../io';

const DEFAULT_INDENT = 4;

export const formatCommand: Command = {
  name: 'format',
  get summary() {
    return cliMsg().formatSummary();
  },
  get help() {
    return cliMsg().formatHelp(DEFAULT_INDENT);
  },
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseCommandArgs('format', args, {
      check: { type: 'boolean' },
      indent: { type: 'string' },
      tabs: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(cliMsg().formatHelp(DEFAULT_INDENT));
      return EXIT_OK;
    }
    const indentArg = lastString(values.indent);
    if (indentArg !== undefined && values.tabs) throw new UsageError(cliMsg().indentOrTabs(), 'format');
    const size = indentArg === undefined ? DEFAULT_INDENT : /^\d+$/.test(indentArg) ? Number(indentArg) : NaN;
    if (!(size >= 1 && size <= 16)) throw new UsageError(cliMsg().badIndent(indentArg ?? ''), 'format');
    const options: FormatOptions = { insertSpaces: !values.tabs, tabSize: size };
    const check = values.check === true;
    if (!positionals.length) throw new UsageError(cliMsg().noFile(), 'format');
    if (positionals.filter((p) => p === STDIN).length > 1) throw new UsageError(cliMsg().stdinOnce(), 'format');

    let failed = false;
    let changed = 0;
    let total = 0;
    const seen = new Set<string>();
    for (const arg of positionals) {
      const fromStdin = arg === STDIN;
      const abs = path.resolve(io.cwd, fromStdin ? STDIN_LABEL : arg);
      if (seen.has(abs)) continue;
      seen.add(abs);
      const bytes = fromStdin ? readStdinBytes(io, 'format') : readInputBytes(arg, abs, 'format');
      if (!Buffer.isBuffer(bytes)) {
        io.err(`keepalived-lab: ${bytes.problem}\n`);
        failed = true;
        continue;
      }
      const shown = fromStdin ? STDIN_LABEL : arg;
      const text = bytes.toString('utf8');
      // A lossy decoding would be written back as U+FFFD: the file's other bytes would be lost.
      if (!Buffer.from(text, 'utf8').equals(bytes)) {
        io.err(`keepalived-lab: ${cliMsg().notUtf8(shown)}\n`);
        failed = true;
        if (fromStdin && !check) io.out(text);
        continue;
      }
      total++;
      const formatted = formatText(text, options);
      if (formatted !== text && !sameReading(abs, text, formatted)) {
        io.err(`keepalived-lab: ${cliMsg().formatWouldChangeMeaning(shown)}\n`);
        failed = true;
        if (fromStdin && !check) io.out(text);
        continue;
      }
      // Standard input goes to standard output whether it changed or not; a file is written only when it changed.
      if (fromStdin && !check) io.out(formatted);
      if (formatted === text) continue;
      if (!fromStdin && !check) {
        const problem = replaceFile(abs, formatted);
        if (problem) {
          io.err(`keepalived-lab: ${cliMsg().cannotWrite(shown, problem)}\n`);
          failed = true;
          continue;
        }
      }
      changed++;
      // The files that were (or would be) changed; formatted standard input is the output itself.
      if (check || !fromStdin) io.out(shown + '\n');
    }
    if (total) io.err((check ? cliMsg().formatCheckSummary(changed, total) : cliMsg().formatSummaryLine(changed, total)) + '\n');
    if (failed) return EXIT_USAGE;
    return check && changed ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** What the parser reads, without positions: each statement's block path, words and value-block entries. */
function reading(doc: ConfigDocument): string {
  const out: string[] = [];
  walk(doc.statements, (s: Statement) => {
    out.push([blockPath(s).join(' '), s.file, ...s.args.map((t) => t.text), s.open ? '{' : '', ...s.items.map((i) => i.tokens.map((t) => t.text).join(' '))].join('\u0000'));
  });
  return out.join('\n');
}

export function sameReading(file: string, before: string, after: string): boolean {
  const opts = { lang: msgLang() };
  return reading(parseConfig(file, before, opts)) === reading(parseConfig(file, after, opts));
}

/**
 * Writes `text` over the file (through a symbolic link, to its target) by writing a new file
 * beside it and renaming that over the old one, so an interrupted run leaves the old file
 * whole. Returns a problem description, or undefined when done.
 */
function replaceFile(file: string, text: string): string | undefined {
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file);
    st = fs.statSync(target);
  } catch (e) {
    return describeIoError(e);
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.keepalived-lab-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode: st.mode & 0o7777, flag: 'wx' });
    fs.chmodSync(tmp, st.mode & 0o7777); // the umask may have taken bits away
    try {
      fs.chownSync(tmp, st.uid, st.gid);
    } catch {
      // Only root may give a file away; an ordinary user's file stays theirs anyway.
    }
    fs.renameSync(tmp, target);
    return undefined;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    return describeIoError(e);
  }
}
