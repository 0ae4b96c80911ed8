// `keepalived-lab lab step|run-all|doctor`: the guided walkthrough and the lab doctor over SSH.
// Called from the lab command's dispatcher; the steps themselves live in src/lab/exercises.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runDoctor, formatDoctorReport } from '../../lab/doctor';
import { msgLang } from '../../language/i18n';
import { checkTexts } from '../../lab/exercises/checkTexts';
import { defaultRunsDir, formatStepList, formatStepResult, runAll, runStep, stepById, StepOptions, StepResult, STEPS } from '../../lab/exercises';
import { INVENTORY_FILE_NAME, loadInventory } from '../../lab/inventory';
import { parseBandwidth } from '../../lab/planner';
import { SshPool } from '../../lab/ssh';
import { lastString, parseCommandArgs, stringValues } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command';
import { cliMsg } from '../i18n';
import { CliIo } from '../io';

/** Exit status of a step that stopped because the kernel has no IPVS. */
export const EXIT_NO_IPVS = 3;


const OPTIONS = {
  requests: { type: 'string' },
  'no-install': { type: 'boolean' },
  'own-config': { type: 'string', multiple: true },
  'check-deployed': { type: 'boolean' },
  directors: { type: 'string' },
  traffic: { type: 'string' },
  link: { type: 'string' },
  failures: { type: 'string' },
  'deploy-plan': { type: 'boolean' },
  'verify-only': { type: 'boolean' },
  continue: { type: 'boolean' },
  verbose: { type: 'boolean' },
  json: { type: 'boolean' },
  save: { type: 'string' },
  'no-save': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function intOption(v: string | undefined, name: string, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(cliMsg().needsCountAtLeast(name, min, v), 'lab');
  return Number(v);
}

function bandwidthOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const bps = parseBandwidth(v);
  if (bps === undefined || bps <= 0) throw new UsageError(cliMsg().needsBandwidth(name, v), 'lab');
  return bps;
}

function stepOptions(values: Record<string, unknown>, cwd: string): StepOptions {
  const o: StepOptions = {};
  const requests = intOption(lastString(values.requests as string), 'requests', 1);
  if (requests !== undefined) o.requests = requests;
  if (values['no-install'] === true) o.install = false;
  const own = stringValues(values['own-config'] as string[] | undefined);
  if (own.length) {
    o.ownConfigs = {};
    for (const spec of own) {
      const m = /^([^=]+)=(.+)$/.exec(spec);
      if (!m) throw new UsageError(cliMsg().ownConfigSpec(spec), 'lab');
      const file = path.resolve(cwd, m[2]);
      if (!fs.existsSync(file)) throw new UsageError(cliMsg().ownConfigMissing(file), 'lab');
      o.ownConfigs[m[1]] = fs.readFileSync(file, 'utf8');
    }
  }
  if (values['check-deployed'] === true) o.checkDeployed = true;
  const plan = {
    directors: intOption(lastString(values.directors as string), 'directors', 1),
    trafficBps: bandwidthOption(lastString(values.traffic as string), 'traffic'),
    linkBps: bandwidthOption(lastString(values.link as string), 'link'),
    failures: intOption(lastString(values.failures as string), 'failures', 0),
  };
  const given = Object.fromEntries(Object.entries(plan).filter(([, v]) => v !== undefined));
  if (Object.keys(given).length) o.plan = given;
  if (values['deploy-plan'] === true) o.deployPlan = true;
  return o;
}

export function exitFor(results: StepResult[]): number {
  if (results.some((r) => r.status === 'failed')) return EXIT_FINDINGS;
  if (results.some((r) => r.status === 'error' || r.status === 'cancelled')) return EXIT_USAGE;
  if (results.some((r) => r.status === 'no-ipvs')) return EXIT_NO_IPVS;
  return EXIT_OK;
}

/** Cancels on Ctrl-C (the step ends in 'cancelled', the lab is left as after a rerun would leave it). */
function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const ac = new AbortController();
  const onInt = (): void => ac.abort();
  process.once('SIGINT', onInt);
  return { signal: ac.signal, dispose: () => process.removeListener('SIGINT', onInt) };
}

export async function runLabGuide(sub: 'step' | 'run-all' | 'doctor', args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lab', args, OPTIONS as never);
  if (values.help) {
    io.out(cliMsg().guideHelp());
    return EXIT_OK;
  }
  let stepId: string | undefined;
  if (sub === 'step') {
    stepId = positionals.shift();
    if (stepId === undefined) {
      io.out(`${checkTexts(msgLang()).format.stepList}\n${formatStepList(msgLang())}`);
      return EXIT_OK;
    }
    try {
      stepById(stepId, msgLang());
    } catch (e) {
      throw new UsageError((e as Error).message, 'lab');
    }
  }
  const file = path.resolve(io.cwd, positionals[0] ?? INVENTORY_FILE_NAME);
  if (!fs.existsSync(file)) throw new UsageError(cliMsg().guideLabFileMissing(file), 'lab');
  const loaded = loadInventory(file, msgLang());
  if (!loaded.inventory) {
    for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) io.err(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}\n`);
    return EXIT_USAGE;
  }
  const inv = loaded.inventory;
  const json = values.json === true;
  // The CLI's language (--lang, else LC_ALL / LC_MESSAGES / LANG) for the checks, explanations,
  // their frame and SSH errors; --json keeps the field names and says the language in each result's lang.
  const lang = msgLang();
  const pool = new SshPool({ inventory: inv, lang });
  const { signal, dispose } = interruptSignal();
  try {
    if (sub === 'doctor') {
      const report = await runDoctor(pool, inv, signal, lang);
      io.out(json ? JSON.stringify(report, null, 2) + '\n' : formatDoctorReport(report, lang));
      return report.findings.length ? EXIT_FINDINGS : EXIT_OK;
    }
    const saveDir = values['no-save'] === true ? undefined : path.resolve(io.cwd, lastString(values.save as string) ?? defaultRunsDir(inv.name));
    const run = {
      lang,
      options: stepOptions(values, io.cwd),
      signal,
      saveDir,
      verifyOnly: values['verify-only'] === true,
      onProgress: (p: { phase: string; message: string; host?: string }) => {
        if (!json && p.phase !== 'done') io.err(`  … ${p.host ? `${p.host}: ` : ''}${p.message}\n`);
      },
    };
    const verbose = values.verbose === true;
    if (sub === 'step') {
      const r = await runStep(pool, inv, stepById(stepId!), run);
      io.out(json ? JSON.stringify(r, null, 2) + '\n' : formatStepResult(r, { verbose, lang }));
      return exitFor([r]);
    }
    const all = await runAll(pool, inv, { ...run, continueOnFailure: values.continue === true });
    if (json) io.out(JSON.stringify(all.results, null, 2) + '\n');
    else {
      for (const r of all.results) io.out(formatStepResult(r, { verbose, lang }) + '\n');
      io.out(`${checkTexts(lang).format.summary(all.results.filter((r) => r.status === 'passed').length, STEPS.length, all.results.filter((r) => r.status === 'no-ipvs').length)}\n`);
    }
    return exitFor(all.results);
  } finally {
    dispose();
    await pool.closeAll();
  }
}
