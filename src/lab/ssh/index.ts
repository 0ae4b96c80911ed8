// Public surface of the lab's SSH layer.
export * from './errors';
export * from './keys';
export * from './knownHosts';
export * from './trustStore';
export * from './hostKeys';
export * from './target';
export * from './connection';
export { SshPool } from './pool';
export type { PoolOptions, HostRef, FanOutResult } from './pool';
