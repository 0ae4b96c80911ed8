import * as assert from 'node:assert/strict';
import { findings, fixed, lines, marked, vi, vs } from './helpers';

describe('value rules: missing-argument', () => {
  it('a keyword without its value is fatal: keepalived stops and exits with status 2', () => {
    const text = vi(['state']);
    const [d] = findings(text, 'missing-argument');
    assert.equal(d.severity, 'error');
    assert.equal(d.range.start.line, 3);
    assert.match(d.message, /exits with status 2/);
    assert.match(d.message, /nothing after this line is checked/);
  });

  it('flags, booleans and optional values are fine without a value', () => {
    const text = vi(['nopreempt', 'smtp_alert', 'notify_deleted', 'skip_check_adv_addr']);
    assert.deepEqual(lines(text, 'missing-argument'), []);
    assert.deepEqual(lines(vs(['persistence_timeout']), 'missing-argument'), []);
  });

  it('keywords whose handler checks the value itself are not fatal and say what keepalived prints', () => {
    const [d] = findings('global_defs {\n  router_id\n}\n', 'missing-argument');
    assert.match(d.message, /routerid name missing - ignoring/);
    assert.doesNotMatch(d.message, /status 2/);
    const [silent] = findings('global_defs {\n  smtp_helo_name\n}\n', 'missing-argument');
    assert.equal(silent.severity, 'warning');
  });

  it('vrrp_script, track_file, vrrp_track_process, virtual_server and real_server need their name/address', () => {
    for (const kw of ['vrrp_script', 'track_file', 'vrrp_track_process', 'virtual_server_group']) {
      assert.deepEqual(lines(`${kw} {\n}\n`, 'missing-argument'), [1], kw);
    }
    assert.deepEqual(lines('virtual_server {\n  real_server {\n  }\n}\n', 'missing-argument'), [1, 2]);
  });

  it('bfd_instance without a name (and neighbor_ip without a value) crash keepalived', () => {
    const [d] = findings('bfd_instance {\n  neighbor_ip 192.0.2.1\n}\n', 'missing-argument');
    assert.match(d.message, /crashes/);
    assert.deepEqual(lines('bfd_instance b1 {\n  neighbor_ip\n}\n', 'missing-argument'), [2]);
  });

  it('virtual_server fwmark / group without their value crash keepalived', () => {
    assert.match(findings('virtual_server fwmark {\n}\n', 'missing-argument')[0].message, /crashes/);
    assert.match(findings('virtual_server group {\n}\n', 'missing-argument')[0].message, /crashes/);
  });

  it('virtual_server_group NAME extra { aborts the parse; the fix removes the extra word', () => {
    const text = 'virtual_server_group G1 extra {\n  192.0.2.1 80\n}\n';
    const [d] = findings(text, 'missing-argument');
    assert.equal(marked(text, d), 'extra');
    assert.match(d.message, /exits with status 2/);
    assert.match(fixed(text, 'missing-argument'), /^virtual_server_group G1 +\{/);
  });

  it('route and rule options without their value are fatal, address options are not', () => {
    assert.deepEqual(lines('static_routes {\n  192.0.2.0/24 via\n}\n', 'missing-argument'), [2]);
    assert.deepEqual(lines('static_rules {\n  from\n}\n', 'missing-argument'), [2]);
    assert.deepEqual(lines(vi([], '192.0.2.10 dev'), 'missing-argument'), []);
    assert.deepEqual(lines(vi([], '192.0.2.10 dev'), 'invalid-address-option'), [5]);
  });
});

describe('value rules: block-name', () => {
  it('vrrp_instance needs exactly one name word, otherwise the block is skipped', () => {
    const text = 'vrrp_instance VI 1 {\n  interface eth0\n}\n';
    const [d] = findings(text, 'block-name');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /skips the whole block/);
    assert.equal(marked(text, d), 'VI 1');
    assert.match(fixed(text, 'block-name'), /^vrrp_instance VI_1 \{/);
    assert.deepEqual(lines('vrrp_instance {\n}\n', 'block-name'), [1]);
    assert.deepEqual(lines('vrrp_sync_group {\n}\n', 'block-name'), [1]);
    assert.deepEqual(lines('track_group a b {\n}\n', 'block-name'), [1]);
    assert.deepEqual(lines(vi(), 'block-name'), []);
  });

  it('extra words after a vrrp_script name are ignored silently (warning)', () => {
    const text = 'vrrp_script chk nginx {\n  script "/usr/bin/true"\n}\n';
    const [d] = findings(text, 'block-name');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /only 'chk'/);
    assert.equal(fixed(text, 'block-name').split('\n')[0], 'vrrp_script chk {');
  });

  it('words between a list keyword and { are reported like keepalived ("Block ... has extra parameters")', () => {
    const text = vi([], '192.0.2.10').replace('virtual_ipaddress {', 'virtual_ipaddress 192.0.2.11 {');
    const [d] = findings(text, 'block-name');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /has extra parameters/);
    assert.match(d.message, /inside the braces/);
  });

  it('a bfd_instance name longer than 31 characters is rejected', () => {
    assert.deepEqual(lines(`bfd_instance ${'b'.repeat(32)} {\n  neighbor_ip 192.0.2.1\n}\n`, 'block-name'), [1]);
    assert.deepEqual(lines(`bfd_instance ${'b'.repeat(31)} {\n  neighbor_ip 192.0.2.1\n}\n`, 'block-name'), []);
  });

  it('words after virtual_server IP PORT are ignored (warning)', () => {
    assert.deepEqual(findings(vs([], [], '192.0.2.100 80 tcp'), 'block-name').map((d) => d.severity), ['warning']);
  });
});

describe('value rules: invalid-enum', () => {
  it("state master is not MASTER: keepalived starts as BACKUP; the fix writes MASTER", () => {
    const text = vi(['state master']);
    const [d] = findings(text, 'invalid-enum');
    assert.match(d.message, /defaulting to BACKUP/);
    assert.match(d.message, /case-sensitively/);
    assert.match(fixed(text, 'invalid-enum'), /state MASTER/);
  });

  it('lb_kind ROUTE is how ipvsadm prints DR', () => {
    const text = vs().replace('lb_kind NAT', 'lb_kind ROUTE');
    const [d] = findings(text, 'invalid-enum');
    assert.match(d.message, /ipvsadm \*prints\*/);
    assert.match(fixed(text, 'invalid-enum'), /lb_kind DR/);
    assert.match(fixed(vs().replace('lb_kind NAT', 'lb_kind nat'), 'invalid-enum'), /lb_kind NAT/);
  });

  it('lb_algo and auth_type are case-sensitive, protocol is not', () => {
    assert.match(fixed(vs().replace('lb_algo rr', 'lb_algo RR'), 'invalid-enum'), /lb_algo rr/);
    assert.deepEqual(lines(vs().replace('lb_algo rr', 'lb_algo rrr'), 'invalid-enum'), [2]);
    assert.deepEqual(lines(vs().replace('protocol TCP', 'protocol tcp'), 'invalid-enum'), []);
    assert.deepEqual(lines(vs().replace('protocol TCP', 'protocol ICMP'), 'invalid-enum'), [4]);
    assert.deepEqual(lines(vi(['authentication {', '  auth_type pass', '  auth_pass secret', '}']), 'invalid-enum'), [5]);
  });

  it('DNS_CHECK type is case-insensitive in 2.2 only', () => {
    const text = vs([], ['DNS_CHECK {', '  type a', '}']);
    assert.deepEqual(lines(text, 'invalid-enum', { version: '2.2' }), []);
    assert.deepEqual(lines(text, 'invalid-enum', { version: '2.4' }), [7]);
  });

  it('tunnel options of lb_kind TUN', () => {
    assert.deepEqual(lines(vs().replace('lb_kind NAT', 'lb_kind TUN type gue'), 'invalid-enum'), [3]);
    assert.deepEqual(lines(vs().replace('lb_kind NAT', 'lb_kind TUN type gue port 6080'), 'invalid-enum'), []);
    assert.deepEqual(lines(vs().replace('lb_kind NAT', 'lb_kind TUN type ipip csum'), 'invalid-enum'), [3]);
  });

  it('weight options and include_check words', () => {
    assert.deepEqual(lines('vrrp_script s {\n  script "/usr/bin/true"\n  weight 10 noreverse\n}\n', 'invalid-enum'), [3]);
    assert.deepEqual(lines('global_defs {\n  include_check read match\n}\n', 'invalid-enum'), [2]);
    assert.deepEqual(lines('global_defs {\n  include_check read +match -brace_match\n}\n', 'invalid-enum'), []);
  });
});

describe('value rules: invalid-boolean and false-still-enables', () => {
  it('only exact lower-case words are booleans; the fix lower-cases', () => {
    const text = 'global_defs {\n  smtp_alert True\n}\n';
    const [d] = findings(text, 'invalid-boolean');
    assert.match(d.message, /leaves the setting unchanged/);
    assert.match(fixed(text, 'invalid-boolean'), /smtp_alert true/);
    assert.deepEqual(lines('global_defs {\n  smtp_alert maybe\n}\n', 'invalid-boolean'), [2]);
    assert.deepEqual(lines('global_defs {\n  smtp_alert off\n}\n', 'invalid-boolean'), []);
  });

  it('skip_check_adv_addr false still enables the option', () => {
    const text = vi(['skip_check_adv_addr false']);
    const [d] = findings(text, 'false-still-enables');
    assert.match(d.message, /enables it/);
    assert.doesNotMatch(fixed(text, 'false-still-enables'), /skip_check_adv_addr/);
    assert.deepEqual(lines(vi(['skip_check_adv_addr true']), 'false-still-enables'), []);
  });

  it('in 2.2, global vrrp_strict takes no value: "vrrp_strict no" switches strict mode on', () => {
    const text = 'global_defs {\n  vrrp_strict no\n}\n';
    assert.deepEqual(lines(text, 'false-still-enables', { version: '2.2' }), [2]);
    assert.deepEqual(lines(text, 'invalid-boolean', { version: '2.2' }), []);
    assert.deepEqual(lines(text, 'false-still-enables', { version: '2.4' }), []);
  });
});
