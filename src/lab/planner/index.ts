// The active-active VIP planner: how many VIPs, and which director is MASTER/BACKUP for each.
export * from './planner';
export * from './units';
export { PLANNER_STRINGS, plannerStrings } from './i18n';
export type { PlannerStrings } from './i18n';
