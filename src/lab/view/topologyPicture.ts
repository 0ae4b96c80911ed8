// The lab as a picture: an SVG string from the inventory, the last state read (the same one the
// "Keepalived Lab" tree shows) and the request counts of the last traffic step. Client on top, the
// VIPs under it with an arrow to the director that holds each now, the directors with a
// MASTER/BACKUP badge per VRRP instance, the real servers at the bottom with their health and
// request counts. What was not read, or could not be, is drawn as such, never guessed.
//
// Pure (no vscode): the webview (src/extension/lab/topologyPanel.ts), the walkthrough media
// (scripts/gen-topology-media.mjs) and the tests all call these functions. Colours are either the
// editor theme's CSS variables as presentation attributes (no <style>, no style="": a strict CSP
// and the walkthrough page both drop those) or, for an exported file, concrete light/dark colours
// on an opaque background. Every text passes through esc(): host names come from the user's file.
import { Inventory, LabHost } from '../inventory/types';
import { failureSets, Plan, PlanSuccess } from '../planner/planner';
import { formatBandwidth, percent } from '../planner/units';
import { trafficFacts } from '../report/facts';
import type { WalkthroughRun } from '../report/run';
import { HostState, LabState } from '../topology/reader';
import { Lang, topologyStrings, TopologyStrings } from './topologyStrings';

export type PictureTheme = 'css' | 'light' | 'dark';

export interface PictureOptions {
  lang?: Lang;
  /** 'css' (default): var(--vscode-…) colours for a webview or the walkthrough; 'light'/'dark': concrete colours for a file. */
  theme?: PictureTheme;
  /** Lines under the title instead of when the state was read and where the counts come from (an illustration says so here). */
  header?: string[];
}

/** The request counts of the last traffic step, by real server name. */
export interface TrafficCounts {
  requests: number;
  answered: number;
  byHost: Record<string, number>;
  /** When the step finished (ISO). */
  at?: string;
}

export interface TopologyInput {
  inventory: Inventory;
  /** The last state read; undefined when the lab was not read yet. */
  state?: LabState;
  reading?: boolean;
  /** Why the last read failed as a whole. */
  error?: string;
  traffic?: TrafficCounts;
}

// ------------------------------------------------------------------------------------- colours

type Token = 'fg' | 'muted' | 'bg' | 'box' | 'line' | 'accent' | 'ok' | 'backup' | 'bad' | 'warn' | 'off';

const PALETTE: Record<Token, { css: string; light: string; dark: string }> = {
  fg: { css: 'var(--vscode-foreground, currentColor)', light: '#1f1f1f', dark: '#d4d4d4' },
  muted: { css: 'var(--vscode-descriptionForeground, currentColor)', light: '#5c5c5c', dark: '#a6a6a6' },
  bg: { css: 'var(--vscode-editor-background, none)', light: '#ffffff', dark: '#1e1e1e' },
  box: { css: 'var(--vscode-editorWidget-background, none)', light: '#f5f7fa', dark: '#252526' },
  line: { css: 'var(--vscode-descriptionForeground, currentColor)', light: '#8a8a8a', dark: '#8a8a8a' },
  accent: { css: 'var(--vscode-textLink-foreground, #3794ff)', light: '#005fb8', dark: '#4daafc' },
  ok: { css: 'var(--vscode-charts-green, #89d185)', light: '#2e7d32', dark: '#89d185' },
  backup: { css: 'var(--vscode-charts-blue, #75beff)', light: '#1565c0', dark: '#75beff' },
  bad: { css: 'var(--vscode-errorForeground, #f48771)', light: '#c62828', dark: '#f48771' },
  warn: { css: 'var(--vscode-editorWarning-foreground, #cca700)', light: '#8a6100', dark: '#cca700' },
  off: { css: 'var(--vscode-disabledForeground, #8b8b8b)', light: '#7a7a7a', dark: '#8b8b8b' },
};

const FONT = { css: 'var(--vscode-font-family, sans-serif)', plain: 'sans-serif' };
const MONO = { css: 'var(--vscode-editor-font-family, monospace)', plain: 'monospace' };

// ------------------------------------------------------------------------------------- XML text

/** Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value safe inside SVG/XML (and HTML). */
export function esc(s: string): string {
  return String(s).replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Shortens text to about `px` pixels at `size` px (an estimate: 0.6 em per character). */
function fit(text: string, px: number, size: number, mono = false): string {
  const chars = [...text];
  const max = Math.max(3, Math.floor(px / (size * (mono ? 0.6 : 0.55))));
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function timeOf(d: Date | string | undefined): string {
  const t = d === undefined ? NaN : new Date(d).getTime();
  return Number.isFinite(t) ? new Date(t).toISOString().slice(11, 19) : '?';
}

class Svg {
  readonly parts: string[] = [];
  constructor(readonly theme: PictureTheme) {}

  c(t: Token): string {
    return PALETTE[t][this.theme];
  }

  font(mono = false): string {
    const f = mono ? MONO : FONT;
    return this.theme === 'css' ? f.css : f.plain;
  }

  /** A text line; `attrs` are extra attributes (already escaped). */
  text(x: number, y: number, s: string, o: { size?: number; color?: Token; bold?: boolean; anchor?: 'start' | 'middle' | 'end'; mono?: boolean; maxPx?: number; attrs?: string } = {}): void {
    const size = o.size ?? 12;
    const shown = o.maxPx ? fit(s, o.maxPx, size, o.mono) : s;
    const title = shown !== s ? `<title>${esc(s)}</title>` : '';
    this.parts.push(`<text x="${r(x)}" y="${r(y)}" fill="${this.c(o.color ?? 'fg')}" font-family="${this.font(o.mono)}" font-size="${size}"${o.bold ? ' font-weight="bold"' : ''}${o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : ''}${o.attrs ?? ''}>${title}${esc(shown)}</text>`);
  }

  rect(x: number, y: number, w: number, h: number, o: { fill?: Token | 'none'; stroke?: Token; dash?: boolean; rx?: number; width?: number; fillOpacity?: number; attrs?: string } = {}): void {
    const fill = o.fill === 'none' ? 'none' : this.c(o.fill ?? 'box');
    this.parts.push(`<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" rx="${o.rx ?? 6}" fill="${fill}"${o.fillOpacity !== undefined ? ` fill-opacity="${o.fillOpacity}"` : ''} stroke="${this.c(o.stroke ?? 'line')}" stroke-width="${o.width ?? 1.5}"${o.dash ? ' stroke-dasharray="5 4"' : ''}${o.attrs ?? ''}/>`);
  }

  /** A straight arrow from (x1,y1) to (x2,y2), tip at the end. */
  arrow(x1: number, y1: number, x2: number, y2: number, o: { color?: Token; width?: number; dash?: boolean; head?: boolean; attrs?: string } = {}): void {
    const color = o.color ?? 'line';
    const head = o.head === false ? '' : ` marker-end="url(#kl-arrow-${color})"`;
    this.parts.push(`<path d="M ${r(x1)} ${r(y1)} L ${r(x2)} ${r(y2)}" fill="none" stroke="${this.c(color)}" stroke-width="${o.width ?? 1.5}"${o.dash ? ' stroke-dasharray="5 4"' : ''}${head}${o.attrs ?? ''}/>`);
  }

  /** A badge: a rounded, tinted box with a word in it. Returns its width. */
  badge(x: number, y: number, word: string, color: Token, attrs = ''): number {
    const w = Math.max(36, [...word].length * 6.6 + 12);
    this.parts.push(`<g${attrs}>`);
    this.rect(x, y, w, 16, { fill: color, fillOpacity: 0.18, stroke: color, rx: 8, width: 1 });
    this.text(x + w / 2, y + 12, word, { size: 10, color, bold: true, anchor: 'middle' });
    this.parts.push('</g>');
    return w;
  }

  defs(): string {
    const colors: Token[] = ['line', 'accent', 'warn', 'bad'];
    return `<defs>${colors.map((t) => `<marker id="kl-arrow-${t}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0 10 5 0 10z" fill="${this.c(t)}" stroke="none"/></marker>`).join('')}</defs>`;
  }

  /** The whole document; `title` is its accessible name. */
  wrap(width: number, height: number, title: string, desc: string): string {
    const bg = this.theme === 'css' ? '' : `<rect x="0" y="0" width="${r(width)}" height="${r(height)}" fill="${this.c('bg')}" stroke="none"/>`;
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" role="img" aria-label="${esc(title)}">`,
      `<title>${esc(title)}</title>`,
      `<desc>${esc(desc)}</desc>`,
      this.defs(),
      bg,
      ...this.parts,
      '</svg>',
      '',
    ].filter((l, i) => l !== '' || i > 0).join('\n');
  }
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function attr(name: string, value: string): string {
  return ` ${name}="${esc(value)}"`;
}

// ------------------------------------------------------------------------------------- the lab

const BOX_W = 210;
const GAP = 36;
const MARGIN = 24;
const LINE = 15;

interface Line {
  text: string;
  color?: Token;
  mono?: boolean;
  bold?: boolean;
}

interface Badge {
  word: string;
  color: Token;
  label?: string;
  attrs?: string;
}

interface HostBox {
  host: LabHost;
  border: Token;
  dash: boolean;
  badges: Badge[][];
  lines: Line[];
  /** Request count line (real servers). */
  count?: Line;
  x: number;
  y: number;
  h: number;
}

/** The request counts of the latest traffic step of a walkthrough run (undefined when it has none). */
export function trafficCountsOf(run: WalkthroughRun | undefined): TrafficCounts | undefined {
  if (!run) return undefined;
  const f = trafficFacts(run);
  // Whatever the verdict (also the no-IPVS stop, where the requests were refused): what was sent and who answered.
  if (!f) return undefined;
  // The verdict keeps the number of requests; the request lines themselves only when it did not replace them.
  const counted = f.step.measurements.requests;
  const total = f.requests.length || (typeof counted === 'number' ? counted : f.answered + f.failed);
  if (!total) return undefined;
  return { requests: total, answered: f.answered, byHost: { ...f.byHost }, at: f.step.finishedAt };
}

function directorBox(h: LabHost, st: HostState | undefined, input: TopologyInput, s: TopologyStrings): Omit<HostBox, 'x' | 'y' | 'h'> {
  const lines: Line[] = [{ text: h.address, color: 'muted', mono: true }];
  if (!input.state) return { host: h, border: 'off', dash: true, badges: [], lines: [...lines, { text: input.reading ? s.reading : s.notRead, color: 'muted' }] };
  if (!st) return { host: h, border: 'off', dash: true, badges: [], lines: [...lines, { text: s.notInState, color: 'muted' }] };
  if (!st.reachable) return { host: h, border: 'bad', dash: true, badges: [], lines: [...lines, { text: s.unreachable, color: 'bad', bold: true }, ...(st.error ? [{ text: st.error, color: 'muted' as Token }] : [])] };
  const d = st.director;
  if (!d) return { host: h, border: 'off', dash: true, badges: [], lines };
  const badges: Badge[][] = d.instances.slice(0, 6).map((i) => {
    const color: Token = !d.keepalived.running ? 'off' : i.state === 'MASTER' ? 'ok' : i.state === 'BACKUP' ? 'backup' : i.state === 'FAULT' ? 'bad' : 'off';
    const prio = i.effectivePriority ?? i.priority;
    return [{ word: i.state, color, label: `${i.name}${prio !== undefined ? ` ${prio}` : ''}`, attrs: `${attr('data-kind', 'vrrp-state')}${attr('data-instance', i.name)}${attr('data-state', i.state)}` }];
  });
  if (!d.keepalived.running) lines.push({ text: s.keepalivedStopped, color: 'off', bold: true });
  else if (!d.instances.length) lines.push({ text: s.keepalivedNoState, color: 'warn' });
  if (d.instances.length > 6) lines.push({ text: `+${d.instances.length - 6}`, color: 'muted' });
  if (d.holdsVip) lines.push({ text: s.holdsVip, color: 'accent', bold: true });
  if (!d.ipvs.available) lines.push({ text: s.noIpvs, color: 'warn' });
  const main = d.instances[0];
  const border: Token = !d.keepalived.running ? 'off' : main?.state === 'MASTER' ? 'ok' : main?.state === 'BACKUP' ? 'backup' : main?.state === 'FAULT' ? 'bad' : 'line';
  return { host: h, border, dash: false, badges, lines };
}

/** The director whose IPVS table tells a real server's place: the (single) VIP holder, else the first one read with IPVS. */
function ipvsReference(input: TopologyInput): HostState | undefined {
  const directors = (input.state?.hosts ?? []).filter((x) => x.reachable && x.director);
  const holders = directors.filter((x) => x.director!.holdsVip);
  return (holders.length === 1 ? holders[0] : undefined) ?? directors.find((x) => x.director!.ipvs.available) ?? directors[0];
}

function realBox(h: LabHost, st: HostState | undefined, input: TopologyInput, s: TopologyStrings): Omit<HostBox, 'x' | 'y' | 'h'> {
  const lines: Line[] = [{ text: h.address, color: 'muted', mono: true }];
  const count = input.traffic ? { text: s.requests(input.traffic.byHost[h.name] ?? 0, input.traffic.requests), color: (input.traffic.byHost[h.name] ?? 0) > 0 ? 'accent' as Token : 'muted' as Token, bold: true } : undefined;
  const base = { host: h, badges: [], ...(count ? { count } : {}) };
  if (!input.state) return { ...base, border: 'off', dash: true, lines: [...lines, { text: input.reading ? s.reading : s.notRead, color: 'muted' }] };
  if (!st) return { ...base, border: 'off', dash: true, lines: [...lines, { text: s.notInState, color: 'muted' }] };
  if (!st.reachable) return { ...base, border: 'bad', dash: true, lines: [...lines, { text: s.unreachable, color: 'bad', bold: true }, ...(st.error ? [{ text: st.error, color: 'muted' as Token }] : [])] };
  const rs = st.real;
  const problems: Line[] = [];
  let level: 'ok' | 'warn' | 'bad' = 'ok';
  if (rs) {
    if (!rs.nginxRunning) {
      problems.push({ text: s.nginxDown, color: 'bad' });
      level = 'bad';
    }
    if (rs.http.status === undefined) {
      problems.push({ text: s.http(rs.http.error ?? '?'), color: 'bad' });
      level = 'bad';
    }
    if (!rs.vipsOnLo.every((v) => v.present)) problems.push({ text: s.vipNotOnLo, color: 'warn' });
    else if (rs.vipPrefixProblems.length) problems.push({ text: s.vipPrefix, color: 'warn' });
    if (!rs.arpOk) problems.push({ text: s.arpNotSet, color: 'warn' });
    if (problems.length && level === 'ok') level = 'warn';
  }
  // Its place in the IPVS table of the director that takes the traffic.
  const ref = ipvsReference(input);
  const d = ref?.director;
  let ipvsLine: Line | undefined;
  if (d && ref) {
    if (!d.ipvs.available) ipvsLine = { text: s.noIpvs, color: 'warn' };
    else {
      const vip = input.inventory.service.vips[0]?.address;
      const svc = d.ipvs.table.services.find((x) => x.address === vip && x.port === input.inventory.service.port);
      const real = svc?.reals.find((x) => x.address === h.address);
      if (!svc) ipvsLine = { text: s.ipvsNoService(ref.name), color: 'warn' };
      else if (!real) ipvsLine = { text: s.ipvsMissing(ref.name), color: 'warn' };
      else if (real.weight === 0) ipvsLine = { text: s.ipvsWeight0(ref.name), color: 'warn' };
      else ipvsLine = { text: s.ipvsWeight(ref.name, real.weight), color: 'muted' };
      if (ipvsLine.color === 'warn' && level === 'ok') level = 'warn';
    }
  }
  const health: Badge = { word: level === 'ok' ? s.ready : s.needsAttention, color: level === 'ok' ? 'ok' : level, attrs: `${attr('data-kind', 'health')}${attr('data-health', level)}` };
  return { ...base, border: level === 'ok' ? 'ok' : level, dash: false, badges: [[health]], lines: [...lines, ...(ipvsLine ? [ipvsLine] : []), ...problems] };
}

function clientBox(h: LabHost, st: HostState | undefined, input: TopologyInput, s: TopologyStrings): Omit<HostBox, 'x' | 'y' | 'h'> {
  const lines: Line[] = [{ text: h.address, color: 'muted', mono: true }];
  if (!input.state) return { host: h, border: 'off', dash: true, badges: [], lines: [...lines, { text: input.reading ? s.reading : s.notRead, color: 'muted' }] };
  if (!st) return { host: h, border: 'off', dash: true, badges: [], lines: [...lines, { text: s.notInState, color: 'muted' }] };
  if (!st.reachable) return { host: h, border: 'bad', dash: true, badges: [], lines: [...lines, { text: s.unreachable, color: 'bad', bold: true }, ...(st.error ? [{ text: st.error, color: 'muted' as Token }] : [])] };
  const checks = st.client?.vipChecks ?? [];
  const ok = checks.every((c) => c.status !== undefined);
  return {
    host: h, border: ok ? 'ok' : 'warn', dash: false, badges: [],
    lines: [...lines, ...checks.slice(0, 3).map((c) => ({ text: s.viaVip(c.status !== undefined ? s.httpOk(c.status) : c.error ?? '?'), color: (c.status !== undefined ? 'muted' : 'warn') as Token }))],
  };
}

function boxHeight(b: Omit<HostBox, 'x' | 'y' | 'h'>): number {
  return 34 + b.lines.length * LINE + b.badges.length * 20 + (b.count ? LINE + 4 : 0) + 6;
}

/** The lab as an SVG document. */
export function renderTopologySvg(input: TopologyInput, opts: PictureOptions = {}): string {
  const s = topologyStrings(opts.lang ?? 'en');
  const g = new Svg(opts.theme ?? 'css');
  const inv = input.inventory;
  const state = input.state;
  const byName = new Map((state?.hosts ?? []).map((h) => [h.name, h]));
  const of = (role: LabHost['role']): LabHost[] => inv.hosts.filter((h) => h.role === role);
  const clients = of('client').map((h) => clientBox(h, byName.get(h.name), input, s));
  const directors = of('director').map((h) => directorBox(h, byName.get(h.name), input, s));
  const reals = of('real').map((h) => realBox(h, byName.get(h.name), input, s));
  const vips = inv.service.vips.map((v) => `${v.address}/${v.prefix}`);
  const VIP_W = 200;
  const cols = Math.max(1, clients.length, directors.length, reals.length);
  const width = Math.max(640, MARGIN * 2 + cols * BOX_W + (cols - 1) * GAP, MARGIN * 2 + vips.length * VIP_W + (vips.length - 1) * GAP);
  const rowX = (n: number, w: number, i: number): number => (width - (n * w + (n - 1) * GAP)) / 2 + i * (w + GAP);

  // Header: the lab, when it was read, where the counts come from.
  let y = MARGIN;
  g.text(MARGIN, y + 12, s.title(inv.name), { size: 15, bold: true, maxPx: width - 2 * MARGIN });
  const status = input.error ? s.couldNotRead(input.error) : input.reading && !state ? s.reading : state ? s.readAt(timeOf(state.readAt), state.durationMs) : s.notRead;
  const t = input.traffic;
  const header = opts.header ?? [status, !t ? s.noTraffic : t.at ? s.trafficFrom(timeOf(t.at), t.answered, t.requests) : s.trafficCounts(t.answered, t.requests)];
  header.forEach((l, i) => g.text(MARGIN, y + 30 + i * 15, l, { size: 11, color: i === 0 && input.error && !opts.header ? 'bad' : 'muted', maxPx: width - 2 * MARGIN }));
  y += 34 + header.length * 15;

  const place = (boxes: Omit<HostBox, 'x' | 'y' | 'h'>[], top: number): HostBox[] => {
    const h = Math.max(0, ...boxes.map(boxHeight));
    return boxes.map((b, i) => ({ ...b, x: rowX(boxes.length, BOX_W, i), y: top, h }));
  };
  const clientRow = place(clients, y);
  if (clientRow.length) y += clientRow[0].h + 40;
  const vipY = y;
  const VIP_H = 44;
  const vipX = vips.map((_, i) => rowX(vips.length, VIP_W, i));
  if (vips.length) y += VIP_H + 56;
  const directorRow = place(directors, y);
  if (directorRow.length) y += directorRow[0].h + 56;
  const realRow = place(reals, y);
  if (realRow.length) y += realRow[0].h;
  const height = y + MARGIN;

  // Client → VIP.
  for (const c of clientRow) {
    for (let i = 0; i < vips.length; i++) g.arrow(c.x + BOX_W / 2, c.y + c.h, vipX[i] + VIP_W / 2, vipY - 1, { color: 'line', attrs: `${attr('data-kind', 'client-arrow')}${attr('data-from', c.host.name)}${attr('data-vip', vips[i])}` });
  }
  // The holder director → its real servers (the path the requests take).
  const holderNames = new Set(state?.vipHolders.flatMap((v) => v.hosts) ?? []);
  // Only where its IPVS table sends them: no IPVS or no entry, no arrow; weight 0 dashed.
  for (const d of directorRow.filter((x) => holderNames.has(x.host.name))) {
    const ipvs = byName.get(d.host.name)?.director?.ipvs;
    if (!ipvs?.available) continue;
    const svc = ipvs.table.services.find((x) => x.address === inv.service.vips[0]?.address && x.port === inv.service.port);
    realRow.forEach((rb, i) => {
      const entry = svc?.reals.find((x) => x.address === rb.host.address);
      if (!entry) return;
      const from = d.x + BOX_W / 2 + (i - (realRow.length - 1) / 2) * 16;
      g.arrow(from, d.y + d.h, rb.x + BOX_W / 2, rb.y - 1, { color: 'line', dash: entry.weight === 0, attrs: `${attr('data-kind', 'forward-arrow')}${attr('data-from', d.host.name)}${attr('data-to', rb.host.name)}${attr('data-weight', String(entry.weight))}` });
    });
  }
  // VIPs and the arrows to their holders.
  vips.forEach((vip, i) => {
    const holders = state ? state.vipHolders.find((v) => v.vip === vip)?.hosts ?? [] : [];
    const directorsUnread = !state || directorRow.some((d) => !byName.get(d.host.name)?.reachable);
    const x = vipX[i];
    const color: Token = !state ? 'off' : holders.length === 1 ? 'accent' : 'bad';
    const note = !state ? s.vipUnknown : holders.length > 1 ? s.vipSplitBrain(holders.length) : holders.length === 0 ? (directorsUnread ? s.vipNoReachableHolder : s.vipNoHolder) : '';
    g.parts.push(`<g${attr('data-kind', 'vip')}${attr('data-vip', vip)}${attr('data-holders', holders.join(' '))}>`);
    g.rect(x, vipY, VIP_W, VIP_H, { fill: color === 'accent' ? 'accent' : 'box', fillOpacity: color === 'accent' ? 0.12 : undefined, stroke: color, rx: 22, width: 2, dash: !state });
    g.text(x + VIP_W / 2, vipY + (note ? 18 : 27), `${s.vip} ${vip}`, { bold: true, anchor: 'middle', mono: true, maxPx: VIP_W - 20 });
    if (note) g.text(x + VIP_W / 2, vipY + 33, note, { size: 10, anchor: 'middle', color: color === 'off' ? 'muted' : color, maxPx: VIP_W - 16 });
    g.parts.push('</g>');
    holders.forEach((name, k) => {
      const d = directorRow.find((b) => b.host.name === name);
      if (!d) return;
      const from = x + VIP_W / 2 + (k - (holders.length - 1) / 2) * 24;
      g.arrow(from, vipY + VIP_H, d.x + BOX_W / 2, d.y, { color: holders.length === 1 ? 'accent' : 'bad', width: 3, attrs: `${attr('data-kind', 'holder-arrow')}${attr('data-vip', vip)}${attr('data-to', name)}` });
    });
  });
  // Boxes last, over the arrows' tails.
  for (const b of [...clientRow, ...directorRow, ...realRow]) drawHost(g, b, s);

  const holderWords = state ? state.vipHolders.map((v) => `${v.vip} → ${v.hosts.join(' + ') || '—'}`).join('; ') : s.notRead;
  return g.wrap(width, height, s.title(inv.name), holderWords);
}

function drawHost(g: Svg, b: HostBox, s: TopologyStrings): void {
  g.parts.push(`<g${attr('data-kind', 'host')}${attr('data-host', b.host.name)}${attr('data-role', b.host.role)}${attr('data-x', r(b.x))}${attr('data-y', r(b.y))}${attr('data-w', String(BOX_W))}${attr('data-h', r(b.h))}>`);
  g.rect(b.x, b.y, BOX_W, b.h, { fill: 'box', stroke: b.border, dash: b.dash, width: b.border === 'ok' || b.border === 'bad' ? 2 : 1.5 });
  let y = b.y + 19;
  const role = b.host.role === 'director' ? s.director : b.host.role === 'real' ? s.real : s.client;
  g.text(b.x + BOX_W - 10, y, role, { size: 10, color: 'muted', anchor: 'end' });
  g.text(b.x + 10, y, b.host.name, { bold: true, size: 13, maxPx: BOX_W - 30 - [...role].length * 5.5 });
  y += 8;
  for (const row of b.badges) {
    let x = b.x + 10;
    for (const bd of row) {
      if (bd.label) {
        g.text(x, y + 12, bd.label, { size: 11, mono: true, maxPx: 90 });
        x += Math.min(96, [...bd.label].length * 6.6 + 8);
      }
      x += g.badge(x, y, bd.word, bd.color, bd.attrs ?? '') + 6;
    }
    y += 20;
  }
  y += 11;
  for (const l of b.lines) {
    g.text(b.x + 10, y, l.text, { size: 11, color: l.color, mono: l.mono, bold: l.bold, maxPx: BOX_W - 20 });
    y += LINE;
  }
  if (b.count) g.text(b.x + 10, y + 4, b.count.text, { size: 12, color: b.count.color, bold: true, maxPx: BOX_W - 20, attrs: attr('data-kind', 'requests') });
  g.parts.push('</g>');
}

// ------------------------------------------------------------------------------------- the planner

export interface PlanPictureOptions extends PictureOptions {
  /** The VIPs' addresses in order (else "VIP 1", "VIP 2"...). */
  vipAddresses?: string[];
  /** Most panels drawn (the planned layout counts as one; default 25). */
  maxPanels?: number;
}

/** One panel of the planner's picture: who serves each VIP with `failed` down. */
export interface PlanPanel {
  failed: number[];
  /** Per VIP (0-based), the serving director's index; undefined when all of its directors are down. */
  servedBy: (number | undefined)[];
  loadBps: number[];
  /** More directors down than the plan tolerates (drawn for completeness when the plan tolerates none). */
  beyondPlan: boolean;
}

/** The planned layout and one panel per failure case (at least every single director down). */
export function planPanels(p: PlanSuccess): PlanPanel[] {
  const n = p.input.directors;
  // Every tolerated failure; at least each single director down, also when the plan tolerates none.
  const sets = failureSets(n, Math.min(n, Math.max(1, p.input.failures)));
  return sets.map((failed) => {
    const down = new Set(failed);
    const servedBy = p.layout.map((v) => v.order.find((d) => !down.has(d)));
    const loadBps = Array.from({ length: n }, (_, d) => servedBy.filter((x) => x === d).length * p.perVipBps);
    return { failed, servedBy, loadBps, beyondPlan: failed.length > p.input.failures };
  });
}

function fits(p: PlanSuccess, load: number): boolean {
  const link = p.input.linkBps;
  const eps = link * 1e-9;
  return p.input.headroom > 0 ? load <= link * (1 - p.input.headroom) + eps : load < link - eps;
}

/** The active-active plan as an SVG document: the planned layout, then the layout after each failure. */
export function renderPlanSvg(p: Plan, opts: PlanPictureOptions = {}): string {
  const s = topologyStrings(opts.lang ?? 'en');
  const g = new Svg(opts.theme ?? 'css');
  if (!p.ok) {
    const text = s.planNoPlan(p.problem);
    const width = Math.min(900, Math.max(480, [...text].length * 7 + 2 * MARGIN));
    g.text(MARGIN, MARGIN + 14, text, { bold: true, color: 'bad', maxPx: width - 2 * MARGIN, attrs: attr('data-kind', 'no-plan') });
    return g.wrap(width, 2 * MARGIN + 20, text, p.reasoning.join(' '));
  }
  const names = p.input.names;
  const n = names.length;
  const all = planPanels(p);
  const max = Math.max(1, opts.maxPanels ?? 25);
  const panels = all.slice(0, max);
  const pill = 84;
  const dirW = 180;
  const vipLabel = (v: number): string => opts.vipAddresses?.[v] ?? s.vipN(v + 1);
  const innerW = Math.max(p.vips * (pill + 10) - 10, n * (dirW + 20) - 20);
  const panelW = innerW + 32;
  const panelH = 44 + 28 + 70 + 62 + 14;
  const perRow = panelW <= 520 ? 2 : 1;
  const title = s.planTitle(p.vips, n, formatBandwidth(p.perVipBps));
  const width = MARGIN * 2 + perRow * panelW + (perRow - 1) * 20;
  const top = MARGIN + 60;
  const rows = Math.ceil(panels.length / perRow);
  const height = top + rows * (panelH + 20) + (all.length > panels.length ? 24 : 0) + MARGIN - 20;
  g.text(MARGIN, MARGIN + 14, title, { size: 15, bold: true, maxPx: width - 2 * MARGIN });
  s.planLegend.forEach((l, i) => g.text(MARGIN, MARGIN + 32 + i * 14, l, { size: 11, color: 'muted', maxPx: width - 2 * MARGIN }));

  panels.forEach((panel, k) => {
    const px = MARGIN + (k % perRow) * (panelW + 20);
    const py = top + Math.floor(k / perRow) * (panelH + 20);
    const caption = panel.failed.length ? `${s.failed(panel.failed.map((d) => names[d]))}${panel.beyondPlan ? ` ${s.notTolerated}` : ''}` : s.planned;
    g.parts.push(`<g${attr('data-kind', 'plan-panel')}${attr('data-failed', panel.failed.map((d) => names[d]).join(' '))}>`);
    g.rect(px, py, panelW, panelH, { fill: 'none', stroke: panel.failed.length ? 'line' : 'accent', rx: 8, width: panel.failed.length ? 1 : 2 });
    g.text(px + 14, py + 22, caption, { bold: true, color: panel.beyondPlan ? 'warn' : 'fg', maxPx: panelW - 28 });
    const vipY = py + 40;
    const vipsX = (panelW - (p.vips * (pill + 10) - 10)) / 2 + px;
    const dirY = vipY + 28 + 70;
    const dirsX = (panelW - (n * (dirW + 20) - 20)) / 2 + px;
    const dx = (d: number): number => dirsX + d * (dirW + 20);
    // Arrows first, boxes over them.
    for (let v = 0; v < p.vips; v++) {
      const to = panel.servedBy[v];
      if (to === undefined) continue;
      const moved = to !== p.layout[v].order[0];
      const fromX = vipsX + v * (pill + 10) + pill / 2;
      const same = panel.servedBy.map((x, i) => (x === to ? i : -1)).filter((i) => i >= 0);
      const slot = same.indexOf(v);
      const toX = dx(to) + dirW / 2 + (slot - (same.length - 1) / 2) * 14;
      g.arrow(fromX, vipY + 28, toX, dirY - 1, { color: moved ? 'warn' : 'accent', width: moved ? 2.5 : 2, attrs: `${attr('data-kind', 'plan-arrow')}${attr('data-vip', vipLabel(v))}${attr('data-to', names[to])}` });
    }
    for (let v = 0; v < p.vips; v++) {
      const x = vipsX + v * (pill + 10);
      const lost = panel.servedBy[v] === undefined;
      g.parts.push(`<g${attr('data-kind', 'plan-vip')}${attr('data-vip', vipLabel(v))}><title>${esc(`${vipLabel(v)}: ${p.layout[v].order.map((d, i) => `${names[d]} ${i === 0 ? 'MASTER' : 'BACKUP'} ${p.layout[v].priorities[i]}`).join(', ')}`)}</title>`);
      g.rect(x, vipY, pill, 28, { fill: lost ? 'box' : 'accent', fillOpacity: lost ? undefined : 0.12, stroke: lost ? 'bad' : 'accent', rx: 14, width: 1.5 });
      g.text(x + pill / 2, vipY + 18, vipLabel(v), { size: 11, bold: true, anchor: 'middle', mono: !!opts.vipAddresses?.[v], maxPx: pill - 10 });
      if (lost) g.text(x + pill / 2, vipY + 42, s.vipLost, { size: 10, color: 'bad', anchor: 'middle', maxPx: pill + 10 });
      g.parts.push('</g>');
    }
    for (let d = 0; d < n; d++) {
      const x = dx(d);
      const isDown = panel.failed.includes(d);
      const load = panel.loadBps[d];
      const ok = fits(p, load);
      g.parts.push(`<g${attr('data-kind', 'plan-director')}${attr('data-host', names[d])}${attr('data-down', String(isDown))}${attr('data-vips', String(panel.servedBy.filter((x) => x === d).length))}>`);
      g.rect(x, dirY, dirW, 62, { fill: 'box', stroke: isDown ? 'off' : ok ? 'ok' : 'bad', dash: isDown, width: isDown ? 1.5 : 2 });
      g.text(x + 10, dirY + 18, names[d], { bold: true, size: 13, color: isDown ? 'off' : 'fg', maxPx: dirW - 20 });
      if (isDown) g.text(x + 10, dirY + 36, s.down, { size: 11, color: 'off', bold: true });
      else {
        g.text(x + 10, dirY + 36, s.load(formatBandwidth(load), percent(load / p.input.linkBps)), { size: 11, color: ok ? 'muted' : 'bad', maxPx: dirW - 20 });
        // The link as a bar: the share of it this director's VIPs use.
        const share = Math.min(1, load / p.input.linkBps);
        g.rect(x + 10, dirY + 44, dirW - 20, 8, { fill: 'none', stroke: 'line', rx: 3, width: 1 });
        if (share > 0) g.rect(x + 10, dirY + 44, (dirW - 20) * share, 8, { fill: ok ? 'ok' : 'bad', fillOpacity: 0.6, stroke: ok ? 'ok' : 'bad', rx: 3, width: 1 });
        if (!ok) g.text(x + dirW - 10, dirY + 18, s.linkFull, { size: 10, color: 'bad', bold: true, anchor: 'end' });
      }
      g.parts.push('</g>');
    }
    g.parts.push('</g>');
  });
  if (all.length > panels.length) g.text(MARGIN, height - MARGIN + 4, s.morePanels(all.length - panels.length), { size: 11, color: 'muted' });
  const desc = p.layout.map((v) => `${vipLabel(v.vip - 1)}: ${v.order.map((d, i) => `${names[d]} ${i === 0 ? 'MASTER' : 'BACKUP'}`).join(', ')}`).join('; ');
  return g.wrap(width, height, title, desc);
}
