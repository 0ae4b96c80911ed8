// The extension's commands (package.json contributes.commands). Each one is host-neutral:
// it talks to the language server directly instead of relying on workbench command ids,
// which differ between VS Code, code-server and Theia.
import * as vscode from 'vscode';
import { DocumentFormattingRequest } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './settings';
import { lintWorkspace } from './lintWorkspace';
import type { ServerHandle } from './extension';

export const COMMANDS = {
  restartServer: 'keepalivedLab.restartServer',
  showOutput: 'keepalivedLab.showOutput',
  formatDocument: 'keepalivedLab.formatDocument',
  lintWorkspace: 'keepalivedLab.lintWorkspace',
} as const;

/** Formats through our server (not whichever formatter the editor prefers) and applies the edits. */
async function formatDocument(server: ServerHandle, uri?: vscode.Uri): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a keepalived configuration to format it.'));
    return false;
  }
  const client = await server.ready();
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const tabSize = Number(visible?.options.tabSize ?? 4);
  const insertSpaces = visible?.options.insertSpaces !== false;
  // Goes through the same middleware as the editor's own "Format Document" (keepalivedLab.format.*).
  const middleware = client.middleware.provideDocumentFormattingEdits;
  const request = async (d: vscode.TextDocument, options: vscode.FormattingOptions, token: vscode.CancellationToken) => {
    const edits = await client.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: client.code2ProtocolConverter.asUri(d.uri) }, options }, token);
    return client.protocol2CodeConverter.asTextEdits(edits, token);
  };
  const source = new vscode.CancellationTokenSource();
  const edits = middleware
    ? await middleware(doc, { tabSize, insertSpaces }, source.token, request)
    : await request(doc, { tabSize, insertSpaces }, source.token);
  source.dispose();
  if (!edits || edits.length === 0) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, edits);
  return vscode.workspace.applyEdit(edit);
}

export function registerCommands(context: vscode.ExtensionContext, server: ServerHandle): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      await server.restart();
      void vscode.window.setStatusBarMessage(vscode.l10n.t('keepalived language server restarted'), 3000);
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => server.output.show(true)),
    vscode.commands.registerCommand(COMMANDS.formatDocument, (uri?: vscode.Uri) => formatDocument(server, uri)),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async (options?: { showProblems?: boolean }) => {
      await server.ready();
      return lintWorkspace(options);
    }),
  );
}
