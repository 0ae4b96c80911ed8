// The extension's view of its settings (section `keepalivedLab`), as contributed in package.json.
import * as vscode from 'vscode';

export const SECTION = 'keepalivedLab';
export const LANGUAGE_ID = 'keepalived';

/** Where keepalived configurations live, as contributed for the language (kept in sync with package.json). */
export const DEFAULT_FILE_PATTERNS = ['**/keepalived.conf', '**/*.keepalived.conf', '**/keepalived/*.conf', '/etc/keepalived/**'];

export interface ServerSettings {
  keepalivedVersion: '2.2' | '2.4';
  severity: Record<string, string>;
  configId: string;
}

export interface FormatSettings {
  enable: boolean;
  /** null: the editor's own tab size. */
  tabSize: number | null;
  /** null: the editor's own choice of spaces or tabs. */
  insertSpaces: boolean | null;
}

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** What the language server reads (it also pulls the same section through workspace/configuration). */
export function serverSettings(): ServerSettings {
  const s = section();
  return {
    keepalivedVersion: s.get<'2.2' | '2.4'>('keepalivedVersion', '2.2'),
    severity: s.get<Record<string, string>>('severity', {}),
    configId: s.get<string>('configId', ''),
  };
}

export function formatSettings(scope?: vscode.ConfigurationScope): FormatSettings {
  const s = section(scope);
  const size = s.get<number | null>('format.tabSize', null);
  const spaces = s.get<boolean | null>('format.insertSpaces', null);
  return {
    enable: s.get<boolean>('format.enable', true),
    tabSize: typeof size === 'number' && size >= 1 && size <= 16 ? Math.floor(size) : null,
    insertSpaces: typeof spaces === 'boolean' ? spaces : null,
  };
}

export function extraFilePatterns(): string[] {
  return section().get<string[]>('files.extraPatterns', []).filter((p) => typeof p === 'string' && p.trim() !== '');
}
