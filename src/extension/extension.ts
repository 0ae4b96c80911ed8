// Entry point of the VS Code / Theia extension: glue only. The language server (dist/server.js)
// does every analysis; here we start it, forward settings and register the commands.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { CLIENT_NAME, createClient } from './client';
import { registerCommands } from './commands';
import { registerFileAssociations } from './fileAssociations';

/** What the commands need from the running server; also the extension's exported API (used by tests). */
export interface ServerHandle {
  output: vscode.LogOutputChannel;
  /** Resolves once the server has started (starting it again if it was stopped). */
  ready(): Promise<LanguageClient>;
  restart(): Promise<void>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ServerHandle> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath('dist/server.js');
  let starting: Promise<LanguageClient> | undefined;

  const start = async (): Promise<LanguageClient> => {
    if (!fs.existsSync(serverModule)) {
      const msg = `The keepalived language server is missing (${serverModule}); rebuild the extension with 'npm run build'.`;
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
  // A failed start is reported to the user and in the output channel; keep the commands usable.
  await handle.ready().catch((e) => output.appendLine(`Failed to start the language server: ${e instanceof Error ? e.message : String(e)}`));
  return handle;
}

export async function deactivate(): Promise<void> {
  if (client && client.state !== State.Stopped) await client.stop();
  client = undefined;
}
