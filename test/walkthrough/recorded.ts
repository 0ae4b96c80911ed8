// Recorded host outputs for judging walkthrough steps without a lab: the sectioned probe format
// the steps' commands print, command records, and the outputs a few steps read.
import { CommandRecord, Outputs } from '../../src/lab/exercises';
import { SECTION_MARK } from '../../src/lab/topology/parsers/system';

/** Output of a sectioned probe: name → [exit status, text]. */
export function sections(s: Record<string, [number, string]>): string {
  return Object.entries(s).map(([name, [rc, text]]) => `${SECTION_MARK} ${name}\n${text}\n${SECTION_MARK}-end ${name} ${rc}`).join('\n') + '\n';
}

export function rec(key: string, host: string, stdout: string, code = 0, error?: string): CommandRecord {
  return { key, host, title: key, phase: 'verify', command: '', code, stdout, stderr: '', startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, ...(error ? { error } : {}) };
}

export function outputs(...records: CommandRecord[]): Outputs {
  return Object.fromEntries(records.map((r) => [r.key, r]));
}

/** `ip -o addr` of a director of the namespace lab, with or without the VIP. */
export const addr = (host: string, withVip: boolean): string => [
  '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
  `2: eth0    inet 198.51.100.${host === 'lb1' ? 11 : 12}/24 scope global eth0\\       valid_lft forever preferred_lft forever`,
  ...(withVip ? ['2: eth0    inet 198.51.100.100/24 scope global secondary eth0\\       valid_lft forever preferred_lft forever'] : []),
].join('\n');

/** A real server's probe: the VIP on lo with this prefix, ARP settings right, nginx running, `ip route get` output. */
export const realServerProbe = (prefix: number, route: string): string => sections({
  lo: [0, `1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n1: lo    inet 198.51.100.100/${prefix} scope global lo\\       valid_lft forever preferred_lft forever`],
  sysctl: [0, 'net.ipv4.conf.all.arp_ignore = 1\nnet.ipv4.conf.all.arp_announce = 2\nnet.ipv4.conf.lo.arp_ignore = 1\nnet.ipv4.conf.lo.arp_announce = 2'],
  nginx: [0, '123'],
  route: [0, route],
});

/** The client's fetch of a real server's page that names host `h`. */
export const page = (h: string): string => `<!doctype html><title>${h}</title><h1>${h}</h1>\n@@code=200\n@@rc=0\n`;
