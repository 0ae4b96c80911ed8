// The local namespace lab (Linux, root).
export * from './layout';
export * from './nslab';
