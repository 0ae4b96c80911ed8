// Entry point of the VS Code / Theia extension: glue only. The language server (dist/server.js)
// does every analysis; here we start it, forward settings and register the commands. The lab
// side (the "Keepalived Lab" view over SSH) lives in ./lab, the walkthrough (the VS Code
// walkthrough's commands, the "Lab Guide" view, report and host check) in ./walkthrough.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { CLIENT_NAME, createClient } from './client';
import { registerCommands } from './commands';
import { registerFileAssociations } from './fileAssociations';
import { activateLab, LabHandle } from './lab';
import { LANGUAGE_ID } from './settings';
import { rebindTheiaView } from './theiaViewWorkaround';
import { activateGuide, GuideHandle } from './walkthrough';

/** What the commands need from the running server; with `lab`, the extension's exported API (used by tests). */
export interface ServerHandle {
  output: vscode.LogOutputChannel;
  /** Resolves once the server has started (starting it again if it was stopped). */
  ready(): Promise<LanguageClient>;
  restart(): Promise<void>;
}

/** The extension's exported API. */
export interface ExtensionApi extends ServerHandle {
  lab: LabHandle;
  guide: GuideHandle;
  /** Resolves when the lab view is ready to be shown (in Theia, after ./theiaViewWorkaround). */
  labViewReady: Promise<void>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath('dist/server.js');
  let starting: Promise<LanguageClient> | undefined;

  const start = async (): Promise<LanguageClient> => {
    if (!fs.existsSync(serverModule)) {
      const msg = vscode.l10n.t('The keepalived language server is missing ({0}); rebuild the extension with \'npm run build\'.', serverModule);
      output.appendLine(msg);
      void vscode.window.showErrorMessage(msg);
      throw new Error(msg);
    }
    client ??= createClient(serverModule, output);
    if (client.state !== State.Running) await client.start();
    return client;
  };

  const handle: ServerHandle = {
    output,
    ready: () => {
      if (!starting || client?.state === State.Stopped) starting = start();
      return starting;
    },
    restart: async () => {
      if (client && client.state === State.Running) {
        await client.restart();
        return;
      }
      starting = start();
      await starting;
    },
  };

  registerCommands(context, handle);
  registerFileAssociations(context);
  // The lab has its own log: SSH command output does not belong between language server traces.
  const labOutput = vscode.window.createOutputChannel('Keepalived Lab', { log: true });
  context.subscriptions.push(labOutput);
  const lab = activateLab(context, labOutput);
  const guide = activateGuide(context, lab.service);
  const labViewReady = rebindTheiaView([lab.view, guide.view], (l) => labOutput.info(l));

  // A failed start is reported to the user and in the output channel; keep the commands usable.
  const startServer = (): Promise<unknown> =>
    handle.ready().catch((e) => output.appendLine(vscode.l10n.t('Failed to start the language server: {0}', e instanceof Error ? e.message : String(e))));
  // Activated for the lab only (its view, a lab file in the workspace): the language server waits
  // for the first keepalived document, so opening the lab view starts no extra process.
  if (vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID)) await startServer();
  else {
    const waiting = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId !== LANGUAGE_ID) return;
      waiting.dispose();
      void startServer();
    });
    context.subscriptions.push(waiting);
  }
  return { ...handle, lab, guide, labViewReady };
}

export async function deactivate(): Promise<void> {
  if (client && client.state !== State.Stopped) await client.stop();
  client = undefined;
}
