// Quick fixes: for each diagnostic of the request, the fixes its rule offers.
import { CodeAction, CodeActionKind, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { Analysis, fixesFor } from '../analyze';
import { fromLspDiagnostic } from './diagnostics';
import { UriOf, fileToUri } from './uri';

/** `diagnostics` are the client's copies (as published by toLspDiagnostic) from the request context. */
export function codeActions(analysis: Analysis, diagnostics: Diagnostic[], file = analysis.doc.file, uriOf: UriOf = fileToUri): CodeAction[] {
  const out: CodeAction[] = [];
  for (const lsp of diagnostics) {
    const diag = fromLspDiagnostic(lsp, file);
    if (!diag) continue;
    let fixes: ReturnType<typeof fixesFor>;
    try {
      fixes = fixesFor(diag, analysis);
    } catch {
      // A fix that cannot be computed (stale data) is simply not offered.
      continue;
    }
    for (const fix of fixes) {
      const changes: Record<string, TextEdit[]> = {};
      for (const e of fix.edits) (changes[uriOf(e.file)] ??= []).push(TextEdit.replace(e.range, e.newText));
      const edit: WorkspaceEdit = { changes };
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: fix.isPreferred ?? false, edit });
    }
  }
  return out;
}
