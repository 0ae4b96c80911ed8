// Reads keepalived-lab.yaml into an Inventory and reports every problem with its exact
// place in the file. Values that will reach a remote shell are checked strictly here.
import * as path from 'node:path';
import { isScalar, LineCounter, Node, parseDocument, YAMLError, YAMLMap } from 'yaml';
import type { Lang } from '../../language/i18n';
import { KaDiagnostic } from '../../language/types';
import { isHostAddress, isIpAddress, isIpv4, isInterfaceName, isLabName, isUserName } from '../shell';
import {
  ForwardingMethod, HOST_ROLES, HostRole, Inventory, LabHost, Protocol, ServiceSettings, SshSettings,
  STRICT_VALUES, Vip, VrrpSettings,
} from './types';
import { InventoryStrings } from './i18n';
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

export interface ParseInventoryOptions {
  /** The name the diagnostics carry (default keepalived-lab.yaml). */
  file?: string;
  /** The language of the messages (default en). */
  lang?: Lang;
}

/** `fileOrOptions` is the file name, or options with the file name and the message language. */
export function parseInventory(text: string, fileOrOptions: string | ParseInventoryOptions = {}): InventoryResult {
  const opts = typeof fileOrOptions === 'string' ? { file: fileOrOptions } : fileOrOptions;
  const file = opts.file ?? INVENTORY_FILE_NAME;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const c = new InventoryChecker(file, lineCounter, text.length, opts.lang);
  const t = c.t;
  for (const e of doc.errors) {
    c.diagnostics.push({
      code: 'lab-yaml-syntax', severity: 'error', file,
      message: t.yamlSyntax(yamlMessage(e, t)),
      range: c.rangeOfOffsets(e.pos[0], e.pos[1]),
    });
  }
  if (doc.errors.length) return { diagnostics: c.diagnostics };
  const root = c.map(doc.contents, t.labFileCap, null);
  if (!root) return { diagnostics: c.diagnostics };
  c.onlyKeys(root, TOP_KEYS, t.labFile);

  c.integer(root, 'version', t.labFile, 1, 1);
  const nameNode = c.string(root, 'name', t.labFile);
  let name = path.basename(path.dirname(path.resolve(file))) || 'lab';
  if (nameNode) {
    if (isLabName(nameNode.value)) name = nameNode.value;
    else c.report(nameNode.node, 'lab-invalid-value', t.badLabName(nameNode.value));
  }

  const defaultsNode = c.value(root, 'defaults');
  let defaults: { ssh: SshSettings; interface?: string } = { ssh: {} };
  if (defaultsNode != null) {
    const d = c.map(defaultsNode, t.defaults, c.pair(root, 'defaults'));
    if (d) {
      c.onlyKeys(d, DEFAULT_KEYS, t.defaults);
      defaults = { ssh: readSsh(c, d, t.defaults), interface: readInterface(c, d, t.defaults) };
    }
  }

  const hosts: LabHost[] = [];
  const hostNodes = new Map<string, Node>();
  const hostsValue = c.value(root, 'hosts');
  if (hostsValue == null) c.report(c.pair(root, 'hosts') ?? root, 'lab-missing', t.needsHosts);
  else {
    const seq = c.seq(hostsValue, t.hosts, c.pair(root, 'hosts'));
    for (const item of seq?.items ?? []) {
      const h = readHost(c, item, defaults);
      if (!h) continue;
      if (hostNodes.has(h.name)) c.report(item as Node, 'lab-duplicate', t.duplicateHost(h.name));
      hostNodes.set(h.name, item as Node);
      hosts.push(h);
    }
  }
  checkHosts(c, hosts, hostNodes);

  const serviceValue = c.value(root, 'service');
  let service: ServiceSettings | undefined;
  if (serviceValue == null) c.report(c.pair(root, 'service') ?? root, 'lab-missing', t.needsService);
  else {
    const s = c.map(serviceValue, t.service, c.pair(root, 'service'));
    if (s) service = readService(c, s, hosts);
  }

  if (c.hasErrors || !service) return { diagnostics: c.diagnostics };
  return { inventory: { file, name, hosts, service }, diagnostics: c.diagnostics };
}

function readInterface(c: InventoryChecker, m: YAMLMap, what: string): string | undefined {
  const s = c.string(m, 'interface', what);
  if (!s) return undefined;
  if (!isInterfaceName(s.value)) {
    c.report(s.node, 'lab-invalid-value', c.t.badInterface(s.value));
    return undefined;
  }
  return s.value;
}

function readSsh(c: InventoryChecker, parent: YAMLMap, owner: string): SshSettings {
  const node = c.value(parent, 'ssh');
  if (node == null) return {};
  const what = c.t.sshOf(owner);
  const m = c.map(node, what, c.pair(parent, 'ssh'));
  if (!m) return {};
  c.onlyKeys(m, SSH_KEYS, what);
  const out: SshSettings = {};
  const host = c.string(m, 'host', what);
  if (host) {
    if (isHostAddress(host.value)) out.host = host.value;
    else c.report(host.node, 'lab-invalid-value', c.t.notHostAddress(host.value));
  }
  const user = c.string(m, 'user', what);
  if (user) {
    if (isUserName(user.value)) out.user = user.value;
    else c.report(user.node, 'lab-invalid-value', c.t.badUser(user.value));
  }
  const port = c.integer(m, 'port', what, 1, 65535);
  if (port) out.port = port.value;
  const ids = c.strings(m, 'identityFile', what);
  if (ids) out.identityFiles = ids.map((i) => i.value);
  const jump = c.string(m, 'proxyJump', what);
  if (jump) {
    if (jump.value.split(',').every((j) => /^([A-Za-z_][A-Za-z0-9_.-]*@)?[A-Za-z0-9_.:\-[\]]+$/.test(j.trim()))) out.proxyJump = jump.value;
    else c.report(jump.node, 'lab-invalid-value', c.t.badProxyJump(jump.value));
  }
  const alias = c.string(m, 'sshConfigHost', what);
  if (alias) {
    if (/^[A-Za-z0-9_.-]+$/.test(alias.value)) out.sshConfigHost = alias.value;
    else c.report(alias.node, 'lab-invalid-value', c.t.badSshConfigHost(alias.value));
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
  const t = c.t;
  const m = c.map(item, t.eachHost, item as Node);
  if (!m) return undefined;
  c.onlyKeys(m, HOST_KEYS, t.aHost);
  const name = c.string(m, 'name', t.eachHost, { required: true, where: m });
  const label = name ? t.hostNamed(name.value) : t.thisHost;
  if (name && !isLabName(name.value)) c.report(name.node, 'lab-invalid-value', t.badHostName(name.value));
  const role = c.oneOf(m, 'role', label, HOST_ROLES as readonly HostRole[]);
  if (!c.pair(m, 'role')) c.report(m, 'lab-missing', t.needsRole(label));
  const address = c.string(m, 'address', label, { required: true, where: m });
  if (address && !isHostAddress(address.value)) {
    c.report(address.node, 'lab-invalid-value', t.notHostAddress(address.value));
  }
  const iface = readInterface(c, m, label) ?? defaults.interface ?? 'eth0';
  const ssh = mergeSsh(defaults.ssh, readSsh(c, m, label));
  let director: LabHost['director'];
  const dNode = c.value(m, 'director');
  if (dNode != null) {
    const dWhat = t.directorOf(label);
    const d = c.map(dNode, dWhat, c.pair(m, 'director'));
    if (d) {
      c.onlyKeys(d, DIRECTOR_KEYS, dWhat);
      director = {};
      const p = c.integer(d, 'priority', dWhat, 1, 255);
      if (p) director.priority = p.value;
      const st = c.oneOf(d, 'state', dWhat, ['MASTER', 'BACKUP'] as const);
      if (st) director.state = st;
      if (role && role !== 'director') c.report(c.pair(m, 'director'), 'lab-invalid-value', t.directorNotDirector(label, role), 'warning');
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
    if (other) c.report(nodes.get(h.name), 'lab-duplicate', c.t.sameAddress(other, h.name, h.address), 'warning');
    byAddress.set(key, h.name);
    if (h.ssh.proxyJump) {
      for (const j of h.ssh.proxyJump.split(',').map((s) => s.trim())) {
        if (j === h.name) c.report(nodes.get(h.name), 'lab-reference', c.t.jumpSelf(h.name));
      }
    }
  }
  if (hosts.length && !hosts.some((h) => h.role === 'director')) {
    c.report(nodes.values().next().value, 'lab-missing', c.t.noDirector, 'warning');
  }
}

function readService(c: InventoryChecker, s: YAMLMap, hosts: LabHost[]): ServiceSettings | undefined {
  const t = c.t;
  c.onlyKeys(s, SERVICE_KEYS, t.service);
  const vips: Vip[] = [];
  const vipsValue = c.value(s, 'vips');
  if (vipsValue == null) c.report(c.pair(s, 'vips') ?? s, 'lab-missing', t.needsVips);
  else {
    const items = isScalar(vipsValue) ? [vipsValue] : c.seq(vipsValue, t.vips, c.pair(s, 'vips'))?.items ?? [];
    for (const item of items) {
      const v = readVip(c, item);
      if (!v) continue;
      const clash = hosts.find((h) => h.address === v.address);
      if (clash) c.report(item as Node, 'lab-invalid-value', t.vipIsHost(v.address, clash.name));
      vips.push(v);
    }
  }
  const port = c.integer(s, 'port', t.service, 1, 65535)?.value ?? 80;
  const protocol = c.oneOf<Protocol>(s, 'protocol', t.service, ['TCP', 'UDP', 'SCTP'], { caseInsensitive: true }) ?? 'TCP';
  const scheduler = c.oneOf(s, 'scheduler', t.service, SCHEDULERS) ?? 'rr';
  const forwarding = c.oneOf<ForwardingMethod>(s, 'forwarding', t.service, ['DR', 'NAT', 'TUN'], { caseInsensitive: true }) ?? 'DR';
  const vrrp = readVrrp(c, s);
  if (!vrrp) return undefined;
  return { vips, port, protocol, scheduler, forwarding, vrrp };
}

function readVip(c: InventoryChecker, item: unknown): Vip | undefined {
  if (isScalar(item)) {
    const text = String(item.value ?? '');
    const m = /^([^/\s]+)(?:\/(\d{1,3}))?$/.exec(text);
    if (!m || !isIpAddress(m[1])) {
      c.report(item, 'lab-invalid-value', c.t.badVip(text));
      return undefined;
    }
    const max = isIpv4(m[1]) ? 32 : 128;
    const prefix = m[2] === undefined ? max : Number(m[2]);
    if (prefix < 1 || prefix > max) {
      c.report(item, 'lab-invalid-value', c.t.badPrefix(m[2], m[1], max));
      return undefined;
    }
    return { address: m[1], prefix };
  }
  const m = c.map(item, c.t.eachVip, item as Node);
  if (!m) return undefined;
  c.onlyKeys(m, VIP_KEYS, c.t.aVip);
  const address = c.string(m, 'address', c.t.eachVip, { required: true, where: m });
  if (!address) return undefined;
  if (!isIpAddress(address.value)) {
    c.report(address.node, 'lab-invalid-value', c.t.notIp(address.value));
    return undefined;
  }
  const max = isIpv4(address.value) ? 32 : 128;
  const prefix = c.integer(m, 'prefix', c.t.vipAt(address.value), 1, max);
  if (c.pair(m, 'prefix') && !prefix) return undefined;
  return { address: address.value, prefix: prefix?.value ?? max };
}

function readVrrp(c: InventoryChecker, s: YAMLMap): VrrpSettings | undefined {
  const t = c.t;
  const node = c.value(s, 'vrrp');
  if (node == null) {
    c.report(c.pair(s, 'vrrp') ?? s, 'lab-missing', t.needsVrrp);
    return undefined;
  }
  const m = c.map(node, t.vrrp, c.pair(s, 'vrrp'));
  if (!m) return undefined;
  c.onlyKeys(m, VRRP_KEYS, t.vrrp);
  const vrid = c.integer(m, 'vrid', t.vrrp, 1, 255, { required: true, where: m });
  const advert = c.number(m, 'advert_int', t.vrrp, 0.01, 255);
  const instance = c.string(m, 'instance', t.vrrp);
  if (instance && !/^[A-Za-z0-9_.-]+$/.test(instance.value)) c.report(instance.node, 'lab-invalid-value', t.badInstance(instance.value));
  const unicast = c.boolean(m, 'unicast', t.vrrp) ?? false;
  let auth: VrrpSettings['auth'];
  const authNode = c.value(m, 'auth');
  if (authNode != null) {
    const a = c.map(authNode, t.auth, c.pair(m, 'auth'));
    if (a) {
      c.onlyKeys(a, AUTH_KEYS, t.auth);
      const type = c.oneOf(a, 'type', t.auth, ['PASS', 'AH'] as const, { caseInsensitive: true }) ?? 'PASS';
      const pass = c.string(a, 'pass', t.auth, { required: true, where: a });
      if (pass) {
        if (pass.value.length > 8) {
          c.report(pass.node, 'lab-auth-pass-long', t.passTooLong(pass.value.slice(0, 8)), 'warning');
        }
        if (/[\s"'#!{}\\]/.test(pass.value)) c.report(pass.node, 'lab-invalid-value', t.badPass);
        else auth = { type, pass: pass.value };
      }
    }
  }
  if (!vrid) return undefined;
  return { vrid: vrid.value, advertInt: advert?.value ?? 1, auth, instance: instance?.value ?? 'VI_1', unicast };
}

/** The yaml package's first line for en; for other languages our own sentence for the error kinds we know. */
function yamlMessage(e: YAMLError, t: InventoryStrings): string {
  const first = e.message.split('\n')[0];
  return t.yamlErrors[e.code as keyof InventoryStrings['yamlErrors']] ?? first;
}
