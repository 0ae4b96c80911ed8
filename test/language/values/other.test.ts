import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { findings, fixed, lines, marked, vi, vs } from './helpers';

describe('value rules: semicolon-in-value', () => {
  it("'interface eth0;' names an interface 'eth0;'; the fix removes the ';'", () => {
    const text = vi(['interface eth0;']);
    const [d] = findings(text, 'semicolon-in-value');
    assert.equal(marked(text, d), 'eth0;');
    assert.match(d.message, /interface called 'eth0;'/);
    assert.match(fixed(text, 'semicolon-in-value'), /interface eth0\n/);
  });

  it('several statements on one line with ";" are all arguments of the first keyword', () => {
    const text = 'vrrp_instance VI_1 { interface eth0; virtual_router_id 10; virtual_ipaddress { 192.0.2.1 } }\n';
    const ds = findings(text, 'semicolon-in-value');
    assert.ok(ds.length >= 1);
    assert.match(ds[0].message, /more arguments of 'interface'/);
  });

  it('is reported once: the number and enum rules stay quiet on the same word', () => {
    const a = lint(vi(['priority 100;', 'state MASTER;']));
    assert.deepEqual(a.diagnostics.filter((d) => ['invalid-number', 'invalid-enum'].includes(d.code)), []);
    assert.equal(a.diagnostics.filter((d) => d.code === 'semicolon-in-value').length, 2);
  });

  it('a ";" inside a quoted script is not flagged', () => {
    assert.deepEqual(lines(vi(['notify_master "/usr/local/bin/a.sh; /usr/local/bin/b.sh"']), 'semicolon-in-value'), []);
  });
});

describe('value rules: other schema checks', () => {
  it('interface names of 16 characters or more', () => {
    assert.deepEqual(lines(vi(['interface abcdefghijklmnop']), 'invalid-interface-name'), [4]);
    assert.deepEqual(lines(vi(['interface abcdefghijklmno']), 'invalid-interface-name'), []);
    assert.deepEqual(lines(vi(['track_interface {', '  abcdefghijklmnop weight 5', '}']), 'invalid-interface-name'), [5]);
    assert.deepEqual(lines(vi([], '192.0.2.10 dev abcdefghijklmnop'), 'invalid-interface-name'), [5]);
  });

  it('track list entries must be NAME weight N [reverse]; the fix inserts "weight"', () => {
    const text = vi(['track_interface {', '  eth1 20', '}']);
    const [d] = findings(text, 'invalid-track-option');
    assert.match(d.message, /ignores this whole entry/);
    assert.match(fixed(text, 'invalid-track-option'), /eth1 weight 20/);
    assert.deepEqual(lines(vi(['track_interface {', '  eth1 weight', '}']), 'invalid-track-option'), [5]);
    assert.deepEqual(lines(vi(['track_interface {', '  eth1 weight 5 noreverse', '}']), 'invalid-track-option'), [5]);
    assert.deepEqual(lines(vi(['track_script {', '  chk weight 5 noreverse', '}']), 'invalid-track-option'), []);
  });

  it('HTTP status codes', () => {
    const url = (v: string) => vs([], ['HTTP_GET {', '  url {', '    path /', `    status_code ${v}`, '  }', '}']);
    assert.deepEqual(lines(url('200 301-302'), 'invalid-status-code'), []);
    assert.deepEqual(lines(url('99 600 302-301'), 'invalid-status-code'), [9, 9, 9]);
    assert.match(fixed(url('2xx'), 'invalid-status-code'), /status_code 200-299/);
  });

  it('digest and UDP payloads are hex', () => {
    const url = (v: string) => vs([], ['HTTP_GET {', '  url {', '    path /', `    digest ${v}`, '  }', '}']);
    assert.deepEqual(lines(url('0123456789abcdef0123456789ABCDEF'), 'invalid-hex'), []);
    assert.deepEqual(lines(url('0123456789abcdef'), 'invalid-hex'), [9]);
    assert.deepEqual(lines(url('z123456789abcdef0123456789abcdef'), 'invalid-hex'), [9]);
    const udp = (v: string) => vs([], ['UDP_CHECK {', `  payload ${v}`, '}']);
    assert.deepEqual(lines(udp('0a 0b 1c'), 'invalid-hex'), []);
    assert.deepEqual(lines(udp('zz'), 'invalid-hex'), [7]);
  });

  it('process names over 15 characters are truncated; the fix shortens', () => {
    const text = 'global_defs {\n  vrrp_process_name keepalived_vrrp_main\n}\n';
    const [d] = findings(text, 'value-too-long');
    assert.match(d.message, /'keepalived_vrrp'/);
    assert.match(fixed(text, 'value-too-long'), /vrrp_process_name keepalived_vrrp\n/);
  });
});

describe('value rules: deprecated-keyword', () => {
  it('lvs_sync_daemon_interface in an instance points at global lvs_sync_daemon (no rename fix)', () => {
    const text = vi(['lvs_sync_daemon_interface eth0']);
    const [d] = findings(text, 'deprecated-keyword');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.tags, ['deprecated']);
    assert.match(d.message, /lvs_sync_daemon IFNAME INSTANCE/);
    assert.equal(d.data?.replacement, undefined);
  });

  it('plain renames get a quick fix', () => {
    assert.match(fixed(vs([], ['HTTP_GET {', '  nb_get_retry 3', '  url {', '    path /', '  }', '}']), 'deprecated-keyword'), /\n {6}retry 3\n/);
    assert.match(fixed('vrrp_track_file tf {\n  file /tmp/x\n}\n', 'deprecated-keyword'), /^track_file tf \{/);
    assert.match(fixed('global_defs {\n  lvs_flush_onstop\n}\n', 'deprecated-keyword'), /lvs_flush_on_stop/);
  });

  it("preempt is only a hint: it does nothing", () => {
    const [d] = findings(vi(['preempt']), 'deprecated-keyword');
    assert.equal(d.severity, 'hint');
  });
});
