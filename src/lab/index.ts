// Public surface of the lab: inventory, SSH, live state, deploy, keepalived control, namespace lab.
export * as inventory from './inventory';
export * as ssh from './ssh';
export * as topology from './topology';
export * as nslab from './nslab';
export * from './deploy';
export * from './keepalived';
export * from './keepalivedConf';
export * from './shell';
