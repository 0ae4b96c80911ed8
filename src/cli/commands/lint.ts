// `keepalived-lab lint`: checks configuration files like the editor does and prints the
// findings as text, JSON or SARIF. Exit 0: no errors; 1: errors; 2: usage or I/O problem.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Analysis, KaDiagnostic, RULES, Severity, analyze, comparePositions, ruleFor } from '../../language';
import { lastString, parseCommandArgs, stringValues } from '../args';
import { Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { FORMATTERS } from '../format';
import { LintReport, ReportedDiagnostic, oneBased } from '../format/report';
import { GITHUB_ANNOTATIONS_SHOWN, githubHidden } from '../format/github';
import { MAX_SARIF_RESULTS } from '../format/sarif';
import { summaryLine } from '../format/text';
import { cliMsg } from '../i18n';
import { CliIo, useColor } from '../io';
import { msgLang } from '../../language/i18n';
import { PathNamer } from '../paths';
import { STDIN, STDIN_LABEL, readInput, readStdinInput } from '../inputs';

const VERSIONS = ['2.2', '2.4'] as const;
/** The file keepalived reads when it is not given -f. */
const KEEPALIVED_DEFAULT_CONFIG = '/etc/keepalived/keepalived.conf';
const LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;


export const lintCommand: Command = {
  name: 'lint',
  get summary() {
    return cliMsg().lintSummary();
  },
  get help() {
    return cliMsg().lintHelp();
  },
  run(args: string[], io: CliIo): number {
    const { values, positionals } = parseCommandArgs('lint', args, {
      format: { type: 'string' },
      'keepalived-version': { type: 'string' },
      'config-id': { type: 'string' },
      'stdin-filename': { type: 'string' },
      severity: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(cliMsg().lintHelp());
      return EXIT_OK;
    }
    const format = lastString(values.format) ?? 'text';
    const formatter = FORMATTERS[format];
    if (!formatter) throw new UsageError(cliMsg().unknownFormat(format), 'lint');
    const version = lastString(values['keepalived-version']) ?? '2.2';
    if (!(VERSIONS as readonly string[]).includes(version)) throw new UsageError(cliMsg().unsupportedVersion(version, VERSIONS.join(cliMsg().or())), 'lint');
    const configId = lastString(values['config-id']);
    if (configId === '') throw new UsageError(cliMsg().configIdEmpty(), 'lint');
    const severities = parseSeverities(stringValues(values.severity));
    // Like `keepalived -t`, which checks /etc/keepalived/keepalived.conf unless told otherwise.
    if (!positionals.length) {
      if (!fs.existsSync(KEEPALIVED_DEFAULT_CONFIG)) throw new UsageError(cliMsg().noFileNoDefault(KEEPALIVED_DEFAULT_CONFIG), 'lint');
      positionals.push(KEEPALIVED_DEFAULT_CONFIG);
    }
    const stdinName = lastString(values['stdin-filename']);
    if (stdinName === '') throw new UsageError(cliMsg().stdinNameEmpty(), 'lint');
    if (stdinName !== undefined && !positionals.includes(STDIN)) throw new UsageError(cliMsg().stdinNameWithoutDash(), 'lint');

    const namer = new PathNamer(io.cwd);
    const inputs: { arg: string; abs: string; text: string }[] = [];
    let failed = false;
    const seen = new Set<string>();
    for (const arg of positionals) {
      const fromStdin = arg === STDIN;
      // Standard input is named as --stdin-filename says (also the base for its relative includes).
      const shown = fromStdin ? (stdinName ?? STDIN_LABEL) : arg;
      const abs = path.resolve(io.cwd, shown);
      if (seen.has(abs)) continue;
      seen.add(abs);
      const read = fromStdin ? readStdinInput(io, 'lint') : readInput(arg, abs, 'lint');
      if (typeof read !== 'string') {
        io.err(`keepalived-lab: ${read.problem}\n`);
        failed = true;
        continue;
      }
      namer.addGiven(shown, abs);
      inputs.push({ arg: shown, abs, text: read });
    }

    const analyses: Analysis[] = [];
    for (const i of inputs) {
      try {
        analyses.push(analyze(i.abs, i.text, { version: version as (typeof VERSIONS)[number], configId, severities, lang: msgLang() }));
      } catch (e) {
        // A bug in the checker must not hide the other files' findings.
        io.err(cliMsg().internalErrorChecking(i.arg, String((e as Error).stack ?? e)));
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
    if (format === 'text' || format === 'github') io.err(summaryLine(report) + '\n');
    if (format === 'github') {
      const hidden = githubHidden(report);
      if (hidden.error + hidden.warning + hidden.notice > 0) io.err(cliMsg().githubHidden(GITHUB_ANNOTATIONS_SHOWN, hidden.error, hidden.warning, hidden.notice));
    }
    if (format === 'sarif' && report.diagnostics.length > MAX_SARIF_RESULTS) {
      io.err(cliMsg().sarifTruncated(MAX_SARIF_RESULTS, report.diagnostics.length));
    }
    if (failed) return EXIT_USAGE;
    return report.diagnostics.some((r) => r.diagnostic.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

function parseSeverities(entries: string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const e of entries) {
    const m = /^([^=]+)=(.*)$/.exec(e);
    if (!m) throw new UsageError(cliMsg().severityExpects(e), 'lint');
    const [, code, level] = m;
    if (!ruleFor(code)) throw new UsageError(cliMsg().unknownRuleCode(code), 'lint');
    if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(cliMsg().unknownLevel(level, e, LEVELS.join(', ')), 'lint');
    out[code] = level as Severity | 'off';
  }
  return out;
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
