// "Export Lab Report": the Markdown report of the last walkthrough run (src/lab/report),
// written into the workspace (lab-reports/) with the run kept next to it (NAME.run.json) so it
// can be made again and compared, then opened; and "Compare Two Lab Runs". The language is
// asked, offering first the UI's (VS Code's display language, or the setting
// keepalivedLab.report.language when it names one).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { defaultRunsDir } from '../../lab/exercises/save';
import { bundlePathFor, compareRuns, isLang, Lang, loadRun, overallStatus, outcomes, renderReport, saveRunBundle, snapshotOf } from '../../lab/report';
import { uiLang } from '../uiLang';
import { LabService } from './labService';

export const EXPORT_REPORT_COMMAND = 'keepalivedLab.lab.exportReport';
export const COMPARE_RUNS_COMMAND = 'keepalivedLab.lab.compareRuns';

/** The report's language: the setting when it names one, else the UI's. */
export function reportLang(): Lang {
  const setting = vscode.workspace.getConfiguration('keepalivedLab.report').get<string>('language', 'auto');
  if (setting === 'ru' || setting === 'en') return setting;
  return uiLang();
}

/** Where a lab's walkthrough results may be: the runner's default place, and the workspace's .keepalived-lab/runs. */
export function runsDirectories(lab: string, extra: string[] = []): string[] {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const candidates = [...extra, defaultRunsDir(lab), ...(folder ? [path.join(folder, '.keepalived-lab', 'runs', lab), path.join(folder, '.keepalived-lab', 'runs')] : [])];
  return [...new Set(candidates)].filter((d) => fs.existsSync(d) && fs.statSync(d).isDirectory() && fs.readdirSync(d).some((n) => n.endsWith('.json')));
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '').replace('T', '-');
}

/** Reports go here, relative to the first workspace folder. */
export const REPORTS_DIR = 'lab-reports';

/** Asks for the report's language, the UI's first (Enter takes it). */
async function askLang(): Promise<Lang | undefined> {
  const preferred = reportLang();
  const items = [
    { label: 'Русский', description: 'ru', lang: 'ru' as Lang },
    { label: 'English', description: 'en', lang: 'en' as Lang },
  ].sort((a, b) => (a.lang === preferred ? -1 : b.lang === preferred ? 1 : 0));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Language of the lab report') }))?.lang;
}

export interface ExportArgs {
  /** Directories or files holding the run (the Lab Guide passes where it saved its results). */
  runs?: string[];
  /** Write here (absolute, or relative to the workspace folder) instead of lab-reports/. */
  output?: string;
  /** The report's language, without asking. */
  lang?: Lang;
  /** Do not open the written report. */
  quiet?: boolean;
}

export function registerReportCommands(context: vscode.ExtensionContext, lab: LabService): void {
  const reg = (id: string, fn: (arg?: ExportArgs) => Promise<unknown>): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        // From a menu the argument is a tree node or a URI: only an ExportArgs object counts.
        const a = arg && typeof arg === 'object' && ('runs' in arg || 'output' in arg || 'quiet' in arg || 'lang' in arg) ? (arg as ExportArgs) : undefined;
        return await fn(a);
      } catch (e) {
        lab.output.error((e as Error).message);
        void vscode.window.showErrorMessage((e as Error).message);
        return undefined;
      }
    }));
  };

  reg(EXPORT_REPORT_COMMAND, async (args = {}) => {
    const inv = lab.inventory;
    if (!inv && !args.runs?.length) throw new Error(lab.lastError ?? vscode.l10n.t('There is no valid lab file (keepalived-lab.yaml) in this workspace, so it is unknown whose runs to report on.'));
    const sources = args.runs?.length ? args.runs : runsDirectories(inv!.name);
    if (!sources.length) throw new Error(vscode.l10n.t('No walkthrough run of the lab \'{0}\' was found (looked in {1}). Run the walkthrough steps first.', inv!.name, defaultRunsDir(inv!.name)));
    let run = loadRun(sources, reportLang());
    if (inv && inv.name === run.lab && !run.snapshot) run = { ...run, snapshot: snapshotOf(inv) };
    const lang = args.lang && isLang(args.lang) ? args.lang : await askLang();
    if (!lang) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!folder && !args.output) throw new Error(vscode.l10n.t('Open a folder first: the report is written into the workspace.'));
    const target = args.output
      ? path.resolve(folder ?? process.cwd(), args.output)
      : path.join(folder!, REPORTS_DIR, `lab-report-${run.lab.replace(/[^A-Za-z0-9_.-]/g, '_')}-${stamp()}.${lang}.md`);
    const bundle = bundlePathFor(target);
    const rel = (p: string): string => (folder && !path.relative(folder, p).startsWith('..') ? path.relative(folder, p) : p);
    const text = renderReport(run, {
      lang,
      version: String((context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '?'),
      regenerate: `keepalived-lab lab report --run ${rel(bundle)} --lang ${lang} -o ${rel(target)}`,
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    saveRunBundle(bundle, run);
    fs.writeFileSync(target, text);
    lab.output.info(vscode.l10n.t('Lab report written to {0} (run kept in {1})', target, bundle));
    const all = outcomes(run);
    const passed = all.filter((o) => o.status === 'passed').length;
    const overall = overallStatus(run);
    if (!args.quiet) {
      const uri = vscode.Uri.file(target);
      await vscode.window.showTextDocument(uri, { preview: false });
      void vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, () => undefined);
      const msg = overall === 'no-ipvs'
        ? vscode.l10n.t('Lab report written: {0} of {1} steps passed (the rest need IPVS, which the directors\' kernel lacks).', passed, all.length)
        : vscode.l10n.t('Lab report written: {0} of {1} steps passed.', passed, all.length);
      if (overall === 'passed') void vscode.window.showInformationMessage(msg);
      else void vscode.window.showWarningMessage(msg);
    }
    return target;
  });

  reg(COMPARE_RUNS_COMMAND, async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: true, canSelectFiles: true, canSelectFolders: true, ...(folder ? { defaultUri: folder } : {}),
      filters: { [vscode.l10n.t('Lab runs')]: ['json'] }, title: vscode.l10n.t('Pick two runs (.run.json files, step results or run directories): first A, then B'),
    });
    if (!picked) return undefined;
    if (picked.length !== 2) throw new Error(vscode.l10n.t('Pick exactly two runs to compare (got {0}).', picked.length));
    const text = compareRuns(loadRun([picked[0].fsPath], reportLang()), loadRun([picked[1].fsPath], reportLang()), { lang: reportLang() });
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return undefined;
  });
}
