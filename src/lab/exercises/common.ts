// Small pieces every step uses: the step context, output helpers, and the IPVS verdict.
import { hostsByRole, Inventory } from '../inventory/types';
import { ipvsUnavailableReason } from '../topology/parsers/ipvsadm';
import type { Lang } from '../../language/i18n';
import { checkTexts } from './checkTexts';
import { Check, CommandRecord, Outputs, StepContext, StepOptions } from './types';

export function makeContext(inventory: Inventory, options: StepOptions = {}, shared: Record<string, unknown> = {}, lang: Lang = 'en'): StepContext {
  return {
    lang,
    inventory,
    clients: hostsByRole(inventory, 'client'),
    directors: hostsByRole(inventory, 'director'),
    reals: hostsByRole(inventory, 'real'),
    options,
    shared,
  };
}

/** The first VIP of the lab (the walkthrough's service). */
export function vip(ctx: StepContext): { address: string; prefix: number } {
  const v = ctx.inventory.service.vips[0];
  if (!v) throw new Error(checkTexts(ctx.lang).common.noVip);
  return v;
}

/** The host the client-side commands run on: the lab's client, else the first director. */
export function clientHost(ctx: StepContext): string {
  return (ctx.clients[0] ?? ctx.directors[0]).name;
}

/** True when the command ran and exited 0. */
export function ran(r: CommandRecord | undefined): boolean {
  return !!r && r.error === undefined && r.code === 0;
}

/** The record's output, or '' when it did not run. */
export function out(outputs: Outputs, key: string): string {
  const r = outputs[key];
  return r && r.error === undefined ? r.stdout : '';
}

/** Why a command gave no usable output, in words. */
export function whyNot(r: CommandRecord | undefined): string {
  if (!r) return 'it was not run';
  if (r.error) return r.error;
  return `exit ${r.code}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`;
}

/** Reachability checks for every host whose record failed to run at all. */
export function unreachableChecks(outputs: Outputs, lang: Lang = 'en'): Check[] {
  const t = checkTexts(lang).common;
  const seen = new Set<string>();
  const checks: Check[] = [];
  for (const r of Object.values(outputs)) {
    if (!r.error || seen.has(r.host)) continue;
    seen.add(r.host);
    checks.push({ ok: false, host: r.host, what: t.unreachableWhat(r.host), detail: r.error, fix: t.unreachableFix });
  }
  return checks;
}

/** The IPVS state seen in `ipvsadm -Ln` output and its exit status. */
export function ipvsFrom(rc: number | null | undefined, text: string): { available: true } | { available: false; reason: string } {
  const reason = ipvsUnavailableReason(rc ?? null, text);
  if (reason) return { available: false, reason };
  if (rc !== 0) return { available: false, reason: `ipvsadm failed (exit ${rc}): ${text.trim().split('\n')[0] ?? ''}` };
  return { available: true };
}

export const NO_IPVS_STOP = checkTexts('en').common.noIpvsStop;

/** The no-IPVS stop in a language. */
export function noIpvsStop(lang: Lang = 'en'): string {
  return checkTexts(lang).common.noIpvsStop;
}

export function verdictStatus(checks: Check[], noIpvs: boolean): 'passed' | 'failed' | 'no-ipvs' {
  if (checks.some((c) => !c.ok)) return 'failed';
  return noIpvs ? 'no-ipvs' : 'passed';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A reason the parsers gave in English (no IPVS, ipvsadm missing, a curl failure) in a language:
 * the known forms are recognised and said again with the table's words; anything else is kept.
 */
export function reasonIn(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  const en = checkTexts('en').reasons;
  const t = checkTexts(lang).reasons;
  const noIpvs = /^This kernel has no IPVS(?: \((.*)\))?: the director cannot forward/.exec(reason);
  if (noIpvs) return t.noIpvs(noIpvs[1]);
  const failed = /^ipvsadm failed \(exit (\S+)\): (.*)$/s.exec(reason);
  if (failed) return t.ipvsadmFailed(failed[1], failed[2]);
  const curl = /^curl exit (\d+)$/.exec(reason);
  if (curl) return t.curlExit(Number(curl[1]));
  for (const k of ['ipvsadmMissing', 'ipvsadmRoot', 'ipvsadmNotRun', 'ipvsadmDidNotRun', 'procMissing'] as const) if (reason === en[k]) return t[k];
  for (const [code, words] of Object.entries(en.curl)) if (reason === words) return t.curl[Number(code)];
  return reason;
}
