// `keepalived-lab lab check-on-host HOST CONFIG [FILE]`: a config checked by the keepalived
// of a lab host (upload to a temporary file, keepalived -t, findings mapped to CONFIG's lines).
// The VS Code command "Check with keepalived on host…" does the same for an open buffer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INVENTORY_FILE_NAME, loadInventory } from '../../lab/inventory';
import { checkOnHost, exitMeaning, RemoteCheckError, RemoteCheckResult, remoteSource } from '../../lab/remoteCheck';
import { isSshError, SshPool } from '../../lab/ssh';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { type Lang, msgLang } from '../../language/i18n';
import { remoteCheckTexts } from '../../lab/remoteCheckTexts';
import { cliMsg } from '../i18n';
import { CliIo } from '../io';


export function formatRemoteCheck(r: RemoteCheckResult, file: string, lang?: Lang): string {
  const t = remoteCheckTexts(lang);
  const lines = r.mapped.map((m) => `${file}:${m.line + 1}:${m.startCharacter + 1}: ${m.severity}: ${m.message} [${remoteSource(r)}]${m.hostDependent ? `\n    (${m.hostDependent.note})` : ''}`);
  lines.push(t.summary(remoteSource(r), String(r.exitCode ?? t.signal), exitMeaning(r.exitCode, lang), r.mapped.length) + (r.removed ? '' : t.notRemoved(r.tmpPath)));
  if (r.inconclusive) lines.push(t.note(r.inconclusive));
  return lines.join('\n') + '\n';
}

export async function runCheckOnHost(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lab', args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.out(cliMsg().checkOnHostHelp());
    return EXIT_OK;
  }
  const [host, config, labArg] = positionals;
  if (!host || !config) throw new UsageError(cliMsg().checkOnHostArgs(), 'lab');
  const configFile = path.resolve(io.cwd, config);
  if (!fs.existsSync(configFile)) throw new UsageError(cliMsg().fileMissing(configFile), 'lab');
  const labFile = path.resolve(io.cwd, labArg ?? INVENTORY_FILE_NAME);
  if (!fs.existsSync(labFile)) throw new UsageError(cliMsg().labFileMissing(labFile), 'lab');
  const loaded = loadInventory(labFile, msgLang());
  if (!loaded.inventory) {
    for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) io.err(`${labFile}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}\n`);
    return EXIT_USAGE;
  }
  if (!loaded.inventory.hosts.some((h) => h.name === host)) throw new UsageError(cliMsg().noSuchHost(host, loaded.inventory.hosts.map((h) => h.name).join(', ')), 'lab');
  const lang = msgLang();
  const pool = new SshPool({ inventory: loaded.inventory, lang });
  try {
    const r = await checkOnHost(await pool.connection(host), host, fs.readFileSync(configFile, 'utf8'), { lang });
    io.out(values.json === true ? JSON.stringify(r, null, 2) + '\n' : formatRemoteCheck(r, config, lang));
    return r.mapped.length ? EXIT_FINDINGS : EXIT_OK;
  } catch (e) {
    // A host that cannot be reached is the user's to fix, not an internal error: its message, no stack.
    if (e instanceof RemoteCheckError || isSshError(e)) {
      io.err(`keepalived-lab lab check-on-host: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  } finally {
    await pool.closeAll();
  }
}
