// The keepalived.conf language server: a thin LSP layer over the pure language service.
// Run with --stdio or --node-ipc (the transport is picked from the command line).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FormattingOptions,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FormatOptions, codeActions, completion, definition, documentLinks, documentSymbols, foldingRanges, formatEdits, formatRangeEdits, hover, invalidName, prepareRename, references, rename } from '../language';
import { langFromLocale, msg, withLang } from '../language/i18n';
import { DiagnosticsPublisher } from './publisher';
import { DEFAULT_SETTINGS, ServerSettings, parseSettings } from './settings';
import { ConfigWorkspace } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let settings: ServerSettings = DEFAULT_SETTINGS;
let pullConfiguration = false;
let dynamicConfigurationRegistration = false;

const workspace = new ConfigWorkspace({ get: (uri) => documents.get(uri), all: () => documents.all() }, () => settings);
const publisher = new DiagnosticsPublisher(workspace, { get: (uri) => documents.get(uri), all: () => documents.all() }, (params) => void connection.sendDiagnostics(params), (m) => connection.console.error(m));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // The editor's display language (vscode-languageclient sends vscode.env.language, Theia its own);
  // initializationOptions.locale, when present, overrides it.
  settings = parseSettings(params.initializationOptions, { ...DEFAULT_SETTINGS, lang: langFromLocale(params.locale) });
  pullConfiguration = Boolean(params.capabilities.workspace?.configuration);
  dynamicConfigurationRegistration = Boolean(params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', '$', '/'] },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'keepalived-lab' },
  };
});

/** Settings from the client, on top of the initializationOptions. */
let settingsReady: Promise<void> = Promise.resolve();
async function refreshSettings(): Promise<void> {
  if (!pullConfiguration) return;
  try {
    const section = await connection.workspace.getConfiguration({ section: 'keepalivedLab' });
    settings = parseSettings(section, settings);
  } catch (e) {
    connection.console.warn(withLang(settings.lang, () => msg().serverSettingsUnreadable((e as Error).message)));
  }
}

connection.onInitialized(() => {
  if (dynamicConfigurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  settingsReady = refreshSettings();
});

connection.onDidChangeConfiguration(async (change) => {
  if (pullConfiguration) await refreshSettings();
  else settings = parseSettings(change.settings, settings);
  workspace.clear();
  publisher.publishAll();
});

connection.onDidChangeWatchedFiles(() => {
  workspace.clear();
  publisher.schedule();
});

documents.onDidOpen(async (e) => {
  await settingsReady;
  workspace.clear();
  publisher.publishNow(e.document.uri);
});
// TextDocuments also reports an open as a change: no analysis may run before the client's settings are in.
documents.onDidChangeContent((e) => void settingsReady.then(() => publisher.schedule(e.document.uri)));
documents.onDidClose((e) => {
  workspace.clear();
  publisher.closed(e.document.uri);
});

/** Runs a feature with the analysis that serves the document (undefined when there is none). */
function withAnalysis<T>(uri: string, run: (a: NonNullable<ReturnType<ConfigWorkspace['analysisFor']>>) => T): T | undefined {
  const a = workspace.analysisFor(uri);
  return a ? withLang(a.analysis.options.lang, () => run(a)) : undefined;
}

connection.onCompletion((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => completion(analysis, p.position, file, { triggerCharacter: p.context?.triggerCharacter })) ?? []);
connection.onHover((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => hover(analysis, p.position, file)) ?? null);
connection.onDocumentSymbol((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => documentSymbols(analysis, file)) ?? []);
connection.onFoldingRanges((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => foldingRanges(analysis, file)) ?? []);
connection.onDefinition((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => definition(analysis, p.position, file, workspace.uriOf)) ?? []);
connection.onReferences((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => references(analysis, p.position, p.context.includeDeclaration, file, workspace.uriOf)) ?? []);
connection.onPrepareRename((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => prepareRename(analysis, p.position, file)) ?? null);
connection.onRenameRequest((p) => {
  const problem = withLang(settings.lang, () => invalidName(p.newName));
  if (problem) throw new Error(problem);
  return withAnalysis(p.textDocument.uri, ({ analysis, file }) => rename(analysis, p.position, p.newName, file, workspace.uriOf)) ?? null;
});
connection.onDocumentLinks((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => documentLinks(analysis, file, workspace.uriOf)) ?? []);
connection.onCodeAction((p) => withAnalysis(p.textDocument.uri, ({ analysis, file }) => codeActions(analysis, p.context.diagnostics, file, workspace.uriOf)) ?? []);
/** The request's formatting options, with keepalivedLab.format.* on top. */
function formatOptions(options: FormattingOptions): FormatOptions {
  return { insertSpaces: settings.format.insertSpaces ?? options.insertSpaces, tabSize: settings.format.tabSize ?? options.tabSize };
}

connection.onDocumentFormatting((p) => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? formatEdits(doc.getText(), formatOptions(p.options)) : [];
});
connection.onDocumentRangeFormatting((p) => {
  const doc = documents.get(p.textDocument.uri);
  return doc ? formatRangeEdits(doc.getText(), p.range, formatOptions(p.options)) : [];
});

documents.listen(connection);
connection.listen();
