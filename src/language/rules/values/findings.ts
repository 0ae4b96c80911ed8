// A finding computed by a shared pass and reported by the rule that owns its code.
import { KaDiagnostic, Range, Severity } from '../../types';
import { Rule, RuleContext } from '../rule';
import { msg } from '../../i18n';

export interface Finding {
  code: string;
  message: string;
  file: string;
  range: Range;
  severity?: Severity;
  tags?: KaDiagnostic['tags'];
  data?: Record<string, unknown>;
}

export function reportFindings(ctx: RuleContext, code: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (f.code !== code) continue;
    ctx.report({ message: f.message, file: f.file, range: f.range, severity: f.severity, tags: f.tags, data: f.data });
  }
}

/** Quick fix shared by several rules: replace the flagged text with `data.replacement`. */
export function replacementFix(diag: KaDiagnostic, preferred = true): ReturnType<NonNullable<Rule['fixes']>> {
  const replacement = diag.data?.replacement;
  if (typeof replacement !== 'string') return [];
  const title = replacement === '' ? msg().removeValue(String(diag.data?.original ?? '')) : msg().changeValueTo(replacement);
  return [{ title, isPreferred: preferred, edits: [{ file: diag.file, range: diag.range, newText: replacement }] }];
}
