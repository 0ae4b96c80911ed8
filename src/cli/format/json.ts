// A JSON array of findings with 1-based positions (end column exclusive), nothing else.
import { Formatter, LintReport, oneBased } from './report';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

export const jsonFormatter: Formatter = {
  format(report: LintReport): string {
    const out: JsonFinding[] = report.diagnostics.map((r) => {
      const d = r.diagnostic;
      const start = oneBased(d.range.start);
      const end = oneBased(d.range.end);
      return { file: r.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: d.severity, code: d.code, message: d.message };
    });
    return JSON.stringify(out, null, 2) + '\n';
  },
};
