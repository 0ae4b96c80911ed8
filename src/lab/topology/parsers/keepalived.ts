// Pure parsers of what keepalived tells about its VRRP instances: the JSON dump
// (signal JSON -> /tmp/keepalived.json), the text dump (SIGUSR1 -> /tmp/keepalived.data)
// and its log lines ("(VI_1) Entering MASTER STATE").

export type VrrpState = 'MASTER' | 'BACKUP' | 'FAULT' | 'INIT' | 'STOP' | 'UNKNOWN';

export interface VrrpInstanceState {
  name: string;
  state: VrrpState;
  /** Configured priority. */
  priority?: number;
  /** Priority after track scripts/interfaces (what the election uses). */
  effectivePriority?: number;
  vrid?: number;
  interface?: string;
  /** VIPs as keepalived lists them (`198.51.100.100/24 dev eth0 ...`). */
  vips?: string[];
  /** Where the state came from: the JSON dump, the text dump or the log. */
  source: 'json' | 'data' | 'log';
}

/** keepalived's numeric VRRP states (vrrp.h): 0 init, 1 backup, 2 master, 3 fault; 97/98 are deleted/stop. */
export function vrrpStateName(n: number): VrrpState {
  switch (n) {
    case 0:
      return 'INIT';
    case 1:
      return 'BACKUP';
    case 2:
      return 'MASTER';
    case 3:
      return 'FAULT';
    case 97:
    case 98:
      return 'STOP';
    default:
      return 'UNKNOWN';
  }
}

function word(s: string): VrrpState {
  const u = s.toUpperCase();
  return (['MASTER', 'BACKUP', 'FAULT', 'INIT', 'STOP'] as VrrpState[]).includes(u as VrrpState) ? (u as VrrpState) : 'UNKNOWN';
}

/** The JSON dump: an array of {data: {iname, state, base_priority, effective_priority, ...}, stats}. */
export function parseKeepalivedJson(text: string): VrrpInstanceState[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const out: VrrpInstanceState[] = [];
  for (const entry of data) {
    const d = (entry as { data?: Record<string, unknown> })?.data;
    if (!d || typeof d.iname !== 'string') continue;
    out.push({
      name: d.iname,
      state: typeof d.state === 'number' ? vrrpStateName(d.state) : 'UNKNOWN',
      ...(typeof d.base_priority === 'number' ? { priority: d.base_priority } : {}),
      ...(typeof d.effective_priority === 'number' ? { effectivePriority: d.effective_priority } : {}),
      ...(typeof d.vrid === 'number' ? { vrid: d.vrid } : {}),
      ...(typeof d.ifp_ifname === 'string' ? { interface: d.ifp_ifname } : {}),
      ...(Array.isArray(d.vips) ? { vips: d.vips.map(String) } : {}),
      source: 'json',
    });
  }
  return out;
}

/** The text dump's "VRRP Topology" part: ` VRRP Instance = VI_1`, `   State = MASTER`, `   Priority = 150`... */
export function parseKeepalivedData(text: string): VrrpInstanceState[] {
  const out: VrrpInstanceState[] = [];
  let cur: VrrpInstanceState | undefined;
  let inTopology = false;
  let inVips = false;
  for (const line of text.split('\n')) {
    if (/^------< (.*) >------/.test(line)) {
      inTopology = /VRRP Topology/.test(line);
      cur = undefined;
      continue;
    }
    if (!inTopology) continue;
    const inst = /^ VRRP Instance = (\S+)/.exec(line);
    if (inst) {
      cur = { name: inst[1], state: 'UNKNOWN', source: 'data', vips: [] };
      out.push(cur);
      inVips = false;
      continue;
    }
    if (!cur) continue;
    const kv = /^ {3}([A-Za-z][A-Za-z _-]*?) = (.*)$/.exec(line);
    if (kv) {
      inVips = false;
      const [, k, v] = kv;
      if (k === 'State') cur.state = word(v.trim());
      else if (k === 'Priority') cur.priority = Number(v);
      else if (k === 'Effective priority') cur.effectivePriority = Number(v);
      else if (k === 'Virtual Router ID') cur.vrid = Number(v);
      else if (k === 'Interface') cur.interface = v.trim();
      continue;
    }
    if (/^ {3}Virtual IP \(\d+\):/.test(line)) {
      inVips = true;
      continue;
    }
    if (inVips && /^ {5}\S/.test(line)) cur.vips!.push(line.trim());
    else if (!/^ {5}/.test(line)) inVips = false;
  }
  return out;
}

export interface LogTransition {
  instance: string;
  state: VrrpState;
  /** The log line's time text, when the line has one. */
  time?: string;
  line: string;
}

/** "(VI_1) Entering MASTER STATE" lines (also the older "VRRP_Instance(VI_1) Transition to MASTER STATE"). */
export function parseKeepalivedLog(text: string): LogTransition[] {
  const out: LogTransition[] = [];
  for (const line of text.split('\n')) {
    const m = /\(([^)\s]+)\) Entering (MASTER|BACKUP|FAULT) STATE/.exec(line)
      ?? /VRRP_Instance\(([^)\s]+)\) (?:Transition to|Entering) (MASTER|BACKUP|FAULT) STATE/.exec(line);
    if (m) {
      const time = /^(\w{3} \w{3} +\d+ [\d:]+ \d{4})/.exec(line)?.[1] ?? /^(\w{3} +\d+ [\d:]+)/.exec(line)?.[1];
      out.push({ instance: m[1], state: word(m[2]), ...(time ? { time } : {}), line: line.trim() });
      continue;
    }
    const stop = /\(([^)\s]+)\) sent 0 priority|Stopping VRRP child process|Stopped Keepalived/.exec(line);
    if (stop && stop[1]) out.push({ instance: stop[1], state: 'STOP', line: line.trim() });
  }
  return out;
}

/** The last state of each instance according to the log. */
export function statesFromLog(text: string): VrrpInstanceState[] {
  const last = new Map<string, VrrpState>();
  for (const t of parseKeepalivedLog(text)) last.set(t.instance, t.state);
  return [...last].map(([name, state]) => ({ name, state, source: 'log' as const }));
}
