// Which real servers keepalived keeps. It skips a real_server whose address or port it cannot
// read ("Invalid real server ip address/port ... - skipping") and, unless it is tunnelled, one of
// another address family than the virtual server ("Address family of virtual server and real
// server ... don't match"). A virtual server left without any is dropped as a whole.
import { memoByText } from '../../util/strings';
import { parseSockaddr } from '../values/ipAddress';
import { isZeroPort } from '../values/numberItems';
import { readNumber } from '../values/numberParsing';
import { Family } from './facts';
import { RealServerFacts, VirtualServerFacts } from './vsFacts';

export type SkipReason = 'address' | 'port' | 'family';

/** 'address' or 'port' when keepalived cannot read the real_server header, else undefined. */
export function unreadableRealServer(rs: RealServerFacts): 'address' | 'port' | undefined {
  let reason = unreadable.get(rs);
  if (reason === undefined) unreadable.set(rs, (reason = readRealServer(rs) ?? null));
  return reason ?? undefined;
}

/** Real server facts are kept per virtual_server block (see vsFacts), and so is this answer. */
const unreadable = new WeakMap<RealServerFacts, 'address' | 'port' | null>();

function readRealServer(rs: RealServerFacts): 'address' | 'port' | undefined {
  if (!addressReadable(rs.addr)) return 'address';
  const port = rs.stmt.args[1]?.text;
  // A port of only zeros means "no port"; anything else goes through keepalived's 1-65535 reader.
  if (port !== undefined && !portReadable(port)) return 'port';
  return undefined;
}

const addressReadable = memoByText((addr) => parseSockaddr(addr).valid);
const portReadable = memoByText((port) => isZeroPort(port) || readNumber(port, { kind: 'uint', min: 1, max: 65535 }).accepted);

export interface RealServerFate {
  rs: RealServerFacts;
  skipped?: SkipReason;
}

/**
 * Each real server of `vs` in order, with the reason keepalived skips it. The family check uses
 * the virtual server's family, or else the first real server it kept; a tunnelled real server
 * (its own lvs_method TUN, or lb_kind TUN read before it) may be of either family.
 */
export function realServerFates(vs: VirtualServerFacts): RealServerFate[] {
  let fates = fatesCache.get(vs);
  if (!fates) fatesCache.set(vs, (fates = computeFates(vs)));
  return fates;
}

/** Facts are kept per virtual_server block (see vsFacts), and so are the fates of its real servers. */
const fatesCache = new WeakMap<VirtualServerFacts, RealServerFate[]>();

function computeFates(vs: VirtualServerFacts): RealServerFate[] {
  let family: Family | undefined = vs.family;
  return vs.realServers.map((rs): RealServerFate => {
    const unreadable = unreadableRealServer(rs);
    if (unreadable) return { rs, skipped: unreadable };
    const vsMethodSoFar = vs.method && vs.method.order < rs.stmt.order ? vs.method.args[0].text : undefined;
    if (!rs.family || (rs.ownMethod ?? vsMethodSoFar) === 'TUN') return { rs };
    if (!family) family = rs.family;
    return rs.family === family ? { rs } : { rs, skipped: 'family' };
  });
}
