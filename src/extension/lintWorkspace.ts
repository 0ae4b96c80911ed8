// "Check all keepalived files in the workspace": opens every matching file as a keepalived
// document, so the language server analyses it and its findings land in the Problems panel.
import * as vscode from 'vscode';
import { DEFAULT_FILE_PATTERNS, extraFilePatterns, LANGUAGE_ID } from './settings';

/** Enough for any real keepalived setup; stops a stray pattern from opening a whole disk. */
const MAX_FILES = 500;
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/out/**,**/dist/**}';

export interface LintSummary {
  files: string[];
  errors: number;
  warnings: number;
  /** Files for which the server had not answered when we stopped waiting. */
  pending: string[];
}

/** Workspace-relative patterns only: findFiles cannot search absolute ones such as /etc/keepalived/**. */
function searchPatterns(): string[] {
  return [...DEFAULT_FILE_PATTERNS, ...extraFilePatterns()].filter((p) => !p.startsWith('/'));
}

export async function findKeepalivedFiles(): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const pattern of searchPatterns()) {
    for (const uri of await vscode.workspace.findFiles(pattern, EXCLUDE, MAX_FILES)) seen.set(uri.toString(), uri);
  }
  return [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString())).slice(0, MAX_FILES);
}

/**
 * The server publishes diagnostics for every opened document (an empty list for a clean one), but the
 * editor API cannot tell "clean" from "not analysed yet"; so wait until each file has reported, or the
 * diagnostics stop changing for a while.
 */
async function settle(uris: vscode.Uri[], timeoutMs: number): Promise<string[]> {
  const pending = new Set(uris.map((u) => u.toString()));
  const drop = () => uris.forEach((u) => { if (vscode.languages.getDiagnostics(u).length > 0) pending.delete(u.toString()); });
  drop();
  await new Promise<void>((resolve) => {
    let quiet: NodeJS.Timeout | undefined;
    const done = () => { sub.dispose(); clearTimeout(hard); clearTimeout(quiet); resolve(); };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      e.uris.forEach((u) => pending.delete(u.toString()));
      if (pending.size === 0) return done();
      clearTimeout(quiet);
      quiet = setTimeout(done, 1500);
    });
    const hard = setTimeout(done, timeoutMs);
    quiet = setTimeout(done, 3000);
    if (pending.size === 0) done();
  });
  return [...pending];
}

export async function lintWorkspace(options: { showProblems?: boolean; timeoutMs?: number } = {}): Promise<LintSummary> {
  const uris = await findKeepalivedFiles();
  if (uris.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No keepalived configuration files found in this workspace (keepalived.conf, *.keepalived.conf, keepalived/*.conf, or keepalivedLab.files.extraPatterns).'));
    return { files: [], errors: 0, warnings: 0, pending: [] };
  }
  for (const uri of uris) {
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  }
  const pending = await settle(uris, options.timeoutMs ?? 20000);
  let errors = 0;
  let warnings = 0;
  for (const uri of uris) {
    for (const d of vscode.languages.getDiagnostics(uri)) {
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
  }
  const summary: LintSummary = { files: uris.map((u) => u.fsPath), errors, warnings, pending };
  if (options.showProblems !== false) {
    // The id differs between hosts (VS Code vs Theia); the panel is a convenience, not the result.
    await vscode.commands.executeCommand('workbench.actions.view.problems').then(undefined, () => undefined);
    void vscode.window.showInformationMessage(vscode.l10n.t('keepalived: checked {0} file(s): {1} error(s), {2} warning(s). See the Problems panel.', uris.length, errors, warnings));
  }
  return summary;
}
