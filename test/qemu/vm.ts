// The QEMU lab from the test's side: boot the VM built by scripts/qemu-lab/build-image.sh, build
// the namespace lab inside it, and describe it as an inventory whose hosts are reached through
// ProxyJump over the VM's SSH forward on 127.0.0.1. Only the qemu process started here is stopped.
import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Inventory, LabHost } from '../../src/lab/inventory';
import { NSLAB_HOSTS } from '../../src/lab/nslab';
import { SshPool } from '../../src/lab/ssh';
import { REPO } from '../support/fixtures';

const pexec = promisify(execFile);

export function qemuCache(): string {
  return process.env.KEEPALIVED_LAB_QEMU_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'keepalived-lab', 'qemu');
}

/** Why the QEMU lab cannot run here, or undefined. */
export function qemuUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') return 'the QEMU lab needs Linux';
  if (!spawnSync('sh', ['-c', 'command -v qemu-system-x86_64']).stdout.length) return 'qemu-system-x86_64 is not installed (apt-get install qemu-system-x86)';
  if (!fs.existsSync(path.join(qemuCache(), 'image', 'lab.cpio.zst'))) return `no VM image in ${qemuCache()}/image (run scripts/qemu-lab/build-image.sh as root)`;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface QemuLab {
  port: number;
  dir: string;
  inventory: Inventory;
  /** A pool that reaches the lab hosts through the VM (ProxyJump root@127.0.0.1:PORT). */
  pool(): SshPool;
  /** Runs a command in the VM itself (outside the lab hosts) with the OpenSSH client. */
  vm(command: string, timeoutMs?: number): Promise<{ stdout: string; stderr: string }>;
  bootMs: number;
  labMs: number;
  stop(): Promise<void>;
}

export async function startQemuLab(log: (line: string) => void = () => undefined): Promise<QemuLab> {
  const cache = qemuCache();
  const key = path.join(cache, 'keys', 'id_ed25519');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kal-qemu-'));
  const port = await freePort();
  const pools: SshPool[] = [];
  let qemuPid: number | undefined;
  const stop = async (): Promise<void> => {
    for (const p of pools) await p.closeAll().catch(() => undefined);
    if (qemuPid) {
      try {
        process.kill(qemuPid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 50 && alive(qemuPid); i++) await sleep(100);
      if (alive(qemuPid)) process.kill(qemuPid, 'SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // known_hosts: the VM's key on its forwarded port, each lab host's key on its lab address.
    const pub = (f: string): string => fs.readFileSync(f, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
    const knownHosts = path.join(dir, 'known_hosts');
    fs.writeFileSync(knownHosts, [
      `[127.0.0.1]:${port} ${pub(path.join(cache, 'keys', 'vm_host_ed25519.pub'))}`,
      ...NSLAB_HOSTS.map((h) => `${h.address} ${pub(path.join(cache, 'keys', 'hosts', `${h.name}.pub`))}`),
      '',
    ].join('\n'));
    // The jump host's settings come from an ssh config of our own (never the user's).
    const sshConfig = path.join(dir, 'ssh_config');
    fs.writeFileSync(sshConfig, `Host 127.0.0.1\n  IdentityFile ${key}\n  IdentitiesOnly yes\n  UserKnownHostsFile ${knownHosts}\n  StrictHostKeyChecking yes\n  ConnectTimeout 20\n`);
    const vmSsh = ['-p', String(port), '-i', key, '-o', `UserKnownHostsFile=${knownHosts}`, '-o', 'StrictHostKeyChecking=yes', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=5', '-o', 'LogLevel=ERROR', 'root@127.0.0.1'];
    const vm = async (command: string, timeoutMs = 120_000): Promise<{ stdout: string; stderr: string }> => pexec('ssh', [...vmSsh, command], { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });

    const t0 = Date.now();
    const boot = spawnSync('bash', [path.join(REPO, 'scripts', 'qemu-lab', 'boot.sh'), String(port), dir], { encoding: 'utf8', timeout: 60_000 });
    if (boot.status !== 0) throw new Error(`boot.sh failed: ${boot.stderr}${boot.stdout}`);
    qemuPid = Number(fs.readFileSync(path.join(dir, 'qemu.pid'), 'utf8').trim());
    log(`qemu pid ${qemuPid}, ssh forward 127.0.0.1:${port}`);
    let up = false;
    while (!up && Date.now() - t0 < 180_000) {
      up = await vm('true', 15_000).then(() => true, () => false);
      if (!up) await sleep(1000);
    }
    if (!up) throw new Error(`the VM did not answer over SSH within 180 s; console:\n${fs.readFileSync(path.join(dir, 'console.log'), 'utf8').slice(-2000)}`);
    const bootMs = Date.now() - t0;
    log(`VM up in ${(bootMs / 1000).toFixed(1)} s`);
    const t1 = Date.now();
    await vm('/opt/keepalived-lab/lab-up.sh', 180_000);
    const labMs = Date.now() - t1;
    log(`lab up inside the VM in ${(labMs / 1000).toFixed(1)} s`);

    const hosts: LabHost[] = NSLAB_HOSTS.map((h) => ({
      name: h.name,
      role: h.role,
      address: h.address,
      interface: 'eth0',
      ssh: { user: 'root', identityFiles: [key], knownHostsFiles: [knownHosts], strictHostKeyChecking: 'yes', useAgent: false, connectTimeoutMs: 30_000, proxyJump: `root@127.0.0.1:${port}` },
      ...(h.name === 'lb1' ? { director: { state: 'MASTER' as const, priority: 150 } } : {}),
      ...(h.name === 'lb2' ? { director: { state: 'BACKUP' as const, priority: 100 } } : {}),
    }));
    const inventory: Inventory = {
      file: '',
      name: 'qemu-lab',
      hosts,
      service: {
        vips: [{ address: '198.51.100.100', prefix: 24 }],
        port: 80,
        protocol: 'TCP',
        scheduler: 'rr',
        forwarding: 'DR',
        vrrp: { vrid: 51, advertInt: 1, instance: 'VI_1', unicast: false, auth: { type: 'PASS', pass: 'labpass' } },
      },
    };
    let n = 0;
    return {
      port,
      dir,
      inventory,
      bootMs,
      labMs,
      vm,
      pool() {
        const p = new SshPool({ inventory, sshConfig, agentSocket: '', trustStoreFile: path.join(dir, `trust-${n++}.json`) });
        pools.push(p);
        return p;
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
