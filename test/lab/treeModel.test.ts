// The "Keepalived Lab" tree as data: MASTER/BACKUP and the VIP holder visible at a glance,
// "this kernel has no IPVS", the IPVS table, unreachable hosts.
import * as assert from 'node:assert/strict';
import { parseInventory } from '../../src/lab/inventory';
import { HostState, parseIpvsList, summarize } from '../../src/lab/topology';
import { buildLabTree, TreeModelNode } from '../../src/lab/view/treeModel';

const INV = parseInventory(`name: t
hosts:
  - { name: lb1, role: director, address: 198.51.100.11 }
  - { name: lb2, role: director, address: 198.51.100.12 }
  - { name: web1, role: real, address: 198.51.100.21 }
  - { name: client, role: client, address: 198.51.100.10 }
service:
  vips: [198.51.100.100/24]
  vrrp: { vrid: 51 }
`).inventory!;

const director = (state: 'MASTER' | 'BACKUP', holds: boolean, ipvs: boolean): HostState['director'] => ({
  keepalived: { running: true, pid: 7, vrrpOnly: !ipvs },
  instances: [{ name: 'VI_1', state, priority: state === 'MASTER' ? 150 : 100, source: 'json' }],
  vips: [{ address: '198.51.100.100', prefix: 24, present: holds, ...(holds ? { actualPrefix: 24, interface: 'eth0' } : {}) }],
  holdsVip: holds,
  ipvs: ipvs ? { available: true, table: parseIpvsList('TCP  198.51.100.100:80 rr\n  -> 198.51.100.21:80              Route   1      2          5\n') } : { available: false, reason: 'This kernel has no IPVS (Protocol not available): ...' },
  recentTransitions: [],
});

function find(n: TreeModelNode, id: string): TreeModelNode | undefined {
  if (n.id === id) return n;
  for (const c of n.children) {
    const f = find(c, id);
    if (f) return f;
  }
  return undefined;
}

describe('lab tree model', () => {
  it('without a state: lab -> roles -> hosts, nothing read yet', () => {
    const t = buildLabTree(INV);
    assert.deepEqual(t.children.map((c) => c.label), ['Directors', 'Real servers', 'Clients']);
    assert.deepEqual(t.children[0].children.map((h) => `${h.label}|${h.contextValue}|${h.description}`), ['lb1|host.director|198.51.100.11', 'lb2|host.director|198.51.100.12']);
    assert.match(t.description!, /not read yet/);
  });

  it('shows MASTER/BACKUP, the VIP holder, the IPVS table and the no-IPVS case', () => {
    const hosts: HostState[] = [
      { name: 'lb1', role: 'director', address: '198.51.100.11', reachable: true, durationMs: 5, director: director('MASTER', true, true) },
      { name: 'lb2', role: 'director', address: '198.51.100.12', reachable: true, durationMs: 5, director: director('BACKUP', false, false) },
      { name: 'web1', role: 'real', address: '198.51.100.21', reachable: false, error: 'web1 did not answer within 5 s', durationMs: 5000 },
    ];
    const t = buildLabTree(INV, summarize(INV, hosts));
    const lb1 = find(t, 'host:lb1')!;
    const lb2 = find(t, 'host:lb2')!;
    assert.equal(lb1.description, '198.51.100.11 · MASTER 150 · holds VIP');
    assert.deepEqual(lb1.icon, { id: 'star-full', color: 'charts.green' });
    assert.equal(lb2.description, '198.51.100.12 · BACKUP 100');
    assert.match(t.description!, /VIP 198\.51\.100\.100\/24 on lb1/);
    const real = find(t, 'lb1:ipvs:0:0')!;
    assert.equal(real.label, '→ 198.51.100.21:80');
    assert.equal(real.description, 'Route · weight 1 · active 2 · inactive 5');
    assert.equal(find(t, 'lb2:ipvs')!.description, 'this kernel has no IPVS');
    assert.equal(find(t, 'host:web1')!.icon!.id, 'debug-disconnect');
    assert.match(find(t, 'web1:error')!.label, /did not answer/);
    assert.ok(find(t, 'findings')!.children.some((f) => /web1 cannot be read/.test(f.label)));
    assert.ok(find(t, 'host:client')!.description === '198.51.100.10', 'a host without state yet');
  });
});
