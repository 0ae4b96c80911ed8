// The lab report: a walkthrough run as a Markdown homework report (Russian or English),
// the run kept as JSON so the report can be made again, and two runs compared.
export * from './run';
export * from './facts';
export * from './trim';
export * from './markdown';
export { renderReport, overallStatus, outcomes, formatTime, topologyMermaid, renderCommand, rejectedReason } from './render';
export type { ReportOptions, Overall, StepOutcome } from './render';
export { compareRuns, lineDiff } from './compare';
export { strings, langFromEnv, langFromLocale, isLang, LANGS } from './i18n';
export type { Lang, Strings } from './i18n';
