// Starts the bundled language server (dist/server.js) over Node IPC and connects the editor to it.
// All analysis happens in the server; this file only wires settings and formatting options through.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, Middleware, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { REMOTE_SCHEME } from './lab/remoteConfig';
import { formatSettings, LANGUAGE_ID, SECTION, serverSettings } from './settings';

/** The id doubles as the settings prefix: vscode-languageclient reads `keepalivedLab.trace.server` itself. */
export const CLIENT_ID = SECTION;
export const CLIENT_NAME = 'Keepalived Language Server';

/**
 * Applies keepalivedLab.format.* on top of the editor's formatting options (the server reads the same
 * settings; doing it here too keeps the result right with a server that only looks at the request).
 */
function formattingOptions(doc: vscode.TextDocument, options: vscode.FormattingOptions): vscode.FormattingOptions | undefined {
  const fmt = formatSettings(doc.uri);
  if (!fmt.enable) return undefined;
  return { ...options, tabSize: fmt.tabSize ?? options.tabSize, insertSpaces: fmt.insertSpaces ?? options.insertSpaces };
}

const middleware: Middleware = {
  provideDocumentFormattingEdits(doc, options, token, next) {
    const opts = formattingOptions(doc, options);
    return opts ? next(doc, opts, token) : [];
  },
  provideDocumentRangeFormattingEdits(doc, range, options, token, next) {
    const opts = formattingOptions(doc, options);
    return opts ? next(doc, range, opts, token) : [];
  },
};

export function createClient(serverModule: string, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      // A lab director's /etc/keepalived/keepalived.conf opened over SSH (./lab/remoteConfig.ts).
      { language: LANGUAGE_ID, scheme: REMOTE_SCHEME },
    ],
    outputChannel,
    initializationOptions: serverSettings(),
    synchronize: {
      // Sends workspace/didChangeConfiguration when keepalivedLab.* changes.
      configurationSection: SECTION,
      // Included files are often plain *.conf files: tell the server when one changes on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.conf'),
    },
    middleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
