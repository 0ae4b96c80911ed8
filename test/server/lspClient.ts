// A minimal LSP client for tests: spawns the bundled server (dist/server.js) and speaks
// JSON-RPC to it over stdio or Node IPC.
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPCMessageReader, IPCMessageWriter, MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { REPO } from '../support/fixtures';

export const SERVER = path.join(REPO, 'dist', 'server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Rebuilds dist/ when the server bundle is missing or older than the sources. */
export function ensureServerBundle(): void {
  const built = fs.existsSync(SERVER) ? fs.statSync(SERVER).mtimeMs : 0;
  if (built >= newestSource(path.join(REPO, 'src'))) return;
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, stdio: 'pipe' });
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export class LspClient {
  readonly published: PublishedDiagnostics[] = [];
  private waiters: { test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];
  /** Answer to workspace/configuration requests (one item per requested section). */
  configuration: unknown = {};
  readonly stderr: string[] = [];
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly connection: MessageConnection) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr?.on('data', (d) => this.stderr.push(String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
  }

  static start(transport: 'stdio' | 'ipc' = 'stdio'): LspClient {
    if (transport === 'stdio') {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      return new LspClient(child, createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)));
    }
    const child = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    return new LspClient(child, createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** `locale` is the editor's display language, as vscode-languageclient sends vscode.env.language. */
  async initialize(initializationOptions?: unknown, configuration = true, locale?: string): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      ...(locale === undefined ? {} : { locale }),
      rootUri: null,
      capabilities: {
        workspace: configuration ? { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } : {},
        textDocument: { publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } } },
      },
      initializationOptions,
    });
    await this.notify('initialized', {});
    return result;
  }

  open(file: string, text = fs.readFileSync(file, 'utf8'), version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'keepalived', version, text } });
  }

  /** Replaces the whole text of an open document. */
  change(file: string, text: string, version: number): Promise<void> {
    return this.notify('textDocument/didChange', { textDocument: { uri: uriOf(file), version }, contentChanges: [{ text }] });
  }

  /** Resolves with the first publication (already received or future) that passes `test`. */
  diagnostics(file: string, test: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const uri = uriOf(file);
    const match = (p: PublishedDiagnostics) => p.uri === uri && test(p);
    const seen = [...this.published].reverse().find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got: ${JSON.stringify(this.published.filter((p) => p.uri === uri))}\n${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({ test: match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('the server did not exit after shutdown/exit');
    }
    return code;
  }

  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
