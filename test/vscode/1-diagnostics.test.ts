// The seed lab's two director configs, opened in a real editor: the findings the product exists for,
// shown where the user looks (Problems), and their quick fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension, applyCodeAction, codeActionsFor, codeOf, EXTENSION_ID, isQuickFix, line, open, screenshot, SEED_LB1, SEED_LB2, waitFor, waitForDiagnostic, waitForNoDiagnostic,
} from './helpers';

describe('keepalived-lab in a real editor host: the seed configs', () => {
  before(async () => {
    await activateExtension();
  });

  it('runs in a real extension host and activates for keepalived.conf', async () => {
    console.log(`HOST: vscode.version=${vscode.version} appName=${vscode.env.appName} appHost=${vscode.env.appHost} remoteName=${vscode.env.remoteName}`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const editor = await open(SEED_LB1());
    assert.equal(editor.document.languageId, 'keepalived');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'extension is active');
  });

  it('reports `priority 100 / 50` as an error (extra-arguments) on both directors', async () => {
    for (const uri of [SEED_LB1(), SEED_LB2()]) {
      const doc = (await open(uri)).document;
      const d = await waitForDiagnostic(uri, 'extra-arguments');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(line(doc, d.range.start.line), 'priority 100 / 50');
      assert.equal(doc.getText(d.range), '/ 50', 'the squiggle covers exactly the ignored words');
      assert.match(d.message, /priority 100/);
      assert.match(d.message, /ignore/i);
    }
  });

  it('warns that auth_pass is truncated to 8 characters (auth-pass-truncated)', async () => {
    const uri = SEED_LB1();
    const doc = (await open(uri)).document;
    const d = await waitForDiagnostic(uri, 'auth-pass-truncated');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(d.range), 'netology_secret');
    assert.match(d.message, /netology/);
  });

  it('shows the findings in the Problems panel (screenshot for the test artefacts)', async () => {
    await open(SEED_LB1());
    // An empty side bar on the right only takes room from the editor (VS Code only; best effort).
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    // UI commands differ between hosts: VS Code's id, then Theia's; best effort, the screenshot shows the result.
    for (const id of ['workbench.actions.view.problems', 'problemsView:toggle']) {
      try {
        await vscode.commands.executeCommand(id);
        break;
      } catch (e) {
        console.log(`command ${id} not usable here: ${String(e)}`);
      }
    }
    const dir = process.env.KEEPALIVED_LAB_SCREENSHOT_DIR;
    if (!dir) return;
    // Hand-shake with the runner outside the editor: it takes the screenshot, then answers 'done'.
    fs.writeFileSync(path.join(dir, 'ready'), 'ready');
    await waitFor(() => fs.existsSync(path.join(dir, 'done')), 'the runner to take the screenshot', 30000);
  });

  it('opens the quick-fix menu on `priority 100 / 50` (screenshot quick-fix, used by the README)', async () => {
    const uri = SEED_LB1();
    const editor = await open(uri);
    const d = await waitForDiagnostic(uri, 'extra-arguments');
    const actions = await codeActionsFor(uri, d);
    assert.ok(actions.some((a) => /100/.test(a.title)) && actions.some((a) => /50/.test(a.title)),
      `both numbers are offered as fixes (have: ${actions.map((a) => a.title).join(' | ')})`);
    // The cursor on the squiggle, then the editor's own Quick Fix command (Ctrl+.): the menu the user sees.
    editor.selection = new vscode.Selection(d.range.start, d.range.start);
    editor.revealRange(d.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('editor.action.quickFix').then(undefined, (e) => console.log(`quick fix menu: ${String(e)}`));
    await new Promise((r) => setTimeout(r, 1500)); // the menu asks the server for the actions, then renders
    await screenshot('quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
  });

  it('fixes the priority error with the preferred quick fix (keep the first number)', async () => {
    const uri = SEED_LB1();
    const doc = (await open(uri)).document;
    const d = await waitForDiagnostic(uri, 'extra-arguments');
    const actions = await codeActionsFor(uri, d);
    assert.ok(actions.length > 0, 'quick fixes are offered for the priority error');
    const preferred = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.ok(isQuickFix(preferred), 'it is a quick fix');
    await applyCodeAction(preferred);
    assert.equal(line(doc, d.range.start.line), 'priority 100');
    await waitForNoDiagnostic(uri, 'extra-arguments');
  });

  it('offers the other number as an alternative fix (priority 50 on the backup director)', async () => {
    const uri = SEED_LB2();
    const doc = (await open(uri)).document;
    const d = await waitForDiagnostic(uri, 'extra-arguments');
    const actions = await codeActionsFor(uri, d);
    const other = actions.find((a) => /50/.test(a.title) && !a.isPreferred);
    assert.ok(other, `a fix that keeps 50 is offered (have: ${actions.map((a) => a.title).join(' | ')})`);
    await applyCodeAction(other);
    assert.equal(line(doc, d.range.start.line), 'priority 50');
    await waitForNoDiagnostic(uri, 'extra-arguments');
  });

  it('fixes auth_pass by shortening it to what keepalived uses', async () => {
    const uri = SEED_LB1();
    const doc = (await open(uri)).document;
    const d = await waitForDiagnostic(uri, 'auth-pass-truncated');
    const actions = await codeActionsFor(uri, d);
    const fix = actions.find((a) => a.diagnostics?.some((x) => codeOf(x) === 'auth-pass-truncated')) ?? actions.find((a) => a.isPreferred);
    assert.ok(fix, `a fix for auth_pass is offered (have: ${actions.map((a) => a.title).join(' | ')})`);
    await applyCodeAction(fix);
    assert.equal(line(doc, d.range.start.line), 'auth_pass netology');
    await waitForNoDiagnostic(uri, 'auth-pass-truncated');
  });
});
