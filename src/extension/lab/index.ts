// The lab side of the extension: the "Keepalived Lab" view, its commands and the remote
// keepalived.conf documents. The manifest (package.json contributes) and the call from
// activate() are wired by the extension's owner; see the ids in LAB_COMMANDS.
import * as vscode from 'vscode';
import { LAB_COMMANDS, registerLabCommands } from './commands';
import { LabService } from './labService';
import { REMOTE_SCHEME, RemoteConfigFs } from './remoteConfig';
import { LabTreeProvider } from './tree';

export { LAB_COMMANDS } from './commands';
export const LAB_VIEW_ID = 'keepalivedLab.labView';

export function activateLab(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LabService {
  const lab = new LabService(context, output);
  const tree = new LabTreeProvider(lab);
  context.subscriptions.push(
    lab,
    tree,
    vscode.window.createTreeView(LAB_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true }),
    vscode.workspace.registerFileSystemProvider(REMOTE_SCHEME, new RemoteConfigFs(lab), { isCaseSensitive: true }),
  );
  registerLabCommands(context, lab);
  lab.reload();
  lab.schedule();
  if (lab.inventory && vscode.workspace.getConfiguration('keepalivedLab.lab').get<boolean>('refreshOnOpen', false)) {
    void vscode.commands.executeCommand(LAB_COMMANDS.refresh);
  }
  return lab;
}
