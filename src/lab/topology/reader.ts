// Reads the whole lab's live state: one probe command per host, all hosts at once over
// the pooled SSH connections, then lab-wide conclusions (who is MASTER, who holds the VIP).
import { Inventory, LabHost } from '../inventory/types';
import { SshPool } from '../ssh/pool';
import type { Lang } from '../report/i18n';
import { FINDING_STRINGS } from './findingStrings';
import { VrrpInstanceState } from './parsers/keepalived';
import {
  clientProbe, ClientState, directorProbe, DirectorState, parseClientProbe, parseDirectorProbe, parseRealServerProbe,
  RealServerState, realServerProbe,
} from './probes';

export interface HostState {
  name: string;
  role: LabHost['role'];
  address: string;
  reachable: boolean;
  /** Why the host could not be read (unreachable, auth, host key...). */
  error?: string;
  errorKind?: string;
  durationMs: number;
  director?: DirectorState;
  real?: RealServerState;
  client?: ClientState;
}

export interface LabState {
  lab: string;
  readAt: Date;
  durationMs: number;
  hosts: HostState[];
  /** Per VIP, the directors that hold it (more than one is a split brain). */
  vipHolders: { vip: string; hosts: string[] }[];
  /** Per VRRP instance, the directors that say MASTER. */
  masters: { instance: string; hosts: string[] }[];
  /** Lab-wide findings in plain words (no MASTER, split brain, no IPVS...). */
  findings: string[];
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Per-host time limit of the probe command (default 15 s). */
  timeoutMs?: number;
}

export function probeFor(host: LabHost, inv: Inventory): { script: string; sudo: boolean } {
  switch (host.role) {
    case 'director':
      return { script: directorProbe(), sudo: true };
    case 'real':
      return { script: realServerProbe(host, inv), sudo: false };
    default:
      return { script: clientProbe(inv), sudo: false };
  }
}

export function hostStateFromProbe(host: LabHost, inv: Inventory, stdout: string, durationMs: number): HostState {
  const base = { name: host.name, role: host.role, address: host.address, reachable: true, durationMs };
  if (host.role === 'director') return { ...base, director: parseDirectorProbe(stdout, inv) };
  if (host.role === 'real') return { ...base, real: parseRealServerProbe(stdout, host, inv) };
  return { ...base, client: parseClientProbe(stdout, inv) };
}

export async function readLabState(pool: SshPool, inv: Inventory, opts: ReadOptions = {}): Promise<LabState> {
  const started = Date.now();
  const results = await pool.fanOut(inv.hosts, async (conn, host) => {
    const p = probeFor(host, inv);
    const r = await conn.exec(p.script, { sudo: p.sudo, timeoutMs: opts.timeoutMs ?? 15_000, signal: opts.signal });
    return hostStateFromProbe(host, inv, r.stdout, 0);
  }, opts.signal);
  const hosts: HostState[] = results.map((r) => r.ok
    ? { ...r.value!, durationMs: r.durationMs }
    : { name: r.host.name, role: r.host.role, address: r.host.address, reachable: false, error: r.error?.message, errorKind: (r.error as { kind?: string })?.kind, durationMs: r.durationMs });
  return summarize(inv, hosts, started);
}

export function summarize(inv: Inventory, hosts: HostState[], started = Date.now()): LabState {
  const directors = hosts.filter((h) => h.director);
  const vipHolders = inv.service.vips.map((v) => ({
    vip: `${v.address}/${v.prefix}`,
    hosts: directors.filter((d) => d.director!.vips.some((x) => x.address === v.address && x.present)).map((d) => d.name),
  }));
  const instanceNames = [...new Set(directors.flatMap((d) => d.director!.instances.map((i: VrrpInstanceState) => i.name)))];
  const masters = instanceNames.map((instance) => ({
    instance,
    hosts: directors.filter((d) => d.director!.instances.some((i) => i.name === instance && i.state === 'MASTER')).map((d) => d.name),
  }));
  const findings = labFindings({ hosts, vipHolders, masters });
  return { lab: inv.name, readAt: new Date(), durationMs: Date.now() - started, hosts, vipHolders, masters, findings };
}

/** The lab-wide findings of a state in plain words, in `lang` (LabState.findings has them in English). */
export function labFindings(state: Pick<LabState, 'hosts' | 'vipHolders' | 'masters'>, lang: Lang = 'en'): string[] {
  const t = FINDING_STRINGS[lang];
  const { hosts, vipHolders, masters } = state;
  const directors = hosts.filter((h) => h.director);
  const findings: string[] = [];
  for (const h of hosts) if (!h.reachable) findings.push(t.unreadable(h.name, h.error ?? ''));
  for (const v of vipHolders) {
    if (v.hosts.length > 1) findings.push(t.splitBrain(v.hosts.join(t.and), v.vip));
    if (v.hosts.length === 0 && directors.some((d) => d.director!.keepalived.running)) findings.push(t.noHolder(v.vip));
  }
  for (const m of masters) if (m.hosts.length > 1) findings.push(t.manyMasters(m.instance, m.hosts.length, m.hosts.join(', ')));
  const noIpvs = directors.filter((d) => !d.director!.ipvs.available);
  if (noIpvs.length) findings.push(t.noIpvs(noIpvs.map((d) => d.name).join(', '), (noIpvs[0].director!.ipvs as { reason: string }).reason));
  for (const h of hosts.filter((x) => x.real)) {
    const r = h.real!;
    if (!r.vipsOnLo.every((v) => v.present)) findings.push(t.vipNotOnLo(h.name));
    for (const v of r.vipsOnLo) {
      const want = v.address.includes(':') ? 128 : 32;
      if (v.present && v.actualPrefix !== undefined && v.actualPrefix !== want) findings.push(t.vipPrefix(h.name, v.address, v.actualPrefix, want));
    }
    if (!r.arpOk) findings.push(t.arp(h.name));
    if (!r.nginxRunning) findings.push(t.nginx(h.name));
  }
  return findings;
}
