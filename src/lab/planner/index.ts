// The active-active VIP planner: how many VIPs, and which director is MASTER/BACKUP for each.
export * from './planner';
export * from './units';
