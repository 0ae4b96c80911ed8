// Where and how to connect for an inventory host: its own settings, then ~/.ssh/config
// (read with the ssh-config package), then OpenSSH's defaults; ProxyJump hops resolved
// the same way (a hop may name another inventory host).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Inventory, LabHost, StrictHostKeyChecking } from '../inventory/types';
import { isHostAddress, isUserName } from '../shell';
import type { Lang } from '../../language/i18n';
import { SshError } from './errors';
import { sshTexts } from './i18n';
import { parseSshConfig, SshConfigDoc } from './sshConfigLib';
import { expandHome } from './hostKeys';

export interface SshTarget {
  /** Name shown in messages: the inventory host name or the jump spec. */
  label: string;
  host: string;
  port: number;
  user: string;
  identityFiles: string[];
  /** ssh config IdentitiesOnly: offer only the identity files, not every agent key. */
  identitiesOnly: boolean;
  knownHostsFiles: string[];
  strict: StrictHostKeyChecking;
  useAgent: boolean;
  connectTimeoutMs: number;
  /** Name used for known_hosts lookups instead of host (ssh config HostKeyAlias). */
  hostKeyAlias?: string;
  /** Jump hosts, outermost first. */
  jumps: SshTarget[];
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

export function defaultSshConfigPath(): string {
  return path.join(os.homedir(), '.ssh', 'config');
}

/** Reads an OpenSSH client config; a missing file is an empty config. */
export function loadSshConfig(file = defaultSshConfigPath(), lang?: Lang): SshConfigDoc {
  try {
    return parseSshConfig(fs.readFileSync(expandHome(file), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return parseSshConfig('');
    throw new SshError('config', sshTexts(lang).configUnreadable(file, (e as Error).message));
  }
}

type Computed = Record<string, string | string[]>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function list(v: string | string[] | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/\s+/)).filter(Boolean);
}

function strictFrom(v: string | undefined): StrictHostKeyChecking | undefined {
  switch (v?.toLowerCase()) {
    case 'yes':
      return 'yes';
    case 'ask':
      return 'ask';
    case 'accept-new':
      return 'accept-new';
    case 'no':
    case 'off':
      return 'no';
    default:
      return undefined;
  }
}

function compute(config: SshConfigDoc, host: string, user?: string): Computed {
  // Match exec would run commands from the config file: never while resolving a lab host.
  return config.compute({ Host: host, ...(user ? { User: user } : {}) }, { ignoreCase: true, matchExec: false });
}

/** Replaces the %h / %% tokens OpenSSH allows in HostName. */
function tokens(value: string, original: string): string {
  return value.replace(/%(.)/g, (_, c: string) => (c === 'h' ? original : c === '%' ? '%' : `%${c}`));
}

interface Overrides {
  label: string;
  host?: string;
  user?: string;
  port?: number;
  identityFiles?: string[];
  knownHostsFiles?: string[];
  strict?: StrictHostKeyChecking;
  useAgent?: boolean;
  connectTimeoutMs?: number;
  proxyJump?: string;
}

export interface ResolveContext {
  sshConfig: SshConfigDoc;
  inventory?: Inventory;
  /** Local user name (OpenSSH's default login user). */
  localUser?: string;
  /** Language of the errors (default English). */
  lang?: Lang;
}

function resolve(name: string, o: Overrides, ctx: ResolveContext, depth: number): SshTarget {
  const tr = sshTexts(ctx.lang);
  if (depth > 8) throw new SshError('config', tr.jumpLoop(o.label), o.label);
  const cfg = compute(ctx.sshConfig, name, o.user);
  const host = o.host ?? (first(cfg.hostname) ? tokens(first(cfg.hostname)!, name) : name);
  if (!isHostAddress(host)) throw new SshError('config', tr.badAddress(host, o.label), o.label);
  const user = o.user ?? first(cfg.user) ?? ctx.localUser ?? os.userInfo().username;
  if (!isUserName(user)) throw new SshError('config', tr.badUser(user, o.label), o.label);
  const portText = first(cfg.port);
  const port = o.port ?? (portText ? Number(portText) : 22);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new SshError('config', tr.badPort(portText, o.label), o.label);
  const cfgTimeout = first(cfg.connecttimeout);
  const identitiesOnly = first(cfg.identitiesonly)?.toLowerCase() === 'yes';
  const jumpSpec = o.proxyJump ?? first(cfg.proxyjump);
  const jumps = jumpSpec && jumpSpec.toLowerCase() !== 'none' ? resolveJumps(jumpSpec, o.label, ctx, depth + 1) : [];
  return {
    label: o.label,
    host,
    port,
    user,
    identityFiles: (o.identityFiles ?? list(cfg.identityfile) ?? []).map((f) => expandHome(f)),
    identitiesOnly,
    knownHostsFiles: [
      ...(o.knownHostsFiles ?? []),
      ...(list(cfg.userknownhostsfile) ?? ['~/.ssh/known_hosts', '~/.ssh/known_hosts2']),
      ...(list(cfg.globalknownhostsfile) ?? ['/etc/ssh/ssh_known_hosts', '/etc/ssh/ssh_known_hosts2']),
    ].map((f) => expandHome(f)),
    strict: o.strict ?? strictFrom(first(cfg.stricthostkeychecking)) ?? 'ask',
    useAgent: o.useAgent ?? !identitiesOnly,
    connectTimeoutMs: o.connectTimeoutMs ?? (cfgTimeout ? Number(cfgTimeout) * 1000 : DEFAULT_CONNECT_TIMEOUT_MS),
    ...(first(cfg.hostkeyalias) ? { hostKeyAlias: first(cfg.hostkeyalias) } : {}),
    jumps,
  };
}

function resolveJumps(spec: string, label: string, ctx: ResolveContext, depth: number): SshTarget[] {
  return spec.split(',').map((s) => s.trim()).filter(Boolean).flatMap((hop) => {
    const invHost = ctx.inventory?.hosts.find((h) => h.name === hop);
    if (invHost) {
      const t = targetFor(invHost, ctx, depth);
      return [...t.jumps, { ...t, jumps: [] }];
    }
    const m = /^(?:([^@]+)@)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hop);
    if (!m) throw new SshError('config', sshTexts(ctx.lang).badJump(hop, label), label);
    const name = m[2].replace(/^\[|\]$/g, '');
    const t = resolve(name, { label: sshTexts(ctx.lang).jumpLabel(hop), user: m[1], port: m[3] ? Number(m[3]) : undefined }, ctx, depth);
    return [...t.jumps, { ...t, jumps: [] }];
  });
}

function targetFor(h: LabHost, ctx: ResolveContext, depth: number): SshTarget {
  const s = h.ssh;
  const name = s.sshConfigHost ?? s.host ?? h.address;
  return resolve(name, {
    label: h.name,
    host: s.sshConfigHost ? s.host : s.host ?? h.address,
    user: s.user,
    port: s.port,
    identityFiles: s.identityFiles,
    knownHostsFiles: s.knownHostsFiles,
    strict: s.strictHostKeyChecking,
    useAgent: s.useAgent,
    connectTimeoutMs: s.connectTimeoutMs,
    proxyJump: s.proxyJump,
  }, ctx, depth);
}

/** The connection settings of an inventory host. */
export function resolveTarget(h: LabHost, ctx: ResolveContext): SshTarget {
  return targetFor(h, ctx, 0);
}

/** A stable key for pooling: the same user, host, port and jump chain share one connection. */
export function targetKey(t: SshTarget): string {
  return [...t.jumps, t].map((x) => `${x.user}@${x.host}:${x.port}`).join('>');
}
