// Generators of lab files: the seed lab's template (the Vagrant lab of the student's
// report) and the inventory of a `vagrant ssh-config` output.
import { isHostAddress, isLabName } from '../shell';
import { DIRECTIVE, parseSshConfig, SshConfigLine } from '../ssh/sshConfigLib';
import { HostRole, Inventory, LabHost } from './types';
import { inventoryToYaml } from './write';

/** The seed lab: client, two directors, two nginx real servers and a VIP, as in the report. */
export function seedLabInventory(): Inventory {
  const ssh = { user: 'vagrant' };
  const host = (name: string, role: HostRole, address: string, director?: LabHost['director']): LabHost =>
    ({ name, role, address, interface: 'eth1', ssh: { ...ssh }, ...(director ? { director } : {}) });
  return {
    file: '',
    name: 'seed-lab',
    hosts: [
      host('netology5', 'client', '192.168.1.50'),
      host('netology1', 'director', '192.168.1.10', { state: 'MASTER', priority: 100 }),
      host('netology3', 'director', '192.168.1.30', { state: 'BACKUP', priority: 50 }),
      host('netology2', 'real', '192.168.1.13'),
      host('netology4', 'real', '192.168.1.40'),
    ],
    service: {
      vips: [{ address: '192.168.1.100', prefix: 24 }],
      port: 80,
      protocol: 'TCP',
      scheduler: 'rr',
      forwarding: 'DR',
      vrrp: { vrid: 33, advertInt: 1, instance: 'VI_1', unicast: false, auth: { type: 'PASS', pass: 'netology' } },
    },
  };
}

export function seedLabYaml(): string {
  return inventoryToYaml(seedLabInventory(), {
    header: [
      'keepalived-lab.yaml: the lab of the seed report (Vagrant, VirtualBox internal network).',
      'Directors netology1/netology3 share the VIP with VRRP; nginx runs on netology2/netology4.',
      'Reach the VMs through `vagrant ssh-config` instead: keepalived-lab lab init --vagrant FILE.',
    ],
    hostComments: {
      netology1: 'director: keepalived MASTER (the report wrote "priority 100 / 50": 100 here, 50 on netology3)',
      netology2: 'real server: nginx, VIP on lo with arp_ignore=1 / arp_announce=2',
    },
    serviceComment: 'The report used auth_pass netology_secret; keepalived keeps only the first 8 characters.',
  });
}

export interface VagrantOptions {
  /** Role by machine name; otherwise guessed from the name (lb/director → director, web/nginx/real → real, client). */
  roles?: Record<string, HostRole>;
  /** Lab network address by machine name (vagrant ssh-config only shows the SSH forward). */
  addresses?: Record<string, string>;
  name?: string;
}

export interface VagrantHost {
  name: string;
  hostName: string;
  user?: string;
  port?: number;
  identityFiles: string[];
  strictHostKeyChecking?: string;
  userKnownHostsFile?: string;
}

/** Parses `vagrant ssh-config` output (an OpenSSH config with one Host block per machine). */
export function parseVagrantSshConfig(text: string): VagrantHost[] {
  const config = parseSshConfig(text);
  const out: VagrantHost[] = [];
  for (const line of config) {
    if (line.type !== DIRECTIVE || line.param.toLowerCase() !== 'host' || !line.config) continue;
    const alias = typeof line.value === 'string' ? line.value : line.value.map((v) => v.val).join(' ');
    if (/[*?!\s]/.test(alias)) continue;
    const get = (key: string): string[] => {
      const vals: string[] = [];
      for (const d of line.config as SshConfigLine[]) {
        if (d.type === DIRECTIVE && d.param.toLowerCase() === key.toLowerCase()) {
          vals.push(typeof d.value === 'string' ? d.value : d.value.map((v) => v.val).join(' '));
        }
      }
      return vals;
    };
    const port = get('Port')[0];
    out.push({
      name: alias,
      hostName: get('HostName')[0] ?? alias,
      user: get('User')[0],
      port: port ? Number(port) : undefined,
      identityFiles: get('IdentityFile').map((f) => f.replace(/^"(.*)"$/, '$1')),
      strictHostKeyChecking: get('StrictHostKeyChecking')[0],
      userKnownHostsFile: get('UserKnownHostsFile')[0],
    });
  }
  return out;
}

export function guessRole(name: string): HostRole | undefined {
  const n = name.toLowerCase();
  if (/(^|[^a-z])(lb|director|balancer|lvs|ha|keepalived)/.test(n) || /^lb/.test(n)) return 'director';
  if (/(web|nginx|real|rs|backend|app)/.test(n)) return 'real';
  if (/client/.test(n)) return 'client';
  return undefined;
}

/** Builds a lab file from `vagrant ssh-config` output; returns the YAML and the names it could not place. */
export function inventoryFromVagrant(text: string, opts: VagrantOptions = {}): { yaml: string; inventory: Inventory; unsure: string[] } {
  const machines = parseVagrantSshConfig(text);
  if (!machines.length) throw new Error('The vagrant ssh-config output holds no Host blocks (run `vagrant ssh-config > vagrant-ssh.txt` in the Vagrant project).');
  const seed = seedLabInventory();
  const unsure: string[] = [];
  const comments: Record<string, string> = {};
  const hosts: LabHost[] = machines.map((m) => {
    const name = isLabName(m.name) ? m.name : m.name.replace(/[^A-Za-z0-9_.-]/g, '-');
    const seedHost = seed.hosts.find((h) => h.name === m.name);
    const role = opts.roles?.[m.name] ?? guessRole(m.name) ?? seedHost?.role;
    const address = opts.addresses?.[m.name] ?? seedHost?.address;
    const notes: string[] = [];
    if (!role) notes.push('role guessed as real: set client, director or real');
    if (!address) notes.push('lab address unknown (vagrant ssh-config only shows the SSH forward): set the eth1 address');
    if (notes.length) {
      unsure.push(name);
      comments[name] = 'TODO: ' + notes.join('; ');
    }
    const strict = m.strictHostKeyChecking?.toLowerCase();
    return {
      name,
      role: role ?? 'real',
      address: address && isHostAddress(address) ? address : m.hostName,
      interface: seedHost?.interface ?? 'eth1',
      ssh: {
        ...(m.hostName !== address ? { host: m.hostName } : {}),
        ...(m.user ? { user: m.user } : {}),
        ...(m.port ? { port: m.port } : {}),
        ...(m.identityFiles.length ? { identityFiles: m.identityFiles } : {}),
        // Vagrant says "StrictHostKeyChecking no" with known_hosts /dev/null; we still remember
        // the key in our own trust store and refuse a changed one.
        ...(strict === 'no' ? { strictHostKeyChecking: 'accept-new' as const } : {}),
      },
      ...(role === 'director' && seedHost?.director ? { director: seedHost.director } : {}),
    };
  });
  const inventory: Inventory = { ...seed, name: opts.name ?? 'vagrant-lab', hosts };
  const yaml = inventoryToYaml(inventory, {
    header: ['keepalived-lab.yaml generated from `vagrant ssh-config`.', 'SSH goes through Vagrant\'s forwarded ports; `address` is each machine\'s lab network address.'],
    hostComments: comments,
    serviceComment: 'The service is the seed lab\'s: change the VIP and VRRP settings to your lab\'s.',
  });
  return { yaml, inventory, unsure };
}
