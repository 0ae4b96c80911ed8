// Command handlers of the "Keepalived Lab" view. Each takes the tree node it was invoked
// on (context menu) or asks for a host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { deployConfig } from '../../lab/deploy';
import { inventoryFromVagrant, INVENTORY_FILE_NAME, seedLabYaml } from '../../lab/inventory';
import { keepalivedLog, startKeepalived, stopKeepalived } from '../../lab/keepalived';
import { NsLab } from '../../lab/nslab';
import { TreeModelNode } from '../../lab/view/treeModel';
import { LabService } from './labService';
import { remoteConfigUri } from './remoteConfig';
import { openSshTerminal } from './terminal';
import { uiLang } from '../uiLang';

export const LAB_COMMANDS = {
  refresh: 'keepalivedLab.lab.refresh',
  openTerminal: 'keepalivedLab.lab.openTerminal',
  runCommand: 'keepalivedLab.lab.runCommand',
  showLog: 'keepalivedLab.lab.showKeepalivedLog',
  openConfig: 'keepalivedLab.lab.openRemoteConfig',
  deploy: 'keepalivedLab.lab.deployConfig',
  start: 'keepalivedLab.lab.startKeepalived',
  stop: 'keepalivedLab.lab.stopKeepalived',
  forgetHostKey: 'keepalivedLab.lab.forgetHostKey',
  createFromTemplate: 'keepalivedLab.lab.createFromTemplate',
  createFromVagrant: 'keepalivedLab.lab.createFromVagrant',
  createFromNsLab: 'keepalivedLab.lab.createFromNamespaceLab',
  openLabFile: 'keepalivedLab.lab.openLabFile',
} as const;

export function registerLabCommands(context: vscode.ExtensionContext, lab: LabService): void {
  const out = lab.output;
  const reg = (id: string, fn: (node?: TreeModelNode) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (node?: TreeModelNode) => {
      try {
        await fn(node);
      } catch (e) {
        out.error((e as Error).message);
        void vscode.window.showErrorMessage((e as Error).message);
      }
    }));
  };

  const pickHost = async (node: TreeModelNode | undefined, role?: string): Promise<string | undefined> => {
    if (node?.host) return node.host;
    const hosts = (lab.inventory?.hosts ?? []).filter((h) => !role || h.role === role);
    if (!hosts.length) throw new Error(lab.lastError ?? vscode.l10n.t('There is no valid lab file in this workspace.'));
    const p = await vscode.window.showQuickPick(hosts.map((h) => ({ label: h.name, description: `${h.role} ${h.address}` })), { title: vscode.l10n.t('Lab host') });
    return p?.label;
  };

  const withProgress = <T>(title: string, fn: (signal: AbortSignal) => Promise<T>): Thenable<T> =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_p, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      return fn(ac.signal);
    });

  reg(LAB_COMMANDS.refresh, () => lab.refresh());

  reg(LAB_COMMANDS.openTerminal, async (node) => {
    const host = await pickHost(node);
    if (host) openSshTerminal(lab.getPool(), host).show();
  });

  reg(LAB_COMMANDS.runCommand, async (node) => {
    const host = await pickHost(node);
    if (!host) return;
    const command = await vscode.window.showInputBox({ title: vscode.l10n.t('Run on {0}', host), prompt: vscode.l10n.t('Shell command (its output goes to the Keepalived Lab output)'), ignoreFocusOut: true });
    if (!command) return;
    out.show(true);
    out.info(`${host}$ ${command}`);
    const r = await withProgress(vscode.l10n.t('Running on {0}: {1}', host, command), (signal) =>
      lab.getPool().exec(host, command, { signal, onStdout: (t) => out.append(t), onStderr: (t) => out.append(t) }));
    out.info(vscode.l10n.t('{0}: exit {1} after {2} ms', host, String(r.code ?? r.signal), r.durationMs));
  });

  reg(LAB_COMMANDS.showLog, async (node) => {
    const host = await pickHost(node, 'director');
    if (!host) return;
    const text = await withProgress(vscode.l10n.t('Reading keepalived\'s log on {0}', host), async (signal) => keepalivedLog(await lab.getPool().connection(host, signal), 300, { signal }));
    const doc = await vscode.workspace.openTextDocument({ content: text || vscode.l10n.t('(keepalived has written nothing yet)'), language: 'log' });
    await vscode.window.showTextDocument(doc, { preview: true });
  });

  reg(LAB_COMMANDS.openConfig, async (node) => {
    const host = await pickHost(node, 'director');
    if (!host) return;
    const doc = await vscode.workspace.openTextDocument(remoteConfigUri(host));
    await vscode.languages.setTextDocumentLanguage(doc, 'keepalived');
    await vscode.window.showTextDocument(doc);
  });

  reg(LAB_COMMANDS.deploy, async (node) => {
    const host = await pickHost(node, 'director');
    if (!host) return;
    const editor = vscode.window.activeTextEditor;
    let text = editor?.document.languageId === 'keepalived' ? editor.document.getText() : undefined;
    if (text === undefined) {
      const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('keepalived.conf to deploy to {0}', host), canSelectMany: false });
      if (!picked?.[0]) return;
      text = fs.readFileSync(picked[0].fsPath, 'utf8');
    }
    const r = await withProgress(vscode.l10n.t('Deploying keepalived.conf to {0}', host), async (signal) =>
      deployConfig(await lab.getPool().connection(host, signal), text!, { signal, log: (l) => out.info(l), lang: uiLang() }));
    void vscode.window.showInformationMessage(`${r.backupPath ? vscode.l10n.t('Deployed to {0}; previous config kept as {1}.', host, r.backupPath) : vscode.l10n.t('Deployed to {0}.', host)} ${r.reloadMessage ?? ''}`.trim());
    void lab.refresh();
  });

  reg(LAB_COMMANDS.start, async (node) => {
    const host = await pickHost(node, 'director');
    if (!host) return;
    out.info(`${host}: ${await withProgress(vscode.l10n.t('Starting keepalived on {0}', host), async (signal) => startKeepalived(await lab.getPool().connection(host, signal), { signal, lang: uiLang() }))}`);
    void lab.refresh();
  });

  reg(LAB_COMMANDS.stop, async (node) => {
    const host = await pickHost(node, 'director');
    if (!host) return;
    out.info(`${host}: ${await withProgress(vscode.l10n.t('Stopping keepalived on {0}', host), async (signal) => stopKeepalived(await lab.getPool().connection(host, signal), { signal, lang: uiLang() }))}`);
    void lab.refresh();
  });

  reg(LAB_COMMANDS.forgetHostKey, async (node) => {
    const host = await pickHost(node);
    if (!host) return;
    const forget = vscode.l10n.t('Forget');
    const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Forget the host key of {0}?', host), { modal: true, detail: vscode.l10n.t('Do this only when you know the host was rebuilt (a new VM on the same address). The next connection shows the new key\'s fingerprint and asks again. ~/.ssh/known_hosts is not edited; its entry is set aside for this extension.') }, forget);
    if (ok !== forget) return;
    const r = lab.getPool().forgetHostKey(host);
    out.info(vscode.l10n.t('{0}: forgot {1} trusted key(s); set aside from known_hosts: {2}', host, r.removedTrusted, r.setAside.join(', ') || vscode.l10n.t('none')));
  });

  const writeLabFile = async (text: string): Promise<void> => {
    const file = lab.labFile();
    if (!file) throw new Error(vscode.l10n.t('Open a folder first: the lab file is created in the workspace.'));
    if (fs.existsSync(file)) {
      const replace = vscode.l10n.t('Replace');
      const ok = await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists. Replace it?', path.basename(file)), { modal: true }, replace);
      if (ok !== replace) return;
    }
    fs.writeFileSync(file, text);
    lab.reload();
    await vscode.window.showTextDocument(vscode.Uri.file(file));
  };

  reg(LAB_COMMANDS.createFromTemplate, () => writeLabFile(seedLabYaml()));

  reg(LAB_COMMANDS.createFromVagrant, async () => {
    const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('Output of `vagrant ssh-config` saved to a file'), canSelectMany: false });
    if (!picked?.[0]) return;
    const r = inventoryFromVagrant(fs.readFileSync(picked[0].fsPath, 'utf8'));
    await writeLabFile(r.yaml);
    if (r.unsure.length) void vscode.window.showWarningMessage(vscode.l10n.t('Check the TODO comments for {0} (role or lab address).', r.unsure.join(', ')));
  });

  reg(LAB_COMMANDS.createFromNsLab, async () => {
    const nslab = new NsLab({ lang: uiLang() });
    if (!fs.existsSync(nslab.inventoryFile)) throw new Error(vscode.l10n.t('The local namespace lab is not up. Run `sudo keepalived-lab lab up` in a terminal, then try again.'));
    await writeLabFile(fs.readFileSync(nslab.inventoryFile, 'utf8'));
  });

  reg(LAB_COMMANDS.openLabFile, async () => {
    const file = lab.labFile();
    if (file && fs.existsSync(file)) await vscode.window.showTextDocument(vscode.Uri.file(file));
    else void vscode.window.showInformationMessage(vscode.l10n.t('No {0} yet: create one from the Keepalived Lab view.', INVENTORY_FILE_NAME));
  });
}
