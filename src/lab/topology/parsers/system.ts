// Pure parsers of small system outputs: `ip -o addr`, sysctl, and the sectioned output
// of our probe scripts.

export interface IpAddress {
  ifindex: number;
  ifname: string;
  family: 'inet' | 'inet6';
  address: string;
  prefix: number;
  scope?: string;
  secondary: boolean;
  /** Address label (e.g. eth1:100 from `ip addr add ... label eth1:100`). */
  label?: string;
}

/** `ip -o addr show` (one line per address). */
export function parseIpOAddr(text: string): IpAddress[] {
  const out: IpAddress[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\d+):\s+(\S+?)(?:@\S+)?\s+(inet6?)\s+([0-9a-fA-F.:]+)\/(\d+)(.*)$/.exec(line.trim());
    if (!m) continue;
    const rest = m[6].split('\\')[0];
    const scope = /scope (\S+)/.exec(rest)?.[1];
    const words = rest.trim().split(/\s+/);
    const last = words[words.length - 1];
    const label = last && last !== m[2] && last.startsWith(`${m[2]}:`) ? last : undefined;
    out.push({
      ifindex: Number(m[1]), ifname: m[2], family: m[3] as 'inet' | 'inet6', address: m[4], prefix: Number(m[5]),
      ...(scope ? { scope } : {}), secondary: /\bsecondary\b/.test(rest), ...(label ? { label } : {}),
    });
  }
  return out;
}

/** `sysctl a.b.c d.e.f` output (`key = value` lines) into a map. */
export function parseSysctl(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([\w./-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

export interface ProbeSection {
  name: string;
  /** Exit status of the section's command. */
  code: number;
  text: string;
}

/** The marker a probe script prints before each section (chosen so that no real output looks like it). */
export const SECTION_MARK = '@@keepalived-lab';

/** Splits probe output into sections: lines `@@keepalived-lab NAME` ... `@@keepalived-lab-end NAME RC`. */
export function parseSections(text: string): Map<string, ProbeSection> {
  const out = new Map<string, ProbeSection>();
  let name: string | undefined;
  let buf: string[] = [];
  for (const line of text.split('\n')) {
    const start = new RegExp(`^${SECTION_MARK} (\\S+)$`).exec(line);
    const end = new RegExp(`^${SECTION_MARK}-end (\\S+) (\\d+)$`).exec(line);
    if (start) {
      name = start[1];
      buf = [];
    } else if (end && name === end[1]) {
      // section() prints one newline before the end mark (output may not end with one).
      if (buf.length && buf[buf.length - 1] === '') buf.pop();
      out.set(name, { name, code: Number(end[2]), text: buf.join('\n') });
      name = undefined;
    } else if (name) buf.push(line);
  }
  return out;
}

/** Shell text that runs `command` as one section of a probe (in a subshell: its `exit` ends only the section). */
export function section(name: string, command: string): string {
  return `echo '${SECTION_MARK} ${name}'; ( ${command}\n) 2>&1; kal_rc=$?; echo; echo "${SECTION_MARK}-end ${name} $kal_rc"`;
}
