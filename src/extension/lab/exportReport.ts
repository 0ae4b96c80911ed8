// "Export Lab Report": the Markdown report of the last walkthrough run (src/lab/report),
// written where the user chooses, with the run kept next to it (NAME.run.json) so it can be
// made again and compared; and "Compare Two Lab Runs". The language follows the UI (VS Code's
// display language), unless the setting keepalivedLab.report.language says otherwise.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { defaultRunsDir } from '../../lab/exercises/save';
import { bundlePathFor, compareRuns, Lang, langFromLocale, loadRun, overallStatus, outcomes, renderReport, saveRunBundle, snapshotOf } from '../../lab/report';
import { LabService } from './labService';

export const EXPORT_REPORT_COMMAND = 'keepalivedLab.lab.exportReport';
export const COMPARE_RUNS_COMMAND = 'keepalivedLab.lab.compareRuns';

/** The report's language: the setting when it names one, else the UI's. */
export function reportLang(): Lang {
  const setting = vscode.workspace.getConfiguration('keepalivedLab.report').get<string>('language', 'auto');
  if (setting === 'ru' || setting === 'en') return setting;
  return langFromLocale(vscode.env.language);
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

export interface ExportArgs {
  /** Directories or files holding the run (the Lab Guide passes where it saved its results). */
  runs?: string[];
  /** Write here without asking. */
  output?: string;
  /** Do not open the written report. */
  quiet?: boolean;
}

export function registerReportCommands(context: vscode.ExtensionContext, lab: LabService): void {
  const reg = (id: string, fn: (arg?: ExportArgs) => Promise<unknown>): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (arg?: unknown) => {
      try {
        // From a menu the argument is a tree node or a URI: only an ExportArgs object counts.
        const a = arg && typeof arg === 'object' && ('runs' in arg || 'output' in arg || 'quiet' in arg) ? (arg as ExportArgs) : undefined;
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
    if (!inv && !args.runs?.length) throw new Error(lab.lastError ?? 'There is no valid lab file (keepalived-lab.yaml) in this workspace, so it is unknown whose runs to report on.');
    const sources = args.runs?.length ? args.runs : runsDirectories(inv!.name);
    if (!sources.length) throw new Error(`No walkthrough run of the lab '${inv!.name}' was found (looked in ${defaultRunsDir(inv!.name)}). Run the walkthrough steps first.`);
    let run = loadRun(sources);
    if (inv && inv.name === run.lab && !run.snapshot) run = { ...run, snapshot: snapshotOf(inv) };
    let target = args.output;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const suggested = vscode.Uri.joinPath(folder ?? vscode.Uri.file(process.cwd()), `lab-report-${run.lab}-${stamp()}.md`);
      const picked = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Markdown: ['md'] }, title: 'Export the lab report' });
      if (!picked) return undefined;
      target = picked.fsPath;
    }
    const lang = reportLang();
    const bundle = bundlePathFor(target);
    const text = renderReport(run, {
      lang,
      version: String((context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '?'),
      regenerate: `keepalived-lab lab report --run ${path.basename(bundle)} --lang ${lang} -o ${path.basename(target)}`,
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    saveRunBundle(bundle, run);
    fs.writeFileSync(target, text);
    lab.output.info(`Lab report written to ${target} (run kept in ${bundle})`);
    const all = outcomes(run);
    const passed = all.filter((o) => o.status === 'passed').length;
    const overall = overallStatus(run);
    if (!args.quiet) {
      const uri = vscode.Uri.file(target);
      await vscode.window.showTextDocument(uri, { preview: false });
      void vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, () => undefined);
      const msg = `Lab report written: ${passed} of ${all.length} steps passed${overall === 'no-ipvs' ? ' (the rest need IPVS, which the directors\' kernel lacks)' : ''}.`;
      if (overall === 'passed') void vscode.window.showInformationMessage(msg);
      else void vscode.window.showWarningMessage(msg);
    }
    return target;
  });

  reg(COMPARE_RUNS_COMMAND, async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: true, canSelectFiles: true, canSelectFolders: true, ...(folder ? { defaultUri: folder } : {}),
      filters: { 'Lab runs': ['json'] }, title: 'Pick two runs (.run.json files, step results or run directories): first A, then B',
    });
    if (!picked) return undefined;
    if (picked.length !== 2) throw new Error(`Pick exactly two runs to compare (got ${picked.length}).`);
    const text = compareRuns(loadRun([picked[0].fsPath]), loadRun([picked[1].fsPath]), { lang: reportLang() });
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return undefined;
  });
}
