// keepalivedLab.files.extraPatterns: files matching them are switched to the keepalived language
// when they are opened while the extension runs (package.json cannot contribute patterns from a setting).
import * as vscode from 'vscode';
import { extraFilePatterns, LANGUAGE_ID } from './settings';

export function matchesExtraPattern(doc: vscode.TextDocument, patterns = extraFilePatterns()): boolean {
  return patterns.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

async function associate(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId === LANGUAGE_ID || doc.isClosed || !matchesExtraPattern(doc)) return;
  // Only take over plain-text-like documents: a user who chose a language for this file wins.
  if (doc.languageId !== 'plaintext' && doc.languageId !== 'properties' && doc.languageId !== 'ini') return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export function registerFileAssociations(context: vscode.ExtensionContext): void {
  const applyToOpen = () => vscode.workspace.textDocuments.forEach((d) => void associate(d));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void associate(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('keepalivedLab.files.extraPatterns')) applyToOpen();
    }),
  );
  applyToOpen();
}
