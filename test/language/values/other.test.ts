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
    assert.deepEqual(lines(vi(['use_vmac vrrp.51.backupnet']), 'invalid-interface-name'), [4]);
    assert.deepEqual(lines(vi(['use_vmac vrrp.51 00:00:5e:00:01:33']), 'invalid-interface-name'), []);
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

describe('value rules: option words with values', () => {
  const gd = (line: string) => `global_defs {\n  ${line}\n}\n`;

  it('lvs_timeouts: numeric values and option names', () => {
    assert.deepEqual(lines(gd('lvs_timeouts tcp 900 udp 9999999'), 'out-of-range'), [2]);
    assert.deepEqual(lines(gd('lvs_timeouts tcp 900 fin 5'), 'invalid-enum'), [2]);
    assert.deepEqual(lines(gd('lvs_timeouts tcp 900 tcpfin 120 udp 300'), 'invalid-enum'), []);
  });

  it('lvs_sync_daemon: option ranges, a bare sync id, the multicast group', () => {
    assert.deepEqual(lines(gd('lvs_sync_daemon eth0 VI_1 id 300'), 'out-of-range'), [2]);
    const [bare] = findings(gd('lvs_sync_daemon eth0 VI_1 5'), 'invalid-enum');
    assert.equal(bare.severity, 'warning');
    assert.match(fixed(gd('lvs_sync_daemon eth0 VI_1 5'), 'invalid-enum'), /VI_1 id 5/);
    assert.deepEqual(lines(gd('lvs_sync_daemon eth0 VI_1 group 192.0.2.1'), 'invalid-address'), [2]);
    assert.deepEqual(lines(gd('lvs_sync_daemon eth0 VI_1 group 224.0.0.81 port 8848'), 'invalid-address'), []);
  });

  it('umask: octal up to 0777 or permission names', () => {
    assert.deepEqual(lines(gd('umask 0022'), 'invalid-enum'), []);
    assert.deepEqual(lines(gd('umask IWGRP|IWOTH'), 'invalid-enum'), []);
    assert.deepEqual(lines(gd('umask 01000'), 'invalid-enum'), [2]);
    assert.deepEqual(lines(gd('umask IWGRP|IWOTHER'), 'invalid-enum'), [2]);
  });

  it('positional numbers: garp_extra_if interval, smtp_server and sorry_server ports', () => {
    assert.deepEqual(lines(gd('vrrp_garp_extra_if all 0'), 'out-of-range'), [2]);
    assert.deepEqual(lines(vi(['garp_extra_if 0']), 'out-of-range'), [], 'an instance allows 0');
    assert.deepEqual(lines(gd('smtp_server 192.0.2.25 70000'), 'out-of-range'), [2]);
    assert.deepEqual(lines(vs(['sorry_server 198.51.100.9 0']), 'out-of-range'), [], 'port 0 means no port');
    assert.deepEqual(lines(vs(['sorry_server 198.51.100.9 80x']), 'invalid-number'), [5]);
    assert.deepEqual(lines(gd('vrrp_cpu_affinity 0 x'), 'invalid-number'), [2]);
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
