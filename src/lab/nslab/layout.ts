// The namespace lab's fixed shape: five hosts on one bridge in 198.51.100.0/24 (a
// documentation range: nothing real lives there), reached from the root namespace
// through one veth. Names derive from the lab name so that test labs never touch a user's.
import * as path from 'node:path';
import type { Lang } from '../../language/i18n';
import { HostRole } from '../inventory/types';
import { nsLabTexts } from './i18n';

export const NSLAB_NET = '198.51.100';
export const NSLAB_PREFIX = 24;
export const NSLAB_HOST_ADDRESS = `${NSLAB_NET}.1`;
export const NSLAB_VIP = `${NSLAB_NET}.100`;

export interface NsLabHostSpec {
  name: string;
  role: HostRole;
  address: string;
}

export const NSLAB_HOSTS: readonly NsLabHostSpec[] = [
  { name: 'client', role: 'client', address: `${NSLAB_NET}.10` },
  { name: 'lb1', role: 'director', address: `${NSLAB_NET}.11` },
  { name: 'lb2', role: 'director', address: `${NSLAB_NET}.12` },
  { name: 'web1', role: 'real', address: `${NSLAB_NET}.21` },
  { name: 'web2', role: 'real', address: `${NSLAB_NET}.22` },
];

export interface NsLabNames {
  lab: string;
  stateDir: string;
  switchNs: string;
  hostNs(h: string): string;
  /** The root namespace's end of the veth into the bridge (e.g. lab-host). */
  hostVeth: string;
  /** Temporary names of a host's veth ends before they move into the namespaces (at most 15 bytes). */
  tempVeth(h: string): string;
  tempPeer(h: string): string;
}

/** Lab names: 1-8 lower-case letters/digits (interface names are limited to 15 bytes). */
export function isNsLabName(s: string): boolean {
  return /^[a-z][a-z0-9]{0,7}$/.test(s);
}

export const DEFAULT_NSLAB_NAME = 'lab';

export function defaultStateRoot(): string {
  return '/run/keepalived-lab';
}

export function nsLabNames(lab = DEFAULT_NSLAB_NAME, stateRoot = defaultStateRoot(), lang?: Lang): NsLabNames {
  if (!isNsLabName(lab)) throw new Error(nsLabTexts(lang).badName(lab));
  return {
    lab,
    stateDir: path.join(stateRoot, lab),
    switchNs: `${lab}-sw`,
    hostNs: (h) => `${lab}-${h}`,
    hostVeth: `${lab}-host`,
    tempVeth: (h) => `${lab}-${NSLAB_HOSTS.findIndex((x) => x.name === h)}a`,
    tempPeer: (h) => `${lab}-${NSLAB_HOSTS.findIndex((x) => x.name === h)}b`,
  };
}
