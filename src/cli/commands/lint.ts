// `keepalived-lab lint`: checks configuration files like the editor does and prints the
// findings as text, JSON or SARIF. Exit 0: no errors; 1: errors; 2: usage or I/O problem.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis, KaDiagnostic, MAX_FILE_BYTES, RULES, Severity, analyze, comparePositions, ruleFor } from '../../language';
import { lastString, parseCommandArgs, stringValues } from '../args';
import { Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { FORMATTERS } from '../format';
import { LintReport, ReportedDiagnostic, oneBased } from '../format/report';
import { MAX_SARIF_RESULTS } from '../format/sarif';
import { summaryLine } from '../format/text';
import { CliIo, useColor } from '../io';
import { PathNamer } from '../paths';

const VERSIONS = ['2.2', '2.4'] as const;
const LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;

const HELP = `Usage: keepalived-lab lint [options] FILE...

Checks keepalived.conf files (and the files they include) and prints what keepalived
would silently do differently from what the file seems to say.

Options:
  --format text|json|sarif     output format (default: text)
                                 text   file:line:col: severity code: message, summary on stderr
                                 json   a JSON array of {file, line, column, endLine, endColumn,
                                        severity, code, message}
                                 sarif  SARIF 2.1.0 (GitHub code scanning)
  --keepalived-version 2.2|2.4 the keepalived version the file is for (default: 2.2, Debian 12)
  --config-id ID               keepalived's config id (-i) for @ID lines (default: this host's name)
  --severity CODE=LEVEL        change a rule's severity; LEVEL is error, warning, information,
                               hint or off (may be given several times)
  -h, --help                   show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or file problems
(or an internal error of the checker).
Files included by another file on the command line are checked as part of it.
`;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check keepalived.conf files and report problems',
  help: HELP,
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseCommandArgs('lint', args, {
      format: { type: 'string' },
      'keepalived-version': { type: 'string' },
      'config-id': { type: 'string' },
      severity: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT_OK;
    }
    const format = lastString(values.format) ?? 'text';
    const formatter = FORMATTERS[format];
    if (!formatter) throw new UsageError(`unknown format '${format}' (use text, json or sarif)`, 'lint');
    const version = lastString(values['keepalived-version']) ?? '2.2';
    if (!(VERSIONS as readonly string[]).includes(version)) throw new UsageError(`unsupported keepalived version '${version}' (use ${VERSIONS.join(' or ')})`, 'lint');
    const configId = lastString(values['config-id']);
    if (configId === '') throw new UsageError(`option '--config-id' needs a non-empty value`, 'lint');
    const severities = parseSeverities(stringValues(values.severity));
    if (!positionals.length) throw new UsageError('no FILE given', 'lint');

    const namer = new PathNamer(io.cwd);
    const inputs: { arg: string; abs: string; text: string }[] = [];
    let failed = false;
    const seen = new Set<string>();
    for (const arg of positionals) {
      const abs = path.resolve(io.cwd, arg);
      if (seen.has(abs)) continue;
      seen.add(abs);
      const read = readInput(arg, abs);
      if (typeof read !== 'string') {
        io.err(`keepalived-lab: ${read.problem}\n`);
        failed = true;
        continue;
      }
      namer.addGiven(arg, abs);
      inputs.push({ arg, abs, text: read });
    }

    const analyses: Analysis[] = [];
    for (const i of inputs) {
      try {
        analyses.push(analyze(i.abs, i.text, { version: version as (typeof VERSIONS)[number], configId, severities }));
      } catch (e) {
        // A bug in the checker must not hide the other files' findings.
        io.err(`keepalived-lab: internal error while checking '${i.arg}': ${(e as Error).stack ?? e}\n`);
        failed = true;
      }
    }
    const roots = keepRoots(analyses);
    for (const a of roots) namer.setStyle(a.doc.file, a.doc.read.files.keys());
    const report: LintReport = {
      diagnostics: collect(roots, namer),
      fileCount: new Set(roots.flatMap((a) => [...a.doc.read.files.keys()])).size,
      rules: RULES,
      cwd: io.cwd,
      color: useColor(io),
    };
    io.out(formatter.format(report));
    if (format === 'text') io.err(summaryLine(report) + '\n');
    if (format === 'sarif' && report.diagnostics.length > MAX_SARIF_RESULTS) {
      io.err(`keepalived-lab: SARIF output keeps the first ${MAX_SARIF_RESULTS} of ${report.diagnostics.length} findings (GitHub code scanning's limit per run)\n`);
    }
    if (failed) return EXIT_USAGE;
    return report.diagnostics.some((r) => r.diagnostic.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

function parseSeverities(entries: string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const e of entries) {
    const m = /^([^=]+)=(.*)$/.exec(e);
    if (!m) throw new UsageError(`--severity expects CODE=LEVEL, got '${e}'`, 'lint');
    const [, code, level] = m;
    if (!ruleFor(code)) throw new UsageError(`unknown rule code '${code}' in --severity`, 'lint');
    if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`unknown level '${level}' in --severity ${e} (use ${LEVELS.join(', ')})`, 'lint');
    out[code] = level as Severity | 'off';
  }
  return out;
}

/** Reads a command-line file, or says in one line why it cannot be linted. */
function readInput(arg: string, abs: string): string | { problem: string } {
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    return { problem: `cannot read '${arg}': ${describeIoError(e)}` };
  }
  if (st.isDirectory()) return { problem: `cannot lint '${arg}': it is a directory, not a file` };
  // Devices and pipes could block or never end (e.g. /dev/zero): refuse them before opening.
  if (!st.isFile()) return { problem: `cannot lint '${arg}': it is not a regular file` };
  if (st.size > MAX_FILE_BYTES) return { problem: `cannot lint '${arg}': it is ${st.size} bytes, more than the ${MAX_FILE_BYTES} bytes the checker reads` };
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch (e) {
    return { problem: `cannot read '${arg}': ${describeIoError(e)}` };
  }
}

function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'EISDIR': return 'it is a directory, not a file';
    case 'ELOOP': return 'too many symbolic links';
    default: return err.message;
  }
}

/**
 * Files that another command-line file includes are checked as part of it, not again on
 * their own. When two files include each other, the one given first is kept.
 */
function keepRoots(analyses: Analysis[]): Analysis[] {
  const included = analyses.map((a) => new Set([...a.doc.read.files.keys()].filter((f) => f !== a.doc.file)));
  return analyses.filter((a, i) => !analyses.some((_, j) => j !== i && included[j].has(a.doc.file) && !(included[i].has(analyses[j].doc.file) && i < j)));
}

/** Diagnostics of all kept analyses: file by file in reading order, then by position; duplicates from shared includes dropped. */
function collect(roots: Analysis[], namer: PathNamer): ReportedDiagnostic[] {
  const out: ReportedDiagnostic[] = [];
  const seen = new Set<string>();
  for (const a of roots) {
    const fileOrder = new Map([...a.doc.read.files.keys()].map((f, i) => [f, i]));
    const rank = (d: KaDiagnostic) => fileOrder.get(d.file) ?? fileOrder.size;
    const sorted = [...a.diagnostics].sort((x, y) => rank(x) - rank(y) || comparePositions(x.range.start, y.range.start) || x.code.localeCompare(y.code));
    for (const d of sorted) {
      const key = `${d.file}\0${d.code}\0${d.range.start.line}:${d.range.start.character}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        file: namer.display(d.file),
        absFile: d.file,
        diagnostic: d,
        related: (d.related ?? []).map((r) => ({ file: namer.display(r.file), absFile: r.file, ...oneBased(r.range.start), message: r.message })),
      });
    }
  }
  return out;
}
