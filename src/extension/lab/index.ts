// The lab side of the extension: the "Keepalived Lab" view, its commands and the remote
// keepalived.conf documents. The manifest side is in package.json (contributes: the view
// container, the view, its welcome content, the commands of LAB_COMMANDS and their menus);
// activate() in ../extension.ts calls activateLab().
import * as vscode from 'vscode';
import { LAB_COMMANDS, registerLabCommands } from './commands';
import { LabService } from './labService';
import { REMOTE_SCHEME, RemoteConfigFs } from './remoteConfig';
import { LabTreeProvider } from './tree';
import { TreeModelNode } from '../../lab/view/treeModel';

export { LAB_COMMANDS } from './commands';
export const LAB_VIEW_ID = 'keepalivedLab.labView';

/** The lab side as the extension exports it (tests read the view through it). */
export interface LabHandle {
  service: LabService;
  tree: LabTreeProvider;
  view: vscode.TreeView<TreeModelNode>;
}

export function activateLab(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LabHandle {
  const lab = new LabService(context, output);
  const tree = new LabTreeProvider(lab);
  const view = vscode.window.createTreeView(LAB_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(
    lab,
    tree,
    view,
    vscode.workspace.registerFileSystemProvider(REMOTE_SCHEME, new RemoteConfigFs(lab), { isCaseSensitive: true }),
  );
  registerLabCommands(context, lab);
  lab.reload();
  lab.schedule();
  if (lab.inventory && vscode.workspace.getConfiguration('keepalivedLab.lab').get<boolean>('refreshOnOpen', false)) {
    void vscode.commands.executeCommand(LAB_COMMANDS.refresh);
  }
  return { service: lab, tree, view };
}
