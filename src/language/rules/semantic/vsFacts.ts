// Virtual and real servers as keepalived's checker sees them after parsing.
import { ConfigDocument, Statement } from '../../ast';
import { Family, intValue, ipFamily, isKnown, kids, roots } from './facts';

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
  const protocol = kids(vs, 'protocol').filter((p) => PROTOCOLS.has((p.args[0]?.text ?? '').toUpperCase())).pop();
  const scheduler = [...kids(vs, 'lb_algo'), ...kids(vs, 'lvs_sched')].filter((p) => SCHEDULERS.has(p.args[0]?.text ?? '')).sort((x, y) => x.order - y.order).pop();
  const method = [...kids(vs, 'lb_kind'), ...kids(vs, 'lvs_method')].filter((p) => methodOf(p)).sort((x, y) => x.order - y.order).pop();
  const vsMethod = methodOf(method);
  const vsWeight = intValue(kids(vs, 'weight').pop()?.args[0]) ?? 1;
  const port = form === 'address' ? intValue(vs.args[1]) ?? 0 : 0;
  const proto = protocol ? protocol.args[0].text.toLowerCase() : 'none';
  const label = form === 'fwmark' ? `FWM ${b ?? ''}` : form === 'group' ? (b ?? '') : `[${a}]:${proto}:${port}`;
  const realServers = kids(vs, 'real_server').filter((r) => isKnown(r) && r.args[0]).map((r): RealServerFacts => {
    const ownMethod = methodOf(kids(r, 'lvs_method').pop());
    return {
      stmt: r,
      addr: r.args[0].text,
      family: ipFamily(r.args[0].text),
      port: intValue(r.args[1]) ?? 0,
      ownMethod,
      method: ownMethod ?? vsMethod ?? 'NAT',
      weight: intValue(kids(r, 'weight').pop()?.args[0]) ?? vsWeight,
    };
  });
  let family: Family | undefined = form === 'address' ? ipFamily(a) : undefined;
  const ipf = kids(vs, 'ip_family').pop()?.args[0]?.text;
  if (!family && ipf) family = ipf === 'inet6' ? 6 : ipf === 'inet' ? 4 : undefined;
  return { stmt: vs, form, family, port, label, protocol, scheduler, method, realServers };
}

/** The real server's name in keepalived's messages: [ADDR]:proto:PORT. */
export function rsLabel(vs: VirtualServerFacts, rs: RealServerFacts): string {
  const proto = vs.protocol ? vs.protocol.args[0].text.toLowerCase() : 'none';
  return `[${rs.addr}]:${proto}:${rs.port}`;
}
