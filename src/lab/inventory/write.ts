// Turns an Inventory back into keepalived-lab.yaml text (for the generators), with
// optional comments above hosts. Only fields that differ from the defaults are written.
import { Document, isMap, isSeq, YAMLMap } from 'yaml';
import { Inventory, LabHost, SshSettings } from './types';

export interface WriteOptions {
  /** Comment lines at the top of the file (without '#'). */
  header?: string[];
  /** Comment above a host's entry, by host name. */
  hostComments?: Record<string, string>;
  /** Comment above the service section. */
  serviceComment?: string;
}

function sshToPlain(s: SshSettings): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  if (s.host) out.host = s.host;
  if (s.user) out.user = s.user;
  if (s.port !== undefined && s.port !== 22) out.port = s.port;
  if (s.identityFiles?.length) out.identityFile = s.identityFiles.length === 1 ? s.identityFiles[0] : s.identityFiles;
  if (s.proxyJump) out.proxyJump = s.proxyJump;
  if (s.sshConfigHost) out.sshConfigHost = s.sshConfigHost;
  if (s.knownHostsFiles?.length) out.knownHostsFile = s.knownHostsFiles.length === 1 ? s.knownHostsFiles[0] : s.knownHostsFiles;
  if (s.strictHostKeyChecking) out.strictHostKeyChecking = s.strictHostKeyChecking;
  if (s.useAgent !== undefined) out.useAgent = s.useAgent;
  if (s.connectTimeoutMs !== undefined) out.connectTimeout = s.connectTimeoutMs / 1000;
  return Object.keys(out).length ? out : undefined;
}

/** Settings shared by every host go to `defaults`, so the file stays short. */
function commonSsh(hosts: LabHost[]): SshSettings {
  if (!hosts.length) return {};
  const common: Record<string, unknown> = {};
  const first = hosts[0].ssh as Record<string, unknown>;
  for (const [k, v] of Object.entries(first)) {
    if (k === 'host') continue;
    if (hosts.every((h) => JSON.stringify((h.ssh as Record<string, unknown>)[k]) === JSON.stringify(v))) common[k] = v;
  }
  return common as SshSettings;
}

function withoutCommon(s: SshSettings, common: SshSettings): SshSettings {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (JSON.stringify((common as Record<string, unknown>)[k]) !== JSON.stringify(v)) out[k] = v;
  }
  return out as SshSettings;
}

export function inventoryToYaml(inv: Inventory, opts: WriteOptions = {}): string {
  const common = commonSsh(inv.hosts);
  const ifaces = new Set(inv.hosts.map((h) => h.interface));
  const commonIface = ifaces.size === 1 ? [...ifaces][0] : undefined;
  const defaults: Record<string, unknown> = {};
  if (commonIface) defaults.interface = commonIface;
  const commonPlain = sshToPlain(common);
  if (commonPlain) defaults.ssh = commonPlain;
  const v = inv.service.vrrp;
  const plain: Record<string, unknown> = {
    version: 1,
    name: inv.name,
    ...(Object.keys(defaults).length ? { defaults } : {}),
    hosts: inv.hosts.map((h) => {
      const o: Record<string, unknown> = { name: h.name, role: h.role, address: h.address };
      if (!commonIface) o.interface = h.interface;
      const ssh = sshToPlain(withoutCommon(h.ssh, common));
      if (ssh) o.ssh = ssh;
      if (h.director && (h.director.priority !== undefined || h.director.state)) o.director = { ...h.director };
      return o;
    }),
    service: {
      vips: inv.service.vips.map((x) => `${x.address}/${x.prefix}`),
      port: inv.service.port,
      protocol: inv.service.protocol,
      scheduler: inv.service.scheduler,
      forwarding: inv.service.forwarding,
      vrrp: {
        vrid: v.vrid,
        advert_int: v.advertInt,
        ...(v.instance !== 'VI_1' ? { instance: v.instance } : {}),
        ...(v.unicast ? { unicast: true } : {}),
        ...(v.auth ? { auth: { type: v.auth.type, pass: v.auth.pass } } : {}),
      },
    },
  };
  const doc = new Document(plain);
  if (opts.header?.length) doc.commentBefore = opts.header.map((l) => ' ' + l).join('\n');
  const root = doc.contents as YAMLMap;
  const hostsNode = root.get('hosts', true);
  if (isSeq(hostsNode)) {
    hostsNode.items.forEach((item, i) => {
      const c = opts.hostComments?.[inv.hosts[i].name];
      if (c && isMap(item)) item.commentBefore = ' ' + c;
    });
  }
  if (opts.serviceComment) {
    const pair = root.items.find((p) => (p.key as { value?: unknown })?.value === 'service');
    if (pair) (pair.key as { commentBefore?: string }).commentBefore = ' ' + opts.serviceComment;
  }
  return doc.toString({ lineWidth: 0 });
}
