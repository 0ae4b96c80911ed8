// The Markdown report of a walkthrough run: what failed first (a report never looks green
// when the lab was not), then the lab, the directors' configs with their diagnostics, the
// traffic and its statistics, the InActConn answer, the failover, the VIP planner, and
// every step with the exact commands and their real (trimmed) output. All words come from
// the language modules in i18n/; every number and output comes from the run.
import { CommandRecord, StepResult, StepStatus } from '../exercises/types';
import { STEPS } from '../exercises/steps';
import { PlanSuccess } from '../planner';
import {
  byState, ConnTable, DirectorConfig, directorConfigs, failoverFacts, FailoverFacts, hostRows, HostRow, inactconnFacts, InactconnFacts,
  ipvsAvailability, plannerFacts, sectionsOf, serviceOf, ServiceFacts, trafficFacts, TrafficFacts,
} from './facts';
import { Lang, Strings, strings } from './i18n';
import { codeBlock, details, inlineCode, table } from './markdown';
import { WalkthroughRun } from './run';
import { trimOutput, TrimOptions } from './trim';

export interface ReportOptions {
  lang?: Lang;
  /** Time the report is made (tests fix it). */
  now?: Date;
  /** keepalived-lab's version, for the header. */
  version?: string;
  /** The command that makes this report again (shown at the end). */
  regenerate?: string;
}

export type Overall = 'passed' | 'no-ipvs' | 'incomplete';

export interface StepOutcome {
  id: string;
  index: number;
  title: string;
  status: StepStatus | 'not-run';
  result?: StepResult;
}

/** Every step of the walkthrough with its status in this run ('not-run' when it has no result). */
export function outcomes(run: WalkthroughRun, t: Strings = strings('en')): StepOutcome[] {
  return STEPS.map((def) => {
    const r = run.steps.find((s) => s.step === def.id);
    return { id: def.id, index: def.index, title: t.stepTitle[def.id] ?? def.title, status: r ? r.status : 'not-run', ...(r ? { result: r } : {}) };
  });
}

/** 'passed' only when every step passed; 'no-ipvs' when the only shortfall is the missing IPVS. */
export function overallStatus(run: WalkthroughRun): Overall {
  const all = outcomes(run);
  if (all.every((o) => o.status === 'passed')) return 'passed';
  if (all.every((o) => o.status === 'passed' || o.status === 'no-ipvs')) return 'no-ipvs';
  return 'incomplete';
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

function seconds(ms: number | undefined, t: Strings): string {
  return ms === undefined ? '—' : t.seconds(ms / 1000);
}

function trimFor(t: Strings, extra: TrimOptions = {}): TrimOptions {
  return { linesMarker: t.linesOmitted, charsMarker: t.charsOmitted, ...extra };
}

/** A command as typed at a prompt: later lines of a multi-line command as shell continuation lines. */
function prompt(host: string, command: string): string {
  return command.split('\n').map((l, i) => (i ? `> ${l}` : `${host}$ ${l}`)).join('\n');
}

/** Output block of one command: the prompt line, the (trimmed) output, the exit status when not 0. */
function consoleBlock(host: string, command: string, output: string, code: number | null | undefined, t: Strings, trim: TrimOptions = {}): string {
  const body = trimOutput(output, trimFor(t, trim)).text;
  const lines = [prompt(host, command)];
  if (body) lines.push(body);
  if (code !== 0 && code !== undefined) lines.push(t.exitLine(code));
  return codeBlock(lines.join('\n'), 'console');
}

// ---------------------------------------------------------------- top

function header(run: WalkthroughRun, t: Strings, o: ReportOptions): string[] {
  const starts = run.steps.map((s) => s.startedAt).sort();
  const ends = run.steps.map((s) => s.finishedAt).sort();
  return [`# ${t.title}`, '', t.meta(run.lab, formatTime(starts[0]), formatTime(ends[ends.length - 1]), formatTime((o.now ?? new Date()).toISOString()), o.version ?? '?'), ''];
}

function failedChecks(r: StepResult): { what: string; detail?: string; fix?: string }[] {
  return r.checks.filter((c) => !c.ok);
}

function verdict(run: WalkthroughRun, t: Strings): string[] {
  const all = outcomes(run, t);
  const passed = all.filter((o) => o.status === 'passed').length;
  const overall = overallStatus(run);
  const out: string[] = [];
  if (overall === 'passed') {
    out.push(t.verdictGreen(all.length), '');
  } else {
    out.push(overall === 'no-ipvs' ? t.verdictNoIpvs(passed, all.length) : t.verdictIncomplete(passed, all.length), '');
    for (const o of all) {
      if (o.status === 'passed') continue;
      const parts = [t.problemStep(o.index, o.title, t.status[o.status])];
      if (o.status === 'not-run') parts.push(t.problemNotRun);
      else if (o.status === 'error') parts.push(t.problemError((o.result?.error ?? '').split('\n')[0]));
      else if (o.status === 'cancelled') parts.push(t.problemCancelled);
      else if (o.status === 'no-ipvs') parts.push(t.problemNoIpvs);
      out.push(`- ${parts.join(' ')}`);
      if (o.result && o.status === 'failed') {
        const bad = failedChecks(o.result);
        if (bad.length) out.push(`  ${t.checksAsRecorded}`);
        for (const c of bad) out.push(`  - ✗ ${c.what}${c.detail ? ` — ${c.detail.replace(/\s*\n\s*/g, '; ')}` : ''}${c.fix ? ` ${t.fixPrefix} ${c.fix}` : ''}`);
      }
    }
    out.push('');
  }
  const missing = ipvsAvailability(run).filter((a) => !a.available);
  if (missing.length) {
    const said = missing[0].said?.split('\n').find((l) => /Can't initialize ipvs/i.test(l)) ?? missing[0].said?.split('\n')[0] ?? '';
    out.push(`> ${t.noIpvsBanner(missing.map((m) => m.host).join(', '), said)}`, '');
  }
  if (run.leftOut.some((l) => l.reason !== 'older')) {
    const items = run.leftOut.filter((l) => l.reason !== 'older').map((l) => (l.reason === 'stale' ? t.leftOutStale(l.step, formatTime(l.startedAt), l.after ?? '?') : t.leftOutOtherLab(l.step, formatTime(l.startedAt))));
    out.push(`> ${t.leftOut(items.join('; '))}`, '');
  }
  out.push(table([t.colStep, t.colTitle, t.colResult, t.colStarted, t.colDuration], all.map((o) => [
    String(o.index), o.title, `${o.status === 'passed' ? '✅' : o.status === 'no-ipvs' ? '⚠️' : '❌'} ${t.status[o.status]}`,
    formatTime(o.result?.startedAt), o.result ? t.seconds(o.result.durationMs / 1000) : undefined,
  ])), '');
  return out;
}

// ---------------------------------------------------------------- the lab

function mermaidLabel(text: string): string {
  return text.replace(/"/g, '#quot;');
}

export function topologyMermaid(rows: HostRow[], svc: ServiceFacts | undefined, t: Strings): string {
  const id = new Map(rows.map((r, i) => [r.name, `h${i}`]));
  const lines = ['flowchart LR'];
  const label = (r: HostRow): string => {
    const first = [r.name, r.vrrpState].filter(Boolean).join(' · ');
    const second = [r.address, r.priority !== undefined ? t.priorityShort(r.priority) : undefined].filter(Boolean).join(' · ');
    const extra = r.role === 'real' && svc?.vip ? t.vipOnLo : undefined;
    return mermaidLabel([first, second, extra].filter(Boolean).join('<br/>'));
  };
  for (const r of rows) lines.push(`  ${id.get(r.name)}["${label(r)}"]`);
  const clients = rows.filter((r) => r.role === 'client');
  const directors = rows.filter((r) => r.role === 'director');
  const reals = rows.filter((r) => r.role === 'real');
  if (svc?.vip) {
    lines.push(`  vip(("${mermaidLabel(`VIP<br/>${svc.vip}${svc.port ? `:${svc.port}` : ''}`)}"))`);
    for (const c of clients) lines.push(`  ${id.get(c.name)} -- "${mermaidLabel(t.edgeRequests)}" --> vip`);
    for (const d of directors) {
      if (d.vrrpState === 'MASTER') lines.push(`  vip == "${mermaidLabel(t.edgeHeldBy)}" ==> ${id.get(d.name)}`);
      else lines.push(`  vip -. "${mermaidLabel(d.vrrpState === 'BACKUP' ? t.edgeOnFailover : t.edgeVrrp)}" .-> ${id.get(d.name)}`);
    }
  }
  for (const d of directors) {
    for (const r of reals) {
      const how = [svc?.forwarding, svc?.scheduler].filter(Boolean).join(' ');
      if (d.vrrpState === 'BACKUP') lines.push(`  ${id.get(d.name)} -.-> ${id.get(r.name)}`);
      else lines.push(`  ${id.get(d.name)} -- "${mermaidLabel(how || t.edgeForwards)}" --> ${id.get(r.name)}`);
    }
  }
  if ((svc?.forwarding ?? 'DR') === 'DR') for (const r of reals) for (const c of clients) lines.push(`  ${id.get(r.name)} -. "${mermaidLabel(t.edgeDirectReply)}" .-> ${id.get(c.name)}`);
  return codeBlock(lines.join('\n'), 'mermaid');
}

function labSection(run: WalkthroughRun, t: Strings): string[] {
  const rows = hostRows(run);
  const svc = serviceOf(run);
  const out = [`## ${t.labHeading}`, ''];
  if (!run.snapshot) out.push(t.labDerived, '');
  out.push(table([t.colHost, t.colRole, t.colAddress, t.colInterface, t.colVrrp], rows.map((r) => [
    r.name, r.role ? t.role[r.role] : undefined, r.address, r.interface,
    r.role === 'director' ? [r.vrrpState, r.priority !== undefined ? t.priorityShort(r.priority) : undefined].filter(Boolean).join(', ') : undefined,
  ])), '');
  if (svc?.vip) out.push(t.serviceLine(svc), '');
  out.push(topologyMermaid(rows, svc, t), '');
  const withTools = rows.filter((r) => Object.keys(r.tools).length);
  if (withTools.length) {
    out.push(`### ${t.versionsHeading}`, '', table([t.colHost, t.colKernel, 'keepalived', 'ipvsadm', 'nginx', 'curl'], withTools.map((r) => [
      r.name, r.kernel, ...['keepalived', 'ipvsadm', 'nginx', 'curl'].map((x) => (r.tools[x] === 'missing' ? t.missing : r.tools[x] === 'installed' ? t.installed : r.tools[x])),
    ])), '');
  }
  const ipvs = ipvsAvailability(run);
  const yes = ipvs.filter((a) => a.available).map((a) => a.host);
  if (yes.length) out.push(t.ipvsYes(yes.join(', ')), '');
  // Directors without IPVS grouped by what ipvsadm said (usually the same kernel everywhere).
  const said = new Map<string, string[]>();
  for (const a of ipvs.filter((x) => !x.available)) said.set(a.said ?? '', [...(said.get(a.said ?? '') ?? []), a.host]);
  for (const [text, hosts] of said) out.push(t.ipvsNo(hosts.join(', ')), '', ...(text ? [codeBlock(text, 'text'), ''] : []));
  return out;
}

// ---------------------------------------------------------------- configs

function configSection(run: WalkthroughRun, t: Strings): string[] {
  const out = [`## ${t.configsHeading}`, ''];
  const step = run.steps.find((s) => s.step === 'keepalived-config');
  if (!step) return [...out, t.sectionNotRun(t.stepTitle['keepalived-config']), ''];
  const configs = directorConfigs(run);
  if (!configs.length) return [...out, t.noConfigs, ''];
  if (configs[0].blocked) out.push(`> ${t.deployBlocked(configs[0].blocked)}`, '');
  for (const c of configs) out.push(...directorConfigBlock(c, t));
  return out;
}

/** The runner's deploy note in the report's language: "deployed, previous config kept as X", "unchanged", "not deployed: WHY". */
function deployWords(note: string, t: Strings): string {
  const kept = /^deployed, previous config kept as (\S+)(.*)$/s.exec(note);
  if (kept) return t.deployedKept(kept[1]) + kept[2];
  if (/^deployed\b/.test(note)) return t.deployed + note.slice('deployed'.length);
  if (/^unchanged\b/.test(note)) return t.unchanged + note.slice('unchanged'.length);
  const not = /^not deployed: ([\s\S]*)$/.exec(note);
  if (not) return t.notDeployed(not[1]);
  return note;
}

function directorConfigBlock(c: DirectorConfig, t: Strings): string[] {
  const out = [`### ${c.host}`, ''];
  if (c.source) out.push(t.configSource[c.source], '');
  if (c.text !== undefined) {
    out.push(c.textFrom === 'host' ? t.configReadFrom(c.host, c.path ?? '/etc/keepalived/keepalived.conf') : t.configAsChecked, '');
    out.push(codeBlock(trimOutput(c.text, trimFor(t, { maxLines: 400, head: 300, tail: 80 })).text, 'text'), '');
  } else out.push(t.configMissing, '');
  if (c.lint) {
    const findings = c.lint.findings;
    out.push(`**${t.analyzerHeading}**${c.lintFrom === 'now' ? ` ${t.analyzerNow}` : ''}: ${findings.length ? t.findingCounts(c.lint.errors, c.lint.warnings, findings.length - c.lint.errors - c.lint.warnings) : t.noFindings}`, '');
    if (findings.length) out.push(table([t.colLine, t.colSeverity, t.colCode, t.colMessage], findings.map((f) => [f.line, t.severity[f.severity] ?? f.severity, f.code, f.message])), '');
  }
  if (c.test) {
    out.push(`**${t.keepalivedTestHeading(c.host)}** ${c.test.code === 0 ? t.keepalivedTestOk : t.keepalivedTestFailed(c.test.code)}`, '');
    out.push(consoleBlock(c.host, c.test.command ?? 'keepalived -t', c.test.text || t.noOutput, c.test.code, t), '');
  }
  if (c.deploy) out.push(`- ${t.deployLine(deployWords(c.deploy, t))}`);
  if (c.running) out.push(`- ${c.running.code === 0 ? t.runningLine(c.running.text.trim().replace(/\n/g, ' · ')) : t.notRunningLine}`);
  if (c.deploy || c.running) out.push('');
  return out;
}

// ---------------------------------------------------------------- traffic

const CURL_CODES = [6, 7, 28, 52, 56, 127];

/** Why a request failed, from curl's exit status (or the HTTP status when curl succeeded). */
function curlWords(curlExit: number, httpCode: number, t: Strings): string {
  if (curlExit === 0) return `HTTP ${httpCode}`;
  return CURL_CODES.includes(curlExit) ? t.curlExit[String(curlExit) as keyof Strings['curlExit']] : t.curlOther(curlExit);
}

/** A failure key of the failover timeline (`curl 7`, `HTTP 503`) in words. */
function failureWords(key: string, t: Strings): string {
  const m = /^curl (\d+)$/.exec(key);
  return m ? curlWords(Number(m[1]), 0, t) : key;
}

function trafficSection(run: WalkthroughRun, t: Strings): string[] {
  const out = [`## ${t.trafficHeading}`, ''];
  const f = trafficFacts(run);
  if (!f) return [...out, t.sectionNotRun(t.stepTitle.traffic), ''];
  const svc = serviceOf(run);
  if (f.step.status !== 'passed') out.push(`> ${t.sectionStatus(t.status[f.step.status])}${f.step.status === 'no-ipvs' ? ` ${t.trafficNoIpvs}` : ''}`, '');
  out.push(`### ${t.distributionHeading}`, '');
  if (!f.requests.length) out.push(t.noRequests, '');
  else {
    const rows: (string | number | undefined)[][] = Object.entries(f.byHost).sort(([a], [b]) => a.localeCompare(b)).map(([h, n]) => [h, n, t.percent(n / f.requests.length)]);
    const failed = new Map<string, number>();
    for (const r of f.requests) {
      if (r.curlExit === 0 && r.httpCode === 200) continue;
      const why = curlWords(r.curlExit, r.httpCode, t);
      failed.set(why, (failed.get(why) ?? 0) + 1);
    }
    for (const [why, n] of failed) rows.push([t.failedRow(why), n, t.percent(n / f.requests.length)]);
    out.push(t.requestsSummary(f.requests.length, f.answered, f.failed, svc?.vip ?? '?'), '', table([t.colAnsweredBy, t.colRequests, t.colShare], rows), '');
  }
  out.push(`### ${t.statsHeading}`, '');
  for (const d of f.directors) {
    out.push(`**${d.host}** — ${d.holdsVip ? t.holdsVip : t.doesNotHoldVip}`, '');
    if (d.stats) out.push(consoleBlock(d.host, d.stats.command ?? 'ipvsadm -Ln --stats', d.stats.text, d.stats.code, t), '');
    else out.push(t.noOutput, '');
    if (d.before) out.push(details(t.statsBefore(d.host), consoleBlock(d.host, d.before.command ?? 'ipvsadm -Ln --stats', d.before.text, d.before.code, t)), '');
  }
  const expl = trafficExplanation(f, svc, t);
  if (expl.length) out.push(`### ${t.whyHeading}`, '', ...expl.flatMap((p) => [p, '']));
  return out;
}

function trafficExplanation(f: TrafficFacts, svc: ServiceFacts | undefined, t: Strings): string[] {
  const out: string[] = [];
  const withIpvs = f.directors.filter((d) => d.ipvs);
  if (!withIpvs.length) return out;
  const master = Object.entries(f.deltas).find(([, d]) => d.holdsVip)?.[0];
  if (!master) return out;
  const m = f.deltas[master].service;
  const others = Object.entries(f.deltas).filter(([n]) => n !== master).map(([n, d]) => ({ name: n, conns: d.service.conns ?? 0 }));
  out.push(t.onlyMasterCounts(master, m.conns ?? 0, m.inPkts ?? 0, others));
  if ((svc?.forwarding ?? 'DR') === 'DR') out.push(t.outPktsZeroDr(master, m.outPkts ?? 0, m.inPkts ?? 0, m.conns ?? 0));
  return out;
}

// ---------------------------------------------------------------- InActConn

function mmss(sec: number): string {
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

function inactconnSection(run: WalkthroughRun, t: Strings): string[] {
  const out = [`## ${t.inactconnHeading}`, ''];
  const f = inactconnFacts(run);
  if (!f) return [...out, t.sectionNotRun(t.stepTitle.inactconn), ''];
  const svc = serviceOf(run);
  if (f.step.status !== 'passed') out.push(`> ${t.sectionStatus(t.status[f.step.status])}${f.step.status === 'no-ipvs' ? ` ${t.inactconnNoIpvs}` : ''}`, '');
  const holder = f.tables.find((x) => x.holdsVip && x.ipvs) ?? f.tables.find((x) => x.ipvs);
  for (const tab of holder ? [holder] : f.tables) out.push(...connTableBlock(tab, t));
  if (holder) out.push(`### ${t.whyHeading}`, '', ...inactconnExplanation(holder, f, svc, t).flatMap((p) => [p, '']));
  const rest = f.tables.filter((x) => x !== holder && holder);
  for (const tab of rest) out.push(details(t.otherDirectorTable(tab.host), connTableBlock(tab, t).join('\n')), '');
  return out;
}

function connTableBlock(tab: ConnTable, t: Strings): string[] {
  const out = [`### ${tab.host} — ${tab.holdsVip ? t.holdsVip : t.doesNotHoldVip}`, ''];
  if (tab.ipvs && tab.entries.length) {
    out.push(table([t.colProto, t.colExpire, t.colState, t.colSource, t.colVirtual, t.colDestination], tab.entries.map((e) => [e.protocol, e.expire, e.state, e.source, e.virtual, e.destination])), '');
  } else if (tab.ipvs) out.push(t.noEntries, '');
  for (const s of [tab.conns, tab.timeout, tab.list]) if (s) out.push(consoleBlock(tab.host, s.command ?? '', s.text, s.code, t), '');
  return out;
}

function inactconnExplanation(tab: ConnTable, f: InactconnFacts, svc: ServiceFacts | undefined, t: Strings): string[] {
  const out: string[] = [];
  const states = byState(tab.entries).map((s) => ({ ...s, left: s.minLeft === s.maxLeft ? mmss(s.minLeft) : `${mmss(s.minLeft)}–${mmss(s.maxLeft)}` }));
  out.push(t.inactconnObserved(tab.host, f.answered, tab.entries.length, `${svc?.vip ?? '?'}:${svc?.port ?? '?'}`, states, tab.inActConn, tab.activeConn));
  if (tab.timeouts) out.push(t.inactconnTimeouts(tab.timeouts.tcp, tab.timeouts.tcpfin, tab.timeouts.udp));
  out.push(t.inactconnWhy(tab.timeouts ? mmss(tab.timeouts.tcpfin) : undefined));
  return out;
}

// ---------------------------------------------------------------- failover

function failoverSection(run: WalkthroughRun, t: Strings): string[] {
  const out = [`## ${t.failoverHeading}`, ''];
  const f = failoverFacts(run);
  if (!f) return [...out, t.sectionNotRun(t.stepTitle.failover), ''];
  if (f.step.status !== 'passed') out.push(`> ${t.sectionStatus(t.status[f.step.status])}${f.noIpvs ? ` ${t.failoverNoIpvs}` : ''}`, '');
  if (f.error) return [...out, t.failoverNotReady(f.error), ''];
  out.push(table([t.colWhat, t.colValue], failoverRows(f, t)), '');
  if (f.timeline.length) {
    out.push(`**${t.timelineHeading}**`, '', f.timeline.map((x) => (x.ok
      ? `✓×${x.count}${Object.keys(x.who).length ? ` (${Object.entries(x.who).map(([w, n]) => `${w} ${n}`).join(', ')})` : ''}`
      : `✗×${x.count} (${Object.entries(x.why).map(([w, n]) => `${failureWords(w, t)}: ${n}`).join(', ')})`)).join(' → '), '');
  }
  out.push(`### ${t.whyHeading}`, '', t.failoverWhy(f.master ?? '?', f.backup ?? '?', seconds(f.vipMovedMs, t)), '');
  if (!f.noIpvs && f.requestsTotal !== undefined) out.push(t.failoverRequests(f.requestsOk ?? 0, f.requestsTotal, f.failedDuringFailover ?? 0, seconds(f.recoveredMs, t)), '');
  out.push(t.preemptionWhy(f.master ?? '?', seconds(f.preemptMs, t)), '');
  return out;
}

function failoverRows(f: FailoverFacts, t: Strings): (string | number | undefined)[][] {
  const rows: (string | number | undefined)[][] = [
    [t.foMaster, f.master],
    [t.foBackup, f.backup],
    [t.foVipMoved, seconds(f.vipMovedMs, t)],
  ];
  if (!f.noIpvs) rows.push([t.foRecovered, seconds(f.recoveredMs, t)], [t.foLost, f.failedDuringFailover]);
  rows.push([t.foPreempt, seconds(f.preemptMs, t)], [t.foReleased, seconds(f.releasedMs, t)]);
  if (!f.noIpvs) rows.push([t.foLostPreempt, f.failedDuringPreemption]);
  rows.push([t.foRequests, f.requestsTotal !== undefined ? t.okOfTotal(f.requestsOk ?? 0, f.requestsTotal) : undefined]);
  return rows;
}

// ---------------------------------------------------------------- planner

/** Why `v` VIPs are not enough, in the report's language, from the plan's inputs. */
export function rejectedReason(p: PlanSuccess | { input: PlanSuccess['input'] }, v: number, t: Strings): string {
  const { directors: n, failures: f, trafficBps, linkBps, headroom } = p.input;
  const per = trafficBps / v;
  const eps = linkBps * 1e-9;
  const fits = (load: number): boolean => (headroom > 0 ? load <= linkBps * (1 - headroom) + eps : load < linkBps - eps);
  if (!p.input.uneven && v % n !== 0) return t.rejectUneven(v, n, Math.ceil(v / n), Math.floor(v / n), t.bandwidth(per));
  const bound = Math.ceil(v / (n - f));
  let kMax = 0;
  while (kMax < v && fits((kMax + 1) * per)) kMax++;
  if (bound > kMax) {
    const load = bound * per;
    return t.rejectOverload(v, t.bandwidth(per), n, f, bound, t.bandwidth(load), t.percent(load / linkBps), Math.abs(load - linkBps) <= eps);
  }
  return t.rejectNoLayout(v, t.bandwidth(per), kMax);
}

function plannerSection(run: WalkthroughRun, t: Strings): string[] {
  const out = [`## ${t.plannerHeading}`, ''];
  const f = plannerFacts(run);
  if (!f) return [...out, t.sectionNotRun(t.stepTitle['active-active']), ''];
  if (f.step.status !== 'passed') out.push(`> ${t.sectionStatus(t.status[f.step.status])}`, '');
  const p = f.plan;
  if (!p) return [...out, t.noPlan, ''];
  const i = p.input;
  out.push(t.plannerQuestion(i.directors, t.bandwidth(i.trafficBps), t.bandwidth(i.linkBps), i.failures, i.headroom ? t.percent(i.headroom) : undefined), '');
  if (!p.ok) return [...out, `**${t.plannerImpossible}**`, '', ...p.reasoning.map((r) => `- ${r}`), ''];
  out.push(`**${t.plannerAnswer(p.vips, t.bandwidth(p.perVipBps), p.mastersPerDirector[0], p.mastersPerDirector.every((m) => m === p.mastersPerDirector[0]))}**`, '');
  const names = i.names;
  out.push(table(['VIP', t.colMaster, t.colBackups], p.layout.map((x) => [
    f.addressing?.vips[x.vip - 1] ?? `VIP${x.vip}`,
    `${names[x.order[0]]} (${x.priorities[0]})`,
    x.order.slice(1).map((d, k) => `${names[d]} (${x.priorities[k + 1]})`).join(', '),
  ])), '');
  out.push(`### ${t.plannerReasoningHeading}`, '');
  const perDirector = t.bandwidth(i.trafficBps / (i.directors - i.failures));
  out.push(`- ${t.plannerIdeal(i.directors, i.failures, t.bandwidth(i.trafficBps), perDirector, t.percent(i.trafficBps / (i.directors - i.failures) / i.linkBps))}`);
  for (const r of p.rejected) out.push(`- ${t.plannerNot(r.vips)} ${rejectedReason(p, r.vips, t)}`);
  out.push(`- ${t.plannerWorst(p.vips, t.bandwidth(p.worst.maxLoadBps), t.percent(p.worst.maxLoadBps / i.linkBps), p.worst.failed.map((d) => names[d]).join(' + '))}`, '');
  out.push(table([t.colCase, ...names, t.colMaxLoad], p.cases.map((c) => [
    c.failed.length ? t.caseFailed(c.failed.map((d) => names[d]).join(' + ')) : t.caseNormal,
    ...names.map((_, d) => (c.failed.includes(d) ? t.down : `${c.vipsPerDirector[d]} × ${t.bandwidth(p.perVipBps)} = ${t.bandwidth(c.loadBps[d])}`)),
    t.percent(c.maxLoadBps / i.linkBps),
  ])), '');
  const lints = Object.entries(f.lint);
  if (lints.length) {
    out.push(`**${t.plannerConfigs}**`, '');
    for (const [host, l] of lints) out.push(`- ${host}: ${l.findings.length ? t.findingCounts(l.errors, l.warnings, l.findings.length - l.errors - l.warnings) : t.noFindings}`);
    out.push('', f.deployed ? t.plannerDeployed : t.plannerNotDeployed, '');
    for (const [host, text] of Object.entries(f.configs)) out.push(details(t.plannerConfigOf(host), codeBlock(text, 'text')), '');
  }
  return out;
}

// ---------------------------------------------------------------- steps in detail

/** Verification repeated while the lab settled: only the last look of each key is shown. */
function shownRecords(r: StepResult): { rec: CommandRecord; runs: number }[] {
  const verifyCount = new Map<string, number>();
  for (const c of r.commands) if (c.phase === 'verify') verifyCount.set(c.key, (verifyCount.get(c.key) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: { rec: CommandRecord; runs: number }[] = [];
  for (const c of r.commands) {
    if (c.phase !== 'verify') {
      out.push({ rec: c, runs: 1 });
      continue;
    }
    const n = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, n);
    if (n === verifyCount.get(c.key)) out.push({ rec: c, runs: n });
  }
  return out;
}

export function renderCommand(rec: CommandRecord, t: Strings, runs = 1): string {
  const status = rec.error !== undefined ? t.couldNotRun(rec.error) : rec.code === null ? t.killed : t.exitStatus(rec.code ?? 0);
  const out = [`**${rec.host}** · ${rec.title} · ${t.phase[rec.phase]} · ${status} · ${t.seconds(rec.durationMs / 1000)}${runs > 1 ? ` · ${t.ranTimes(runs)}` : ''}`, ''];
  const sections = sectionsOf(rec);
  if (sections.size) {
    const blocks = [...sections.values()].map((s) => {
      const body = trimOutput(s.text, trimFor(t)).text;
      return [prompt(rec.host, s.command ?? s.name), ...(body ? [body] : []), ...(s.code !== 0 ? [t.exitLine(s.code)] : [])].join('\n');
    });
    out.push(codeBlock(blocks.join('\n'), 'console'), '', details(t.fullScript, codeBlock(rec.command, 'sh')));
  } else {
    const oneLine = !rec.command.includes('\n') && rec.command.length <= 160;
    const body = trimOutput(rec.stdout, trimFor(t)).text;
    if (oneLine) out.push(codeBlock([prompt(rec.host, rec.command), ...(body ? [body] : [])].join('\n'), 'console'));
    else {
      out.push(details(t.script, codeBlock(rec.command, 'sh')), '');
      out.push(body ? codeBlock(body, 'text') : `_${t.noOutput}_`);
    }
  }
  if (rec.stderr.trim()) out.push('', `${t.stderr}:`, '', codeBlock(trimOutput(rec.stderr, trimFor(t)).text, 'text'));
  return out.join('\n');
}

function stepDetail(o: StepOutcome, t: Strings): string[] {
  const out = [`### ${o.index}. ${o.title} — ${t.status[o.status]}`, '', t.stepGoal[o.id as keyof Strings['stepGoal']] ?? '', ''];
  const r = o.result;
  if (!r) return [...out, t.problemNotRun, ''];
  out.push(t.stepTimes(formatTime(r.startedAt), t.seconds(r.durationMs / 1000)), '');
  if (r.status === 'error' && r.error) out.push(`> ${t.problemError(r.error.split('\n')[0])}`, '');
  if (r.checks.length) {
    out.push(`**${t.checksHeading}**${(r.lang ?? 'en') !== t.lang ? ` ${t.checksRecordedIn(r.lang ?? 'en')}` : ''}`, '');
    for (const c of r.checks) out.push(`- ${c.ok ? '✓' : '✗'} ${c.what}${c.detail ? ` — ${c.detail.replace(/\s*\n\s*/g, '; ')}` : ''}${!c.ok && c.fix ? ` ${t.fixPrefix} ${c.fix}` : ''}`);
    out.push('');
  }
  // The walkthrough's explanation only in the language it was written in (checks above say theirs).
  if ((r.lang ?? 'en') === t.lang && r.explanation.length) out.push(details(t.engineExplanation, r.explanation.join('\n\n')), '');
  if (r.commands.length) {
    out.push(`**${t.commandsHeading(r.commands.length)}**`, '');
    for (const { rec, runs } of shownRecords(r)) out.push(renderCommand(rec, t, runs), '');
  }
  return out;
}

function stepsSection(run: WalkthroughRun, t: Strings): string[] {
  return [`## ${t.stepsHeading}`, '', t.stepsIntro, '', ...outcomes(run, t).flatMap((o) => stepDetail(o, t))];
}

function footer(run: WalkthroughRun, t: Strings, o: ReportOptions): string[] {
  const out = ['---', '', t.sourcesLine(run.sources.length)];
  if (o.regenerate) out.push('', t.regenerate(inlineCode(o.regenerate)));
  return [...out, ''];
}

/** The whole report as Markdown. */
export function renderReport(run: WalkthroughRun, opts: ReportOptions = {}): string {
  const t = strings(opts.lang ?? 'en');
  return [
    ...header(run, t, opts),
    ...verdict(run, t),
    ...labSection(run, t),
    ...configSection(run, t),
    ...trafficSection(run, t),
    ...inactconnSection(run, t),
    ...failoverSection(run, t),
    ...plannerSection(run, t),
    ...stepsSection(run, t),
    ...footer(run, t, opts),
  ].join('\n');
}
