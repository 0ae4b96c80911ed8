// Runs the real `keepalived -t` in a throwaway network namespace that has veth interfaces
// with the names the generated config uses, so it checks the file as on a real director.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { ProcessTiming, timeProcess } from './stats';

export const KEEPALIVED = '/usr/sbin/keepalived';

export interface KeepalivedEnv {
  available: boolean;
  /** Why keepalived cannot be measured, when it cannot. */
  reason?: string;
  version?: string;
  run(file: string, runs: number): ProcessTiming;
  /** Wall time of `ip netns exec NS true`: what the namespace wrapper adds to every run. */
  overhead(runs: number): ProcessTiming;
  close(): void;
}

function ip(args: string[]): void {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr.trim()}`);
}

export function openKeepalived(interfaces: string[]): KeepalivedEnv {
  const unavailable = (reason: string): KeepalivedEnv => ({ available: false, reason, run: () => { throw new Error(reason); }, overhead: () => { throw new Error(reason); }, close: () => undefined });
  if (!fs.existsSync(KEEPALIVED)) return unavailable(`keepalived is not installed (${KEEPALIVED} missing)`);
  if (process.getuid?.() !== 0) return unavailable('not root: cannot create a network namespace for keepalived');
  const version = /Keepalived v(\S+)/.exec(spawnSync(KEEPALIVED, ['--version'], { encoding: 'utf8' }).stderr ?? '')?.[1];
  const ns = `kalab-bench-${process.pid}`;
  let open = false;
  const close = () => {
    if (!open) return;
    open = false;
    spawnSync('ip', ['netns', 'del', ns]);
  };
  try {
    ip(['netns', 'add', ns]);
    open = true;
    interfaces.forEach((dev, i) => ip(['netns', 'exec', ns, 'ip', 'link', 'add', dev, 'type', 'veth', 'peer', 'name', `kbpeer${i}`]));
    ip(['netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up']);
  } catch (e) {
    close();
    return unavailable(`cannot prepare a network namespace: ${(e as Error).message}`);
  }
  process.once('exit', close);
  return {
    available: true,
    version,
    run: (file, runs) => timeProcess('ip', ['netns', 'exec', ns, KEEPALIVED, '-t', '-f', file], runs, { encoding: 'utf8' }),
    overhead: (runs) => timeProcess('ip', ['netns', 'exec', ns, 'true'], runs),
    close,
  };
}
