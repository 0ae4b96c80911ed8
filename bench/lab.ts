// Lab benchmark (not a test): brings the namespace lab up, measures the SSH layer and the
// state reader against it, and takes it down again. Run as root on Linux:
//   npm run build && node out/bench/lab.js
// Prints a table and writes bench/results/lab.json. Targets (issue 4): parallel fan-out
// over 5 hosts <= 1.3x the slowest single host; a pooled command <= 0.2x a fresh
// `ssh host true`.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { loadInventory } from '../src/lab/inventory';
import { deployConfig } from '../src/lab/deploy';
import { directorConfig } from '../src/lab/keepalivedConf';
import { NsLab, nsLabUnsupportedReason } from '../src/lab/nslab';
import { SshPool } from '../src/lab/ssh';
import { readLabState } from '../src/lab/topology';

const pexec = promisify(execFile);
const REPO = path.resolve(__dirname, '..', '..');
const TARGETS = { fanOutVsSlowest: 1.3, pooledVsFreshSsh: 0.2 };
const ROUNDS = Number(process.env.LAB_BENCH_ROUNDS ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Busy CPU time of the whole machine so far, in ms summed over all cores (/proc/stat: all but idle and iowait). */
function machineBusyMs(): number {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = f;
  return ((user + nice + system + irq + softirq + (steal ?? 0)) * 1000) / 100; // USER_HZ is 100 on Linux
}

function log(s: string): void {
  process.stderr.write(s + '\n');
}

async function main(): Promise<number> {
  const why = nsLabUnsupportedReason();
  if (why) {
    log(`lab benchmark skipped: ${why}`);
    return process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1' ? 1 : 0;
  }
  const lab = new NsLab({ name: 'kbench' });
  let pool: SshPool | undefined;
  const upMs = await time(() => lab.up());
  try {
    const inv = loadInventory(lab.inventoryFile).inventory!;
    pool = new SshPool({ inventory: inv, sshConfig: '/dev/null', agentSocket: '', trustStoreFile: path.join(lab.stateDir, 'bench-trust.json') });
    const p = pool;
    for (const d of inv.hosts.filter((h) => h.role === 'director')) await deployConfig(await p.connection(d), directorConfig(inv, d));
    await p.execAll(inv.hosts, 'true'); // open the pooled connections first

    // 1. One command on all 5 hosts at once vs the slowest of the 5 run one by one.
    const cmd = 'hostname; cat /proc/loadavg >/dev/null';
    const parallel: number[] = [];
    const slowest: number[] = [];
    const oneByOne: number[] = [];
    let busyOneByOne = 0;
    let clientOneByOne = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const singles: number[] = [];
      const busy0 = machineBusyMs();
      const client0 = process.cpuUsage();
      for (const h of inv.hosts) singles.push(await time(() => p.exec(h, cmd)));
      const client = process.cpuUsage(client0);
      clientOneByOne += (client.user + client.system) / 1000;
      busyOneByOne += machineBusyMs() - busy0;
      slowest.push(Math.max(...singles));
      oneByOne.push(singles.reduce((a, b) => a + b, 0));
      parallel.push(await time(() => p.execAll(inv.hosts, cmd)));
    }
    // Every host here shares this machine's cores: the 5 commands' CPU work (sshd, the shell,
    // its programs, our client) cannot take less than (CPU per round / cores), whatever the client does.
    const cpuPerRoundMs = busyOneByOne / ROUNDS;
    const clientCpuPerRoundMs = clientOneByOne / ROUNDS;
    const cpuFloorMs = Math.max(median(slowest), cpuPerRoundMs / os.cpus().length);

    // 2. A repeated command over the pooled connection vs a fresh OpenSSH connection each time.
    const web1 = inv.hosts.find((h) => h.name === 'web1')!;
    const pooled: number[] = [];
    const fresh: number[] = [];
    const sshArgs = ['-i', lab.identityFile, '-o', `UserKnownHostsFile=${lab.knownHostsFile}`, '-o', 'StrictHostKeyChecking=yes', '-o', 'BatchMode=yes', '-F', '/dev/null', `root@${web1.address}`, 'true'];
    for (let i = 0; i < ROUNDS; i++) {
      pooled.push(await time(() => p.exec(web1, 'true')));
      fresh.push(await time(() => pexec('ssh', sshArgs)));
    }

    // 3. Full state refresh of the 5-host lab (what the tree view does).
    const refresh: number[] = [];
    for (let i = 0; i < Math.max(5, Math.round(ROUNDS / 2)); i++) refresh.push(await time(() => readLabState(p, inv)));

    const r = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      labUpMs: Math.round(upMs),
      fanOut: { parallelMedianMs: median(parallel), slowestSingleMedianMs: median(slowest), ratio: median(parallel) / median(slowest), target: TARGETS.fanOutVsSlowest, oneByOneMedianMs: median(oneByOne), cpus: os.cpus().length, cpuPerRoundMs, clientCpuPerRoundMs, cpuFloorMs, ratioToCpuFloor: median(parallel) / cpuFloorMs },
      pooled: { pooledMedianMs: median(pooled), freshSshMedianMs: median(fresh), ratio: median(pooled) / median(fresh), target: TARGETS.pooledVsFreshSsh },
      stateRefresh: { medianMs: median(refresh), minMs: Math.min(...refresh), maxMs: Math.max(...refresh) },
    };
    const ok = (v: number, t: number): string => (v <= t ? 'ok' : 'MISSED');
    const f = (n: number): string => n.toFixed(1);
    process.stdout.write([
      'Lab benchmark (namespace lab, 5 hosts, medians)',
      `  lab up                                    ${f(upMs)} ms`,
      `  command on 5 hosts in parallel            ${f(r.fanOut.parallelMedianMs)} ms`,
      `  slowest single host                       ${f(r.fanOut.slowestSingleMedianMs)} ms`,
      `    ratio ${r.fanOut.ratio.toFixed(2)} (target <= ${TARGETS.fanOutVsSlowest}) ${ok(r.fanOut.ratio, TARGETS.fanOutVsSlowest)}`,
      // When each command is a few ms of sshd + shell CPU, 5 at once cannot beat (5 / cores) of one:
      // the one-by-one total shows how much the fan-out still saves.
      `  the same 5 one after another              ${f(r.fanOut.oneByOneMedianMs)} ms (parallel = ${(r.fanOut.parallelMedianMs / r.fanOut.oneByOneMedianMs).toFixed(2)}x of it; ${r.fanOut.cpus} CPU cores)`,
      `  CPU the 5 commands use (whole machine)    ${f(cpuPerRoundMs)} ms (our client ${f(clientCpuPerRoundMs)} ms of it), so on ${r.fanOut.cpus} cores 5 at once take >= ${f(cpuFloorMs)} ms`,
      `    parallel vs that floor ${r.fanOut.ratioToCpuFloor.toFixed(2)}x (${f(cpuFloorMs / r.fanOut.slowestSingleMedianMs)}x of the slowest single host is the floor here)`,
      `  pooled command                            ${f(r.pooled.pooledMedianMs)} ms`,
      `  fresh \`ssh host true\`                     ${f(r.pooled.freshSshMedianMs)} ms`,
      `    ratio ${r.pooled.ratio.toFixed(3)} (target <= ${TARGETS.pooledVsFreshSsh}) ${ok(r.pooled.ratio, TARGETS.pooledVsFreshSsh)}`,
      `  full state refresh                        ${f(r.stateRefresh.medianMs)} ms (min ${f(r.stateRefresh.minMs)}, max ${f(r.stateRefresh.maxMs)})`,
      '',
    ].join('\n'));
    const dir = path.join(REPO, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'lab.json'), JSON.stringify(r, null, 2) + '\n');
    return 0;
  } finally {
    await pool?.closeAll();
    await lab.down();
  }
}

main().then((code) => (process.exitCode = code), (e) => {
  log(`lab benchmark failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
