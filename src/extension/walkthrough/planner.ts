// "Open the VIP Planner" (step 9, seed question 3): asks the planner's inputs, shows its answer
// (reasoning, MASTER/BACKUP layout, every tolerated failure) as a Markdown document, and offers
// to generate the configs into the workspace (where our language server checks them) or to run
// step 9 with these inputs. The planner and the generators are src/lab's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ActiveActiveAddressing, CHECK_SCRIPT_PATH, checkScriptFor, documentationAddressing, generateActiveActive, planAddressing, realServerScript,
} from '../../lab/generate';
import { hostsByRole } from '../../lab/inventory';
import { failureTable, layoutTable, parseBandwidth, plan, Plan, PlanInput, plannerStrings } from '../../lab/planner';
import { LabService } from '../lab/labService';
import { RUN_STEP_COMMAND } from './guideTree';
import { uiLang } from '../uiLang';

export const OPEN_PLANNER_COMMAND = 'keepalivedLab.walkthrough.openPlanner';
/** Generated active-active configs go here, relative to the first workspace folder. */
export const PLAN_DIR = 'active-active';

export interface PlannerArgs {
  directors?: number;
  trafficBps?: number;
  linkBps?: number;
  failures?: number;
  /** Show nothing, only return the plan (tests). */
  quiet?: boolean;
}

async function askNumber(title: string, value: string, min: number): Promise<number | undefined> {
  const v = await vscode.window.showInputBox({
    title, value, ignoreFocusOut: true,
    validateInput: (s) => (/^\d+$/.test(s.trim()) && Number(s) >= min ? undefined : vscode.l10n.t('A whole number of at least {0}', min)),
  });
  return v === undefined ? undefined : Number(v.trim());
}

async function askBandwidth(title: string, value: string): Promise<number | undefined> {
  const v = await vscode.window.showInputBox({
    title, value, ignoreFocusOut: true, prompt: vscode.l10n.t('For example 1.5G, 800M or 1Gbit/s'),
    validateInput: (s) => ((parseBandwidth(s.trim()) ?? 0) > 0 ? undefined : vscode.l10n.t('A bandwidth such as 1.5G, 800M or 1Gbit/s')),
  });
  return v === undefined ? undefined : parseBandwidth(v.trim());
}

/** The plan as Markdown: the reasoning first, then the layout and every failure case. */
export function planMarkdown(p: Plan, vipAddresses?: string[], lang = uiLang()): string {
  const i = p.input;
  const bw = plannerStrings(lang).bw;
  const lines = [
    `# ${vscode.l10n.t('Active-active VIPs')}`,
    '',
    vscode.l10n.t('{0} directors, {1} of incoming traffic, {2} links, {3} failure(s) to survive.', i.directors, bw(i.trafficBps), bw(i.linkBps), i.failures),
    '',
    `## ${vscode.l10n.t('Reasoning')}`,
    '',
    ...p.reasoning.map((r) => `- ${r}`),
    '',
  ];
  if (p.ok) {
    lines.push(`## ${vscode.l10n.t('Layout: {0} VIPs of {1} each', p.vips, bw(p.perVipBps))}`, '', '```', ...layoutTable(p, vipAddresses, lang), '```', '');
    lines.push(`## ${vscode.l10n.t('Every tolerated failure')}`, '', ...failureTable(p, lang).map((l) => `- ${l}`), '');
  } else lines.push(`**${vscode.l10n.t('No plan:')}** ${p.problem}`, '');
  return lines.join('\n');
}

// Registered by the topology panel (src/extension/lab/topologyPanel.ts).
const SHOW_PLAN_PICTURE_COMMAND = 'keepalivedLab.topology.showPlan';

export function registerPlanner(context: vscode.ExtensionContext, lab: LabService): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_PLANNER_COMMAND, async (arg?: PlannerArgs): Promise<Plan | undefined> => {
    try {
      const a = arg && typeof arg === 'object' && !('kind' in arg) ? arg : {};
      const inv = lab.inventory;
      const labDirectors = inv ? hostsByRole(inv, 'director').map((d) => d.name) : [];
      const directors = a.directors ?? await askNumber(vscode.l10n.t('Directors'), String(labDirectors.length > 2 ? labDirectors.length : 3), 1);
      if (directors === undefined) return undefined;
      const trafficBps = a.trafficBps ?? await askBandwidth(vscode.l10n.t('Incoming traffic'), '1.5G');
      if (trafficBps === undefined) return undefined;
      const linkBps = a.linkBps ?? await askBandwidth(vscode.l10n.t('Link speed of each director'), '1G');
      if (linkBps === undefined) return undefined;
      const failures = a.failures ?? await askNumber(vscode.l10n.t('Directors that may fail at the same time'), '1', 0);
      if (failures === undefined) return undefined;
      const input: PlanInput = { directors, trafficBps, linkBps, failures, ...(labDirectors.length === directors ? { names: labDirectors } : {}) };
      const p = plan(input, uiLang());
      let addressing: ActiveActiveAddressing | undefined;
      if (p.ok) {
        try {
          addressing = planAddressing(p, inv);
        } catch {
          addressing = documentationAddressing(p.input.names, p.vips);
        }
      }
      if (a.quiet) return p;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: planMarkdown(p, addressing?.vips) });
      await vscode.window.showTextDocument(doc, { preview: false });
      if (!p.ok || !addressing) return p;
      const generate = vscode.l10n.t('Generate the Configs');
      const picture = vscode.l10n.t('Show as Picture');
      const runStep = labDirectors.length === directors ? vscode.l10n.t('Run Step 9 with This Plan') : undefined;
      void Promise.resolve(vscode.window.showInformationMessage(vscode.l10n.t('{0} VIPs, {1} each; worst case {2} on one link.', p.vips, plannerStrings(uiLang()).bw(p.perVipBps), plannerStrings(uiLang()).bw(p.worst.maxLoadBps)), ...[generate, picture, runStep].filter((x): x is string => !!x)))
        .then(async (choice) => {
          if (choice === generate) await writeConfigs(p, addressing!);
          // The same answers again, drawn: the planned layout and the layout after each failure.
          else if (choice === picture) await vscode.commands.executeCommand(SHOW_PLAN_PICTURE_COMMAND, { directors, trafficBps, linkBps, failures });
          else if (choice === runStep) await vscode.commands.executeCommand(RUN_STEP_COMMAND, 'active-active', { plan: { directors, trafficBps, linkBps, failures } });
        })
        .then(undefined, (e) => void vscode.window.showErrorMessage((e as Error).message));
      return p;
    } catch (e) {
      lab.output.error((e as Error).message);
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  }));

  async function writeConfigs(p: Extract<Plan, { ok: true }>, a: ActiveActiveAddressing): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!folder) throw new Error(vscode.l10n.t('Open a folder first: the configs are written into the workspace.'));
    const dir = path.join(folder, PLAN_DIR);
    const written: string[] = [];
    for (const c of generateActiveActive(p, a)) {
      const file = path.join(dir, c.host, 'keepalived.conf');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, c.config);
      written.push(file);
    }
    fs.writeFileSync(path.join(dir, path.basename(CHECK_SCRIPT_PATH)), checkScriptFor(a.lab, a.reals, a.port), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'real-servers.sh'), realServerScript(a, p.vips), { mode: 0o755 });
    lab.output.info(vscode.l10n.t('Active-active configs written to {0}: {1}; install {2} as {3} on every director and run real-servers.sh on every real server.', dir, written.map((f) => path.relative(dir, f)).join(', '), path.basename(CHECK_SCRIPT_PATH), CHECK_SCRIPT_PATH));
    // Opened, so that our language server checks them in Problems.
    for (const f of written) await vscode.window.showTextDocument(vscode.Uri.file(f), { preview: false, preserveFocus: true });
  }
}
