// The topology picture in a real editor: its commands in the manifest and at run time, the webview's
// page (strict Content-Security-Policy, nonces, nothing remote), live updates from the lab service as
// the namespace lab is read, the exported SVG naming the director that really holds the VIP (checked
// over SSH on the host), and the planner's picture. Screenshot: <host>-topology.png.
//
// Network: only the runner's namespace lab (198.51.100.0/24) is contacted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, IS_THEIA, screenshot, setSetting, sleep, waitFor, wsFile } from './helpers';

const SHOW = 'keepalivedLab.topology.show';
const SHOW_PLAN = 'keepalivedLab.topology.showPlan';
const EXPORT = 'keepalivedLab.topology.export';
const SNAPSHOT = 'keepalivedLab.topology.snapshot';
const REQUIRE_LAB = process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1';

interface Snapshot {
  mode: 'lab' | 'plan';
  title: string;
  html: string;
  svg: string;
  renders: number;
  /** What the webview's own script reported drawing. */
  page?: { hasSvg: boolean; holders: string[]; panels: number; width: number; loadId: string };
}

interface LabApi {
  service: {
    inventory?: { name: string; hosts: { name: string; role: string }[] };
    state?: { vipHolders: { vip: string; hosts: string[] }[]; masters: { instance: string; hosts: string[] }[] };
    lastError?: string;
    refresh(): Promise<void>;
    getPool(): { exec(host: string, command: string, opts?: { timeoutMs?: number }): Promise<{ code: number | null; stdout: string; stderr: string }> };
  };
}

function labApi(): LabApi {
  const api = vscode.extensions.getExtension(EXTENSION_ID)?.exports as { lab?: LabApi } | undefined;
  assert.ok(api?.lab, 'the extension exports its lab');
  return api.lab;
}

/** The page's CSP, checked the way a reviewer would: nothing but nonce'd inline code and local resources. */
function checkPage(html: string): void {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(csp, 'the page declares a Content-Security-Policy');
  const rules = new Map(csp.split(';').map((r) => r.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(rules.get('default-src'), ["'none'"]);
  const nonce = /'nonce-([^']+)'/.exec(rules.get('script-src')?.join(' ') ?? '')?.[1];
  assert.ok(nonce && nonce.length >= 16, 'scripts only with a nonce');
  assert.deepEqual(rules.get('script-src'), [`'nonce-${nonce}'`], 'no unsafe-inline, no unsafe-eval, no host');
  assert.ok(rules.get('style-src')?.includes(`'nonce-${nonce}'`) && !rules.get('style-src')?.includes("'unsafe-inline'"), 'styles only with the nonce (or from the webview itself)');
  // img-src and style-src name only the webview's own source (webview.cspSource), img-src data: too.
  const own = rules.get('style-src')?.filter((x) => !x.startsWith("'nonce-")) ?? [];
  assert.ok(own.length >= 1 && own.every((x) => !["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'].includes(x)), `style-src: the webview's source and the nonce (${rules.get('style-src')?.join(' ')})`);
  assert.deepEqual(rules.get('img-src'), [...own, 'data:']);
  assert.deepEqual([...rules.keys()].sort(), ['default-src', 'img-src', 'script-src', 'style-src']);
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  assert.ok(scripts.length > 0 && scripts.every((a) => a.includes(`nonce="${nonce}"`) && !/\ssrc=/.test(a)), 'every script carries the nonce, none is loaded from elsewhere');
  assert.ok([...html.matchAll(/<style\b([^>]*)>/g)].every((m) => m[1].includes(`nonce="${nonce}"`)), 'every <style> carries the nonce');
  const body = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]+>/, '');
  assert.doesNotMatch(body, /(src|href)="https?:/, 'no remote resource');
  assert.doesNotMatch(body, /\sstyle="/, 'no inline style attribute (the CSP would drop it)');
  assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, 'the picture is inline');
  assert.match(html, /id="export"/, 'an Export as SVG button');
}

describe('keepalived-lab in a real editor host: the topology picture', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await setSetting('lab.file', undefined);
  });

  it('contributes Show Topology Picture, the plan picture and Export as SVG, and the traffic step shows the generated picture', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const c = ext.packageJSON.contributes;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of [SHOW, SHOW_PLAN, EXPORT]) {
      assert.ok(c.commands.some((x: { command: string }) => x.command === id), `${id} is in the manifest`);
      assert.ok(registered.has(id), `${id} is registered`);
    }
    assert.ok(c.menus['view/title'].some((m: { command: string; when: string }) => m.command === SHOW && m.when.includes('keepalivedLab.labView')), 'in the lab view\'s title bar');
    const traffic = c.walkthroughs[0].steps.find((s: { id: string }) => s.id === 'traffic');
    assert.equal(traffic.media.svg, 'media/topology.svg');
    const svg = fs.readFileSync(path.join(ext.extensionPath, 'media', 'topology.svg'), 'utf8');
    assert.match(svg, /data-kind="holder-arrow" data-vip="198\.51\.100\.100\/24" data-to="lb1"/);
    // Without a lab file there is nothing to draw: a clear error, no panel.
    await setSetting('lab.file', 'no-such-dir/keepalived-lab.yaml');
    await waitFor(() => labApi().service.inventory === undefined, 'no lab');
    assert.equal(await vscode.commands.executeCommand(SHOW), undefined);
  });

  it('live: draws the namespace lab, updates as the lab is read, exports an SVG naming the director that holds the VIP', async function () {
    const rel = process.env.KEEPALIVED_LAB_LIVE_INVENTORY;
    if (!rel) {
      const why = process.env.KEEPALIVED_LAB_LIVE_ERROR ?? process.env.KEEPALIVED_LAB_LIVE_SKIP ?? 'the runner set up no namespace lab (KEEPALIVED_LAB_LIVE_INVENTORY is not set)';
      if (process.env.KEEPALIVED_LAB_LIVE_ERROR) throw new Error(`The runner could not bring up the namespace lab: ${why}`);
      if (REQUIRE_LAB) throw new Error(`The live lab test must run here (KEEPALIVED_LAB_REQUIRE_ORACLE=1) but cannot: ${why}`);
      console.log(`      (live topology test skipped: ${why})`);
      this.skip();
    }
    this.timeout(150000);
    const lab = labApi();
    await setSetting('lab.file', rel);
    await waitFor(() => lab.service.inventory?.hosts.length === 5, 'the live lab inventory (5 hosts) to load');
    try {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } catch {
      // not every host has it
    }

    // Opened before the lab is read: the picture says so, and the page is strict.
    const first = await vscode.commands.executeCommand<Snapshot>(SHOW);
    assert.ok(first, 'the panel opened');
    assert.equal(first.mode, 'lab');
    assert.match(first.title, /Topology|Топология/);
    checkPage(first.html);

    // Reading the lab (what the tree's Refresh does) redraws the open panel: no second Show.
    let snap: Snapshot | undefined;
    let holder = '';
    await waitFor(async () => {
      await lab.service.refresh();
      const st = lab.service.state;
      const holders = st?.vipHolders.find((v) => v.vip === '198.51.100.100/24')?.hosts ?? [];
      const masters = st?.masters.find((m) => m.instance === 'VI_1')?.hosts ?? [];
      if (holders.length !== 1 || masters.length !== 1) return false;
      holder = holders[0];
      snap = await vscode.commands.executeCommand<Snapshot>(SNAPSHOT);
      return !!snap && snap.svg.includes(`data-to="${holder}"`) && snap;
    }, 'the pair to settle with one MASTER holding the VIP, and the panel to show it', 60000);
    // The page itself (the webview's script, from its DOM) shows the new picture with the arrow to the holder.
    const page = await waitFor(async () => {
      const p = (await vscode.commands.executeCommand<Snapshot>(SNAPSHOT))?.page;
      return p?.hasSvg && p.holders.includes(holder) && p;
    }, 'the webview page to report the picture with the holder arrow', 20000);
    assert.deepEqual(page.holders, [holder]);
    assert.ok(page.width > 300, `the picture has a size on the page (${page.width} px)`);
    assert.equal(lab.service.lastError, undefined);
    assert.ok(snap!.renders > first.renders, `the panel redrew on the lab's change event (${first.renders} → ${snap!.renders})`);
    assert.ok(!first.svg.includes('data-kind="holder-arrow"'), 'before the reading there was no holder arrow (nothing was guessed)');
    assert.match(snap!.svg, new RegExp(`data-kind="holder-arrow" data-vip="198\\.51\\.100\\.100/24" data-to="${holder}"`));
    const other = holder === 'lb1' ? 'lb2' : 'lb1';
    assert.doesNotMatch(snap!.svg, new RegExp(`data-kind="holder-arrow"[^>]*data-to="${other}"`), 'no arrow to the BACKUP');
    assert.match(snap!.svg, /data-state="MASTER"/);
    assert.match(snap!.svg, /data-state="BACKUP"/);

    // The holder as the host itself says: the VIP is on its eth0.
    const r = await lab.service.getPool().exec(holder, 'ip -o -4 addr show dev eth0');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /198\.51\.100\.100\/24/, `${holder} really has the VIP`);

    // Export with a target (no dialog): concrete colours, the same holder.
    const target = wsFile('tmp-topology', 'lab-topology.svg');
    await vscode.workspace.fs.createDirectory(wsFile('tmp-topology'));
    const written = await vscode.commands.executeCommand<string>(EXPORT, target);
    assert.equal(written, target.fsPath);
    const exported = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(exported, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(exported, new RegExp(`data-kind="holder-arrow" data-vip="198\\.51\\.100\\.100/24" data-to="${holder}"`), 'the exported picture names the real holder');
    assert.doesNotMatch(exported, /var\(--vscode|currentColor/, 'a file has concrete colours');
    const kind = vscode.window.activeColorTheme.kind;
    const light = kind === vscode.ColorThemeKind.Light || kind === vscode.ColorThemeKind.HighContrastLight;
    assert.match(exported, new RegExp(`<rect x="0" y="0" [^>]*fill="${light ? '#ffffff' : '#1e1e1e'}"`), 'an opaque background matching the theme kind');

    // Room for the picture: no bottom panel (Output, Problems) and no secondary side bar.
    for (const cmd of ['workbench.action.closePanel', 'workbench.action.closeAuxiliaryBar']) await vscode.commands.executeCommand(cmd).then(undefined, () => undefined);
    await vscode.commands.executeCommand(IS_THEIA ? 'notifications.commands.clearAll' : 'notifications.clearAll').then(undefined, () => undefined);
    // Theia has no command that only closes the bottom panel: the picture's tab is maximized for the shot instead.
    const maximize = async (): Promise<unknown> => IS_THEIA && vscode.commands.executeCommand('core.toggleMaximized').then(undefined, () => undefined);
    const before = (await vscode.commands.executeCommand<Snapshot>(SNAPSHOT))?.page?.loadId;
    await maximize();
    if (IS_THEIA) {
      // Theia reloads a webview whose tab is maximized, from its HTML: the new page must get the current picture, not the first one.
      await waitFor(async () => {
        const p = (await vscode.commands.executeCommand<Snapshot>(SNAPSHOT))?.page;
        return p && p.loadId !== before && p.holders.includes(holder);
      }, 'the reloaded page to show the holder arrow', 20000);
    }
    await sleep(1500);
    await screenshot('topology');
    await maximize();
  });

  it('the planner\'s picture: the planned layout and one layout per director down', async () => {
    const snap = await vscode.commands.executeCommand<Snapshot>(SHOW_PLAN, { directors: 3, trafficBps: 1.5e9, linkBps: 1e9, failures: 1 });
    assert.ok(snap, 'the panel shows the plan');
    assert.equal(snap.mode, 'plan');
    checkPage(snap.html);
    const page = await waitFor(async () => {
      const p = (await vscode.commands.executeCommand<Snapshot>(SNAPSHOT))?.page;
      return p?.panels === 4 && p;
    }, 'the webview page to draw the four layouts', 20000);
    assert.ok(page.hasSvg);
    const panels = [...snap.svg.matchAll(/data-kind="plan-panel" data-failed="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(panels.length, 4);
    assert.deepEqual(panels, ['', 'lb1', 'lb2', 'lb3'], 'the planned layout first, then one panel per director down');
    assert.equal([...snap.svg.matchAll(/data-kind="plan-arrow"/g)].length, 4 * 6, 'six VIPs served in each of the four layouts');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
