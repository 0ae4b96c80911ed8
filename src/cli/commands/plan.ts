// `keepalived-lab plan`: the active-active VIP planner on the command line, optionally writing
// the keepalived.conf of every director for the layout (checked by our analyzer).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ActiveActiveAddressing, addressingFromInventory, CHECK_SCRIPT_PATH, checkScriptFor, documentationAddressing, generateActiveActive, lintConfig, realServerScript,
} from '../../lab/generate';
import { hostsByRole, loadInventory } from '../../lab/inventory';
import { failureTable, layoutTable, parseBandwidth, plan, plannerStrings } from '../../lab/planner';
import { lastString, parseCommandArgs } from '../args';
import { Command, EXIT_FINDINGS, EXIT_OK, UsageError } from '../command';
import { msgLang } from '../../language/i18n';
import { cliMsg } from '../i18n';
import { CliIo } from '../io';


function headroom(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(v.trim());
  if (!m) throw new UsageError(cliMsg().headroomShare(v), 'plan');
  const x = Number(m[1]) / (m[2] ? 100 : 1);
  if (!(x >= 0 && x < 1)) throw new UsageError(cliMsg().headroomBelow(v), 'plan');
  return x;
}

function count(v: string | undefined, name: string, def: number): number {
  if (v === undefined) return def;
  if (!/^\d+$/.test(v)) throw new UsageError(cliMsg().needsCount(name, v), 'plan');
  return Number(v);
}

function bandwidth(v: string | undefined, name: string, def: number): number {
  if (v === undefined) return def;
  const bps = parseBandwidth(v);
  if (bps === undefined) throw new UsageError(cliMsg().needsBandwidth(name, v), 'plan');
  return bps;
}

export const planCommand: Command = {
  name: 'plan',
  get summary() {
    return cliMsg().planSummary();
  },
  get help() {
    return cliMsg().planHelp();
  },
  run(args: string[], io: CliIo): number {
    const { values } = parseCommandArgs('plan', args, {
      directors: { type: 'string' },
      traffic: { type: 'string' },
      link: { type: 'string' },
      failures: { type: 'string' },
      headroom: { type: 'string' },
      uneven: { type: 'boolean' },
      generate: { type: 'string' },
      lab: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(cliMsg().planHelp());
      return EXIT_OK;
    }
    const labFile = lastString(values.lab);
    const inv = labFile ? loadInventory(path.resolve(io.cwd, labFile), msgLang()).inventory : undefined;
    if (labFile && !inv) throw new UsageError(cliMsg().notLabFile(labFile), 'plan');
    const labDirectors = inv ? hostsByRole(inv, 'director').map((d) => d.name) : undefined;
    const directors = count(lastString(values.directors), 'directors', labDirectors?.length ?? 3);
    const p = plan({
      directors,
      trafficBps: bandwidth(lastString(values.traffic), 'traffic', 1.5e9),
      linkBps: bandwidth(lastString(values.link), 'link', 1e9),
      failures: count(lastString(values.failures), 'failures', 1),
      ...(headroom(lastString(values.headroom)) !== undefined ? { headroom: headroom(lastString(values.headroom)) } : {}),
      uneven: values.uneven === true,
      ...(labDirectors && labDirectors.length === directors ? { names: labDirectors } : {}),
    }, msgLang());
    const out = lastString(values.generate);
    let addressing: ActiveActiveAddressing | undefined;
    const lintSummary: { host: string; errors: number; warnings: number; file: string }[] = [];
    if (p.ok && out) {
      if (inv && labDirectors!.length !== p.input.directors) throw new UsageError(cliMsg().planDirectorsMismatch(labDirectors!.length, p.input.directors), 'plan');
      try {
        addressing = inv ? addressingFromInventory(inv, p.vips, msgLang()) : documentationAddressing(p.input.names, p.vips, msgLang());
      } catch (e) {
        // No addresses for this plan (VRIDs past 255, a full subnet, an IPv6 VIP): the user's input to change.
        throw new UsageError((e as Error).message, 'plan');
      }
      const dir = path.resolve(io.cwd, out);
      for (const c of generateActiveActive(p, addressing)) {
        const file = path.join(dir, c.host, 'keepalived.conf');
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, c.config);
        const l = lintConfig(c.host, c.config, msgLang());
        lintSummary.push({ host: c.host, errors: l.errors, warnings: l.warnings, file });
        for (const f of l.findings) io.err(`${file}:${f.line}: ${f.severity} ${f.code}: ${f.message}\n`);
      }
      fs.writeFileSync(path.join(dir, path.basename(CHECK_SCRIPT_PATH)), checkScriptFor(addressing.lab, addressing.reals, addressing.port), { mode: 0o755 });
      fs.writeFileSync(path.join(dir, 'real-servers.sh'), realServerScript(addressing, p.vips), { mode: 0o755 });
    } else if (p.ok && inv && labDirectors!.length === p.input.directors) {
      try {
        addressing = addressingFromInventory(inv, p.vips);
      } catch {
        // No room for that many VIPs in the lab's subnet: the table then shows VIP1, VIP2...
      }
    }
    if (values.json === true) {
      io.out(JSON.stringify({ ...p, ...(addressing ? { vipAddresses: addressing.vips.slice(0, p.ok ? p.vips : 0) } : {}), ...(out ? { generated: lintSummary } : {}) }, null, 2) + '\n');
    } else {
      const lines = [...p.reasoning];
      if (p.ok) {
        lines.push('', cliMsg().planLayout(p.vips, plannerStrings(msgLang()).bw(p.perVipBps)), ...layoutTable(p, addressing?.vips, msgLang()).map((l) => `  ${l}`));
        lines.push('', cliMsg().planFailures(), ...failureTable(p, msgLang()).map((l) => `  ${l}`));
      }
      if (out) {
        lines.push('', cliMsg().planWritten(path.resolve(io.cwd, out)), ...lintSummary.map((l) => cliMsg().planLint(l.file, l.errors, l.warnings)));
        lines.push(cliMsg().planCheckScript(path.join(path.resolve(io.cwd, out), path.basename(CHECK_SCRIPT_PATH)), CHECK_SCRIPT_PATH));
        lines.push(cliMsg().planRealServers(path.join(path.resolve(io.cwd, out), 'real-servers.sh')));
      }
      io.out(lines.join('\n') + '\n');
    }
    if (!p.ok) return EXIT_FINDINGS;
    return lintSummary.some((l) => l.errors || l.warnings) ? EXIT_FINDINGS : EXIT_OK;
  },
};
