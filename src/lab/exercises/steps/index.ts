// The walkthrough's steps, in order.
import type { Lang } from '../../../language/i18n';
import { checkTexts } from '../checkTexts';
import { StepDefinition, StepId } from '../types';
import { activeActiveStep } from './activeActive';
import { directorsStep } from './directors';
import { failoverStep } from './failover';
import { inactconnStep } from './inactconn';
import { keepalivedConfigStep } from './keepalivedConfig';
import { reachStep } from './reach';
import { realServersStep } from './realServers';
import { trafficStep } from './traffic';
import { vrrpStep } from './vrrp';

export const STEPS: readonly StepDefinition[] = [
  reachStep,
  realServersStep,
  directorsStep,
  keepalivedConfigStep,
  vrrpStep,
  trafficStep,
  inactconnStep,
  failoverStep,
  activeActiveStep,
];

export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

export function isStepId(s: string): s is StepId {
  return (STEP_IDS as readonly string[]).includes(s);
}

/** A step by id, or by its 1-based number ("4"); the error in lang (default English). */
export function stepById(id: string, lang?: Lang): StepDefinition {
  const step = STEPS.find((s) => s.id === id || String(s.index) === id);
  if (!step) throw new Error(checkTexts(lang ?? 'en').common.noStep(id, STEPS.map((s) => `${s.index} ${s.id}`).join(', ')));
  return step;
}
