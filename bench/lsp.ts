// Measures the language server as an editor sees it: spawn `node dist/server.js --stdio`,
// speak plain LSP over its stdio (vscode-jsonrpc), open a big file, then time
// edit → publishDiagnostics, completion and hover.
import { ChildProcess, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { nowMs } from './stats';

/** The slice of vscode-jsonrpc we use (loaded with require: its typings need node16 resolution). */
interface MessageConnection {
  listen(): void;
  sendRequest<R>(method: string, params?: unknown): Promise<R>;
  sendNotification(method: string, params?: unknown): Promise<void>;
  onNotification(method: string, handler: (params: never) => void): void;
  onRequest(handler: (method: string, params: unknown) => unknown): void;
  dispose(): void;
}
interface JsonRpc {
  createMessageConnection(reader: unknown, writer: unknown): MessageConnection;
  StreamMessageReader: new (s: NodeJS.ReadableStream) => unknown;
  StreamMessageWriter: new (s: NodeJS.WritableStream) => unknown;
}
// vscode-jsonrpc comes with vscode-languageserver (a dependency of the project).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rpc = require('vscode-jsonrpc/node') as JsonRpc;

interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspPlan {
  serverJs: string;
  file: string;
  text: string;
  /** Texts to send one after another as full-document changes. */
  edits: string[];
  completionAt: LspPosition;
  hoverAt: LspPosition;
  requestRuns: number;
  timeoutMs?: number;
  /** Extra node options for the server, e.g. ['--cpu-prof', '--cpu-prof-dir', DIR] to profile it. */
  nodeArgs?: string[];
}

export interface LspResult {
  initializeMs: number;
  openToDiagnosticsMs: number;
  openDiagnostics: number;
  editToDiagnosticsMs: number[];
  completionMs: number[];
  completionItems: number;
  hoverMs: number[];
  hoverFound: boolean;
  stderrTail: string;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

export async function measureLsp(plan: LspPlan): Promise<LspResult> {
  const timeout = plan.timeoutMs ?? 60_000;
  const child: ChildProcess = spawn(process.execPath, [...(plan.nodeArgs ?? []), plan.serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr.slice(-1000)}`))));
  exited.catch(() => undefined);
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout!), new rpc.StreamMessageWriter(child.stdin!));
  const uri = pathToFileURL(plan.file).href;
  let waiter: { minVersion: number; resolve: (p: PublishDiagnosticsParams) => void } | undefined;
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (p.uri !== uri || !waiter) return;
    // Servers that send the version let us ignore late results of an older text.
    if (p.version !== undefined && p.version < waiter.minVersion) return;
    const w = waiter;
    waiter = undefined;
    w.resolve(p);
  });
  // Answer the server's own requests the way a plain editor would.
  conn.onRequest((method, params) => {
    if (method === 'workspace/configuration') return ((params as { items?: unknown[] }).items ?? []).map(() => null);
    return null;
  });
  conn.listen();
  const nextDiagnostics = (version: number) => withTimeout(Promise.race([new Promise<PublishDiagnosticsParams>((resolve) => { waiter = { minVersion: version, resolve }; }), exited]), timeout, `diagnostics for version ${version}`);
  const request = <R>(method: string, params: unknown) => withTimeout(Promise.race([conn.sendRequest<R>(method, params), exited]), timeout, method);

  try {
    let t0 = nowMs();
    await request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        workspace: { configuration: true },
      },
      workspaceFolders: null,
    });
    const initializeMs = nowMs() - t0;
    await conn.sendNotification('initialized', {});

    let version = 1;
    t0 = nowMs();
    const opened = nextDiagnostics(version);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'keepalived', version, text: plan.text } });
    const first = await opened;
    const openToDiagnosticsMs = nowMs() - t0;

    const editToDiagnosticsMs: number[] = [];
    for (const text of plan.edits) {
      version++;
      const got = nextDiagnostics(version);
      t0 = nowMs();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      await got;
      editToDiagnosticsMs.push(nowMs() - t0);
      // Let any straggling publish of this version arrive before the next edit.
      await new Promise((r) => setTimeout(r, 50));
    }

    const completionMs: number[] = [];
    let completionItems = 0;
    const hoverMs: number[] = [];
    let hoverFound = false;
    for (let i = 0; i < plan.requestRuns + 1; i++) {
      t0 = nowMs();
      const c = await request<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', { textDocument: { uri }, position: plan.completionAt });
      if (i > 0) completionMs.push(nowMs() - t0);
      completionItems = Array.isArray(c) ? c.length : c?.items?.length ?? 0;
      t0 = nowMs();
      const h = await request<unknown>('textDocument/hover', { textDocument: { uri }, position: plan.hoverAt });
      if (i > 0) hoverMs.push(nowMs() - t0);
      hoverFound = h !== null && h !== undefined;
    }
    await request('shutdown', undefined).catch(() => undefined);
    await conn.sendNotification('exit');
    return { initializeMs, openToDiagnosticsMs, openDiagnostics: first.diagnostics.length, editToDiagnosticsMs, completionMs, completionItems, hoverMs, hoverFound, stderrTail: stderr.slice(-1000) };
  } finally {
    conn.dispose();
    setTimeout(() => child.kill(), 2000).unref();
    if (child.exitCode === null) child.once('exit', () => undefined);
  }
}

