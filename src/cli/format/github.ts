// GitHub Actions workflow commands (`::error file=…,line=…::message`): run in a workflow step,
// each finding becomes an annotation on the file's line in the pull request and the run summary.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import * as path from 'node:path';
import { Severity } from '../../language';
import { relativeUnder } from '../paths';
import { Formatter, LintReport, oneBased } from './report';

/** GitHub has three levels of annotation; information and hints become notices. */
const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/** GitHub shows this many annotations of each level per step (the rest stay in the log). */
export const GITHUB_ANNOTATIONS_SHOWN = 10;

/** The message part: a newline would end the command. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also ',' and ':' separate properties. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Paths relative to the folder the command ran in (the repository in a workflow), with '/'. */
function fileProperty(abs: string, shown: string, cwd: string): string {
  return (relativeUnder(cwd, abs) ?? shown).split(path.sep).join('/');
}

export const githubFormatter: Formatter = {
  format(report: LintReport): string {
    return report.diagnostics.map((r) => {
      const d = r.diagnostic;
      const start = oneBased(d.range.start);
      const end = oneBased(d.range.end);
      const props = [
        `file=${escapeProperty(fileProperty(r.absFile, r.file, report.cwd))}`,
        `line=${start.line}`,
        `endLine=${end.line}`,
        // GitHub takes columns only on a one-line range.
        ...(start.line === end.line ? [`col=${start.column}`, `endColumn=${end.column}`] : []),
        `title=${escapeProperty(`keepalived-lab ${d.code}`)}`,
      ];
      return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    }).join('');
  },
};

/** How many findings of each GitHub level there are beyond what GitHub shows. */
export function githubHidden(report: LintReport): { error: number; warning: number; notice: number } {
  const n = { error: 0, warning: 0, notice: 0 };
  for (const r of report.diagnostics) n[COMMAND[r.diagnostic.severity]]++;
  const over = (k: number) => Math.max(0, k - GITHUB_ANNOTATIONS_SHOWN);
  return { error: over(n.error), warning: over(n.warning), notice: over(n.notice) };
}
