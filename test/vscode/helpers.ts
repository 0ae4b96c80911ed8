// Helpers for the in-editor suite: find the workspace copy of the seed, wait for the language server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'keepalived-lab.keepalived-lab';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns something other than undefined/false. */
export async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(200);
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a workspace folder (a copy of examples/)');
  return folder.uri;
}

/** A file of the workspace (the runner opens a throwaway copy of examples/, so edits never touch the repo). */
export function wsFile(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...parts);
}

export const SEED_LB1 = () => wsFile('seed-lab', 'lb1', 'keepalived.conf');
export const SEED_LB2 = () => wsFile('seed-lab', 'lb2', 'keepalived.conf');

/**
 * The seed config as committed (examples/ of the checkout this suite was compiled in). The workspace
 * copy is edited by the quick-fix tests, and the editor may save such edits (files.refactoring.autoSave).
 */
export function seedText(director: 'lb1' | 'lb2' = 'lb1'): string {
  return fs.readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'seed-lab', director, 'keepalived.conf'), 'utf8');
}

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in this host`);
  const api = (ext.isActive ? ext.exports : await ext.activate()) as { ready(): Promise<unknown> } | undefined;
  if (api?.ready) await api.ready();
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Writes a new keepalived file into the workspace (under tmp-tests/NAME/keepalived.conf) and opens it. */
let counter = 0;
export async function scratch(text: string, name = `case${++counter}`): Promise<vscode.TextEditor> {
  const uri = wsFile('tmp-tests', name, 'keepalived.conf');
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const editor = await open(uri);
  assert.equal(editor.document.languageId, 'keepalived', `${uri.fsPath} opens as keepalived`);
  return editor;
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function diagnosticsWith(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
}

export async function waitForDiagnostic(uri: vscode.Uri, code: string, ms = 30000): Promise<vscode.Diagnostic> {
  return waitFor(() => diagnosticsWith(uri, code)[0], `a '${code}' diagnostic on ${uri.fsPath} (have: ${summary(uri)})`, ms);
}

export async function waitForNoDiagnostic(uri: vscode.Uri, code: string, ms = 30000): Promise<void> {
  await waitFor(() => diagnosticsWith(uri, code).length === 0, `the '${code}' diagnostic to go away on ${uri.fsPath}`, ms);
}

function summary(uri: vscode.Uri): string {
  const list = vscode.languages.getDiagnostics(uri);
  return list.length ? list.map((d) => `${d.range.start.line + 1}:${codeOf(d)}`).join(', ') : 'none';
}

/** Text of one line, for compact asserts. */
export function line(doc: vscode.TextDocument, n: number): string {
  return doc.lineAt(n).text;
}

/** Position of the first `needle` on the line that contains `lineNeedle` (0-based), plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0, fromLine = 0): vscode.Position {
  for (let i = fromLine; i < doc.lineCount; i++) {
    const c = doc.lineAt(i).text.indexOf(needle);
    if (c >= 0) return new vscode.Position(i, c + offset);
  }
  throw new Error(`'${needle}' not found in ${doc.uri.fsPath}`);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('keepalivedLab').update(key, value, vscode.ConfigurationTarget.Global);
}

// ---- Host differences -------------------------------------------------------------------------
// VS Code returns API objects from the vscode.execute* commands. Eclipse Theia 1.74 returns the
// underlying Monaco values (1-based startLineNumber/startColumn ranges, `text` instead of `newText`,
// completion `suggestions`, code action edits as `{ edits: [{ resource, textEdit }] }`). The helpers
// below accept both, so the assertions stay the same in every host.

export const IS_THEIA = /theia/i.test(vscode.env.appName);

interface MonacoRange { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number }
type AnyRange = vscode.Range | MonacoRange;

export function toRange(r: AnyRange): vscode.Range {
  if ('startLineNumber' in r) return new vscode.Range(r.startLineNumber - 1, r.startColumn - 1, r.endLineNumber - 1, r.endColumn - 1);
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toTextEdits(list: unknown[]): vscode.TextEdit[] {
  return list.map((e) => {
    const edit = e as { range: AnyRange; newText?: string; text?: string };
    return vscode.TextEdit.replace(toRange(edit.range), edit.newText ?? edit.text ?? '');
  });
}

export function toWorkspaceEdit(edit: unknown): vscode.WorkspaceEdit {
  if (edit instanceof vscode.WorkspaceEdit) return edit;
  const out = new vscode.WorkspaceEdit();
  const dto = edit as { edits?: { resource: vscode.Uri; textEdit?: { range: AnyRange; text: string } }[] };
  for (const e of dto.edits ?? []) {
    if (e.textEdit) out.replace(vscode.Uri.from(e.resource), toRange(e.textEdit.range), e.textEdit.text);
  }
  return out;
}

export function completionLabels(result: unknown): string[] {
  const r = result as { items?: vscode.CompletionItem[]; suggestions?: vscode.CompletionItem[] } | vscode.CompletionItem[] | undefined;
  const items = (Array.isArray(r) ? r : r?.items ?? r?.suggestions) ?? [];
  return items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/**
 * Completion at a position. Theia 1.74 hands the 0-based position to Monaco as if it were 1-based
 * (`{ lineNumber: position.line, column: position.character }`), so it gets one line and column more.
 */
export async function completionAt(uri: vscode.Uri, pos: vscode.Position): Promise<string[]> {
  const at = IS_THEIA ? pos.translate(1, 1) : pos;
  return completionLabels(await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, at));
}

export function isQuickFix(action: vscode.CodeAction): boolean {
  const kind = action.kind as unknown;
  if (kind === undefined) return true;
  const value = typeof kind === 'string' ? kind : (kind as vscode.CodeActionKind).value;
  return value === 'quickfix' || value.startsWith('quickfix.');
}

export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(toWorkspaceEdit(action.edit)), `edit of '${action.title}' applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export async function formatEdits(uri: vscode.Uri, options: vscode.FormattingOptions): Promise<vscode.TextEdit[]> {
  return toTextEdits((await vscode.commands.executeCommand<unknown[]>('vscode.executeFormatDocumentProvider', uri, options)) ?? []);
}

export async function codeActionsFor(uri: vscode.Uri, diag: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diag.range)) ?? [];
  // A plain Command has a string `command`; a CodeAction has an optional Command object there.
  return all.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string')
    .filter((a) => !a.diagnostics || a.diagnostics.some((d) => codeOf(d) === codeOf(diag)));
}

// ---- Screenshots --------------------------------------------------------------------------------

/**
 * Asks the runner outside the editor for a screenshot named `name` (kept in .test-artifacts/ as
 * <host>-<name>.png) and waits until it is taken. Without a runner that takes screenshots: no-op.
 */
export async function screenshot(name: string): Promise<boolean> {
  const dir = process.env.KEEPALIVED_LAB_SCREENSHOT_DIR;
  if (!dir) return false;
  const done = path.join(dir, 'done');
  fs.rmSync(done, { force: true });
  // Written aside and renamed, so the runner never reads a half-written name.
  fs.writeFileSync(path.join(dir, 'ready.tmp'), name);
  fs.renameSync(path.join(dir, 'ready.tmp'), path.join(dir, 'ready'));
  await waitFor(() => fs.existsSync(done), `the runner to take the screenshot '${name}'`, 30000);
  fs.rmSync(done, { force: true });
  return true;
}

/**
 * The extension's manifest as the user reads it: VS Code hands extensions a localized packageJSON
 * (command titles as { value, original }), Theia the raw one with its `%key%` placeholders (its UI
 * localizes them from package.nls*.json itself). Both are turned into plain strings of the display
 * language here, from the extension's own package.nls.<lang>.json / package.nls.json.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function localizedManifest(): any {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in this host`);
  const readNls = (name: string): Record<string, string> => {
    const f = path.join(ext.extensionPath, name);
    return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : {};
  };
  const lang = vscode.env.language.toLowerCase();
  const nls = { ...readNls('package.nls.json'), ...readNls(`package.nls.${lang.split('-')[0]}.json`), ...readNls(`package.nls.${lang}.json`) };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = /^%([^%\s]+)%$/.exec(v);
      return m && m[1] in nls ? nls[m[1]] : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.value === 'string' && typeof o.original === 'string' && Object.keys(o).length === 2) return o.value;
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(ext.packageJSON);
}
