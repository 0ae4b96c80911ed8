// What the lint command hands to a formatter: diagnostics with their display paths.
import { KaDiagnostic, Rule } from '../../language';

export interface ReportedDiagnostic {
  /** The file as shown to the user (see PathNamer). */
  file: string;
  /** Absolute path, for formats that need a URI. */
  absFile: string;
  diagnostic: KaDiagnostic;
  /** Related locations with display paths. */
  related: { file: string; absFile: string; line: number; column: number; message: string }[];
}

export interface LintReport {
  diagnostics: ReportedDiagnostic[];
  /** How many files were read (command-line files and the files they include). */
  fileCount: number;
  rules: readonly Rule[];
  cwd: string;
  color: boolean;
}

export interface Formatter {
  /** Text for standard output. */
  format(report: LintReport): string;
}

/** 1-based line/column pair of an LSP (0-based, UTF-16) position. */
export function oneBased(p: { line: number; character: number }): { line: number; column: number } {
  return { line: p.line + 1, column: p.character + 1 };
}
