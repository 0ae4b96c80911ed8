// The local namespace lab: client, lb1, lb2, web1, web2 as light containers (own network,
// UTS, mount and PID namespaces; private /etc/keepalived, /etc/nginx, /run, /tmp, /var/log,
// /root) on a bridge, each with its own sshd, reachable from here through one veth.
// Linux and root only. `down` removes everything and may be run any number of times.
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { inventoryToYaml } from '../inventory/write';
import { Inventory, LabHost } from '../inventory/types';
import type { Lang } from '../../language/i18n';
import { shellQuote } from '../shell';
import { nsLabTexts, NsLabStrings } from './i18n';
import { NSLAB_HOST_ADDRESS, NSLAB_HOSTS, NSLAB_NET, NSLAB_PREFIX, NSLAB_VIP, NsLabHostSpec, nsLabNames, NsLabNames } from './layout';

const pexec = promisify(execFile);

export interface NsLabOptions {
  name?: string;
  /** Parent of the lab's state directory (default /run/keepalived-lab). */
  stateRoot?: string;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Seconds to wait for every sshd (default 15). */
  timeoutSec?: number;
  /** The language of errors and progress lines (default en). */
  lang?: Lang;
}

export interface NsLabHostState {
  name: string;
  role: string;
  address: string;
  namespace: string;
  /** PID (in the root namespace) of the host's init process, or undefined when it is not running. */
  initPid?: number;
  sshUp: boolean;
}

export interface NsLabState {
  name: string;
  up: boolean;
  stateDir: string;
  inventoryFile: string;
  identityFile: string;
  knownHostsFile: string;
  hosts: NsLabHostState[];
}

interface SavedState {
  name: string;
  created: string;
  hosts: Record<string, { unsharePid: number }>;
}

export class NsLabError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NsLabError';
  }
}

async function run(cmd: string, args: string[], opts: { allowFail?: boolean; t?: NsLabStrings } = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const r = await pexec(cmd, args, { maxBuffer: 16 * 1024 * 1024 });
    return { stdout: r.stdout, stderr: r.stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number | string; message: string };
    if (opts.allowFail) return { stdout: err.stdout ?? '', stderr: err.stderr ?? err.message, code: typeof err.code === 'number' ? err.code : 1 };
    throw new NsLabError((opts.t ?? nsLabTexts('en')).commandFailed(`${cmd} ${args.join(' ')}`, (err.stderr || err.message).trim()));
  }
}

const REQUIRED_TOOLS: [string, string][] = [
  ['/usr/sbin/sshd', 'openssh-server'],
  ['/usr/bin/ssh-keygen', 'openssh-client'],
  ['/usr/sbin/nginx', 'nginx'],
  ['/usr/sbin/keepalived', 'keepalived'],
  ['/usr/sbin/ipvsadm', 'ipvsadm'],
  ['/usr/bin/curl', 'curl'],
];

/** What nsLabUnsupportedReason looks at; tests pass another machine. */
export interface NsLabMachine {
  platform: string;
  /** The effective user id, or undefined where there is none. */
  uid?: number;
  exists(file: string): boolean;
  pathDirs: string[];
}

function thisMachine(): NsLabMachine {
  return {
    platform: process.platform,
    uid: typeof process.getuid === 'function' ? process.getuid() : undefined,
    exists: (f) => fs.existsSync(f),
    pathDirs: (process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin').split(':'),
  };
}

/** Why this machine cannot run the lab (in `lang`, default en), or undefined when it can. */
export function nsLabUnsupportedReason(lang?: Lang, machine: NsLabMachine = thisMachine()): string | undefined {
  const t = nsLabTexts(lang);
  if (machine.platform !== 'linux') return t.needsLinux(machine.platform);
  if (machine.uid !== undefined && machine.uid !== 0) return t.needsRoot;
  const missing = REQUIRED_TOOLS.filter(([f]) => !machine.exists(f)).map(([, pkg]) => pkg);
  if (!findTool('ip', machine) || !findTool('unshare', machine) || !findTool('nsenter', machine)) missing.push('iproute2/util-linux');
  if (missing.length) return t.needsPackages([...new Set(missing)].join(' '));
  return undefined;
}

function findTool(name: string, machine: NsLabMachine): string | undefined {
  for (const dir of machine.pathDirs.concat(['/usr/sbin', '/sbin', '/usr/bin', '/bin'])) {
    const p = path.join(dir, name);
    if (machine.exists(p)) return p;
  }
  return undefined;
}

export class NsLab {
  readonly names: NsLabNames;
  private readonly log: (line: string) => void;
  private readonly t: NsLabStrings;

  constructor(private readonly opts: NsLabOptions = {}) {
    this.names = nsLabNames(opts.name, opts.stateRoot, opts.lang);
    this.log = opts.log ?? (() => undefined);
    this.t = nsLabTexts(opts.lang);
  }

  /** Runs a command here; a failure becomes an NsLabError in the lab's language. */
  private run(cmd: string, args: string[], opts: { allowFail?: boolean } = {}): Promise<{ stdout: string; stderr: string; code: number }> {
    return run(cmd, args, { ...opts, t: this.t });
  }

  get stateDir(): string {
    return this.names.stateDir;
  }
  get inventoryFile(): string {
    return path.join(this.stateDir, 'keepalived-lab.yaml');
  }
  get identityFile(): string {
    return path.join(this.stateDir, 'id_ed25519');
  }
  get knownHostsFile(): string {
    return path.join(this.stateDir, 'known_hosts');
  }
  private hostDir(h: string): string {
    return path.join(this.stateDir, 'hosts', h);
  }
  private get savedFile(): string {
    return path.join(this.stateDir, 'lab.json');
  }

  private saved(): SavedState | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.savedFile, 'utf8')) as SavedState;
    } catch {
      return undefined;
    }
  }

  private assertSupported(): void {
    const why = nsLabUnsupportedReason(this.opts.lang);
    if (why) throw new NsLabError(why);
  }

  private async namespaces(): Promise<string[]> {
    const r = await this.run('ip', ['netns', 'list'], { allowFail: true });
    return r.stdout.split('\n').map((l) => l.split(/\s+/)[0]).filter(Boolean);
  }

  /** Refuses when something else on this machine already uses the lab's addresses. */
  private async checkAddressFree(): Promise<void> {
    const r = await this.run('ip', ['-o', '-4', 'addr', 'show'], { allowFail: true });
    const clash = r.stdout.split('\n').find((l) => l.includes(` ${NSLAB_NET}.`));
    if (clash) {
      const dev = clash.split(/\s+/)[1];
      throw new NsLabError(this.t.addressTaken(`${NSLAB_NET}.0/${NSLAB_PREFIX}`, dev, `keepalived-lab lab down${dev.endsWith('-host') ? ` --name ${dev.slice(0, -5)}` : ''}`));
    }
  }

  /** Builds the lab and writes its inventory; returns its state. */
  async up(): Promise<NsLabState> {
    this.assertSupported();
    const n = this.names;
    const started = Date.now();
    const existing = await this.status();
    if (existing.up) throw new NsLabError(this.t.alreadyUp(n.lab, this.inventoryFile, `keepalived-lab lab down${n.lab === 'lab' ? '' : ` --name ${n.lab}`}`));
    await this.down(); // leftovers of a half-built lab
    await this.checkAddressFree();
    try {
      fs.mkdirSync(this.stateDir, { recursive: true, mode: 0o700 });
      await this.run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `keepalived-lab-${n.lab}`, '-f', this.identityFile]);
      await this.buildNetwork();
      this.log(this.t.networkUp(Date.now() - started));
      const saved: SavedState = { name: n.lab, created: new Date().toISOString(), hosts: {} };
      const knownHosts: string[] = [];
      for (const h of NSLAB_HOSTS) {
        const pub = await this.prepareHost(h);
        knownHosts.push(`${h.address} ${pub}`);
        saved.hosts[h.name] = { unsharePid: this.startHost(h) };
      }
      fs.writeFileSync(this.savedFile, JSON.stringify(saved, null, 2));
      fs.writeFileSync(this.knownHostsFile, knownHosts.join('\n') + '\n', { mode: 0o644 });
      await this.waitForSshd();
      this.log(this.t.sshdUp(NSLAB_HOSTS.length, Date.now() - started));
      await this.startRealServers();
      this.log(this.t.nginxUp(Date.now() - started));
      fs.writeFileSync(this.inventoryFile, inventoryToYaml(this.inventory(), {
        header: [
          `The local namespace lab '${n.lab}' (keepalived-lab lab up). Removed by: keepalived-lab lab down.`,
          `Hosts live in network namespaces ${n.hostNs('*')}; this machine reaches them through ${n.hostVeth} (${NSLAB_HOST_ADDRESS}).`,
          'This kernel may have no IPVS: keepalived then runs with --vrrp (VRRP and the VIP only).',
        ],
      }));
      return await this.status();
    } catch (e) {
      await this.down().catch(() => undefined);
      throw e;
    }
  }

  private async buildNetwork(): Promise<void> {
    const n = this.names;
    const ip = (...args: string[]): Promise<unknown> => this.run('ip', args);
    await ip('netns', 'add', n.switchNs);
    await ip('-n', n.switchNs, 'link', 'add', 'br0', 'type', 'bridge');
    await ip('-n', n.switchNs, 'link', 'set', 'br0', 'up');
    await ip('-n', n.switchNs, 'link', 'set', 'lo', 'up');
    for (const h of NSLAB_HOSTS) {
      const ns = n.hostNs(h.name);
      await ip('netns', 'add', ns);
      await ip('link', 'add', n.tempVeth(h.name), 'type', 'veth', 'peer', 'name', n.tempPeer(h.name));
      await ip('link', 'set', n.tempVeth(h.name), 'netns', ns, 'name', 'eth0');
      await ip('link', 'set', n.tempPeer(h.name), 'netns', n.switchNs, 'name', h.name);
      await ip('-n', n.switchNs, 'link', 'set', h.name, 'master', 'br0', 'up');
      await ip('-n', ns, 'link', 'set', 'lo', 'up');
      await ip('-n', ns, 'addr', 'add', `${h.address}/${NSLAB_PREFIX}`, 'dev', 'eth0');
      await ip('-n', ns, 'link', 'set', 'eth0', 'up');
    }
    // The root namespace's way in: one veth into the bridge. No route out of the lab exists:
    // the lab namespaces have no default route and this side does not forward.
    await ip('link', 'add', n.hostVeth, 'type', 'veth', 'peer', 'name', `${n.lab}-host-p`);
    await ip('link', 'set', `${n.lab}-host-p`, 'netns', n.switchNs, 'name', 'host');
    await ip('-n', n.switchNs, 'link', 'set', 'host', 'master', 'br0', 'up');
    await ip('addr', 'add', `${NSLAB_HOST_ADDRESS}/${NSLAB_PREFIX}`, 'dev', n.hostVeth);
    await ip('link', 'set', n.hostVeth, 'up');
  }

  /** Private copies of the directories a lab host writes, its sshd files and its init script. Returns its public host key. */
  private async prepareHost(h: NsLabHostSpec): Promise<string> {
    const d = this.hostDir(h.name);
    const r = path.join(d, 'root');
    for (const sub of ['etc', 'var/log/nginx', 'var/www/html', 'run/sshd', 'run/lab-ssh', 'run/lock']) fs.mkdirSync(path.join(r, sub), { recursive: true });
    fs.mkdirSync(path.join(r, 'root'), { recursive: true, mode: 0o700 });
    fs.mkdirSync(path.join(r, 'tmp'), { recursive: true });
    fs.chmodSync(path.join(r, 'tmp'), 0o1777);
    fs.chmodSync(path.join(r, 'run'), 0o755);
    await this.run('cp', ['-a', '/etc/nginx', path.join(r, 'etc') + '/']);
    await this.run('cp', ['-a', '/etc/keepalived', path.join(r, 'etc') + '/']);
    fs.writeFileSync(path.join(r, 'var/www/html/index.html'), `<!doctype html><title>${h.name}</title><h1>${h.name}</h1>\n`);
    const hosts = ['127.0.0.1 localhost', ...NSLAB_HOSTS.map((x) => `${x.address} ${x.name}`), `${NSLAB_VIP} vip`, ''].join('\n');
    fs.writeFileSync(path.join(r, 'etc/hosts'), hosts);
    // sshd's files sit in the host's private /run, the only place it sees after the mounts.
    const sshDir = path.join(r, 'run/lab-ssh');
    await this.run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `${h.name}@keepalived-lab`, '-f', path.join(sshDir, 'hostkey')]);
    fs.copyFileSync(`${this.identityFile}.pub`, path.join(sshDir, 'authorized_keys'));
    fs.chmodSync(path.join(sshDir, 'authorized_keys'), 0o600);
    fs.writeFileSync(path.join(sshDir, 'sshd_config'), [
      `ListenAddress ${h.address}:22`,
      'HostKey /run/lab-ssh/hostkey',
      'PidFile /run/sshd.pid',
      'AuthorizedKeysFile /run/lab-ssh/authorized_keys',
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'MaxStartups 50:30:100',
      'Subsystem sftp internal-sftp',
      '',
    ].join('\n'));
    // Mount order matters: every source lives under the state dir in /run, so /run goes last.
    const mounts = ['tmp', 'etc/nginx', 'etc/keepalived', 'var/log', 'var/www', 'root'];
    fs.writeFileSync(path.join(d, 'init.sh'), [
      'set -e',
      ...mounts.map((m) => `mount --bind ${shellQuote(path.join(r, m))} /${m}`),
      `mount --bind ${shellQuote(path.join(r, 'etc/hosts'))} /etc/hosts`,
      `mount --bind ${shellQuote(path.join(r, 'run'))} /run`,
      `hostname ${h.name}`,
      'cd /',
      '/usr/sbin/sshd -f /run/lab-ssh/sshd_config -E /var/log/sshd.log',
      // PID 1 of the host: waits forever and reaps orphans (daemons started over SSH).
      "exec bash -c 'trap \"\" HUP; while :; do sleep 3600 & wait $!; done'",
      '',
    ].join('\n'));
    return fs.readFileSync(path.join(sshDir, 'hostkey.pub'), 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  }

  private startHost(h: NsLabHostSpec): number {
    const d = this.hostDir(h.name);
    const logFd = fs.openSync(path.join(d, 'init.log'), 'a');
    const child = spawn('ip', ['netns', 'exec', this.names.hostNs(h.name),
      'unshare', '--uts', '--mount', '--pid', '--fork', '--kill-child', '--propagation', 'private', '--mount-proc',
      'bash', path.join(d, 'init.sh')], { detached: true, stdio: ['ignore', logFd, logFd] });
    child.unref();
    fs.closeSync(logFd);
    if (!child.pid) throw new NsLabError(this.t.cannotStartHost(h.name));
    return child.pid;
  }

  private async waitForSshd(): Promise<void> {
    const deadline = Date.now() + (this.opts.timeoutSec ?? 15) * 1000;
    await Promise.all(NSLAB_HOSTS.map(async (h) => {
      while (!(await tcpOpen(h.address, 22, 300))) {
        if (Date.now() > deadline) {
          const log = [path.join(this.hostDir(h.name), 'init.log'), path.join(this.hostDir(h.name), 'root/var/log/sshd.log')]
            .map((f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').trim() : '')).filter(Boolean).join('\n');
          throw new NsLabError(`${this.t.sshdNotUp(h.name, this.opts.timeoutSec ?? 15)}${log ? `\n${log}` : ''}`);
        }
        await sleep(50);
      }
    }));
  }

  private async startRealServers(): Promise<void> {
    await Promise.all(NSLAB_HOSTS.filter((h) => h.role === 'real').map(async (h) => {
      const r = await this.hostExec(h.name, [
        'sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.lo.arp_ignore=1 net.ipv4.conf.lo.arp_announce=2',
        `ip addr add ${NSLAB_VIP}/32 dev lo`,
        'nginx -q -t && nginx',
      ].join(' && '));
      if (r.code !== 0) throw new NsLabError(this.t.setupFailed(h.name, r.stderr.trim()));
    }));
  }

  /** PID (root namespace view) of a host's init process, if it runs. */
  async initPid(host: string): Promise<number | undefined> {
    const saved = this.saved()?.hosts[host];
    if (!saved) return undefined;
    try {
      const children = fs.readFileSync(`/proc/${saved.unsharePid}/task/${saved.unsharePid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return children.length ? Number(children[0]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Runs a shell command inside a lab host (all its namespaces) without SSH: for setup and for tests. */
  async hostExec(host: string, command: string): Promise<{ stdout: string; stderr: string; code: number }> {
    const pid = await this.initPid(host);
    if (!pid) throw new NsLabError(this.t.hostNotRunning(host, this.names.lab));
    return this.run('nsenter', ['-t', String(pid), '-m', '-u', '-n', '-p', '-i', '--wd=/', '--', 'sh', '-c', command], { allowFail: true });
  }

  /** Kills every sshd of a host (the listener and the session processes): the "sshd dies" test. */
  async killSshd(host: string): Promise<void> {
    await this.hostExec(host, 'pkill -KILL -x sshd || true');
  }

  async startSshd(host: string): Promise<void> {
    const r = await this.hostExec(host, '/usr/sbin/sshd -f /run/lab-ssh/sshd_config -E /var/log/sshd.log');
    if (r.code !== 0) throw new NsLabError(this.t.sshdNotStarted(host, r.stderr.trim()));
    const h = NSLAB_HOSTS.find((x) => x.name === host)!;
    const deadline = Date.now() + 5000;
    while (!(await tcpOpen(h.address, 22, 300))) {
      if (Date.now() > deadline) throw new NsLabError(this.t.sshdNotListening(host, 5));
      await sleep(50);
    }
  }

  /** The inventory of this lab (what `up` writes to keepalived-lab.yaml). */
  inventory(): Inventory {
    const hosts: LabHost[] = NSLAB_HOSTS.map((h) => ({
      name: h.name,
      role: h.role,
      address: h.address,
      interface: 'eth0',
      ssh: {
        user: 'root',
        identityFiles: [this.identityFile],
        knownHostsFiles: [this.knownHostsFile],
        strictHostKeyChecking: 'yes',
        useAgent: false,
        connectTimeoutMs: 5000,
      },
      ...(h.name === 'lb1' ? { director: { state: 'MASTER' as const, priority: 150 } } : {}),
      ...(h.name === 'lb2' ? { director: { state: 'BACKUP' as const, priority: 100 } } : {}),
    }));
    return {
      file: this.inventoryFile,
      name: `nslab-${this.names.lab}`,
      hosts,
      service: {
        vips: [{ address: NSLAB_VIP, prefix: NSLAB_PREFIX }],
        port: 80,
        protocol: 'TCP',
        scheduler: 'rr',
        forwarding: 'DR',
        vrrp: { vrid: 51, advertInt: 1, instance: 'VI_1', unicast: false, auth: { type: 'PASS', pass: 'labpass' } },
      },
    };
  }

  async status(): Promise<NsLabState> {
    const nss = new Set(await this.namespaces());
    const hosts: NsLabHostState[] = await Promise.all(NSLAB_HOSTS.map(async (h) => {
      const namespace = this.names.hostNs(h.name);
      const initPid = nss.has(namespace) ? await this.initPid(h.name) : undefined;
      const sshUp = initPid !== undefined && (await tcpOpen(h.address, 22, 300));
      return { name: h.name, role: h.role, address: h.address, namespace, initPid, sshUp };
    }));
    return {
      name: this.names.lab,
      up: hosts.every((h) => h.initPid !== undefined) && fs.existsSync(this.inventoryFile),
      stateDir: this.stateDir,
      inventoryFile: this.inventoryFile,
      identityFile: this.identityFile,
      knownHostsFile: this.knownHostsFile,
      hosts,
    };
  }

  /** Removes the lab: processes, namespaces, the veth and the state directory. Safe to repeat. */
  async down(): Promise<{ removed: string[] }> {
    if (process.platform !== 'linux') return { removed: [] };
    const n = this.names;
    const removed: string[] = [];
    const saved = this.saved();
    for (const [, h] of Object.entries(saved?.hosts ?? {})) {
      // --kill-child: killing unshare takes the whole PID namespace (sshd, nginx, keepalived) with it.
      try {
        process.kill(h.unsharePid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    const nss = new Set(await this.namespaces());
    const ours = [...NSLAB_HOSTS.map((h) => n.hostNs(h.name)), n.switchNs].filter((ns) => nss.has(ns));
    for (const ns of ours) {
      const pids = (await this.run('ip', ['netns', 'pids', ns], { allowFail: true })).stdout.split(/\s+/).filter(Boolean).map(Number);
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    if (ours.length) await sleep(100);
    for (const ns of ours) {
      const r = await this.run('ip', ['netns', 'del', ns], { allowFail: true });
      if (r.code === 0) removed.push(`netns ${ns}`);
    }
    const link = await this.run('ip', ['link', 'del', n.hostVeth], { allowFail: true });
    if (link.code === 0) removed.push(`link ${n.hostVeth}`);
    for (const h of NSLAB_HOSTS) {
      await this.run('ip', ['link', 'del', n.tempVeth(h.name)], { allowFail: true });
      await this.run('ip', ['link', 'del', n.tempPeer(h.name)], { allowFail: true });
    }
    if (fs.existsSync(this.stateDir)) {
      fs.rmSync(this.stateDir, { recursive: true, force: true });
      removed.push(`dir ${this.stateDir}`);
    }
    return { removed };
  }
}

export function tcpOpen(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok: boolean): void => {
      clearTimeout(t);
      s.destroy();
      resolve(ok);
    };
    const t = setTimeout(() => done(false), timeoutMs);
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
