import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

describe('semantic: duplicate-name', () => {
  it('reports a second vrrp_instance with the same name as an error pointing at the first', () => {
    const text = instance('VI_1', 51) + instance('VI_1', 52);
    const a = lint(text);
    const d = only(a, 'duplicate-name');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'error');
    assert.equal(d[0].range.start.line, 7);
    assert.match(d[0].message, /vrrp instance VI_1 already defined/);
    assert.equal(d[0].related?.[0].range.start.line, 0);
  });

  it('offers a free name as a rename', () => {
    const text = instance('VI_1', 51) + instance('VI_1', 52) + instance('VI_1_2', 53);
    const fix = fixes(text, 'duplicate-name')[0];
    assert.match(apply(text, fix), /vrrp_instance VI_1_3 \{/);
  });

  it('is a warning for kinds keepalived accepts silently (vrrp_script), an error for bfd_instance', () => {
    const text = 'vrrp_script s {\n  script "/usr/bin/true"\n}\nvrrp_script s {\n  script "/usr/bin/false"\n}\nbfd_instance b {\n  neighbor_ip 192.0.2.1\n}\nbfd_instance b {\n  neighbor_ip 192.0.2.2\n}\n';
    const d = only(lint(text), 'duplicate-name');
    assert.deepEqual(d.map((x) => [x.range.start.line + 1, x.severity]), [[4, 'warning'], [10, 'error']]);
  });

  it('does not report different names, or sync groups / track groups with distinct names', () => {
    const text = instance('VI_1', 51) + instance('VI_2', 52) + 'vrrp_sync_group G1 {\n  group {\n    VI_1\n    VI_2\n  }\n}\n';
    assert.deepEqual(lines(text, 'duplicate-name'), []);
  });

  it('reports the same real_server twice in one virtual_server, and removes the second with the fix', () => {
    const text = 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n  }\n  real_server 192.0.2.21 80 {\n    weight 2\n  }\n}\n';
    const a = lint(text);
    const d = only(a, 'duplicate-name');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'error');
    assert.match(d[0].message, /is duplicated - removing second rs/);
    const fixed = apply(text, fixes(text, 'duplicate-name')[0]);
    assert.equal(fixed, 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n  }\n}\n');
  });

  it('warns about the same virtual_server twice but not about another port or protocol', () => {
    const vs = (port: number, proto: string) => `virtual_server 192.0.2.10 ${port} {\n  protocol ${proto}\n  real_server 192.0.2.21 ${port} {\n  }\n}\n`;
    assert.deepEqual(lines(vs(80, 'TCP') + vs(80, 'TCP'), 'duplicate-name'), [6]);
    assert.deepEqual(lines(vs(80, 'TCP') + vs(443, 'TCP') + vs(80, 'UDP'), 'duplicate-name'), []);
  });
});

describe('semantic: duplicate-vrid', () => {
  it('reports two instances with one VRID on the same interface, on both, with a fix on the later one', () => {
    const text = instance('VI_1', 51) + instance('VI_2', 51, [], '192.0.2.11');
    const a = lint(text);
    const d = only(a, 'duplicate-vrid');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [3, 10]);
    assert.match(d[0].message, /VI_1 and VI_2 both use VRID 51 with IPv4 on interface eth0/);
    const fixed = apply(text, fixes(text, 'duplicate-vrid').length ? fixes(text, 'duplicate-vrid')[0] : { title: '', edits: [] });
    assert.equal(fixed, text, 'the first finding has no fix');
    const later = d[1];
    assert.equal(later.data?.free, 1);
  });

  it('does not report other interfaces, other families or other VRIDs', () => {
    const other = instance('VI_1', 51) + instance('VI_2', 51, [], '192.0.2.11').replace('eth0', 'eth1');
    assert.deepEqual(lines(other, 'duplicate-vrid'), []);
    const v6 = instance('VI_1', 51) + instance('VI_2', 51, [], '2001:db8::1');
    assert.deepEqual(lines(v6, 'duplicate-vrid'), []);
    assert.deepEqual(lines(instance('VI_1', 51) + instance('VI_2', 52), 'duplicate-vrid'), []);
  });

  it('treats unicast instances as their own VRID space, conflicting only with a shared peer', () => {
    const uni = (name: string, peer: string) => instance(name, 51, ['unicast_src_ip 192.0.2.1', 'unicast_peer {', `  ${peer}`, '}']);
    assert.deepEqual(lines(instance('VI_M', 51) + uni('VI_U', '192.0.2.2'), 'duplicate-vrid'), []);
    assert.deepEqual(lines(uni('VI_1', '192.0.2.2') + uni('VI_2', '192.0.2.3'), 'duplicate-vrid'), []);
    assert.equal(lines(uni('VI_1', '192.0.2.2') + uni('VI_2', '192.0.2.2'), 'duplicate-vrid').length, 2);
  });
});
