// The guided walkthrough: the seed lab's exercises as data, and the runner that executes them
// over SSH. The CLI, the VS Code walkthrough and the Lab Guide view all use this.
export * from './types';
export { STEPS, STEP_IDS, isStepId, stepById } from './steps';
export { runStep, runAll } from './runner';
export type { RunOptions, RunAllResult } from './runner';
export { defaultRunsDir, saveResult, loadResult, RUN_FORMAT } from './save';
export { makeContext } from './common';
export { formatStepResult, formatStepList } from './format';
export { STEP_TEXTS, stepTexts } from './i18n';
export type { StepTexts } from './i18n';
