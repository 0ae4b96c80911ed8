// Compiler-style lines: `file:line:col: severity code: message`, 1-based.
import { Severity } from '../../language';
import { cliMsg } from '../i18n';
import { Formatter, LintReport, oneBased } from './report';

const SGR = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', cyan: '\x1b[36m' };

const SEVERITY_COLOR: Record<Severity, string> = {
  error: SGR.bold + SGR.red,
  warning: SGR.bold + SGR.yellow,
  information: SGR.bold + SGR.blue,
  hint: SGR.cyan,
};

export const textFormatter: Formatter = {
  format(report: LintReport): string {
    const paint = (style: string, s: string) => (report.color ? style + s + SGR.reset : s);
    const lines: string[] = [];
    for (const r of report.diagnostics) {
      const d = r.diagnostic;
      const { line, column } = oneBased(d.range.start);
      lines.push(`${paint(SGR.bold, `${printable(r.file)}:${line}:${column}:`)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ${paint(SGR.dim, d.code + ':')} ${printable(d.message)}`);
      for (const rel of r.related) {
        lines.push(`  ${paint(SGR.bold, `${printable(rel.file)}:${rel.line}:${rel.column}:`)} ${paint(SGR.dim, 'note:')} ${printable(rel.message)}`);
      }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
  },
};

/**
 * Messages quote words from the file, which may be binary garbage: control characters
 * (escape sequences, carriage returns, line breaks) are shown as \xNN so they can neither
 * drive the terminal nor break the one-finding-per-line layout.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/** `N errors, M warnings in K files` (for standard error). */
export function summaryLine(report: LintReport): string {
  let errors = 0;
  let warnings = 0;
  for (const r of report.diagnostics) {
    if (r.diagnostic.severity === 'error') errors++;
    else if (r.diagnostic.severity === 'warning') warnings++;
  }
  return cliMsg().summary(errors, warnings, report.fileCount);
}
