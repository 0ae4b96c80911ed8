// "Check with keepalived on host…": the open keepalived.conf is checked by the keepalived of a
// director of the lab (src/lab/remoteCheck.ts does the work). Its findings go to their own
// diagnostic collection, next to ours, marked with the host and keepalived's version; they
// belong to the text that was checked, so an edit of the document clears them.
import * as vscode from 'vscode';
import { checkOnHost, exitMeaning, findingText, RemoteCheckResult, remoteSource } from '../../lab/remoteCheck';
import { TreeModelNode } from '../../lab/view/treeModel';
import { LabService } from './labService';
import { uiLang } from '../uiLang';

export const CHECK_ON_HOST_COMMAND = 'keepalivedLab.lab.checkOnHost';
export const REMOTE_CHECK_COLLECTION = 'keepalived-lab-remote-check';

export function toDiagnostics(r: RemoteCheckResult, doc: Pick<vscode.TextDocument, 'lineCount' | 'lineAt'>): vscode.Diagnostic[] {
  return r.mapped.map((m) => {
    const line = Math.min(m.line, Math.max(0, doc.lineCount - 1));
    const length = doc.lineAt(line).text.length;
    const range = new vscode.Range(line, Math.min(m.startCharacter, length), line, Math.min(Math.max(m.endCharacter, m.startCharacter), length));
    const d = new vscode.Diagnostic(range, findingText(m), m.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
    d.source = remoteSource(r);
    d.code = m.hostDependent ? `host-dependent: ${m.hostDependent.kind}` : 'keepalived -t';
    return d;
  });
}

/** Registers the command and its diagnostic collection; the returned collection is for tests. */
export function registerCheckOnHost(context: vscode.ExtensionContext, lab: LabService): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection(REMOTE_CHECK_COLLECTION);
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && collection.has(e.document.uri)) collection.delete(e.document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
    vscode.commands.registerCommand(CHECK_ON_HOST_COMMAND, async (arg?: TreeModelNode | vscode.Uri) => {
      try {
        await run(arg);
      } catch (e) {
        lab.output.error((e as Error).message);
        void vscode.window.showErrorMessage((e as Error).message);
      }
    }),
  );

  async function pickDirector(node: TreeModelNode | undefined): Promise<string | undefined> {
    if (node?.host) return node.host;
    const directors = (lab.inventory?.hosts ?? []).filter((h) => h.role === 'director');
    if (!directors.length) throw new Error(lab.lastError ?? vscode.l10n.t('The lab file names no director to check the config on.'));
    if (directors.length === 1) return directors[0].name;
    const p = await vscode.window.showQuickPick(directors.map((h) => ({ label: h.name, description: h.address })), { title: vscode.l10n.t('Check with the keepalived of which director?') });
    return p?.label;
  }

  async function run(arg: TreeModelNode | vscode.Uri | undefined): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
    if (!doc) throw new Error(vscode.l10n.t('Open a keepalived.conf first: the command checks the active editor\'s text.'));
    const host = await pickDirector(arg instanceof vscode.Uri ? undefined : arg);
    if (!host) return;
    const version = doc.version;
    const text = doc.getText();
    const res = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('keepalived -t on {0}', host), cancellable: true },
      async (_p, token) => {
        const ac = new AbortController();
        token.onCancellationRequested(() => ac.abort());
        return checkOnHost(await lab.getPool().connection(host, ac.signal), host, text, { signal: ac.signal, lang: uiLang() });
      },
    );
    lab.output.info(vscode.l10n.t('{0} on {1}: exit {2} ({3})', remoteSource(res), doc.uri.fsPath || doc.uri.toString(), res.exitCode ?? vscode.l10n.t('signal'), exitMeaning(res.exitCode, uiLang())) + (res.output ? `\n${res.output}` : ''));
    if (!res.removed) lab.output.warn(vscode.l10n.t('{0}: could not remove {1}', host, res.tmpPath));
    if (doc.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while {0} checked it: run the check again to see findings for the current text.', host));
      return;
    }
    collection.set(doc.uri, toDiagnostics(res, doc));
    const hostOnly = res.mapped.filter((m) => m.hostDependent).length;
    const summary = res.mapped.length
      ? (hostOnly
        ? vscode.l10n.t('{0}: {1} finding(s), {2} depending on {3} itself — see Problems.', remoteSource(res), res.mapped.length, hostOnly, host)
        : vscode.l10n.t('{0}: {1} finding(s) — see Problems.', remoteSource(res), res.mapped.length))
      : vscode.l10n.t('{0}: no findings.', remoteSource(res));
    if (res.inconclusive) void vscode.window.showWarningMessage(`${summary} ${res.inconclusive}`);
    else if (res.mapped.length) void vscode.window.showWarningMessage(summary);
    else void vscode.window.showInformationMessage(summary);
  }

  return collection;
}
