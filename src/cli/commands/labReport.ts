// `keepalived-lab lab report`: the Markdown report of the last walkthrough run (or of a run
// given with --run), in Russian or English, and the comparison of two runs. Called from the
// lab command's dispatcher; the report itself lives in src/lab/report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultRunsDir } from '../../lab/exercises/save';
import { INVENTORY_FILE_NAME, loadInventory } from '../../lab/inventory';
import {
  bundlePathFor, compareRuns, isLang, Lang, loadRun, overallStatus, renderReport, RunLoadError, saveRunBundle, snapshotOf, toBundle, WalkthroughRun,
} from '../../lab/report';
import { lastString, parseCommandArgs, stringValues } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { msgLang } from '../../language/i18n';
import { cliMsg } from '../i18n';
import { CliIo } from '../io';
import { relativeUnder } from '../paths';
import { packageInfo } from '../version';

/** Exit status when the only shortfall of the run is the missing IPVS (as `lab step`). */
export const EXIT_NO_IPVS = 3;


const OPTIONS = {
  run: { type: 'string', multiple: true },
  runs: { type: 'string' },
  lang: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'no-save-run': { type: 'boolean' },
  json: { type: 'boolean' },
  compare: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function langOf(values: Record<string, unknown>): Lang {
  // keepalived-lab takes the global --lang (or LC_ALL / LC_MESSAGES / LANG) before the command
  // runs; a --lang that reaches this command directly still counts.
  const given = lastString(values.lang as string | undefined);
  if (given !== undefined) {
    if (!isLang(given)) throw new UsageError(cliMsg().badLang(given), 'lab');
    return given;
  }
  return msgLang();
}

export function exitForRun(run: WalkthroughRun): number {
  const o = overallStatus(run);
  return o === 'passed' ? EXIT_OK : o === 'no-ipvs' ? EXIT_NO_IPVS : EXIT_FINDINGS;
}

/** The path relative to the working directory when it lies inside it, else absolute. */
function shortPath(cwd: string, file: string): string {
  return relativeUnder(cwd, file) ?? file;
}

function quoteArg(s: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function runLabReport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lab', args, OPTIONS as never);
  if (values.help) {
    io.out(cliMsg().reportHelp());
    return EXIT_OK;
  }
  const lang = langOf(values);
  const resolve = (p: string): string => path.resolve(io.cwd, p);
  try {
    const compare = stringValues(values.compare as string[] | undefined);
    if (compare.length) {
      const pair = [...compare, ...positionals];
      if (pair.length !== 2) throw new UsageError(cliMsg().compareNeedsTwo(pair.length), 'lab');
      const text = compareRuns(loadRun([resolve(pair[0])], lang), loadRun([resolve(pair[1])], lang), { lang });
      return write(io, text, lastString(values.output as string | undefined));
    }
    const runPaths = stringValues(values.run as string[] | undefined).map(resolve);
    const labFile = resolve(positionals[0] ?? INVENTORY_FILE_NAME);
    const loaded = fs.existsSync(labFile) ? loadInventory(labFile, lang) : undefined;
    if (positionals[0] && !loaded) throw new UsageError(cliMsg().fileMissing(labFile), 'lab');
    if (loaded && !loaded.inventory && !runPaths.length) {
      for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) io.err(`${labFile}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}\n`);
      return EXIT_USAGE;
    }
    const inv = loaded?.inventory;
    let sources = runPaths;
    if (!sources.length) {
      if (!inv) throw new UsageError(cliMsg().reportNoRun(labFile), 'lab');
      sources = [resolve(lastString(values.runs as string | undefined) ?? defaultRunsDir(inv.name))];
    }
    let run = loadRun(sources, lang);
    if (!run.snapshot && inv && inv.name === run.lab) run = { ...run, snapshot: snapshotOf(inv) };
    if (values.json === true) {
      io.out(JSON.stringify(toBundle(run), null, 2) + '\n');
      return exitForRun(run);
    }
    const output = lastString(values.output as string | undefined);
    const bundle = output && values['no-save-run'] !== true ? bundlePathFor(resolve(output)) : undefined;
    const regenerate = bundle
      ? `keepalived-lab lab report --run ${quoteArg(shortPath(io.cwd, bundle))} --lang ${lang}${output ? ` -o ${quoteArg(output)}` : ''}`
      : `keepalived-lab lab report ${sources.map((s) => `--run ${quoteArg(s)}`).join(' ')} --lang ${lang}`;
    const text = renderReport(run, { lang, version: packageInfo().version, regenerate });
    if (bundle) {
      saveRunBundle(bundle, run);
      io.err(cliMsg().runKept(bundle));
    }
    write(io, text, output);
    return exitForRun(run);
  } catch (e) {
    if (e instanceof RunLoadError) {
      io.err(`keepalived-lab lab report: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }

  function write(cliIo: CliIo, text: string, output: string | undefined): number {
    if (!output) {
      cliIo.out(text);
      return EXIT_OK;
    }
    const file = resolve(output);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    cliIo.err(`Wrote ${file}\n`);
    return EXIT_OK;
  }
}
