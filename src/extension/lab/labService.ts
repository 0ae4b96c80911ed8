// The lab as the extension sees it: the lab file of the workspace (validated, with its
// problems on the YAML file), one SSH pool with editor-backed prompts, and the last state.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Inventory, INVENTORY_FILE_NAME, loadInventory } from '../../lab/inventory';
import { SshPool } from '../../lab/ssh';
import { LabState, readLabState } from '../../lab/topology';
import { KaDiagnostic } from '../../language/types';
import { uiLang } from '../uiLang';
import { confirmHostKey, askPassphrase, askPassword } from './prompts';

export const SECTION = 'keepalivedLab.lab';

export class LabService implements vscode.Disposable {
  inventory?: Inventory;
  file?: string;
  state?: LabState;
  lastError?: string;
  reading = false;
  private pool?: SshPool;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('keepalived-lab.yaml');
  private timer?: NodeJS.Timeout;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, readonly output: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${INVENTORY_FILE_NAME}`);
    this.disposables.push(watcher, watcher.onDidChange(() => this.reload()), watcher.onDidCreate(() => this.reload()), watcher.onDidDelete(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) {
          this.reload();
          this.schedule();
        }
      }), this.diagnostics, this.changed);
  }

  /** The lab file: the setting (absolute or workspace-relative), else keepalived-lab.yaml in the first folder. */
  labFile(): string | undefined {
    const setting = vscode.workspace.getConfiguration(SECTION).get<string>('file') || INVENTORY_FILE_NAME;
    if (path.isAbsolute(setting)) return setting;
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? path.join(folder.uri.fsPath, setting) : undefined;
  }

  reload(): void {
    const file = this.labFile();
    this.diagnostics.clear();
    void this.pool?.closeAll();
    this.pool = undefined;
    this.state = undefined;
    this.inventory = undefined;
    this.file = file;
    void vscode.commands.executeCommand('setContext', 'keepalivedLab.hasLabFile', !!file && fs.existsSync(file));
    if (!file || !fs.existsSync(file)) return this.changed.fire();
    try {
      const r = loadInventory(file, uiLang());
      this.diagnostics.set(vscode.Uri.file(file), r.diagnostics.map(toDiagnostic));
      this.inventory = r.inventory;
      this.lastError = r.inventory ? undefined : vscode.l10n.t('{0} has errors (see Problems)', file);
    } catch (e) {
      this.lastError = (e as Error).message;
    }
    this.changed.fire();
  }

  getPool(): SshPool {
    if (!this.inventory) throw new Error(this.lastError ?? vscode.l10n.t('There is no valid lab file (keepalived-lab.yaml) in this workspace.'));
    if (!this.pool) {
      const log = (l: string): void => this.output.info(l);
      this.pool = new SshPool({
        inventory: this.inventory,
        trustStoreFile: path.join(this.context.globalStorageUri.fsPath, 'trusted-host-keys.json'),
        callbacks: { confirmHostKey, passphrase: askPassphrase, password: (t) => askPassword(this.context.secrets, t), log },
        lang: uiLang(),
      });
    }
    return this.pool;
  }

  async refresh(): Promise<void> {
    if (!this.inventory || this.reading) return;
    this.reading = true;
    this.changed.fire();
    try {
      this.state = await readLabState(this.getPool(), this.inventory);
      this.lastError = undefined;
      for (const h of this.state.hosts.filter((x) => !x.reachable)) this.output.warn(`${h.name}: ${h.error}`);
    } catch (e) {
      this.lastError = (e as Error).message;
      this.output.error(vscode.l10n.t('Reading the lab failed: {0}', this.lastError));
    } finally {
      this.reading = false;
      this.changed.fire();
    }
  }

  /** Refresh on the interval of the setting keepalivedLab.lab.refreshInterval (seconds, 0 = only on demand). */
  schedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const sec = vscode.workspace.getConfiguration(SECTION).get<number>('refreshInterval', 0);
    if (sec > 0) this.timer = setInterval(() => void this.refresh(), Math.max(2, sec) * 1000);
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    void this.pool?.closeAll();
    for (const d of this.disposables) d.dispose();
  }
}

function toDiagnostic(d: KaDiagnostic): vscode.Diagnostic {
  const r = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const sev = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint }[d.severity];
  const out = new vscode.Diagnostic(r, d.message, sev);
  out.code = d.code;
  out.source = 'keepalived-lab';
  return out;
}
