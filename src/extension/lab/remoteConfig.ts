// A director's /etc/keepalived/keepalived.conf as an editor document
// (keepalived-lab:/HOST/keepalived.conf): reading fetches it over SSH; saving deploys it
// (keepalived -t on the host first, backup, replace, reload), so a config keepalived
// rejects is never installed and the save fails with keepalived's words.
import * as vscode from 'vscode';
import { deployConfig, DeployError, readRemoteConfig } from '../../lab/deploy';
import { uiLang } from '../uiLang';
import { LabService } from './labService';

export const REMOTE_SCHEME = 'keepalived-lab';

export function remoteConfigUri(host: string): vscode.Uri {
  return vscode.Uri.from({ scheme: REMOTE_SCHEME, path: `/${host}/keepalived.conf` });
}

function hostOf(uri: vscode.Uri): string {
  const host = uri.path.split('/')[1];
  if (!host) throw vscode.FileSystemError.FileNotFound(uri);
  return host;
}

export class RemoteConfigFs implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  private readonly cache = new Map<string, Uint8Array>();

  constructor(private readonly lab: LabService) {}

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const data = this.cache.get(uri.toString());
    return { type: vscode.FileType.File, ctime: 0, mtime: Date.now(), size: data?.length ?? 0 };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('The lab hosts\' files cannot be created here.'));
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const host = hostOf(uri);
    const conn = await this.lab.getPool().connection(host);
    const data = Buffer.from(await readRemoteConfig(conn, undefined, uiLang()), 'utf8');
    this.cache.set(uri.toString(), data);
    return data;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const host = hostOf(uri);
    const conn = await this.lab.getPool().connection(host);
    const out = this.lab.output;
    try {
      const r = await deployConfig(conn, Buffer.from(content).toString('utf8'), { log: (l) => out.info(l), lang: uiLang() });
      out.info(`${r.backupPath ? vscode.l10n.t('{0}: deployed (previous config saved as {1})', host, r.backupPath) : vscode.l10n.t('{0}: deployed', host)}; ${r.reloadMessage ?? ''}`);
      if (r.validationOutput) out.warn(vscode.l10n.t('{0}: keepalived -t said:', host) + '\n' + r.validationOutput);
      void vscode.window.showInformationMessage(r.backupPath ? vscode.l10n.t('keepalived.conf deployed to {0}; the previous one is in {1}.', host, r.backupPath) : vscode.l10n.t('keepalived.conf deployed to {0}.', host));
      this.cache.set(uri.toString(), content);
      void this.lab.refresh();
    } catch (e) {
      const msg = e instanceof DeployError ? e.message : `${host}: ${(e as Error).message}`;
      out.error(msg);
      throw vscode.FileSystemError.NoPermissions(msg);
    }
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Deleting a lab host\'s keepalived.conf is not supported.'));
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Renaming a lab host\'s keepalived.conf is not supported.'));
  }
}
