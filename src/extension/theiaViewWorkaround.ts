// Eclipse Theia (seen in 1.74) creates every plugin view at start-up. A view that has viewsWelcome
// content but no tree provider yet gets a welcome-only widget, and a provider registered afterwards
// (our extension activates after start-up, while the view is usually hidden) is bound only when the
// view is created again: the user would see the welcome text forever instead of the lab tree.
//
// Work-around, Theia only: when the views are still unbound shortly after activation, close their view
// container and let Theia re-add them (without showing them) by flipping the views' `when` context key
// (the Keepalived Lab and Lab Guide views share it); the re-created views are bound to our providers.
// VS Code is left alone. Everything here is best effort:
// a Theia without these commands simply keeps its behaviour.
import * as vscode from 'vscode';

export const VIEW_HIDDEN_KEY = 'keepalivedLab.labViewHidden';
const CONTAINER_TOGGLE = 'plugin.view-container.workbench.view.extension.keepalivedLab.toggle';

export function isTheia(): boolean {
  return /theia/i.test(vscode.env.appName);
}

/** Resolves once the work-around has run (or was not needed). */
export async function rebindTheiaView(views: vscode.TreeView<unknown>[], log: (line: string) => void, delayMs = 1500): Promise<void> {
  if (!isTheia()) return;
  // Give the front end time to bind the providers on its own (it does when a view is visible).
  await new Promise((r) => setTimeout(r, delayMs));
  if (views.every((v) => v.visible)) return;
  try {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(CONTAINER_TOGGLE)) return;
    // The container is attached (Theia creates it at start-up): toggling closes it...
    await vscode.commands.executeCommand(CONTAINER_TOGGLE);
    // ...and a change of the views' `when` (package.json: !keepalivedLab.labViewHidden) makes Theia
    // open them again without activating them, now with our providers.
    await vscode.commands.executeCommand('setContext', VIEW_HIDDEN_KEY, true);
    await new Promise((r) => setTimeout(r, 200));
    await vscode.commands.executeCommand('setContext', VIEW_HIDDEN_KEY, false);
    log(vscode.l10n.t('Theia: re-created the Keepalived Lab views so that they show the trees.'));
  } catch (e) {
    log(vscode.l10n.t('Theia: could not re-create the Keepalived Lab view ({0}); close and reopen it if it shows only the welcome text.', e instanceof Error ? e.message : String(e)));
  }
}
