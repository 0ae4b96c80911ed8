// `keepalived-lab lab`: the local namespace lab (up/down/status), lab files (init/check)
// and the live state of a lab over SSH (state).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inventoryFromVagrant, INVENTORY_FILE_NAME, loadInventory, seedLabYaml } from '../../lab/inventory';
import { deployConfig, DeployError } from '../../lab/deploy';
import { directorConfig } from '../../lab/keepalivedConf';
import { DEFAULT_NSLAB_NAME, isNsLabName, NsLab, NsLabError, nsLabUnsupportedReason } from '../../lab/nslab';
import { isSshError, SshPool } from '../../lab/ssh';
import { HostState, LabState, readLabState } from '../../lab/topology';
import { lastString, parseCommandArgs } from '../args';
import { Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { msgLang } from '../../language/i18n';
import { cliMsg } from '../i18n';
import { CliIo } from '../io';


export const labCommand: Command = {
  name: 'lab',
  get summary() {
    return cliMsg().labSummary();
  },
  get help() {
    return cliMsg().labHelp();
  },
  async run(args: string[], io: CliIo): Promise<number> {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '-h' || sub === '--help') {
      io.out(cliMsg().labHelp());
      return sub === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (sub === 'step' || sub === 'run-all' || sub === 'doctor') return (await import('./labGuide')).runLabGuide(sub, rest, io);
    if (sub === 'report') return (await import('./labReport')).runLabReport(rest, io);
    if (sub === 'check-on-host') return (await import('./labCheckOnHost')).runCheckOnHost(rest, io);
    const { values, positionals } = parseCommandArgs('lab', rest, {
      name: { type: 'string' },
      'with-keepalived': { type: 'boolean' },
      template: { type: 'boolean' },
      vagrant: { type: 'string' },
      nslab: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(cliMsg().labHelp());
      return EXIT_OK;
    }
    const name = lastString(values.name) ?? DEFAULT_NSLAB_NAME;
    // Checked here so that a bad --name is a usage error, not a failure deep inside the lab.
    if (!isNsLabName(name)) throw new UsageError(cliMsg().nslabBadName(name), 'lab');
    try {
      switch (sub) {
        case 'up':
          return await up(io, name, values['with-keepalived'] === true);
        case 'down':
          return await down(io, name);
        case 'status':
          return await status(io, name);
        case 'init':
          return init(io, values, name);
        case 'check':
          return check(io, positionals[0] ?? path.join(io.cwd, INVENTORY_FILE_NAME));
        case 'state':
          return await state(io, positionals[0] ?? path.join(io.cwd, INVENTORY_FILE_NAME), values.json === true);
        default:
          throw new UsageError(cliMsg().labUnknownSub(sub), 'lab');
      }
    } catch (e) {
      if (e instanceof NsLabError || e instanceof DeployError || isSshError(e)) {
        io.err(`keepalived-lab lab ${sub}: ${e.message}\n`);
        return EXIT_USAGE;
      }
      throw e;
    }
  },
};

async function up(io: CliIo, name: string, withKeepalived: boolean): Promise<number> {
  const lang = msgLang();
  const why = nsLabUnsupportedReason(lang);
  if (why) {
    io.err(`keepalived-lab lab up: ${why}\n`);
    return EXIT_USAGE;
  }
  const started = Date.now();
  const lab = new NsLab({ name, log: (l) => io.err(`  ${l}\n`), lang });
  const st = await lab.up();
  if (withKeepalived) {
    const inv = loadInventory(st.inventoryFile, lang).inventory!;
    const pool = new SshPool({ inventory: inv, sshConfig: '/dev/null', agentSocket: '', lang });
    try {
      for (const d of inv.hosts.filter((h) => h.role === 'director')) {
        const r = await deployConfig(await pool.connection(d), directorConfig(inv, d), { lang });
        io.err(`  ${d.name}: ${r.reloadMessage}\n`);
      }
    } finally {
      await pool.closeAll();
    }
  }
  io.out(cliMsg().nslabUp(name, ((Date.now() - started) / 1000).toFixed(1), st.inventoryFile, `ssh -i ${st.identityFile} -o UserKnownHostsFile=${st.knownHostsFile} root@198.51.100.11`,
    st.hosts.map((h) => `  ${h.name.padEnd(7)} ${h.role.padEnd(9)} ${h.address}`).join('\n'), fs.existsSync('/proc/net/ip_vs') ? 1 : 0,
    `keepalived-lab lab down${name === DEFAULT_NSLAB_NAME ? '' : ` --name ${name}`}`));  return EXIT_OK;
}

async function down(io: CliIo, name: string): Promise<number> {
  if (process.platform === 'linux' && process.getuid?.() !== 0) {
    io.err(cliMsg().labDownRoot());
    return EXIT_USAGE;
  }
  const r = await new NsLab({ name, lang: msgLang() }).down();
  io.out(r.removed.length ? cliMsg().nslabRemoved(r.removed.join(', ')) : cliMsg().nslabNothing(name));
  return EXIT_OK;
}

async function status(io: CliIo, name: string): Promise<number> {
  const st = await new NsLab({ name, lang: msgLang() }).status();
  io.out(cliMsg().nslabStatus(name, st.up ? 1 : 0));
  for (const h of st.hosts) io.out(`  ${h.name.padEnd(7)} ${h.address.padEnd(15)} ${cliMsg().nslabHost(h.initPid ?? 0, h.sshUp ? 1 : 0)}\n`);
  if (st.up) io.out(cliMsg().nslabFile(st.inventoryFile));
  return EXIT_OK;
}

function init(io: CliIo, values: Record<string, unknown>, name: string): number {
  const out = lastString(values.output as string | undefined) ?? path.join(io.cwd, INVENTORY_FILE_NAME);
  const target = path.resolve(io.cwd, out);
  if (fs.existsSync(target) && values.force !== true) throw new UsageError(cliMsg().fileExists(target), 'lab');
  let text: string;
  const vagrant = lastString(values.vagrant as string | undefined);
  if (vagrant) {
    const r = inventoryFromVagrant(fs.readFileSync(path.resolve(io.cwd, vagrant), 'utf8'));
    text = r.yaml;
    if (r.unsure.length) io.err(cliMsg().checkTodo(r.unsure.join(', ')));
  } else if (values.nslab === true) {
    const lab = new NsLab({ name, lang: msgLang() });
    if (!fs.existsSync(lab.inventoryFile)) throw new UsageError(cliMsg().nslabNotUp(name), 'lab');
    text = fs.readFileSync(lab.inventoryFile, 'utf8');
  } else text = seedLabYaml();
  fs.writeFileSync(target, text);
  io.out(cliMsg().wrote(target));
  return EXIT_OK;
}

function check(io: CliIo, file: string): number {
  if (!fs.existsSync(file)) throw new UsageError(cliMsg().labFileMissing(file), 'lab');
  const r = loadInventory(file, msgLang());
  for (const d of r.diagnostics) io.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}\n`);
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  io.err(cliMsg().labCheckSummary(errors, r.diagnostics.length - errors));
  return errors ? EXIT_FINDINGS : EXIT_OK;
}

async function state(io: CliIo, file: string, json: boolean): Promise<number> {
  const r = loadInventory(file, msgLang());
  if (!r.inventory) {
    check(io, file);
    return EXIT_FINDINGS;
  }
  const pool = new SshPool({ inventory: r.inventory, lang: msgLang() });
  try {
    const st = await readLabState(pool, r.inventory);
    io.out(json ? JSON.stringify(st, null, 2) + '\n' : describeState(st));
    return st.hosts.every((h) => h.reachable) ? EXIT_OK : EXIT_FINDINGS;
  } finally {
    await pool.closeAll();
  }
}

function describeHost(h: HostState): string {
  if (!h.reachable) return `  ${h.name} (${h.role}, ${h.address}): UNREACHABLE: ${h.error}`;
  const lines = [`  ${h.name} (${h.role}, ${h.address})`];
  if (h.director) {
    const d = h.director;
    lines.push(`    keepalived: ${d.keepalived.running ? `running, pid ${d.keepalived.pid}${d.keepalived.vrrpOnly ? ', VRRP only (--vrrp)' : ''}` : 'not running'}`);
    for (const i of d.instances) lines.push(`    ${i.name}: ${i.state}${i.priority !== undefined ? `, priority ${i.priority}${i.effectivePriority !== undefined && i.effectivePriority !== i.priority ? ` (effective ${i.effectivePriority})` : ''}` : ''}`);
    lines.push(`    VIP: ${d.holdsVip ? 'HOLDS ' + d.vips.filter((v) => v.present).map((v) => `${v.address}/${v.actualPrefix} on ${v.interface}`).join(', ') : 'not here'}`);
    if (d.ipvs.available) {
      lines.push('    IPVS:');
      for (const s of d.ipvs.table.services) {
        lines.push(`      ${s.protocol} ${s.address}:${s.port} ${s.scheduler} ${s.flags}`.trimEnd());
        for (const x of s.reals) lines.push(`        -> ${x.address}:${x.port} ${x.forward} weight ${x.weight} active ${x.activeConn} inactive ${x.inActConn}`);
      }
    } else lines.push(`    IPVS: ${d.ipvs.reason}`);
  }
  if (h.real) {
    const r = h.real;
    lines.push(`    VIP on lo: ${r.vipsOnLo.map((v) => (v.present ? `${v.address}/${v.actualPrefix}` : `${v.address} MISSING`)).join(', ')}`);
    lines.push(`    arp_ignore/arp_announce: all ${r.arp.allIgnore}/${r.arp.allAnnounce}, lo ${r.arp.loIgnore}/${r.arp.loAnnounce}${r.arpOk ? '' : ' (should be 1/2)'}`);
    lines.push(`    nginx: ${r.nginxRunning ? 'running' : 'NOT running'}, ${r.http.url} -> ${r.http.status ?? r.http.error}`);
  }
  if (h.client) for (const c of h.client.vipChecks) lines.push(`    ${c.url} -> ${c.status ?? c.error}`);
  return lines.join('\n');
}

export function describeState(st: LabState): string {
  const out = [`Lab ${st.lab} (read in ${st.durationMs} ms)`, ...st.hosts.map(describeHost)];
  for (const v of st.vipHolders) out.push(`VIP ${v.vip}: ${v.hosts.length ? v.hosts.join(', ') : 'nobody'}`);
  if (st.findings.length) out.push('Findings:', ...st.findings.map((f) => `  - ${f}`));
  return out.join('\n') + '\n';
}
