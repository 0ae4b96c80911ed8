// "Show Topology Picture": the lab drawn by src/lab/view/topologyPicture.ts in a webview panel. It
// re-renders whenever the lab service changes (the event the "Keepalived Lab" tree listens to:
// a refresh, the periodic reading, a new lab file) or the Lab Guide's results do (request counts of
// the last traffic step); it polls nothing itself. The page has a strict Content-Security-Policy
// (nonce'd style and script, no remote resource, local resources only from media/), the picture's
// colours are the theme's CSS variables, and "Export as SVG" writes it with concrete colours.
// "Show the VIP Plan as a Picture" draws the active-active planner's layout and every failure.
import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { planAddressing } from '../../lab/generate';
import { Plan, PlanSuccess } from '../../lab/planner';
import type { Lang } from '../../lab/report';
import { PictureTheme, renderPlanSvg, renderTopologySvg, trafficCountsOf } from '../../lab/view/topologyPicture';
import { uiLang } from '../uiLang';
import type { GuideService } from '../walkthrough/guideService';
import { LabService } from './labService';

export const TOPOLOGY_COMMANDS = {
  show: 'keepalivedLab.topology.show',
  showPlan: 'keepalivedLab.topology.showPlan',
  export: 'keepalivedLab.topology.export',
  /** Not in the manifest: what the panel shows now, for the in-editor tests. */
  snapshot: 'keepalivedLab.topology.snapshot',
} as const;

const OPEN_PLANNER_COMMAND = 'keepalivedLab.walkthrough.openPlanner';
const REFRESH_COMMAND = 'keepalivedLab.lab.refresh';
const VIEW_TYPE = 'keepalivedLab.topology';

type Mode = { kind: 'lab' } | { kind: 'plan'; plan: Plan; vipAddresses?: string[] };

/** What the panel shows now (returned by the show and snapshot commands). */
export interface TopologySnapshot {
  mode: Mode['kind'];
  title: string;
  html: string;
  svg: string;
  /** How many times the picture was drawn since the panel opened (live updates count). */
  renders: number;
  /** What the page itself last reported drawing (undefined until its script ran): proof that the webview shows it. */
  page?: PageReport;
}

/** Sent by the page's script after each picture it puts in: what is in its DOM. */
export interface PageReport {
  hasSvg: boolean;
  /** data-to of the holder arrows in the page. */
  holders: string[];
  panels: number;
  width: number;
  /** Different for every load of the page (a webview reloaded from its HTML gets a new one). */
  loadId: string;
}

/** The exported file's palette: the editor's theme kind, light or dark. */
export function exportTheme(): PictureTheme {
  const k = vscode.window.activeColorTheme.kind;
  return k === vscode.ColorThemeKind.Light || k === vscode.ColorThemeKind.HighContrastLight ? 'light' : 'dark';
}

class TopologyPanel implements vscode.Disposable {
  private readonly subs: vscode.Disposable[] = [];
  private svg = '';
  renders = 0;
  page?: PageReport;

  constructor(readonly panel: vscode.WebviewPanel, private mode: Mode, private readonly lab: LabService, private readonly guide: GuideService, private readonly onDispose: () => void) {
    this.subs.push(
      lab.onDidChange(() => this.redraw()),
      guide.onDidChange(() => this.redraw()),
      panel.webview.onDidReceiveMessage((m: { type?: string; report?: PageReport }) => {
        if (m?.type === 'drawn' && m.report) this.page = m.report;
        // A page (re)loaded from the HTML, which may be older than the last live update (Theia reloads a
        // webview whose tab moves or is maximized): it gets the current picture.
        else if (m?.type === 'ready') void panel.webview.postMessage({ type: 'svg', svg: this.svg || emptyText() });
        else if (m?.type === 'export') void vscode.commands.executeCommand(TOPOLOGY_COMMANDS.export);
        else if (m?.type === 'refresh') void vscode.commands.executeCommand(REFRESH_COMMAND);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.show(mode);
  }

  /** The picture for `theme` (css for the panel, light/dark for a file). */
  render(theme: PictureTheme): string {
    const lang = uiLang();
    if (this.mode.kind === 'plan') return renderPlanSvg(this.mode.plan, { lang, theme, ...(this.mode.vipAddresses ? { vipAddresses: this.mode.vipAddresses } : {}) });
    const inventory = this.lab.inventory;
    if (!inventory) return '';
    return renderTopologySvg({
      inventory,
      ...(this.lab.state ? { state: this.lab.state } : {}),
      reading: this.lab.reading,
      ...(this.lab.lastError ? { error: this.lab.lastError } : {}),
      ...(() => {
        const traffic = trafficCountsOf(this.guide.currentRun());
        return traffic ? { traffic } : {};
      })(),
    }, { lang, theme });
  }

  title(): string {
    return this.mode.kind === 'plan' ? vscode.l10n.t('VIP Plan') : vscode.l10n.t('Lab Topology: {0}', this.lab.inventory?.name ?? '—');
  }

  show(mode: Mode): void {
    this.mode = mode;
    this.svg = this.render('css');
    this.renders++;
    this.panel.title = this.title();
    this.panel.webview.html = pageHtml(this.panel.webview, this.svg, this.mode.kind === 'lab', uiLang());
  }

  /** A live update: the new picture goes to the page as a message (the page is not reloaded). */
  redraw(): void {
    if (this.mode.kind !== 'lab') return;
    this.svg = this.render('css');
    this.renders++;
    this.panel.title = this.title();
    // A hidden panel keeps no page (retainContextWhenHidden is off) and is rebuilt from its HTML when shown again.
    if (this.panel.visible) void this.panel.webview.postMessage({ type: 'svg', svg: this.svg || emptyText() });
    else this.panel.webview.html = pageHtml(this.panel.webview, this.svg, true, uiLang());
  }

  snapshot(): TopologySnapshot {
    return { mode: this.mode.kind, title: this.panel.title, html: this.panel.webview.html, svg: this.svg, renders: this.renders, ...(this.page ? { page: this.page } : {}) };
  }

  dispose(): void {
    for (const s of this.subs.splice(0)) s.dispose();
    this.onDispose();
  }
}

function emptyText(): string {
  return `<p>${escHtml(vscode.l10n.t('There is no valid lab file (keepalived-lab.yaml) in this workspace: create one in the Keepalived Lab view.'))}</p>`;
}

function escHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The page: the picture inline, two buttons, and a script that swaps in each new picture. */
export function pageHtml(webview: vscode.Webview, svg: string, live: boolean, lang: Lang): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 8px 16px; }
  .bar { display: flex; gap: 8px; margin-bottom: 8px; }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; cursor: pointer; font-family: inherit; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
  #picture svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<div class="bar">
  ${live ? `<button id="refresh" class="secondary">${escHtml(vscode.l10n.t('Refresh'))}</button>` : ''}
  <button id="export">${escHtml(vscode.l10n.t('Export as SVG…'))}</button>
</div>
<div id="picture">${svg || emptyText()}</div>
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  for (const id of ['refresh', 'export']) {
    const b = document.getElementById(id);
    if (b) b.addEventListener('click', () => vscode.postMessage({ type: id }));
  }
  const picture = document.getElementById('picture');
  const loadId = Math.random().toString(36).slice(2);
  const report = () => {
    const svg = picture.querySelector('svg');
    vscode.postMessage({ type: 'drawn', report: {
      hasSvg: !!svg,
      holders: [...picture.querySelectorAll('[data-kind="holder-arrow"]')].map((e) => e.getAttribute('data-to')),
      panels: picture.querySelectorAll('[data-kind="plan-panel"]').length,
      width: svg ? Math.round(svg.getBoundingClientRect().width) : 0,
      loadId,
    } });
  };
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m && m.type === 'svg' && typeof m.svg === 'string') {
      picture.innerHTML = m.svg;
      report();
    }
  });
  report();
  vscode.postMessage({ type: 'ready' });
</script>
</body>
</html>
`;
}

interface PlanArgs {
  directors?: number;
  trafficBps?: number;
  linkBps?: number;
  failures?: number;
}

export function registerTopology(context: vscode.ExtensionContext, lab: LabService, guide: GuideService): void {
  let current: TopologyPanel | undefined;
  const media = vscode.Uri.joinPath(context.extensionUri, 'media');

  const open = (mode: Mode): TopologyPanel => {
    if (current) {
      current.show(mode);
      current.panel.reveal(undefined, false);
      return current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Lab Topology'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [media],
      retainContextWhenHidden: false,
    });
    current = new TopologyPanel(panel, mode, lab, guide, () => {
      current = undefined;
    });
    context.subscriptions.push(current);
    return current;
  };

  const guard = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A): Promise<R | undefined> => {
    try {
      return await fn(...a);
    } catch (e) {
      lab.output.error((e as Error).message);
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(TOPOLOGY_COMMANDS.show, guard(async (): Promise<TopologySnapshot> => {
      if (!lab.inventory) throw new Error(lab.lastError ?? vscode.l10n.t('There is no valid lab file (keepalived-lab.yaml) in this workspace: create one in the Keepalived Lab view.'));
      return open({ kind: 'lab' }).snapshot();
    })),

    vscode.commands.registerCommand(TOPOLOGY_COMMANDS.showPlan, guard(async (arg?: PlanArgs): Promise<TopologySnapshot | undefined> => {
      const a = arg && typeof arg === 'object' && !('kind' in arg) ? arg : {};
      // The planner's own questions (and answer): the same inputs, only drawn.
      const p = await vscode.commands.executeCommand<Plan | undefined>(OPEN_PLANNER_COMMAND, { ...a, quiet: true });
      if (!p) return undefined;
      return open({ kind: 'plan', plan: p, ...(p.ok ? { vipAddresses: vipAddressesFor(p, lab) } : {}) }).snapshot();
    })),

    vscode.commands.registerCommand(TOPOLOGY_COMMANDS.export, guard(async (target?: unknown): Promise<string | undefined> => {
      // Export what the panel shows; without a panel, the lab.
      const panel = current ?? (lab.inventory ? open({ kind: 'lab' }) : undefined);
      if (!panel) throw new Error(lab.lastError ?? vscode.l10n.t('There is no valid lab file (keepalived-lab.yaml) in this workspace: create one in the Keepalived Lab view.'));
      let uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.file(target) : undefined;
      if (!uri) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const name = `${(lab.inventory?.name ?? 'lab').replace(/[^A-Za-z0-9_.-]/g, '_')}-${panel.snapshot().mode === 'plan' ? 'vip-plan' : 'topology'}.svg`;
        uri = await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export as SVG'),
          filters: { SVG: ['svg'] },
          ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
        });
        if (!uri) return undefined;
      }
      const svg = panel.render(exportTheme());
      await vscode.workspace.fs.writeFile(uri, Buffer.from(svg, 'utf8'));
      lab.output.info(`Topology picture written to ${uri.fsPath}`);
      if (!(target instanceof vscode.Uri) && typeof target !== 'string') void vscode.window.showInformationMessage(vscode.l10n.t('Picture saved to {0}', uri.fsPath));
      return uri.fsPath;
    })),

    vscode.commands.registerCommand(TOPOLOGY_COMMANDS.snapshot, () => current?.snapshot()),
  );
}

/** The VIPs' addresses as the planner's generated configs would use them (the lab's when it has that many directors). */
function vipAddressesFor(p: PlanSuccess, lab: LabService): string[] | undefined {
  try {
    return planAddressing(p, lab.inventory).vips;
  } catch {
    return undefined; // addresses that do not fit: the picture names VIPs without them
  }
}
