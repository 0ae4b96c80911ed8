// The "Lab Guide" view: the walkthrough's steps with their state (passed, failed, stopped for
// lack of IPVS, not run, running), an inline Run button, and under a step that ran its checks
// and explanation. Eclipse Theia has no walkthroughs, so there this view is the walkthrough;
// VS Code shows it too. Words and states come from src/lab (steps, results); this only maps them.
import * as vscode from 'vscode';
import { Check, StepDefinition, STEPS, stepTexts } from '../../lab/exercises';
import { uiLang } from '../uiLang';
import { LabService } from '../lab/labService';
import { GuideService, GuideStatus } from './guideService';

export type GuideNode =
  | { kind: 'step'; id: string; step: StepDefinition }
  | { kind: 'check'; id: string; check: Check }
  | { kind: 'explanation'; id: string; text: string }
  | { kind: 'notice'; id: string; label: string; tooltip: string; command?: vscode.Command };

/** How each state looks: icon, its theme colour (charts.*: defined in VS Code and in Theia), and the words after the title. */
function look(status: GuideStatus): { icon: string; color?: string; words: string } {
  switch (status) {
    case 'passed': return { icon: 'pass-filled', color: 'charts.green', words: vscode.l10n.t('passed') };
    case 'failed': return { icon: 'error', color: 'charts.red', words: vscode.l10n.t('failed') };
    case 'no-ipvs': return { icon: 'circle-slash', color: 'charts.orange', words: vscode.l10n.t('stopped: no IPVS in the kernel') };
    case 'cancelled': return { icon: 'debug-stop', color: 'disabledForeground', words: vscode.l10n.t('cancelled') };
    case 'error': return { icon: 'warning', color: 'problemsErrorIcon.foreground', words: vscode.l10n.t('could not finish') };
    case 'not-run': return { icon: 'circle-large-outline', words: vscode.l10n.t('not run') };
    case 'running': return { icon: 'loading~spin', words: vscode.l10n.t('running') };
  }
}

export const STEP_CONTEXT_PREFIX = 'guideStep';
export const RUN_STEP_COMMAND = 'keepalivedLab.walkthrough.runStep';
export const OPEN_STEP_GUIDE_COMMAND = 'keepalivedLab.walkthrough.openStepGuide';

function ago(iso: string): string {
  const s = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  if (s < 60) return vscode.l10n.t('{0} s ago', s);
  if (s < 3600) return vscode.l10n.t('{0} min ago', Math.round(s / 60));
  if (s < 86400) return vscode.l10n.t('{0} h ago', Math.round(s / 3600));
  return new Date(iso).toLocaleDateString(vscode.env.language);
}

export class GuideTreeProvider implements vscode.TreeDataProvider<GuideNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<GuideNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly guide: GuideService, private readonly lab: LabService) {
    this.subs = [guide.onDidChange(() => this.emitter.fire(undefined)), lab.onDidChange(() => this.emitter.fire(undefined))];
  }

  getChildren(node?: GuideNode): GuideNode[] {
    if (!node) {
      const steps: GuideNode[] = STEPS.map((step) => ({ kind: 'step', id: `step:${step.id}`, step }));
      if (this.lab.inventory) return steps;
      // The steps are shown anyway (what the walkthrough is), with what is missing first.
      const notice: GuideNode = {
        kind: 'notice',
        id: 'notice:no-lab',
        label: vscode.l10n.t('No lab file yet'),
        tooltip: vscode.l10n.t('The steps run on the hosts of keepalived-lab.yaml. Create it in the Keepalived Lab view (seed lab template, vagrant ssh-config or the local namespace lab).'),
        command: { title: vscode.l10n.t('Open the Keepalived Lab view'), command: 'keepalivedLab.labView.focus' },
      };
      return [notice, ...steps];
    }
    if (node.kind !== 'step') return [];
    const r = this.guide.result(node.step.id);
    if (!r || this.guide.status(node.step.id) === 'running') return [];
    return [
      ...r.checks.map((check, i): GuideNode => ({ kind: 'check', id: `${node.id}:check:${i}`, check })),
      ...r.explanation.map((text, i): GuideNode => ({ kind: 'explanation', id: `${node.id}:why:${i}`, text })),
    ];
  }

  /** Lets TreeView.reveal expand a step (its checks and explanation are its only children). */
  getParent(node: GuideNode): GuideNode | undefined {
    if (node.kind !== 'check' && node.kind !== 'explanation') return undefined;
    const step = STEPS.find((s) => node.id.startsWith(`step:${s.id}:`));
    return step ? { kind: 'step', id: `step:${step.id}`, step } : undefined;
  }

  getTreeItem(node: GuideNode): vscode.TreeItem {
    switch (node.kind) {
      case 'step': return this.stepItem(node.step);
      case 'check': {
        const c = node.check;
        const item = new vscode.TreeItem(c.what, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        const detail = c.detail?.split('\n')[0];
        if (detail) item.description = detail;
        item.tooltip = new vscode.MarkdownString([c.what, c.detail ? `\n\n\`\`\`\n${c.detail}\n\`\`\`` : '', !c.ok && c.fix ? `\n\n**${vscode.l10n.t('Fix:')}** ${c.fix}` : ''].join(''));
        item.iconPath = new vscode.ThemeIcon(c.ok ? 'check' : 'close', new vscode.ThemeColor(c.ok ? 'charts.green' : 'charts.red'));
        item.contextValue = c.ok ? 'guideCheck.ok' : 'guideCheck.failed';
        return item;
      }
      case 'explanation': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.tooltip = node.text;
        item.iconPath = new vscode.ThemeIcon('info');
        item.contextValue = 'guideExplanation';
        return item;
      }
      case 'notice': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon('info');
        item.contextValue = 'guideNotice';
        if (node.command) item.command = node.command;
        return item;
      }
    }
  }

  private stepItem(step: StepDefinition): vscode.TreeItem {
    const status = this.guide.status(step.id);
    const r = this.guide.result(step.id);
    const hasChildren = status !== 'running' && !!r && (r.checks.length > 0 || r.explanation.length > 0);
    const texts = stepTexts(step, uiLang());
    const item = new vscode.TreeItem(`${step.index}. ${texts.title}`, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `step:${step.id}`;
    const lk = look(status);
    item.iconPath = new vscode.ThemeIcon(lk.icon, lk.color ? new vscode.ThemeColor(lk.color) : undefined);
    item.description = status === 'running'
      ? vscode.l10n.t('running: {0}', this.guide.running?.message ?? '')
      : r ? `${lk.words} · ${ago(r.finishedAt)}` : `${lk.words}${step.ipvs === 'required' ? ` · ${vscode.l10n.t('needs IPVS')}` : ''}`;
    const tip = new vscode.MarkdownString(`**${step.index}. ${texts.title}** — ${lk.words}\n\n${texts.goal}`);
    if (r?.explanation.length) tip.appendMarkdown(`\n\n---\n\n${r.explanation.map((p) => p.replace(/\n/g, '  \n')).join('\n\n')}`);
    item.tooltip = tip;
    // Menus key on it: guideStep.<status> (the inline Run button is on every step).
    item.contextValue = `${STEP_CONTEXT_PREFIX}.${status}`;
    item.command = { title: vscode.l10n.t('Open the Step\'s Guide'), command: OPEN_STEP_GUIDE_COMMAND, arguments: [step.id] };
    return item;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}
