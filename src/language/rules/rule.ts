// What a diagnostic rule is: a stable code, a default severity, a check, and optional fixes.
import { ConfigDocument } from '../ast';
import { ConfigModel } from '../model';
import { KeepalivedVersion } from '../schema';
import { Fix, KaDiagnostic, Range, RelatedInfo, Severity } from '../types';

export interface RuleOptions {
  version: KeepalivedVersion;
}

export interface Report {
  message: string;
  file: string;
  range: Range;
  related?: RelatedInfo[];
  tags?: KaDiagnostic['tags'];
  data?: Record<string, unknown>;
  /** Overrides the rule's default severity for this one finding. */
  severity?: Severity;
}

export interface RuleContext {
  doc: ConfigDocument;
  model: ConfigModel;
  options: RuleOptions;
  report(r: Report): void;
}

export interface FixContext {
  /** Text of each file of the analysis, by absolute path. */
  files: Map<string, string>;
  doc: ConfigDocument;
}

export interface Rule {
  /** Stable identifier; shown in Diagnostic.code, used in settings and docs. */
  code: string;
  severity: Severity;
  /** One line for docs/rules.md and settings descriptions. */
  title: string;
  /** A small configuration showing the problem (for docs/rules.md). */
  example?: string;
  /**
   * True when the rule's findings for a top-level block depend only on that block (and
   * global_defs), lie inside it, and name no line or reading-order number: re-analysis after an
   * edit then runs it on the edited blocks only and moves the others' findings
   * (src/language/incremental.ts). Set it only after checking all three; without it the rule runs
   * on the whole tree after every edit, which is always correct.
   */
  blockLocal?: boolean;
  /**
   * Runs the check. Rules whose findings come from the reader or parser (braces, quotes,
   * includes) have no check of their own: they only declare the code.
   */
  check?(ctx: RuleContext): void;
  fixes?(diag: KaDiagnostic, ctx: FixContext): Fix[];
}
