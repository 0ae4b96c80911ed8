// Pure parsers of ipvsadm's listings: `ipvsadm -Ln`, `ipvsadm -Ln --stats` and
// `ipvsadm -Lnc`, plus the recognition of a kernel without IPVS.

export type IpvsForward = 'Route' | 'Masq' | 'Tunnel' | 'Local' | 'Bypass' | string;

export interface IpvsReal {
  address: string;
  port: number;
  forward: IpvsForward;
  weight: number;
  activeConn: number;
  inActConn: number;
  stats?: IpvsStats;
}

export interface IpvsStats {
  conns: number;
  inPkts: number;
  outPkts: number;
  inBytes: number;
  outBytes: number;
}

export interface IpvsService {
  /** TCP, UDP, SCTP or FWM (firewall mark). */
  protocol: string;
  /** VIP (without brackets for IPv6), or the firewall mark number for FWM. */
  address: string;
  port: number;
  scheduler: string;
  /** The rest of the service line: `persistent 300`, `ops`, `mask ...`, scheduler flags. */
  flags: string;
  persistentSec?: number;
  reals: IpvsReal[];
  stats?: IpvsStats;
}

export interface IpvsTable {
  version?: string;
  size?: number;
  services: IpvsService[];
}

/** Splits `1.2.3.4:80` or `[2001:db8::1]:80` into address and port. */
export function splitHostPort(s: string): { address: string; port: number } | undefined {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(s) ?? /^([^:\s]+):(\d+)$/.exec(s);
  return m ? { address: m[1], port: Number(m[2]) } : undefined;
}

function header(text: string): Pick<IpvsTable, 'version' | 'size'> {
  const m = /IP Virtual Server version (\S+) \(size=(\d+)\)/.exec(text);
  return m ? { version: m[1], size: Number(m[2]) } : {};
}

const SERVICE_LINE = /^(TCP|UDP|SCTP|FWM)\s+(\S+)\s*(.*)$/;
const REAL_LINE = /^\s+->\s+(\S+)(.*)$/;

/** `ipvsadm -Ln`. */
export function parseIpvsList(text: string): IpvsTable {
  const table: IpvsTable = { ...header(text), services: [] };
  let current: IpvsService | undefined;
  for (const line of text.split('\n')) {
    const s = SERVICE_LINE.exec(line);
    if (s) {
      const rest = s[3].trim().split(/\s+/).filter(Boolean);
      const hp = s[1] === 'FWM' ? { address: s[2], port: 0 } : splitHostPort(s[2]);
      if (!hp) continue;
      const flags = rest.slice(1).join(' ');
      const persist = /persistent (\d+)/.exec(flags);
      current = { protocol: s[1], ...hp, scheduler: rest[0] ?? '', flags, ...(persist ? { persistentSec: Number(persist[1]) } : {}), reals: [] };
      table.services.push(current);
      continue;
    }
    const r = REAL_LINE.exec(line);
    if (r && current) {
      const hp = splitHostPort(r[1]);
      const f = r[2].trim().split(/\s+/);
      if (!hp || f.length < 4) continue; // the "-> RemoteAddress:Port Forward..." header line
      current.reals.push({ ...hp, forward: f[0], weight: Number(f[1]), activeConn: Number(f[2]), inActConn: Number(f[3]) });
    }
  }
  return table;
}

/** ipvsadm prints large counters as 12K, 3M, 1G unless --exact is given. */
export function parseCount(s: string): number {
  const m = /^(\d+)([KMGT]?)$/.exec(s);
  if (!m) return NaN;
  const mult = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12 }[m[2] as '' | 'K' | 'M' | 'G' | 'T'];
  return Number(m[1]) * mult;
}

function stats(fields: string[]): IpvsStats | undefined {
  if (fields.length < 5) return undefined;
  const [conns, inPkts, outPkts, inBytes, outBytes] = fields.slice(0, 5).map(parseCount);
  if ([conns, inPkts, outPkts, inBytes, outBytes].some((n) => Number.isNaN(n))) return undefined;
  return { conns, inPkts, outPkts, inBytes, outBytes };
}

/** `ipvsadm -Ln --stats`: the same services and real servers, with traffic counters. */
export function parseIpvsStats(text: string): IpvsTable {
  const table: IpvsTable = { ...header(text), services: [] };
  let current: IpvsService | undefined;
  for (const line of text.split('\n')) {
    const s = SERVICE_LINE.exec(line);
    if (s) {
      const hp = s[1] === 'FWM' ? { address: s[2], port: 0 } : splitHostPort(s[2]);
      if (!hp) continue;
      current = { protocol: s[1], ...hp, scheduler: '', flags: '', reals: [], stats: stats(s[3].trim().split(/\s+/)) };
      table.services.push(current);
      continue;
    }
    const r = REAL_LINE.exec(line);
    if (r && current) {
      const hp = splitHostPort(r[1]);
      const st = stats(r[2].trim().split(/\s+/));
      if (!hp || !st) continue;
      current.reals.push({ ...hp, forward: '', weight: NaN, activeConn: NaN, inActConn: NaN, stats: st });
    }
  }
  return table;
}

/** Adds the counters of a --stats listing to the services and real servers of a plain listing. */
export function mergeIpvsStats(table: IpvsTable, withStats: IpvsTable): IpvsTable {
  const key = (s: { protocol?: string; address: string; port: number }): string => `${s.protocol ?? ''}|${s.address}|${s.port}`;
  const byService = new Map(withStats.services.map((s) => [key(s), s]));
  return {
    ...table,
    services: table.services.map((s) => {
      const st = byService.get(key(s));
      if (!st) return s;
      const reals = new Map(st.reals.map((r) => [key(r), r.stats]));
      return { ...s, stats: st.stats, reals: s.reals.map((r) => ({ ...r, stats: reals.get(key(r)) })) };
    }),
  };
}

export interface IpvsConnection {
  protocol: string;
  /** Time left, as printed (mm:ss). */
  expire: string;
  expireSec: number;
  state: string;
  source: string;
  virtual: string;
  destination: string;
}

/** `ipvsadm -Lnc`: the connection table (entries in FIN_WAIT/TIME_WAIT are InActConn). */
export function parseIpvsConnections(text: string): IpvsConnection[] {
  const out: IpvsConnection[] = [];
  for (const line of text.split('\n')) {
    const m = /^(TCP|UDP|SCTP|IP|\S+)\s+(\d+):(\d{2})\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m || m[1] === 'pro') continue;
    out.push({ protocol: m[1], expire: `${m[2]}:${m[3]}`, expireSec: Number(m[2]) * 60 + Number(m[3]), state: m[4], source: m[5], virtual: m[6], destination: m[7] });
  }
  return out;
}

/**
 * The reason IPVS cannot be used, when ipvsadm's output says so (kernel without
 * CONFIG_IP_VS, module not loadable, not root); undefined when ipvsadm worked.
 */
export function ipvsUnavailableReason(exitCode: number | null, stderr: string): string | undefined {
  if (/Can't initialize ipvs/i.test(stderr)) {
    const detail = /Can't initialize ipvs:\s*(.*)/i.exec(stderr)?.[1]?.trim();
    return `This kernel has no IPVS${detail ? ` (${detail})` : ''}: the director cannot forward to the real servers. keepalived can still run VRRP (--vrrp) and move the VIP.`;
  }
  if (/command not found|No such file/i.test(stderr) && /ipvsadm/.test(stderr)) return 'ipvsadm is not installed on this director (apt-get install ipvsadm).';
  if (exitCode === 127) return 'ipvsadm is not installed on this director (apt-get install ipvsadm).';
  if (/Permission denied|Operation not permitted/i.test(stderr)) return 'ipvsadm needs root: log in as root or allow sudo without a password.';
  return undefined;
}
