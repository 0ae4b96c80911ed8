// The extension's own glue: commands and settings forwarded to the server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, diagnosticsWith, line, positionOf, scratch, seedText as seed, setSetting, waitFor, waitForDiagnostic, waitForNoDiagnostic, wsFile,
} from './helpers';

let seedText = '';

describe('keepalived-lab in a real editor host: commands and settings', () => {
  before(async () => {
    await activateExtension();
    seedText = seed();
  });

  afterEach(async () => {
    for (const key of ['severity', 'format.tabSize', 'format.insertSpaces', 'files.extraPatterns', 'keepalivedVersion']) await setSetting(key, undefined);
  });

  it('forwards keepalivedLab.severity: "off" silences a check, removing it brings it back', async () => {
    const editor = await scratch(seedText, 'severity');
    const uri = editor.document.uri;
    await waitForDiagnostic(uri, 'auth-pass-truncated');
    await setSetting('severity', { 'auth-pass-truncated': 'off', 'extra-arguments': 'warning' });
    await waitForNoDiagnostic(uri, 'auth-pass-truncated');
    await waitFor(() => diagnosticsWith(uri, 'extra-arguments')[0]?.severity === vscode.DiagnosticSeverity.Warning, 'extra-arguments downgraded to a warning');
    await setSetting('severity', undefined);
    await waitForDiagnostic(uri, 'auth-pass-truncated');
  });

  it('formats through the Format command with keepalivedLab.format.tabSize / insertSpaces', async () => {
    const editor = await scratch(seedText, 'format-command');
    const doc = editor.document;
    await setSetting('format.tabSize', 2);
    await setSetting('format.insertSpaces', true);
    const changed = await vscode.commands.executeCommand<boolean>('keepalivedLab.formatDocument', doc.uri);
    assert.equal(changed, true, 'the command changed the document');
    assert.equal(line(doc, positionOf(doc, 'state MASTER').line), '  state MASTER');
    assert.equal(line(doc, positionOf(doc, 'auth_type PASS').line), '    auth_type PASS');
  });

  it('checks every keepalived file of the workspace (Lint Workspace command)', async () => {
    const summary = await vscode.commands.executeCommand<{ files: string[]; errors: number; warnings: number }>('keepalivedLab.lintWorkspace', { showProblems: false });
    assert.ok(summary, 'the command returns a summary');
    const rel = summary.files.map((f) => vscode.workspace.asRelativePath(f));
    assert.ok(rel.includes('seed-lab/lb1/keepalived.conf') && rel.includes('seed-lab/lb2/keepalived.conf'), `both seed configs checked (got ${rel.join(', ')})`);
    assert.ok(summary.errors >= 1, 'errors are counted');
  });

  it('treats files matching keepalivedLab.files.extraPatterns as keepalived', async () => {
    const uri = wsFile('tmp-tests', 'extra', 'director.kaconf');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(seedText, 'utf8'));
    await setSetting('files.extraPatterns', ['**/*.kaconf']);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId === 'keepalived', 'the language to switch to keepalived');
    await waitForDiagnostic(uri, 'extra-arguments');
  });

  it('restarts the language server and keeps serving diagnostics', async () => {
    await vscode.commands.executeCommand('keepalivedLab.restartServer');
    const editor = await scratch(seedText, 'restart');
    await waitForDiagnostic(editor.document.uri, 'extra-arguments');
    await vscode.commands.executeCommand('keepalivedLab.showOutput');
  });
});
