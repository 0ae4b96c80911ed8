// Virtual and real servers as keepalived's checker sees them after parsing.
import { ConfigDocument, Statement } from '../../ast';
import { Family, intValue, ipFamily, isKnown, roots } from './facts';

export type Method = 'NAT' | 'DR' | 'TUN';
const METHODS = new Set(['NAT', 'DR', 'TUN']);
const SCHEDULERS = new Set(['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos']);
const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);

export interface RealServerFacts {
  stmt: Statement;
  addr: string;
  family?: Family;
  /** Port as written (0 when absent). */
  port: number;
  ownMethod?: Method;
  /** Forwarding keepalived uses: own lvs_method, else the virtual server's, else NAT. */
  method: Method;
  weight: number;
}

export interface VirtualServerFacts {
  stmt: Statement;
  form: 'address' | 'fwmark' | 'group';
  family?: Family;
  port: number;
  /** keepalived's name for it in messages: [ADDR]:proto:PORT, FWM N, or the group name. */
  label: string;
  protocol?: Statement;
  scheduler?: Statement;
  method?: Statement;
  realServers: RealServerFacts[];
}

function methodOf(s: Statement | undefined): Method | undefined {
  const w = s?.args[0]?.text;
  return w && METHODS.has(w) ? (w as Method) : undefined;
}

const cache = new WeakMap<ConfigDocument, VirtualServerFacts[]>();
/**
 * Facts of one virtual_server block: they depend on nothing else, and a block that an edit did
 * not touch keeps its Statement (incremental re-analysis), so they are kept per block.
 */
const perBlock = new WeakMap<Statement, VirtualServerFacts>();

export function virtualServers(doc: ConfigDocument): VirtualServerFacts[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const out = roots(doc, 'virtual_server').filter((vs) => vs.args[0]).map((vs) => {
    let facts = perBlock.get(vs);
    if (!facts) perBlock.set(vs, (facts = factsOf(vs)));
    return facts;
  });
  cache.set(doc, out);
  return out;
}

function factsOf(vs: Statement): VirtualServerFacts {
  const [a, b] = vs.args.map((t) => t.text);
  const form: VirtualServerFacts['form'] = a === 'fwmark' ? 'fwmark' : a === 'group' ? 'group' : 'address';
  // One pass over the block (in reading order, so "the last one" is the last seen).
  let protocol: Statement | undefined;
  let scheduler: Statement | undefined;
  let method: Statement | undefined;
  let weight: Statement | undefined;
  let ipFamilyStmt: Statement | undefined;
  const servers: Statement[] = [];
  for (const c of vs.children) {
    if (!isKnown(c)) continue;
    switch (c.keyword.text) {
      case 'protocol':
        if (PROTOCOLS.has((c.args[0]?.text ?? '').toUpperCase())) protocol = c;
        break;
      case 'lb_algo':
      case 'lvs_sched':
        if (SCHEDULERS.has(c.args[0]?.text ?? '')) scheduler = c;
        break;
      case 'lb_kind':
      case 'lvs_method':
        if (methodOf(c)) method = c;
        break;
      case 'weight':
        weight = c;
        break;
      case 'ip_family':
        ipFamilyStmt = c;
        break;
      case 'real_server':
        if (c.args[0]) servers.push(c);
        break;
    }
  }
  const vsMethod = methodOf(method);
  const vsWeight = intValue(weight?.args[0]) ?? 1;
  const port = form === 'address' ? intValue(vs.args[1]) ?? 0 : 0;
  const proto = protocol ? protocol.args[0].text.toLowerCase() : 'none';
  const label = form === 'fwmark' ? `FWM ${b ?? ''}` : form === 'group' ? (b ?? '') : `[${a}]:${proto}:${port}`;
  const realServers = servers.map((r): RealServerFacts => {
    let ownMethodStmt: Statement | undefined;
    let ownWeight: Statement | undefined;
    for (const c of r.children) {
      if (!isKnown(c)) continue;
      if (c.keyword.text === 'lvs_method') ownMethodStmt = c;
      else if (c.keyword.text === 'weight') ownWeight = c;
    }
    const ownMethod = methodOf(ownMethodStmt);
    return {
      stmt: r,
      addr: r.args[0].text,
      family: ipFamily(r.args[0].text),
      port: intValue(r.args[1]) ?? 0,
      ownMethod,
      method: ownMethod ?? vsMethod ?? 'NAT',
      weight: intValue(ownWeight?.args[0]) ?? vsWeight,
    };
  });
  let family: Family | undefined = form === 'address' ? ipFamily(a) : undefined;
  const ipf = ipFamilyStmt?.args[0]?.text;
  if (!family && ipf) family = ipf === 'inet6' ? 6 : ipf === 'inet' ? 4 : undefined;
  return { stmt: vs, form, family, port, label, protocol, scheduler, method, realServers };
}

/** The real server's name in keepalived's messages: [ADDR]:proto:PORT. */
export function rsLabel(vs: VirtualServerFacts, rs: RealServerFacts): string {
  const proto = vs.protocol ? vs.protocol.args[0].text.toLowerCase() : 'none';
  return `[${rs.addr}]:${proto}:${rs.port}`;
}
