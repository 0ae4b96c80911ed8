// The walkthrough as the editor runs it: one step (or all) at a time over the lab's pooled SSH
// connections, with progress and cancel, output streamed to the "Keepalived Lab" channel, each
// run saved as JSON in the workspace, and the state of every step (the latest relevant result,
// assembled by the report module's rules) behind the walkthrough's context keys and the Lab
// Guide view. The steps, the runner and the verdicts are src/lab's; this only wires them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  defaultRunsDir, runStep, StepDefinition, StepId, StepOptions, StepProgress, StepResult, STEPS, stepContextKey, stepById, stepTexts,
} from '../../lab/exercises';
import { assembleRun, readRunDir, WalkthroughRun } from '../../lab/report';
import { LabService } from '../lab/labService';
import { uiLang } from '../uiLang';
import { LineBuffer } from './lineBuffer';

/** Where the editor keeps the runs: in the workspace, so a report can be made again and runs compared. */
export const WORKSPACE_RUNS_DIR = path.join('.keepalived-lab', 'runs');

export type GuideStatus = StepResult['status'] | 'not-run' | 'running';

export interface RunningStep {
  step: StepId;
  message: string;
}

export class GuideService implements vscode.Disposable {
  /** Every result known for the current lab: restored from disk, then this session's runs. */
  private results: StepResult[] = [];
  private state?: WalkthroughRun;
  private labKey?: string;
  running?: RunningStep;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly lab: LabService) {
    // The lab file names the lab, and the lab's name the runs: reload them when it changes.
    this.subscription = lab.onDidChange(() => {
      const key = this.currentLabKey();
      if (key !== this.labKey) this.restore();
    });
  }

  get output(): vscode.LogOutputChannel {
    return this.lab.output;
  }

  private currentLabKey(): string | undefined {
    return this.lab.inventory ? `${this.lab.file}\0${this.lab.inventory.name}` : undefined;
  }

  /** The workspace folder's runs directory of the current lab (undefined without a folder or a lab). */
  runsDir(): string | undefined {
    const name = this.lab.inventory?.name;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!name || !folder) return undefined;
    // Same file-safe lab name as the command line's runs directory.
    return path.join(folder.uri.fsPath, WORKSPACE_RUNS_DIR, path.basename(defaultRunsDir(name)));
  }

  /** Directories the runs of the current lab may be in: the workspace's, and the command line's. */
  runSources(): string[] {
    const name = this.lab.inventory?.name;
    if (!name) return [];
    return [...new Set([this.runsDir(), defaultRunsDir(name)].filter((d): d is string => !!d && fs.existsSync(d)))];
  }

  /** Reads the saved runs of the current lab and sets the walkthrough's context keys from them. */
  restore(): void {
    this.labKey = this.currentLabKey();
    this.results = [];
    for (const dir of this.runSources()) {
      try {
        for (const f of readRunDir(dir)) this.results.push(...f.results);
      } catch (e) {
        this.output.warn(vscode.l10n.t('Could not read the walkthrough runs in {0}: {1}', dir, (e as Error).message));
      }
    }
    this.update();
  }

  private update(): void {
    const name = this.lab.inventory?.name;
    const mine = this.results.filter((r) => r.lab === name);
    this.state = mine.length ? assembleRun(mine, this.runSources()) : undefined;
    for (const s of STEPS) void vscode.commands.executeCommand('setContext', stepContextKey(s.id), this.isDone(s.id));
    this.changed.fire();
  }

  /** The run the report is made from: the latest relevant result of each step. */
  currentRun(): WalkthroughRun | undefined {
    return this.state;
  }

  result(id: StepId): StepResult | undefined {
    return this.state?.steps.find((s) => s.step === id);
  }

  status(id: StepId): GuideStatus {
    if (this.running?.step === id) return 'running';
    return this.result(id)?.status ?? 'not-run';
  }

  /** Ticked in the walkthrough: only when the step's verification passed. */
  isDone(id: StepId): boolean {
    return this.result(id)?.status === 'passed';
  }

  /** Runs one step with a cancellable progress notification; resolves with its result. */
  runStep(id: StepId | StepDefinition, options: StepOptions = {}): Thenable<StepResult> {
    const step = typeof id === 'string' ? stepById(id, uiLang()) : id;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Step {0}/{1} · {2}', step.index, STEPS.length, stepTexts(step, uiLang()).title), cancellable: true },
      (progress, token) => this.runWith(step, options, token, (m) => progress.report({ message: m })),
    );
  }

  /** Runs the steps in order, stopping at the first that fails, errs or is cancelled. */
  runAll(options: StepOptions = {}): Thenable<StepResult[]> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Walkthrough'), cancellable: true }, async (progress, token) => {
      const shared: Record<string, unknown> = {};
      const out: StepResult[] = [];
      for (const step of STEPS) {
        if (token.isCancellationRequested) break;
        const r = await this.runWith(step, options, token, (m) => progress.report({ message: `${step.index}/${STEPS.length} ${stepTexts(step, uiLang()).title}: ${m}` }), shared);
        out.push(r);
        if (r.status !== 'passed' && r.status !== 'no-ipvs') break;
      }
      return out;
    });
  }

  private async runWith(step: StepDefinition, options: StepOptions, token: vscode.CancellationToken, report: (m: string) => void, shared: Record<string, unknown> = {}): Promise<StepResult> {
    const inventory = this.lab.inventory;
    if (!inventory) throw new Error(this.lab.lastError ?? vscode.l10n.t('There is no valid lab file (keepalived-lab.yaml) in this workspace: create one in the Keepalived Lab view.'));
    if (this.running) throw new Error(vscode.l10n.t('Step \'{0}\' is still running; wait for it or cancel it first.', stepTexts(this.running.step, uiLang()).title));
    const ac = new AbortController();
    const cancel = token.onCancellationRequested(() => ac.abort());
    const lines = new LineBuffer((host, line) => this.output.info(`[${host}] ${line}`));
    this.running = { step: step.id, message: vscode.l10n.t('starting') };
    this.changed.fire();
    this.output.info(vscode.l10n.t('Step {0}/{1} — {2}: started on lab \'{3}\'', step.index, STEPS.length, stepTexts(step, uiLang()).title, inventory.name));
    try {
      const saveDir = this.runsDir();
      const result = await runStep(this.lab.getPool(), inventory, step, {
        options,
        lang: uiLang(),
        signal: ac.signal,
        shared,
        ...(saveDir ? { saveDir } : {}),
        onOutput: (host, text) => lines.push(host, text),
        onProgress: (p: StepProgress) => {
          if (p.phase === 'done') return;
          const message = `${p.host ? `${p.host}: ` : ''}${p.message}`;
          this.running = { step: step.id, message };
          this.output.info(`… ${message}`);
          report(message);
          this.changed.fire();
        },
      });
      lines.flush();
      this.results.push(result);
      return result;
    } finally {
      cancel.dispose();
      this.running = undefined;
      this.update();
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
