// Commands of the walkthrough and the Lab Guide view: run a step (from the walkthrough's
// buttons, the view's inline Run button or the palette), run them all, open a step's guide,
// open the VS Code walkthrough. The verdict is shown in words with the first failed check and
// its fix; the whole result goes to the "Keepalived Lab" output channel.
import * as vscode from 'vscode';
import { formatStepResult, isStepId, StepId, StepOptions, StepResult, STEPS, stepById, stepTexts } from '../../lab/exercises';
import { uiLang } from '../uiLang';
import { GuideService } from './guideService';
import { GuideNode, OPEN_STEP_GUIDE_COMMAND, RUN_STEP_COMMAND } from './guideTree';

export const WALKTHROUGH_ID = 'ipvsKeepalivedLab';

export const GUIDE_COMMANDS = {
  runStep: RUN_STEP_COMMAND,
  runAll: 'keepalivedLab.walkthrough.runAll',
  openStepGuide: OPEN_STEP_GUIDE_COMMAND,
  openWalkthrough: 'keepalivedLab.walkthrough.open',
} as const;

/** What a command may be given for a step: its id or number (walkthrough links), a view node, or nothing (ask). */
type StepArg = string | number | GuideNode | undefined;

async function stepOf(arg: StepArg): Promise<StepId | undefined> {
  if (typeof arg === 'object' && arg.kind === 'step') return arg.step.id;
  if (typeof arg === 'string' || typeof arg === 'number') return stepById(String(arg), uiLang()).id;
  const picked = await vscode.window.showQuickPick(STEPS.map((s) => ({ label: `${s.index}. ${stepTexts(s, uiLang()).title}`, description: s.ipvs === 'required' ? vscode.l10n.t('needs IPVS') : '', id: s.id })), { title: vscode.l10n.t('Walkthrough step to run') });
  return picked?.id;
}

/** The verdict in one line: what happened and, when it did not pass, the first thing to fix. */
export function verdictLine(r: StepResult): string {
  const head = vscode.l10n.t('Step {0}/{1} · {2}:', r.index, STEPS.length, stepTexts(r.step, uiLang()).title);
  const bad = r.checks.find((c) => !c.ok);
  switch (r.status) {
    case 'passed': return `${head} ${vscode.l10n.t('passed.')} ${r.explanation[0] ?? ''}`.trim();
    case 'no-ipvs': return `${head} ${vscode.l10n.t('stopped — the directors\' kernel has no IPVS, so nothing can balance traffic through the VIP here. The VRRP part of the walkthrough still works. See the Keepalived Lab output for details.')}`;
    case 'failed': return `${head} ${vscode.l10n.t('failed')}${bad ? ` — ✗ ${bad.what}${bad.detail ? ` (${bad.detail.split('\n')[0]})` : ''}${bad.fix ? `. ${vscode.l10n.t('Fix:')} ${bad.fix}` : ''}` : ''}`;
    case 'cancelled': return `${head} ${vscode.l10n.t('cancelled. Every step can be run again.')}`;
    case 'error': return `${head} ${vscode.l10n.t('could not finish: {0}', (r.error ?? r.explanation[0] ?? '').split('\n')[0])}`;
  }
}

function showVerdict(guide: GuideService, r: StepResult): void {
  for (const l of formatStepResult(r, { lang: uiLang() }).trimEnd().split('\n')) guide.output.info(l);
  const show = vscode.l10n.t('Show Output');
  const next = STEPS.find((s) => s.index === r.index + 1);
  const runNext = next ? vscode.l10n.t('Run Step {0}', next.index) : undefined;
  const text = verdictLine(r);
  const shown = r.status === 'passed'
    ? vscode.window.showInformationMessage(text, ...[runNext, show].filter((x): x is string => !!x))
    : r.status === 'error' ? vscode.window.showErrorMessage(text, show)
      : r.status === 'cancelled' ? vscode.window.showInformationMessage(text)
        : vscode.window.showWarningMessage(text, show);
  // Not awaited: the command's result must not wait for the user to close the message.
  void Promise.resolve(shown).then((a) => {
    if (a === show) guide.output.show(true);
    else if (a && a === runNext && next) void vscode.commands.executeCommand(GUIDE_COMMANDS.runStep, next.id);
  });
}

export function registerGuideCommands(context: vscode.ExtensionContext, guide: GuideService): void {
  const fail = (e: unknown): undefined => {
    guide.output.error((e as Error).message);
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(GUIDE_COMMANDS.runStep, async (arg?: StepArg, options?: StepOptions): Promise<StepResult | undefined> => {
      try {
        const id = await stepOf(arg);
        if (!id) return undefined;
        // A tree menu may pass the selected nodes second: only a plain options object counts.
        const r = await guide.runStep(id, options && typeof options === 'object' && !Array.isArray(options) && !('kind' in options) ? options : {});
        showVerdict(guide, r);
        return r;
      } catch (e) {
        return fail(e);
      }
    }),

    vscode.commands.registerCommand(GUIDE_COMMANDS.runAll, async (options?: StepOptions): Promise<StepResult[] | undefined> => {
      try {
        const all = await guide.runAll(options && typeof options === 'object' && !('kind' in options) ? options : {});
        for (const r of all) for (const l of formatStepResult(r, { lang: uiLang() }).trimEnd().split('\n')) guide.output.info(l);
        const last = all[all.length - 1];
        const passed = all.filter((r) => r.status === 'passed').length;
        const noIpvs = all.filter((r) => r.status === 'no-ipvs').length;
        const summary = noIpvs
          ? vscode.l10n.t('Walkthrough: {0} of {1} steps passed, {2} stopped for lack of IPVS.', passed, STEPS.length, noIpvs)
          : vscode.l10n.t('Walkthrough: {0} of {1} steps passed.', passed, STEPS.length);
        if (last && last.status !== 'passed' && last.status !== 'no-ipvs') void vscode.window.showWarningMessage(`${summary} ${verdictLine(last)}`);
        else void vscode.window.showInformationMessage(summary);
        return all;
      } catch (e) {
        return fail(e);
      }
    }),

    vscode.commands.registerCommand(GUIDE_COMMANDS.openStepGuide, async (arg?: StepArg) => {
      try {
        const id = typeof arg === 'object' && arg.kind === 'step' ? arg.step.id : typeof arg === 'string' && isStepId(arg) ? arg : await stepOf(arg);
        if (!id) return;
        const uri = stepGuideUri(context.extensionUri, id);
        // The rendered guide where the editor has a Markdown preview (VS Code), the text elsewhere (Theia).
        if ((await vscode.commands.getCommands(true)).includes('markdown.showPreview')) await vscode.commands.executeCommand('markdown.showPreview', uri);
        else await vscode.window.showTextDocument(uri, { preview: true });
      } catch (e) {
        fail(e);
      }
    }),

    vscode.commands.registerCommand(GUIDE_COMMANDS.openWalkthrough, async () => {
      try {
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
      } catch (e) {
        fail(e);
      }
    }),
  );
}

/** A step's guide in the UI language: walkthroughs/ru/<id>.md for Russian, walkthroughs/<id>.md otherwise. */
export function stepGuideUri(extensionUri: vscode.Uri, id: StepId, lang = uiLang()): vscode.Uri {
  return lang === 'en' ? vscode.Uri.joinPath(extensionUri, 'walkthroughs', `${id}.md`) : vscode.Uri.joinPath(extensionUri, 'walkthroughs', lang, `${id}.md`);
}
