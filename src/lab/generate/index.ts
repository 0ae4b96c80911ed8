// keepalived.conf generators (the lab's pair, an active-active layout) and our analyzer over them.
export * from './director';
export * from './activeActive';
export * from './lint';
