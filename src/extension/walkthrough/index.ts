// The walkthrough side of the extension: the "Lab Guide" view, the commands behind the VS Code
// walkthrough's buttons (package.json contributes.walkthroughs), the VIP planner, and the lab
// report and host check of issue 7 (../lab/exportReport.ts, ../lab/checkOnHost.ts).
// activate() in ../extension.ts calls activateGuide() after activateLab().
import * as vscode from 'vscode';
import { STEP_IDS, StepId, stepContextKey } from '../../lab/exercises';
import { registerCheckOnHost } from '../lab/checkOnHost';
import { registerReportCommands } from '../lab/exportReport';
import { registerTopology } from '../lab/topologyPanel';
import { LabService } from '../lab/labService';
import { registerGuideCommands } from './commands';
import { GuideService } from './guideService';
import { GuideNode, GuideTreeProvider } from './guideTree';
import { registerPlanner } from './planner';

export { GUIDE_COMMANDS, WALKTHROUGH_ID } from './commands';
export const GUIDE_VIEW_ID = 'keepalivedLab.guideView';

/** The walkthrough side as the extension exports it (tests read the steps' state through it). */
export interface GuideHandle {
  service: GuideService;
  tree: GuideTreeProvider;
  view: vscode.TreeView<GuideNode>;
  /** The steps in order, and the context key that ticks each in the walkthrough. */
  steps: readonly StepId[];
  contextKey(id: StepId): string;
  /** keepalived -t findings from lab hosts, apart from our analyzer's. */
  remoteDiagnostics: vscode.DiagnosticCollection;
}

export function activateGuide(context: vscode.ExtensionContext, lab: LabService): GuideHandle {
  const service = new GuideService(lab);
  const tree = new GuideTreeProvider(service, lab);
  const view = vscode.window.createTreeView(GUIDE_VIEW_ID, { treeDataProvider: tree });
  context.subscriptions.push(service, tree, view);
  registerGuideCommands(context, service);
  registerReportCommands(context, lab);
  registerPlanner(context, lab);
  registerTopology(context, lab, service);
  const remoteDiagnostics = registerCheckOnHost(context, lab);
  // The walkthrough ticks only what passed in the saved runs; without a lab nothing is ticked.
  service.restore();
  void hasWalkthroughs().then((yes) => vscode.commands.executeCommand('setContext', 'keepalivedLab.hasWalkthroughs', yes));
  return { service, tree, view, steps: STEP_IDS, contextKey: stepContextKey, remoteDiagnostics };
}

/** VS Code shows walkthroughs; Eclipse Theia (1.74) does not, and has no command to open one. */
async function hasWalkthroughs(): Promise<boolean> {
  try {
    return (await vscode.commands.getCommands(true)).includes('workbench.action.openWalkthrough');
  } catch {
    return false;
  }
}
