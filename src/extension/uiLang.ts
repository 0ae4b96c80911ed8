// The UI language for the texts that come from src/lab (step titles, the lab tree, the
// planner): Russian when VS Code's (or Theia's) display language is Russian, English otherwise.
// The extension's own words go through vscode.l10n, the manifest's through package.nls*.json.
import * as vscode from 'vscode';
import { Lang, langFromLocale } from '../lab/report';

export function uiLang(): Lang {
  return langFromLocale(vscode.env.language);
}
