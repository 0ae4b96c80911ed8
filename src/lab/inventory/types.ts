// The lab as described by keepalived-lab.yaml, after validation and defaults.

export type HostRole = 'client' | 'director' | 'real';
export const HOST_ROLES: readonly HostRole[] = ['client', 'director', 'real'];

export type StrictHostKeyChecking = 'yes' | 'ask' | 'accept-new' | 'no';
export const STRICT_VALUES: readonly StrictHostKeyChecking[] = ['yes', 'ask', 'accept-new', 'no'];

/** How to reach a host over SSH. Missing fields come from ~/.ssh/config, then from OpenSSH's defaults. */
export interface SshSettings {
  /** Where to connect when it is not the lab address (Vagrant's forwarded 127.0.0.1, a DNS name). */
  host?: string;
  user?: string;
  port?: number;
  /** Private key files, `~` expanded later. */
  identityFiles?: string[];
  /** Another inventory host name, an ~/.ssh/config alias or `[user@]host[:port]`; comma-separated for a chain. */
  proxyJump?: string;
  /** An ~/.ssh/config `Host` alias whose settings apply (HostName, User, Port, IdentityFile, ProxyJump...). */
  sshConfigHost?: string;
  /** Extra known_hosts files read before the user's own (the namespace lab writes one). */
  knownHostsFiles?: string[];
  strictHostKeyChecking?: StrictHostKeyChecking;
  /** Use the SSH agent ($SSH_AUTH_SOCK) when it is there (default true). */
  useAgent?: boolean;
  connectTimeoutMs?: number;
}

export interface DirectorSettings {
  /** VRRP priority this director should get in generated configs. */
  priority?: number;
  /** Initial VRRP state for generated configs. */
  state?: 'MASTER' | 'BACKUP';
}

export interface LabHost {
  name: string;
  role: HostRole;
  /** Address on the lab network (what other lab hosts and keepalived use). */
  address: string;
  /** The interface carrying the lab network (VRRP, VIP). */
  interface: string;
  ssh: SshSettings;
  director?: DirectorSettings;
}

export type ForwardingMethod = 'DR' | 'NAT' | 'TUN';
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface Vip {
  address: string;
  prefix: number;
}

export interface VrrpSettings {
  vrid: number;
  advertInt: number;
  /** keepalived `auth_type` (PASS or AH); absent when the lab uses no VRRP authentication. */
  auth?: { type: 'PASS' | 'AH'; pass: string };
  /** Instance name used in generated configs (default VI_1). */
  instance: string;
  unicast: boolean;
}

export interface ServiceSettings {
  vips: Vip[];
  port: number;
  protocol: Protocol;
  scheduler: string;
  forwarding: ForwardingMethod;
  vrrp: VrrpSettings;
}

export interface Inventory {
  /** File the inventory was read from (absolute), or '' for one built in memory. */
  file: string;
  name: string;
  hosts: LabHost[];
  service: ServiceSettings;
}

export function hostsByRole(inv: Inventory, role: HostRole): LabHost[] {
  return inv.hosts.filter((h) => h.role === role);
}
