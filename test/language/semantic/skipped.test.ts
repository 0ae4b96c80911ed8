// What keepalived drops while reading, and the checks that then see nothing left: real servers
// skipped for a bad address, port or family; VIPs of the other family; a sorry server set too late.
import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

const vs = (head: string, body: string[]) => [`virtual_server ${head} {`, '  lb_algo rr', '  lb_kind NAT', '  protocol TCP', ...body.map((l) => `  ${l}`), '}', ''].join('\n');
const rs = (header: string) => [`real_server ${header} {`, '}'];

describe('semantic: vs-no-real-servers counts only the real servers keepalived keeps', () => {
  it('every real server skipped (bad address, bad port, other family) is like none', () => {
    const text = vs('192.0.2.10 80', [...rs('192.0.2.300 80'), ...rs('192.0.2.21 99999'), ...rs('2001:db8::21 80')]);
    const d = only(lint(text), 'vs-no-real-servers');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /Virtual server \[192\.0\.2\.10\]:tcp:80 has no real servers - ignoring/);
    assert.match(d[0].message, /line 5: an address.*line 7: a port.*line 9: another address family/);
    assert.equal(d[0].related?.length, 3);
  });

  it('one real server kept is enough; port 0, no port and a tunnelled other-family server are kept', () => {
    assert.deepEqual(lines(vs('192.0.2.10 80', [...rs('192.0.2.300 80'), ...rs('192.0.2.21 80')]), 'vs-no-real-servers'), []);
    assert.deepEqual(lines(vs('192.0.2.10 80', rs('192.0.2.21 0')), 'vs-no-real-servers'), []);
    assert.deepEqual(lines(vs('192.0.2.10 80', rs('192.0.2.21')), 'vs-no-real-servers'), []);
    assert.deepEqual(lines(vs('192.0.2.10 80', ['lb_kind TUN', ...rs('2001:db8::21 80')]), 'vs-no-real-servers'), []);
  });

  it('fwmark services take the family from ip_family, else from the first kept real server', () => {
    assert.deepEqual(lines(vs('fwmark 7', ['ip_family inet', ...rs('2001:db8::21')]), 'vs-no-real-servers'), [1]);
    assert.deepEqual(lines(vs('fwmark 7', [...rs('2001:db8::21'), ...rs('192.0.2.21')]), 'vs-no-real-servers'), []);
  });

  it('rs-family-mismatch leaves out a real server already skipped for its port', () => {
    assert.deepEqual(lines(vs('192.0.2.10 80', rs('2001:db8::21 80%TUN')), 'rs-family-mismatch'), []);
    assert.deepEqual(lines(vs('192.0.2.10 80', rs('2001:db8::21 80')), 'rs-family-mismatch'), [5]);
  });
});

describe('semantic: vrrp-no-vip when every VIP is of the other family', () => {
  it('an IPv4 instance (from unicast_src_ip) with only IPv6 VIPs has no VIP left', () => {
    const d = only(lint(instance('VI_1', 51, ['unicast_src_ip 192.0.2.1', 'unicast_peer {', '  192.0.2.2', '}'], '2001:db8::10')), 'vrrp-no-vip');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.match(d[0].message, /\(VI_1\) No VIP specified; at least one is sensible/);
    assert.match(d[0].message, /drops its IPv6 virtual_ipaddress entries/);
  });

  it('an IPv6 instance (VRRPv3) whose VIPs are IPv4: "at least one is required", an error', () => {
    const d = only(lint(instance('VI_1', 51, ['unicast_peer {', '  2001:db8::2', '}'])), 'vrrp-no-vip');
    assert.equal(d[0].severity, 'error');
    assert.match(d[0].message, /at least one is required/);
  });

  it('one VIP of the right family is enough', () => {
    assert.deepEqual(lines(instance('VI_1', 51, ['virtual_ipaddress {', '  fe80::1', '}']), 'vrrp-no-vip'), []);
  });
});

describe('semantic: sorry-server-order', () => {
  it('sorry_server_inhibit above sorry_server is dropped; the fix moves it below', () => {
    const text = vs('192.0.2.10 80', ['sorry_server_inhibit', 'sorry_server 192.0.2.99 80', ...rs('192.0.2.21 80')]);
    const d = only(lint(text), 'sorry-server-order');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [5]);
    assert.match(d[0].message, /Ignoring sorry_server inhibit used before or without sorry_server/);
    const fixed = apply(text, fixes(text, 'sorry-server-order')[0]);
    assert.match(fixed, /sorry_server 192\.0\.2\.99 80\n {2}sorry_server_inhibit\n/);
    assert.deepEqual(lines(fixed, 'sorry-server-order'), []);
  });

  it('sorry_server_lvs_method without any sorry_server, or after one keepalived skipped', () => {
    const none = only(lint(vs('192.0.2.10 80', ['sorry_server_lvs_method DR', ...rs('192.0.2.21 80')])), 'sorry-server-order');
    assert.match(none[0].message, /sorry_server forwarding used without sorry_server/);
    assert.equal(fixes(vs('192.0.2.10 80', ['sorry_server_lvs_method DR', ...rs('192.0.2.21 80')]), 'sorry-server-order')[0].title, "Remove 'sorry_server_lvs_method'");
    const skipped = only(lint(vs('192.0.2.10 80', ['sorry_server 192.0.2.300 80', 'sorry_server_inhibit', ...rs('192.0.2.21 80')])), 'sorry-server-order');
    assert.match(skipped[0].message, /line 5\) is skipped/);
  });

  it('after a sorry_server both settings are fine', () => {
    assert.deepEqual(lines(vs('192.0.2.10 80', ['sorry_server 192.0.2.99 80', 'sorry_server_inhibit', 'sorry_server_lvs_method DR', ...rs('192.0.2.21 80')]), 'sorry-server-order'), []);
  });
});

describe('semantic: track_group references in static routes and rules', () => {
  it('an unknown track_group on a static route or rule is reported like on a static address', () => {
    const text = 'static_routes {\n  198.51.100.0/24 via 192.0.2.1 dev eth0 track_group TG1\n}\nstatic_rules {\n  from 198.51.100.0/24 table 100 dev eth0 track_group TG2\n}\n';
    const d = only(lint(text), 'undefined-reference');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [2, 5]);
    assert.match(d[0].message, /track_group TG1 not found/);
    assert.match(d[0].message, /adds the route without tracking/);
    assert.match(d[1].message, /adds the rule without tracking/);
    const defined = 'track_group TG1 {\n  group {\n    VI_1\n  }\n}\n' + instance('VI_1', 51) + text;
    assert.deepEqual(only(lint(defined), 'undefined-reference').map((x) => x.range.start.line + 1), [17]);
  });
});
