// Runs a step on the lab over SSH: its apply phases (each phase's commands in parallel), its
// procedure, then its verification (repeated while it settles), and judges the outputs with
// the step's pure check. Progress goes to a callback, an AbortSignal cancels, and the result
// (every command with its real output, the verdict and the explanation) is saved as JSON.
import type { Lang } from '../../language/i18n';
import { Inventory } from '../inventory/types';
import { checkTexts } from './checkTexts';
import { makeContext } from './common';
import { saveResult } from './save';
import { STEPS, stepById } from './steps';
import {
  CommandRecord, CommandSpec, LabExecutor, Outputs, ProcedureApi, StepContext, StepDefinition, StepId, StepOptions, StepProgress, StepResult, Verdict,
} from './types';

export interface RunOptions {
  options?: StepOptions;
  signal?: AbortSignal;
  onProgress?: (p: StepProgress) => void;
  /** Streamed output of the commands, for an output channel. */
  onOutput?: (host: string, text: string) => void;
  /** Directory the JSON of each run goes to; undefined saves nothing. */
  saveDir?: string;
  /** Shared across the steps of one run-all. */
  shared?: Record<string, unknown>;
  /** Skip the apply phases and the procedure: verify only (used by "check my lab"). */
  verifyOnly?: boolean;
  /** Language of the checks, explanations and progress messages (default English); saved with the run. */
  lang?: Lang;
}

class Cancelled extends Error {}

function isAbort(e: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (e as { kind?: string })?.kind === 'aborted';
}

export async function runStep(lab: LabExecutor, inventory: Inventory, stepOrId: StepDefinition | StepId, opts: RunOptions = {}): Promise<StepResult> {
  const step = typeof stepOrId === 'string' ? stepById(stepOrId) : stepOrId;
  const lang: Lang = opts.lang ?? 'en';
  const tr = checkTexts(lang).runner;
  const ctx: StepContext = makeContext(inventory, opts.options ?? {}, opts.shared ?? {}, lang);
  const signal = opts.signal ?? new AbortController().signal;
  const started = Date.now();
  const commands: CommandRecord[] = [];
  const progress = (phase: StepProgress['phase'], message: string, host?: string): void =>
    opts.onProgress?.({ step: step.id, phase, message, ...(host ? { host } : {}) });

  const exec = async (spec: CommandSpec, phase: CommandRecord['phase'], extra: { onStdout?: (t: string) => void; stdin?: string; ignoreAbort?: boolean } = {}): Promise<CommandRecord> => {
    if (signal.aborted && !extra.ignoreAbort) throw new Cancelled();
    const t0 = Date.now();
    const rec: CommandRecord = { key: spec.key, host: spec.host, title: spec.title, phase, command: spec.command, stdout: '', stderr: '', startedAt: new Date(t0).toISOString(), durationMs: 0 };
    commands.push(rec);
    try {
      const r = await lab.exec(spec.host, spec.command, {
        sudo: spec.sudo,
        timeoutMs: spec.timeoutMs ?? 60_000,
        ...(extra.ignoreAbort ? {} : { signal }),
        ...(extra.stdin !== undefined ? { stdin: extra.stdin } : {}),
        onStdout: (t) => {
          extra.onStdout?.(t);
          opts.onOutput?.(spec.host, t);
        },
        onStderr: (t) => opts.onOutput?.(spec.host, t),
      });
      Object.assign(rec, { code: r.code, stdout: r.stdout, stderr: r.stderr });
    } catch (e) {
      if (!extra.ignoreAbort && isAbort(e, signal)) throw new Cancelled();
      const partial = (e as { partial?: { stdout: string; stderr: string } }).partial;
      Object.assign(rec, { error: (e as Error).message, ...(partial ? { stdout: partial.stdout, stderr: partial.stderr } : {}) });
    }
    rec.durationMs = Date.now() - t0;
    return rec;
  };

  const finish = (status: StepResult['status'], verdict: Partial<Verdict>, measured: Record<string, unknown>, error?: string): StepResult => {
    const result: StepResult = {
      step: step.id,
      index: step.index,
      title: step.title,
      lab: inventory.name,
      status,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      commands,
      checks: verdict.checks ?? [],
      explanation: verdict.explanation ?? [],
      measurements: { ...measured, ...(verdict.measurements ?? {}) },
      ...(error ? { error } : {}),
      lang,
    };
    if (opts.saveDir) {
      try {
        result.savedTo = saveResult(opts.saveDir, result);
      } catch (e) {
        result.explanation.push(tr.couldNotSave(opts.saveDir, (e as Error).message));
      }
    }
    progress('done', `${step.title}: ${status}`);
    return result;
  };

  let measured: Record<string, unknown> = {};
  try {
    if (!opts.verifyOnly) {
      const phases = step.apply?.(ctx) ?? [];
      for (const phase of phases) {
        if (!phase.length) continue;
        for (const c of phase) progress('apply', c.title, c.host);
        await Promise.all(phase.map((c) => exec(c, 'apply')));
      }
      if (step.procedure) {
        const t0 = Date.now();
        const api: ProcedureApi = {
          ctx,
          exec: (spec, o = {}) => exec(spec, o.phase ?? 'measure', o),
          connection: (host) => lab.connection(host, signal.aborted ? undefined : signal),
          record: (entry) => commands.push({ phase: 'apply', startedAt: new Date().toISOString(), durationMs: 0, ...entry }),
          progress: (m) => progress('measure', m),
          signal,
          now: () => Date.now() - t0,
          sleep: (ms) => new Promise<void>((resolve, reject) => {
            if (signal.aborted) return reject(new Cancelled());
            const t = setTimeout(() => {
              signal.removeEventListener('abort', onAbort);
              resolve();
            }, ms);
            const onAbort = (): void => {
              clearTimeout(t);
              reject(new Cancelled());
            };
            signal.addEventListener('abort', onAbort, { once: true });
          }),
        };
        measured = await step.procedure(api);
      }
    }
    const deadline = Date.now() + (step.settleMs ?? 0);
    let verdict: Verdict;
    for (;;) {
      const outputs: Outputs = {};
      const specs = step.verify(ctx);
      for (const s of specs) progress('verify', s.title, s.host);
      const recs = await Promise.all(specs.map((s) => exec(s, 'verify')));
      for (const r of recs) outputs[r.key] = r;
      verdict = step.check(outputs, ctx, measured);
      if (verdict.status !== 'failed' || Date.now() >= deadline) break;
      progress('verify', tr.notSettled);
      await new Promise((r) => setTimeout(r, 500));
      if (signal.aborted) throw new Cancelled();
    }
    return finish(verdict.status, verdict, measured);
  } catch (e) {
    if (e instanceof Cancelled || isAbort(e, signal)) return finish('cancelled', { explanation: [tr.cancelled] }, measured, 'cancelled');
    return finish('error', { explanation: [tr.couldNotFinish((e as Error).message)] }, measured, (e as Error).stack ?? (e as Error).message);
  }
}

export interface RunAllResult {
  results: StepResult[];
  /** Steps passed or ended in the clear no-IPVS stop. */
  ok: boolean;
}

/** Runs the steps in order (all of them by default); stops at a failed or cancelled step. */
export async function runAll(lab: LabExecutor, inventory: Inventory, opts: RunOptions & { steps?: StepId[]; continueOnFailure?: boolean } = {}): Promise<RunAllResult> {
  const shared = opts.shared ?? {};
  const results: StepResult[] = [];
  const wanted = opts.steps ? STEPS.filter((s) => opts.steps!.includes(s.id)) : STEPS;
  for (const step of wanted) {
    const r = await runStep(lab, inventory, step, { ...opts, shared });
    results.push(r);
    if (r.status === 'cancelled') break;
    if ((r.status === 'failed' || r.status === 'error') && !opts.continueOnFailure) break;
  }
  return { results, ok: results.every((r) => r.status === 'passed' || r.status === 'no-ipvs') && results.length === wanted.length };
}
