// The scripts that read a host's live state in one SSH command per host, and the pure
// functions that turn their sectioned output into state objects.
import { Inventory, LabHost } from '../inventory/types';
import { KEEPALIVED_SH } from '../keepalived';
import { shellQuote } from '../shell';
import { ipvsUnavailableReason, IpvsTable, mergeIpvsStats, parseIpvsList, parseIpvsStats } from './parsers/ipvsadm';
import { parseKeepalivedData, parseKeepalivedJson, statesFromLog, VrrpInstanceState } from './parsers/keepalived';
import { IpAddress, parseIpOAddr, parseSections, parseSysctl, ProbeSection, section } from './parsers/system';

export interface KeepalivedProcess {
  running: boolean;
  pid?: number;
  /** Its command line (shows --vrrp when only VRRP runs). */
  commandLine?: string;
  vrrpOnly: boolean;
}

export type IpvsState = { available: true; table: IpvsTable } | { available: false; reason: string };

export interface VipPresence {
  address: string;
  prefix: number;
  /** Whether this host has the VIP on an interface (on lo for real servers). */
  present: boolean;
  /** The prefix the address actually has on the host. */
  actualPrefix?: number;
  interface?: string;
}

export interface DirectorState {
  keepalived: KeepalivedProcess;
  instances: VrrpInstanceState[];
  vips: VipPresence[];
  holdsVip: boolean;
  ipvs: IpvsState;
  /** Last state changes from the log, newest last. */
  recentTransitions: string[];
}

export interface ArpSettings {
  allIgnore?: number;
  allAnnounce?: number;
  loIgnore?: number;
  loAnnounce?: number;
}

export interface HttpCheck {
  url: string;
  /** HTTP status, or undefined when nothing answered. */
  status?: number;
  error?: string;
}

export interface RealServerState {
  vipsOnLo: VipPresence[];
  /** A student's typical slip: the VIP on lo with the network's prefix (/24) instead of /32. */
  vipPrefixProblems: string[];
  arp: ArpSettings;
  /** arp_ignore=1 and arp_announce=2 in effect (max of all and lo, as the kernel takes it). */
  arpOk: boolean;
  nginxRunning: boolean;
  /** The web server answering on the host's own address. */
  http: HttpCheck;
  /** The web server answering on the VIP (what DR needs). */
  httpVip?: HttpCheck;
}

export interface ClientState {
  /** Requests to each VIP from the client. */
  vipChecks: HttpCheck[];
}

const CURL = (url: string): string =>
  `if command -v curl >/dev/null 2>&1; then curl -s -o /dev/null -m 2 -w '%{http_code}' ${shellQuote(url)}; else echo 'curl is not installed'; exit 127; fi`;

function url(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
}

/** The director probe (runs as root through sudo when needed). */
export function directorProbe(): string {
  return [
    KEEPALIVED_SH,
    section('keepalived', `p=$(ka_pid) && echo "pid=$p" && tr '\\0' ' ' < /proc/$p/cmdline`),
    // The JSON dump holds the VRRP password: it is blanked on the host before it travels.
    section('json', `p=$(ka_pid) || exit 3
sig=$(keepalived --signum=JSON 2>/dev/null) || exit 4
rm -f /tmp/keepalived.json; kill -s "$sig" "$p" 2>/dev/null || kill -"$sig" "$p" || exit 5
i=0; while [ ! -s /tmp/keepalived.json ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i+1)); done; sleep 0.05
sed 's/"auth_data":"[^"]*"/"auth_data":""/g' /tmp/keepalived.json`),
    section('data', `p=$(ka_pid) || exit 3
[ -s /tmp/keepalived.json ] && exit 0
rm -f /tmp/keepalived.data; kill -USR1 "$p" || exit 5
i=0; while [ ! -s /tmp/keepalived.data ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i+1)); done; sleep 0.05
sed -n '/VRRP Topology/,/VRRP Sockpool/p' /tmp/keepalived.data | grep -v -i 'password'`),
    section('log', `ka_log 400 | grep -E 'Entering [A-Z]+ STATE|Transition to|Stopped Keepalived|Starting Keepalived|sent 0 priority' | tail -n 40`),
    section('addr', 'ip -o addr show'),
    section('ipvs', 'ipvsadm -Ln'),
    section('ipvsstats', 'ipvsadm -Ln --stats'),
  ].join('\n');
}

export function realServerProbe(host: LabHost, inv: Inventory): string {
  const port = inv.service.port;
  const vip = inv.service.vips[0];
  return [
    section('addr', 'ip -o addr show'),
    section('sysctl', 'sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.arp_announce net.ipv4.conf.lo.arp_ignore net.ipv4.conf.lo.arp_announce'),
    section('nginx', 'pidof nginx'),
    section('http', CURL(url(host.address, port))),
    ...(vip ? [section('httpvip', CURL(url(vip.address, port)))] : []),
  ].join('\n');
}

export function clientProbe(inv: Inventory): string {
  return inv.service.vips.map((v, i) => section(`vip${i}`, CURL(url(v.address, inv.service.port)))).join('\n') || 'true';
}

function vipsOn(addrs: IpAddress[], inv: Inventory, onlyIf?: string): VipPresence[] {
  return inv.service.vips.map((v) => {
    const a = addrs.find((x) => x.address === v.address && (!onlyIf || x.ifname === onlyIf));
    return { address: v.address, prefix: v.prefix, present: !!a, ...(a ? { actualPrefix: a.prefix, interface: a.ifname } : {}) };
  });
}

function httpCheck(s: ProbeSection | undefined, u: string): HttpCheck {
  if (!s) return { url: u, error: 'not checked' };
  const code = Number(s.text.trim());
  if (s.code === 0 && code > 0) return { url: u, status: code };
  if (s.code === 127) return { url: u, error: 'curl is not installed on this host' };
  const why: Record<number, string> = { 7: 'connection refused', 28: 'no answer within 2 s', 6: 'name does not resolve' };
  return { url: u, error: why[s.code] ?? `curl failed (exit ${s.code})` };
}

export function parseDirectorProbe(text: string, inv: Inventory): DirectorState {
  const s = parseSections(text);
  const ka = s.get('keepalived');
  const pid = ka?.code === 0 ? Number(/pid=(\d+)/.exec(ka.text)?.[1]) : undefined;
  const commandLine = ka?.code === 0 ? ka.text.split('\n').slice(1).join(' ').trim() : undefined;
  const keepalived: KeepalivedProcess = { running: ka?.code === 0 && !!pid, ...(pid ? { pid } : {}), ...(commandLine ? { commandLine } : {}), vrrpOnly: /(^|\s)(--vrrp|-P)(\s|$)/.test(commandLine ?? '') };
  let instances: VrrpInstanceState[] = [];
  const json = s.get('json');
  if (keepalived.running && json?.code === 0) instances = parseKeepalivedJson(json.text) ?? [];
  const data = s.get('data');
  if (keepalived.running && !instances.length && data?.code === 0) instances = parseKeepalivedData(data.text);
  const logText = s.get('log')?.text ?? '';
  if (keepalived.running && !instances.length) instances = statesFromLog(logText);
  if (!keepalived.running) instances = statesFromLog(logText).map((i) => ({ ...i, state: 'STOP' as const }));
  const addrs = parseIpOAddr(s.get('addr')?.text ?? '');
  const vips = vipsOn(addrs.filter((a) => a.ifname !== 'lo'), inv);
  const ipvsSection = s.get('ipvs');
  let ipvs: IpvsState;
  const reason = ipvsSection ? ipvsUnavailableReason(ipvsSection.code, ipvsSection.text) : 'ipvsadm was not run';
  if (reason || !ipvsSection || ipvsSection.code !== 0) ipvs = { available: false, reason: reason ?? `ipvsadm failed (exit ${ipvsSection?.code}): ${ipvsSection?.text.trim()}` };
  else {
    let table = parseIpvsList(ipvsSection.text);
    const st = s.get('ipvsstats');
    if (st?.code === 0) table = mergeIpvsStats(table, parseIpvsStats(st.text));
    ipvs = { available: true, table };
  }
  return {
    keepalived,
    instances,
    vips,
    holdsVip: vips.some((v) => v.present),
    ipvs,
    recentTransitions: logText.split('\n').filter(Boolean).slice(-10),
  };
}

export function parseRealServerProbe(text: string, host: LabHost, inv: Inventory): RealServerState {
  const s = parseSections(text);
  const addrs = parseIpOAddr(s.get('addr')?.text ?? '');
  const vipsOnLo = vipsOn(addrs, inv, 'lo');
  const vipPrefixProblems = vipsOnLo.filter((v) => v.present && v.actualPrefix !== undefined && v.actualPrefix !== (v.address.includes(':') ? 128 : 32))
    .map((v) => `The VIP ${v.address} is on lo as /${v.actualPrefix}: on a real server it must be /${v.address.includes(':') ? 128 : 32}, otherwise lo claims the whole ${v.address}/${v.actualPrefix} network and this host stops answering its neighbours there.`);
  const sys = parseSysctl(s.get('sysctl')?.text ?? '');
  const num = (k: string): number | undefined => (sys[k] === undefined ? undefined : Number(sys[k]));
  const arp: ArpSettings = {
    allIgnore: num('net.ipv4.conf.all.arp_ignore'),
    allAnnounce: num('net.ipv4.conf.all.arp_announce'),
    loIgnore: num('net.ipv4.conf.lo.arp_ignore'),
    loAnnounce: num('net.ipv4.conf.lo.arp_announce'),
  };
  // The kernel uses the larger of conf/all and conf/<dev> for both settings.
  const eff = (a?: number, b?: number): number => Math.max(a ?? 0, b ?? 0);
  const arpOk = eff(arp.allIgnore, arp.loIgnore) >= 1 && eff(arp.allAnnounce, arp.loAnnounce) >= 2;
  const port = inv.service.port;
  const vip = inv.service.vips[0];
  return {
    vipsOnLo,
    vipPrefixProblems,
    arp,
    arpOk,
    nginxRunning: s.get('nginx')?.code === 0,
    http: httpCheck(s.get('http'), url(host.address, port)),
    ...(vip ? { httpVip: httpCheck(s.get('httpvip'), url(vip.address, port)) } : {}),
  };
}

export function parseClientProbe(text: string, inv: Inventory): ClientState {
  const s = parseSections(text);
  return { vipChecks: inv.service.vips.map((v, i) => httpCheck(s.get(`vip${i}`), url(v.address, inv.service.port))) };
}
