// What the report shows, read out of a run's step results: pure functions over the recorded
// commands and measurements, so the report never states anything the run did not record.
import { CommandRecord, StepId, StepResult } from '../exercises/types';
import { parseKeyValues, parseRequestLines, RequestLine } from '../exercises/shellSnippets';
import { FailoverMeasured, parseTrafficLine } from '../exercises/steps/failover';
import { configFacts, LintResult, lintConfig } from '../generate/lint';
import { ActiveActiveAddressing } from '../generate/activeActive';
import { HostRole } from '../inventory/types';
import { Plan } from '../planner';
import { IpvsConnection, parseIpvsConnections, parseIpvsList } from '../topology/parsers/ipvsadm';
import { parseIpOAddr, parseSections, ProbeSection, SECTION_MARK } from '../topology/parsers/system';
import { WalkthroughRun } from './run';

export function stepOf(run: WalkthroughRun, id: StepId): StepResult | undefined {
  return run.steps.find((s) => s.step === id);
}

/** The last record of a key (verification repeated while settling keeps only its final look). */
export function lastRecord(step: StepResult | undefined, key: string): CommandRecord | undefined {
  if (!step) return undefined;
  for (let i = step.commands.length - 1; i >= 0; i--) if (step.commands[i].key === key) return step.commands[i];
  return undefined;
}

/** True when the record ran to an exit status (it may still be non-zero). */
export function didRun(r: CommandRecord | undefined): r is CommandRecord {
  return !!r && r.error === undefined;
}

export interface SectionRun extends ProbeSection {
  /** The shell command of the section, as it ran. */
  command?: string;
}

const SECTION_RE = new RegExp(`echo '${SECTION_MARK} (\\S+)'; \\( ([\\s\\S]*?)\\n\\) 2>&1; kal_rc=\\$\\?;`, 'g');

/** The command of each section of a sectioned probe script. */
export function sectionCommands(script: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of script.matchAll(SECTION_RE)) out.set(m[1], m[2]);
  return out;
}

/** The sections of a recorded probe, each with its own command, output and exit status. */
export function sectionsOf(r: CommandRecord | undefined): Map<string, SectionRun> {
  const out = new Map<string, SectionRun>();
  if (!didRun(r)) return out;
  const cmds = sectionCommands(r.command);
  for (const [name, s] of parseSections(r.stdout)) out.set(name, { ...s, ...(cmds.has(name) ? { command: cmds.get(name)! } : {}) });
  return out;
}

// ---------------------------------------------------------------- the lab

export interface HostRow {
  name: string;
  role?: HostRole;
  address?: string;
  interface?: string;
  /** VRRP priority (from the config deployed on it, else the lab file). */
  priority?: number;
  /** MASTER or BACKUP as the VRRP step found it. */
  vrrpState?: string;
  kernel?: string;
  /** tool → version, 'installed' or 'missing'. */
  tools: Record<string, string>;
}

export const TOOLS = ['keepalived', 'ipvsadm', 'nginx', 'curl'] as const;

function versionsOf(run: WalkthroughRun): Record<string, Record<string, string>> {
  const reach = stepOf(run, 'reach');
  const fromMeasure = reach?.measurements.versions as Record<string, Record<string, string>> | undefined;
  if (fromMeasure) return fromMeasure;
  const out: Record<string, Record<string, string>> = {};
  for (const c of reach?.commands ?? []) if (c.key.startsWith('about:') && didRun(c)) out[c.host] = parseKeyValues(c.stdout);
  return out;
}

/** Addresses and roles seen in the outputs, for a run reported without its lab file. */
function derivedHosts(run: WalkthroughRun): HostRow[] {
  const rows = new Map<string, HostRow>();
  const row = (name: string): HostRow => {
    let r = rows.get(name);
    if (!r) rows.set(name, (r = { name, tools: {} }));
    return r;
  };
  const vip = serviceOf(run)?.vip;
  for (const s of run.steps) {
    for (const c of s.commands) {
      const r = row(c.host);
      if (/^(ipvs|state|director|stats|conns|tools):/.test(c.key)) r.role ??= 'director';
      if (/^real:/.test(c.key)) r.role ??= 'real';
      if (c.key === 'requests' || c.key === 'burst:requests' || /^page:/.test(c.key)) r.role ??= 'client';
      const page = /^page:(.+)$/.exec(c.key);
      const url = /https?:\/\/\[?([0-9a-fA-F.:]+)\]?:\d+\//.exec(c.command);
      if (page && url) row(page[1]).address ??= url[1];
      for (const sec of sectionsOf(c).values()) {
        if (!/ip -o addr show$/.test(sec.command ?? '')) continue;
        const own = parseIpOAddr(sec.text).find((a) => a.ifname !== 'lo' && a.family === 'inet' && a.address !== vip && !a.secondary);
        if (own) {
          r.address ??= own.address;
          r.interface ??= own.ifname;
        }
      }
    }
  }
  // The real servers' route check names the client's address (`ip route get CLIENT`).
  const clients = [...rows.values()].filter((r) => r.role === 'client');
  if (clients.length === 1 && !clients[0].address) {
    for (const c of stepOf(run, 'real-servers')?.commands ?? []) {
      const to = /^ip route get (\S+)$/.exec(sectionsOf(c).get('route')?.command ?? '');
      if (to) {
        clients[0].address = to[1];
        break;
      }
    }
  }
  return [...rows.values()];
}

export interface ServiceFacts {
  vip?: string;
  prefix?: number;
  port?: number;
  protocol?: string;
  scheduler?: string;
  forwarding?: string;
  vrid?: number;
}

/** The service of the lab: from the lab file when known, else from the deployed configs. */
export function serviceOf(run: WalkthroughRun): ServiceFacts | undefined {
  const s = run.snapshot?.service;
  if (s?.vips[0]) return { vip: s.vips[0].address, prefix: s.vips[0].prefix, port: s.port, protocol: s.protocol, scheduler: s.scheduler, forwarding: s.forwarding, vrid: s.vrrp.vrid };
  const cfg = directorConfigs(run).find((c) => c.text);
  if (!cfg?.text) return undefined;
  const f = configFacts(cfg.host, cfg.text);
  const inst = f.instances[0];
  const vs = f.virtualServers[0];
  const [address, prefix] = (inst?.vips[0] ?? '').split('/');
  return { ...(address ? { vip: address, prefix: Number(prefix) } : {}), ...(vs?.port ? { port: vs.port } : {}), ...(vs?.lbKind ? { forwarding: vs.lbKind } : {}), ...(inst?.vrid ? { vrid: inst.vrid } : {}) };
}

export function hostRows(run: WalkthroughRun): HostRow[] {
  const versions = versionsOf(run);
  const rows: HostRow[] = run.snapshot
    ? run.snapshot.hosts.map((h) => ({ name: h.name, role: h.role, address: h.address, interface: h.interface, ...(h.director?.priority !== undefined ? { priority: h.director.priority } : {}), tools: {} }))
    : derivedHosts(run);
  const configs = new Map(directorConfigs(run).filter((c) => c.text).map((c) => [c.host, configFacts(c.host, c.text!)]));
  const vrrp = stepOf(run, 'vrrp');
  const master = vrrp?.measurements.master as string | undefined;
  for (const r of rows) {
    const kv = versions[r.name];
    if (kv) {
      r.kernel = kv.kernel;
      for (const t of TOOLS) r.tools[t] = kv[`has_${t}`] === '1' ? kv[`${t}_version`] || 'installed' : 'missing';
    }
    const prio = configs.get(r.name)?.instances[0]?.priority;
    if (prio !== undefined) r.priority = prio;
    if (r.role === 'director' && vrrp && vrrp.status !== 'error') r.vrrpState = master ? (master === r.name ? 'MASTER' : 'BACKUP') : undefined;
  }
  return rows;
}

export interface IpvsAvailability {
  host: string;
  available: boolean;
  /** What ipvsadm itself said (its first lines), when IPVS is missing. */
  said?: string;
}

/** Whether each director's kernel had IPVS, from the Reach (else Directors) step's probe. */
export function ipvsAvailability(run: WalkthroughRun): IpvsAvailability[] {
  const out = new Map<string, IpvsAvailability>();
  for (const id of ['directors', 'reach'] as StepId[]) {
    for (const c of stepOf(run, id)?.commands ?? []) {
      if (!c.key.startsWith('ipvs:') || !didRun(c) || out.has(c.host)) continue;
      const kv = parseKeyValues(c.stdout);
      const said = c.stdout.split('\n').filter((l) => l.startsWith('ipvsadm_out: ')).map((l) => l.slice(13)).join('\n');
      const available = kv.ipvs === '1' && kv.ipvsadm_rc === '0';
      out.set(c.host, { host: c.host, available, ...(available ? {} : { said }) });
    }
  }
  return [...out.values()];
}

// ---------------------------------------------------------------- configs

export interface DirectorConfig {
  host: string;
  source?: 'generated' | 'own' | 'deployed';
  /** The config as read back from the director after the step (else the one that was checked). */
  text?: string;
  /** Where `text` came from. */
  textFrom?: 'host' | 'run';
  /** The path read on the director. */
  path?: string;
  lint?: LintResult;
  /** 'run': our analyzer's findings recorded by the run; 'now': analyzed for this report (the run had none for this text). */
  lintFrom?: 'run' | 'now';
  /** `keepalived -t` on the director: its command, exit status and output. */
  test?: SectionRun;
  /** The keepalived process found after the step. */
  running?: SectionRun;
  deploy?: string;
  blocked?: string;
}

const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.replace(/\s+$/, '') === b.replace(/\s+$/, '');

export function directorConfigs(run: WalkthroughRun): DirectorConfig[] {
  const step = stepOf(run, 'keepalived-config');
  if (!step) return [];
  const m = step.measurements as { source?: DirectorConfig['source']; configs?: Record<string, string>; lint?: Record<string, LintResult>; deploy?: Record<string, string>; blocked?: string };
  const hosts = [...new Set([...Object.keys(m.configs ?? {}), ...step.commands.filter((c) => c.key.startsWith('state:')).map((c) => c.host)])];
  return hosts.map((host) => {
    const secs = sectionsOf(lastRecord(step, `state:${host}`));
    const conf = secs.get('conf');
    const checked = m.configs?.[host];
    const fromHost = conf && conf.code === 0 ? conf.text : undefined;
    const text = fromHost ?? checked;
    const runLint = m.lint?.[host];
    const useRunLint = runLint && (fromHost === undefined || same(fromHost, checked));
    const lint = useRunLint ? runLint : text !== undefined ? lintConfig(host, text) : undefined;
    return {
      host,
      ...(m.source ? { source: m.source } : {}),
      ...(text !== undefined ? { text, textFrom: fromHost !== undefined ? 'host' as const : 'run' as const } : {}),
      ...(conf?.command ? { path: conf.command.replace(/^cat\s+/, '') } : {}),
      ...(lint ? { lint, lintFrom: useRunLint ? 'run' as const : 'now' as const } : {}),
      ...(secs.get('test') ? { test: secs.get('test') } : {}),
      ...(secs.get('running') ? { running: secs.get('running') } : {}),
      ...(m.deploy?.[host] ? { deploy: m.deploy[host] } : {}),
      ...(m.blocked ? { blocked: m.blocked } : {}),
    };
  });
}

// ---------------------------------------------------------------- traffic

export interface DirectorStats {
  host: string;
  holdsVip: boolean;
  /** The `ipvsadm -Ln --stats` section after the traffic. */
  stats?: SectionRun;
  /** The same, read before the traffic. */
  before?: SectionRun;
  ipvs: boolean;
}

export interface TrafficFacts {
  step: StepResult;
  requests: RequestLine[];
  answered: number;
  failed: number;
  byHost: Record<string, number>;
  failures: Record<string, number>;
  directors: DirectorStats[];
  /** The client's request loop as it ran. */
  record?: CommandRecord;
  deltas: Record<string, { service: Record<string, number>; reals: Record<string, Record<string, number>>; holdsVip: boolean }>;
}

function holdsVipIn(sec: SectionRun | undefined, vip: string | undefined): boolean {
  return !!vip && !!sec && parseIpOAddr(sec.text).some((a) => a.address === vip && a.ifname !== 'lo');
}

export function trafficFacts(run: WalkthroughRun): TrafficFacts | undefined {
  const step = stepOf(run, 'traffic');
  if (!step) return undefined;
  const vip = serviceOf(run)?.vip;
  const record = lastRecord(step, 'requests');
  // The step's verdict replaces the measured request list by its count: read the lines from the output then.
  const measured = step.measurements.requests;
  const requests = Array.isArray(measured) ? (measured as RequestLine[]) : record ? parseRequestLines(record.stdout) : [];
  const m = step.measurements as { answered?: number; failed?: number; byHost?: Record<string, number>; failures?: Record<string, number>; deltas?: TrafficFacts['deltas'] };
  const directors = step.commands.filter((c) => c.key.startsWith('stats:')).map((c) => c.host).filter((h, i, a) => a.indexOf(h) === i).map((host) => {
    const after = sectionsOf(lastRecord(step, `stats:${host}`));
    const before = sectionsOf(lastRecord(step, `before:${host}`));
    const stats = after.get('stats');
    return { host, holdsVip: holdsVipIn(after.get('addr'), vip), ...(stats ? { stats } : {}), ...(before.get('stats') ? { before: before.get('stats') } : {}), ipvs: !!stats && stats.code === 0 };
  });
  const answered = m.answered ?? requests.filter((r) => r.curlExit === 0 && r.httpCode === 200).length;
  return {
    step,
    requests,
    answered,
    failed: m.failed ?? requests.length - answered,
    byHost: m.byHost ?? {},
    failures: m.failures ?? {},
    directors,
    ...(record ? { record } : {}),
    deltas: m.deltas ?? {},
  };
}

// ---------------------------------------------------------------- InActConn

export interface ConnTable {
  host: string;
  holdsVip: boolean;
  ipvs: boolean;
  conns?: SectionRun;
  timeout?: SectionRun;
  list?: SectionRun;
  /** Entries of the lab's virtual service. */
  entries: IpvsConnection[];
  timeouts?: { tcp: number; tcpfin: number; udp: number };
  activeConn?: number;
  inActConn?: number;
}

export interface InactconnFacts {
  step: StepResult;
  answered: number;
  failed: number;
  tables: ConnTable[];
}

export function parseTimeouts(text: string): { tcp: number; tcpfin: number; udp: number } | undefined {
  const m = /Timeout \(tcp tcpfin udp\):\s*(\d+)\s+(\d+)\s+(\d+)/.exec(text);
  return m ? { tcp: Number(m[1]), tcpfin: Number(m[2]), udp: Number(m[3]) } : undefined;
}

export function inactconnFacts(run: WalkthroughRun): InactconnFacts | undefined {
  const step = stepOf(run, 'inactconn');
  if (!step) return undefined;
  const svc = serviceOf(run);
  const virtual = svc?.vip && svc.port ? [`${svc.vip}:${svc.port}`, `[${svc.vip}]:${svc.port}`] : undefined;
  const hosts = step.commands.filter((c) => c.key.startsWith('conns:')).map((c) => c.host).filter((h, i, a) => a.indexOf(h) === i);
  const tables = hosts.map((host): ConnTable => {
    const s = sectionsOf(lastRecord(step, `conns:${host}`));
    const list = s.get('list');
    const ipvs = !!list && list.code === 0;
    const conns = s.get('conns');
    const all = ipvs && conns ? parseIpvsConnections(conns.text) : [];
    const entries = virtual ? all.filter((c) => virtual.includes(c.virtual)) : all;
    const service = ipvs && list && svc?.vip ? parseIpvsList(list.text).services.find((x) => x.address === svc.vip && x.port === svc.port) : undefined;
    const timeouts = s.get('timeout') ? parseTimeouts(s.get('timeout')!.text) : undefined;
    return {
      host,
      holdsVip: holdsVipIn(s.get('addr'), svc?.vip),
      ipvs,
      ...(conns ? { conns } : {}),
      ...(s.get('timeout') ? { timeout: s.get('timeout') } : {}),
      ...(list ? { list } : {}),
      entries,
      ...(timeouts ? { timeouts } : {}),
      ...(service ? { activeConn: service.reals.reduce((n, x) => n + x.activeConn, 0), inActConn: service.reals.reduce((n, x) => n + x.inActConn, 0) } : {}),
    };
  });
  const m = step.measurements as { answered?: number; failed?: number };
  return { step, answered: m.answered ?? 0, failed: m.failed ?? 0, tables };
}

/** Entries by TCP state, with the shortest and longest time left. */
export function byState(entries: IpvsConnection[]): { state: string; count: number; minLeft: number; maxLeft: number }[] {
  const out = new Map<string, { state: string; count: number; minLeft: number; maxLeft: number }>();
  for (const e of entries) {
    const s = out.get(e.state) ?? { state: e.state, count: 0, minLeft: Infinity, maxLeft: 0 };
    s.count++;
    s.minLeft = Math.min(s.minLeft, e.expireSec);
    s.maxLeft = Math.max(s.maxLeft, e.expireSec);
    out.set(e.state, s);
  }
  return [...out.values()];
}

// ---------------------------------------------------------------- failover

/** What the failover step measured (its own record of it), as the report uses it. */
type Measured = Pick<FailoverMeasured, 'master' | 'backup' | 'error' | 'vipMovedMs' | 'recoveredMs' | 'failedDuringFailover' | 'preemptMs' | 'releasedMs' | 'failedDuringPreemption' | 'requestsTotal' | 'requestsOk'>;

export interface FailoverFacts extends Measured {
  step: StepResult;
  noIpvs?: boolean;
  /** The request loop's results in order, runs of the same outcome merged. */
  timeline: { ok: boolean; count: number; who: Record<string, number>; why: Record<string, number> }[];
  record?: CommandRecord;
}

export function failoverFacts(run: WalkthroughRun): FailoverFacts | undefined {
  const step = stepOf(run, 'failover');
  if (!step) return undefined;
  const m = step.measurements as FailoverMeasured;
  const record = lastRecord(step, 'traffic');
  const timeline: FailoverFacts['timeline'] = [];
  for (const line of (record?.stdout ?? '').split('\n')) {
    const t = parseTrafficLine(line);
    if (!t) continue;
    let last = timeline[timeline.length - 1];
    if (!last || last.ok !== t.ok) timeline.push((last = { ok: t.ok, count: 0, who: {}, why: {} }));
    last.count++;
    if (t.ok) last.who[t.who] = (last.who[t.who] ?? 0) + 1;
    else {
      const why = t.curlExit !== 0 ? `curl ${t.curlExit}` : `HTTP ${String(t.httpCode).padStart(3, '0')}`;
      last.why[why] = (last.why[why] ?? 0) + 1;
    }
  }
  const pick = <K extends keyof typeof m>(k: K): Partial<Pick<typeof m, K>> => (m[k] !== undefined ? ({ [k]: m[k] } as Partial<Pick<typeof m, K>>) : {});
  return {
    step,
    ...pick('master'), ...pick('backup'), ...pick('error'), ...pick('vipMovedMs'), ...pick('recoveredMs'), ...pick('failedDuringFailover'),
    ...pick('preemptMs'), ...pick('releasedMs'), ...pick('failedDuringPreemption'), ...pick('requestsTotal'), ...pick('requestsOk'),
    ...(m.noIpvs ? { noIpvs: true } : {}),
    timeline,
    ...(record ? { record } : {}),
  };
}

// ---------------------------------------------------------------- planner

export interface PlannerFacts {
  step: StepResult;
  plan?: Plan;
  addressing?: ActiveActiveAddressing;
  configs: Record<string, string>;
  lint: Record<string, LintResult>;
  deployed: boolean;
}

export function plannerFacts(run: WalkthroughRun): PlannerFacts | undefined {
  const step = stepOf(run, 'active-active');
  if (!step) return undefined;
  const m = step.measurements as { plan?: Plan; addressing?: ActiveActiveAddressing; configs?: Record<string, string>; lint?: Record<string, LintResult>; deployed?: boolean };
  return { step, ...(m.plan ? { plan: m.plan } : {}), ...(m.addressing ? { addressing: m.addressing } : {}), configs: m.configs ?? {}, lint: m.lint ?? {}, deployed: m.deployed === true };
}
