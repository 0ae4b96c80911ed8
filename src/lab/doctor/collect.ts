// What the doctor reads from the live lab: per director keepalived's state, the VIP, the IPVS
// table, its config and `keepalived -t` of it, and the result of each vrrp_script run by
// hand; per real server the VIP on lo, ARP settings and nginx; from the client, whether each
// real server answers. One command per host (two for directors with scripts), all in parallel.
import { Inventory, LabHost } from '../inventory/types';
import { KEEPALIVED_CONF } from '../keepalived';
import { configFacts } from '../generate/lint';
import { shellQuote } from '../shell';
import { SshPool } from '../ssh/pool';
import { directorProbe, realServerProbe } from '../topology/probes';
import { parseSections, section } from '../topology/parsers/system';

export interface HostCapture {
  name: string;
  /** Why the host could not be read. */
  error?: string;
  text?: string;
}

export interface DoctorInputs {
  inventory: Inventory;
  directors: (HostCapture & { scripts?: string })[];
  reals: HostCapture[];
  client?: HostCapture;
}

export function directorDoctorScript(): string {
  return [
    directorProbe(),
    section('conf', `cat ${KEEPALIVED_CONF}`),
    section('ktest', `keepalived -t -f ${KEEPALIVED_CONF}`),
  ].join('\n');
}

/** Runs each vrrp_script's command as keepalived would (by its words, through sh), with a time limit. */
export function scriptsScript(scripts: { name: string; script?: string }[]): string {
  return scripts.filter((s) => s.script).map((s, i) => section(`script${i}`, `echo ${shellQuote(s.name)}; timeout 10 sh -c ${shellQuote(s.script!)} 2>&1`)).join('\n');
}

export function realDoctorScript(host: LabHost, inv: Inventory, peer?: string): string {
  return [realServerProbe(host, inv), ...(peer ? [section('route', `ip route get ${peer}`)] : [])].join('\n');
}

function url(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
}

export function clientDoctorScript(inv: Inventory): string {
  const reals = inv.hosts.filter((h) => h.role === 'real');
  return reals.map((r) => section(`real:${r.name}`, `curl -s -o /dev/null --connect-timeout 2 -m 3 -w '%{http_code}' ${shellQuote(url(r.address, inv.service.port))}`)).join('\n') || 'true';
}

export async function collectDoctorInputs(pool: SshPool, inv: Inventory, signal?: AbortSignal): Promise<DoctorInputs> {
  const client = inv.hosts.find((h) => h.role === 'client');
  const peer = (client ?? inv.hosts.find((h) => h.role === 'director'))?.address;
  const results = await pool.fanOut(inv.hosts, async (conn, host) => {
    const opts = { timeoutMs: 30_000, signal };
    if (host.role === 'director') {
      const r = await conn.exec(directorDoctorScript(), { ...opts, sudo: true });
      const conf = parseSections(r.stdout).get('conf');
      let scripts: string | undefined;
      if (conf?.code === 0) {
        const s = scriptsScript(configFacts(host.name, conf.text).scripts);
        if (s) scripts = (await conn.exec(s, { ...opts, sudo: true })).stdout;
      }
      return { text: r.stdout, scripts };
    }
    if (host.role === 'real') return { text: (await conn.exec(realDoctorScript(host, inv, peer), opts)).stdout };
    return { text: (await conn.exec(clientDoctorScript(inv), opts)).stdout };
  }, signal);
  const cap = (role: string) => results.filter((r) => r.host.role === role).map((r) => ({ name: r.host.name, ...(r.ok ? r.value! : { error: r.error?.message ?? 'failed' }) }));
  const clients = cap('client');
  return { inventory: inv, directors: cap('director'), reals: cap('real'), ...(clients[0] ? { client: clients[0] } : {}) };
}
