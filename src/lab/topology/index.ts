// Public surface of the lab's live state: parsers, probes and the reader.
export * from './parsers/ipvsadm';
export * from './parsers/keepalived';
export * from './parsers/system';
export * from './probes';
export * from './reader';
