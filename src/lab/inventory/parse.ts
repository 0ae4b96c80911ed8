// Reads keepalived-lab.yaml into an Inventory and reports every problem with its exact
// place in the file. Values that will reach a remote shell are checked strictly here.
import * as path from 'node:path';
import { isScalar, LineCounter, Node, parseDocument, YAMLMap } from 'yaml';
import { KaDiagnostic } from '../../language/types';
import { isHostAddress, isIpAddress, isIpv4, isInterfaceName, isLabName, isUserName } from '../shell';
import {
  ForwardingMethod, HOST_ROLES, HostRole, Inventory, LabHost, Protocol, ServiceSettings, SshSettings,
  STRICT_VALUES, Vip, VrrpSettings,
} from './types';
import { InventoryChecker } from './yamlNodes';

export const INVENTORY_FILE_NAME = 'keepalived-lab.yaml';

/** IPVS schedulers known to ipvsadm/keepalived. */
export const SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'lblcr', 'dh', 'sh', 'sed', 'nq', 'fo', 'ovf', 'mh', 'twos'] as const;

const TOP_KEYS = ['version', 'name', 'defaults', 'hosts', 'service'];
const DEFAULT_KEYS = ['ssh', 'interface'];
const HOST_KEYS = ['name', 'role', 'address', 'interface', 'ssh', 'director'];
const SSH_KEYS = ['host', 'user', 'port', 'identityFile', 'proxyJump', 'sshConfigHost', 'knownHostsFile', 'strictHostKeyChecking', 'useAgent', 'connectTimeout'];
const DIRECTOR_KEYS = ['priority', 'state'];
const SERVICE_KEYS = ['vips', 'port', 'protocol', 'scheduler', 'forwarding', 'vrrp'];
const VIP_KEYS = ['address', 'prefix'];
const VRRP_KEYS = ['vrid', 'advert_int', 'auth', 'instance', 'unicast'];
const AUTH_KEYS = ['type', 'pass'];

export interface InventoryResult {
  /** Present when the file has no errors (warnings allowed). */
  inventory?: Inventory;
  diagnostics: KaDiagnostic[];
}

export function parseInventory(text: string, file = INVENTORY_FILE_NAME): InventoryResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const c = new InventoryChecker(file, lineCounter, text.length);
  for (const e of doc.errors) {
    c.diagnostics.push({
      code: 'lab-yaml-syntax', severity: 'error', file,
      message: `YAML syntax: ${e.message.split('\n')[0]}`,
      range: c.rangeOfOffsets(e.pos[0], e.pos[1]),
    });
  }
  if (doc.errors.length) return { diagnostics: c.diagnostics };
  const root = c.map(doc.contents, 'The lab file', null);
  if (!root) return { diagnostics: c.diagnostics };
  c.onlyKeys(root, TOP_KEYS, 'the lab file');

  c.integer(root, 'version', 'the lab file', 1, 1);
  const nameNode = c.string(root, 'name', 'the lab file');
  let name = path.basename(path.dirname(path.resolve(file))) || 'lab';
  if (nameNode) {
    if (isLabName(nameNode.value)) name = nameNode.value;
    else c.report(nameNode.node, 'lab-invalid-value', `The lab name '${nameNode.value}' may hold only letters, digits, '.', '_' and '-'.`);
  }

  const defaultsNode = c.value(root, 'defaults');
  let defaults: { ssh: SshSettings; interface?: string } = { ssh: {} };
  if (defaultsNode != null) {
    const d = c.map(defaultsNode, "'defaults'", c.pair(root, 'defaults'));
    if (d) {
      c.onlyKeys(d, DEFAULT_KEYS, "'defaults'");
      defaults = { ssh: readSsh(c, d, "'defaults'"), interface: readInterface(c, d, "'defaults'") };
    }
  }

  const hosts: LabHost[] = [];
  const hostNodes = new Map<string, Node>();
  const hostsValue = c.value(root, 'hosts');
  if (hostsValue == null) c.report(c.pair(root, 'hosts') ?? root, 'lab-missing', "The lab file needs a 'hosts' list (client, directors, real servers).");
  else {
    const seq = c.seq(hostsValue, "'hosts'", c.pair(root, 'hosts'));
    for (const item of seq?.items ?? []) {
      const h = readHost(c, item, defaults);
      if (!h) continue;
      if (hostNodes.has(h.name)) c.report(item as Node, 'lab-duplicate', `Two hosts are named '${h.name}'; host names must be unique.`);
      hostNodes.set(h.name, item as Node);
      hosts.push(h);
    }
  }
  checkHosts(c, hosts, hostNodes);

  const serviceValue = c.value(root, 'service');
  let service: ServiceSettings | undefined;
  if (serviceValue == null) c.report(c.pair(root, 'service') ?? root, 'lab-missing', "The lab file needs a 'service' (VIP, port, VRRP settings).");
  else {
    const s = c.map(serviceValue, "'service'", c.pair(root, 'service'));
    if (s) service = readService(c, s, hosts);
  }

  if (c.hasErrors || !service) return { diagnostics: c.diagnostics };
  return { inventory: { file, name, hosts, service }, diagnostics: c.diagnostics };
}

function readInterface(c: InventoryChecker, m: YAMLMap, what: string): string | undefined {
  const s = c.string(m, 'interface', what);
  if (!s) return undefined;
  if (!isInterfaceName(s.value)) {
    c.report(s.node, 'lab-invalid-value', `'${s.value}' is not a valid interface name (at most 15 letters, digits, '_', '.', '-'; no spaces or shell characters).`);
    return undefined;
  }
  return s.value;
}

function readSsh(c: InventoryChecker, parent: YAMLMap, owner: string): SshSettings {
  const node = c.value(parent, 'ssh');
  if (node == null) return {};
  const m = c.map(node, `'ssh' of ${owner}`, c.pair(parent, 'ssh'));
  if (!m) return {};
  const what = `'ssh' of ${owner}`;
  c.onlyKeys(m, SSH_KEYS, what);
  const out: SshSettings = {};
  const host = c.string(m, 'host', what);
  if (host) {
    if (isHostAddress(host.value)) out.host = host.value;
    else c.report(host.node, 'lab-invalid-value', `'${host.value}' is not an IP address or host name.`);
  }
  const user = c.string(m, 'user', what);
  if (user) {
    if (isUserName(user.value)) out.user = user.value;
    else c.report(user.node, 'lab-invalid-value', `'${user.value}' is not a valid user name (letters, digits, '_', '.', '-', starting with a letter or '_').`);
  }
  const port = c.integer(m, 'port', what, 1, 65535);
  if (port) out.port = port.value;
  const ids = c.strings(m, 'identityFile', what);
  if (ids) out.identityFiles = ids.map((i) => i.value);
  const jump = c.string(m, 'proxyJump', what);
  if (jump) {
    if (jump.value.split(',').every((j) => /^([A-Za-z_][A-Za-z0-9_.-]*@)?[A-Za-z0-9_.:\-[\]]+$/.test(j.trim()))) out.proxyJump = jump.value;
    else c.report(jump.node, 'lab-invalid-value', `'proxyJump' must be a host name from this file, an ~/.ssh/config alias or [user@]host[:port] (comma-separated for a chain), not '${jump.value}'.`);
  }
  const alias = c.string(m, 'sshConfigHost', what);
  if (alias) {
    if (/^[A-Za-z0-9_.-]+$/.test(alias.value)) out.sshConfigHost = alias.value;
    else c.report(alias.node, 'lab-invalid-value', `'sshConfigHost' must be a Host alias from ~/.ssh/config (letters, digits, '_', '.', '-'), not '${alias.value}'.`);
  }
  const kh = c.strings(m, 'knownHostsFile', what);
  if (kh) out.knownHostsFiles = kh.map((k) => k.value);
  const strict = c.oneOf(m, 'strictHostKeyChecking', what, STRICT_VALUES);
  if (strict) out.strictHostKeyChecking = strict;
  const agent = c.boolean(m, 'useAgent', what);
  if (agent !== undefined) out.useAgent = agent;
  const timeout = c.number(m, 'connectTimeout', what, 0.1, 600);
  if (timeout) out.connectTimeoutMs = Math.round(timeout.value * 1000);
  return out;
}

function mergeSsh(defaults: SshSettings, own: SshSettings): SshSettings {
  const out: SshSettings = { ...defaults };
  for (const [k, v] of Object.entries(own)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function readHost(c: InventoryChecker, item: unknown, defaults: { ssh: SshSettings; interface?: string }): LabHost | undefined {
  const m = c.map(item, 'Each host', item as Node);
  if (!m) return undefined;
  c.onlyKeys(m, HOST_KEYS, 'a host');
  const name = c.string(m, 'name', 'Each host', { required: true, where: m });
  const label = name ? `host '${name.value}'` : 'this host';
  if (name && !isLabName(name.value)) c.report(name.node, 'lab-invalid-value', `The host name '${name.value}' may hold only letters, digits, '.', '_' and '-' (at most 63).`);
  const role = c.oneOf(m, 'role', label, HOST_ROLES as readonly HostRole[]);
  if (!c.pair(m, 'role')) c.report(m, 'lab-missing', `${capital(label)} needs a 'role': client, director or real.`);
  const address = c.string(m, 'address', label, { required: true, where: m });
  if (address && !isHostAddress(address.value)) {
    c.report(address.node, 'lab-invalid-value', `'${address.value}' is not an IP address or host name.`);
  }
  const iface = readInterface(c, m, label) ?? defaults.interface ?? 'eth0';
  const ssh = mergeSsh(defaults.ssh, readSsh(c, m, label));
  let director: LabHost['director'];
  const dNode = c.value(m, 'director');
  if (dNode != null) {
    const d = c.map(dNode, `'director' of ${label}`, c.pair(m, 'director'));
    if (d) {
      c.onlyKeys(d, DIRECTOR_KEYS, `'director' of ${label}`);
      director = {};
      const p = c.integer(d, 'priority', `'director' of ${label}`, 1, 255);
      if (p) director.priority = p.value;
      const st = c.oneOf(d, 'state', `'director' of ${label}`, ['MASTER', 'BACKUP'] as const);
      if (st) director.state = st;
      if (role && role !== 'director') c.report(c.pair(m, 'director'), 'lab-invalid-value', `'director' settings only apply to hosts with role director; ${label} is ${role}.`, 'warning');
    }
  }
  if (!name || !role || !address || !isHostAddress(address.value) || !isLabName(name.value)) return undefined;
  return { name: name.value, role, address: address.value, interface: iface, ssh, ...(director ? { director } : {}) };
}

function checkHosts(c: InventoryChecker, hosts: LabHost[], nodes: Map<string, Node>): void {
  const byAddress = new Map<string, string>();
  for (const h of hosts) {
    const key = `${h.address}:${h.ssh.port ?? 22}:${h.ssh.sshConfigHost ?? ''}`;
    const other = byAddress.get(key);
    if (other) c.report(nodes.get(h.name), 'lab-duplicate', `Hosts '${other}' and '${h.name}' have the same address ${h.address}.`, 'warning');
    byAddress.set(key, h.name);
    if (h.ssh.proxyJump) {
      for (const j of h.ssh.proxyJump.split(',').map((s) => s.trim())) {
        if (j === h.name) c.report(nodes.get(h.name), 'lab-reference', `Host '${h.name}' cannot jump through itself.`);
      }
    }
  }
  if (hosts.length && !hosts.some((h) => h.role === 'director')) {
    c.report(nodes.values().next().value, 'lab-missing', 'The lab has no host with role director; the keepalived views stay empty.', 'warning');
  }
}

function readService(c: InventoryChecker, s: YAMLMap, hosts: LabHost[]): ServiceSettings | undefined {
  c.onlyKeys(s, SERVICE_KEYS, "'service'");
  const vips: Vip[] = [];
  const vipsValue = c.value(s, 'vips');
  if (vipsValue == null) c.report(c.pair(s, 'vips') ?? s, 'lab-missing', "'service' needs 'vips': the virtual address(es), e.g. - 192.168.1.100/24.");
  else {
    const items = isScalar(vipsValue) ? [vipsValue] : c.seq(vipsValue, "'vips'", c.pair(s, 'vips'))?.items ?? [];
    for (const item of items) {
      const v = readVip(c, item);
      if (!v) continue;
      const clash = hosts.find((h) => h.address === v.address);
      if (clash) c.report(item as Node, 'lab-invalid-value', `The VIP ${v.address} is also the address of host '${clash.name}'; a VIP must be an address no host owns.`);
      vips.push(v);
    }
  }
  const port = c.integer(s, 'port', "'service'", 1, 65535)?.value ?? 80;
  const protocol = c.oneOf<Protocol>(s, 'protocol', "'service'", ['TCP', 'UDP', 'SCTP'], { caseInsensitive: true }) ?? 'TCP';
  const scheduler = c.oneOf(s, 'scheduler', "'service'", SCHEDULERS) ?? 'rr';
  const forwarding = c.oneOf<ForwardingMethod>(s, 'forwarding', "'service'", ['DR', 'NAT', 'TUN'], { caseInsensitive: true }) ?? 'DR';
  const vrrp = readVrrp(c, s);
  if (!vrrp) return undefined;
  return { vips, port, protocol, scheduler, forwarding, vrrp };
}

function readVip(c: InventoryChecker, item: unknown): Vip | undefined {
  if (isScalar(item)) {
    const text = String(item.value ?? '');
    const m = /^([^/\s]+)(?:\/(\d{1,3}))?$/.exec(text);
    if (!m || !isIpAddress(m[1])) {
      c.report(item, 'lab-invalid-value', `'${text}' is not an address with an optional /prefix (e.g. 192.168.1.100/24).`);
      return undefined;
    }
    const max = isIpv4(m[1]) ? 32 : 128;
    const prefix = m[2] === undefined ? max : Number(m[2]);
    if (prefix < 1 || prefix > max) {
      c.report(item, 'lab-invalid-value', `The prefix /${m[2]} of ${m[1]} must be from 1 to ${max}.`);
      return undefined;
    }
    return { address: m[1], prefix };
  }
  const m = c.map(item, 'Each VIP', item as Node);
  if (!m) return undefined;
  c.onlyKeys(m, VIP_KEYS, 'a VIP');
  const address = c.string(m, 'address', 'Each VIP', { required: true, where: m });
  if (!address) return undefined;
  if (!isIpAddress(address.value)) {
    c.report(address.node, 'lab-invalid-value', `'${address.value}' is not an IP address.`);
    return undefined;
  }
  const max = isIpv4(address.value) ? 32 : 128;
  const prefix = c.integer(m, 'prefix', `VIP ${address.value}`, 1, max);
  if (c.pair(m, 'prefix') && !prefix) return undefined;
  return { address: address.value, prefix: prefix?.value ?? max };
}

function readVrrp(c: InventoryChecker, s: YAMLMap): VrrpSettings | undefined {
  const node = c.value(s, 'vrrp');
  if (node == null) {
    c.report(c.pair(s, 'vrrp') ?? s, 'lab-missing', "'service' needs 'vrrp' with at least 'vrid' (keepalived's virtual_router_id).");
    return undefined;
  }
  const m = c.map(node, "'vrrp'", c.pair(s, 'vrrp'));
  if (!m) return undefined;
  c.onlyKeys(m, VRRP_KEYS, "'vrrp'");
  const vrid = c.integer(m, 'vrid', "'vrrp'", 1, 255, { required: true, where: m });
  const advert = c.number(m, 'advert_int', "'vrrp'", 0.01, 255);
  const instance = c.string(m, 'instance', "'vrrp'");
  if (instance && !/^[A-Za-z0-9_.-]+$/.test(instance.value)) c.report(instance.node, 'lab-invalid-value', `The instance name '${instance.value}' may hold only letters, digits, '_', '.', '-'.`);
  const unicast = c.boolean(m, 'unicast', "'vrrp'") ?? false;
  let auth: VrrpSettings['auth'];
  const authNode = c.value(m, 'auth');
  if (authNode != null) {
    const a = c.map(authNode, "'auth'", c.pair(m, 'auth'));
    if (a) {
      c.onlyKeys(a, AUTH_KEYS, "'auth'");
      const type = c.oneOf(a, 'type', "'auth'", ['PASS', 'AH'] as const, { caseInsensitive: true }) ?? 'PASS';
      const pass = c.string(a, 'pass', "'auth'", { required: true, where: a });
      if (pass) {
        if (pass.value.length > 8) {
          c.report(pass.node, 'lab-auth-pass-long', `keepalived uses only the first 8 characters of auth_pass ('${pass.value.slice(0, 8)}'); the rest is cut off.`, 'warning');
        }
        if (/[\s"'#!{}\\]/.test(pass.value)) c.report(pass.node, 'lab-invalid-value', "The VRRP password may not hold spaces, quotes, '#', '!', braces or backslashes (keepalived would split or cut it).");
        else auth = { type, pass: pass.value };
      }
    }
  }
  if (!vrid) return undefined;
  return { vrid: vrid.value, advertInt: advert?.value ?? 1, auth, instance: instance?.value ?? 'VI_1', unicast };
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
