import * as assert from 'node:assert/strict';
import { isIPv4, isIPv6, parseSockaddr } from '../../../src/language/rules/values/ipAddress';
import { lint } from '../../support/fixtures';
import { findings, fixed, lines, marked, vi, vs } from './helpers';

describe('value rules: address parsing (inet_pton rules)', () => {
  it('IPv4: four decimal octets, no leading zeros, no missing octets', () => {
    for (const ok of ['0.0.0.0', '192.0.2.1', '255.255.255.255']) assert.equal(isIPv4(ok), true, ok);
    for (const bad of ['192.0.2', '192.0.2.', '192.0.2.256', '010.0.0.1', '1.2.3.4.5', '1..2.3', 'a.b.c.d', '']) assert.equal(isIPv4(bad), false, bad);
  });

  it('IPv6: hex groups, one ::, an IPv4 tail; no %scope', () => {
    for (const ok of ['::', '::1', 'fe80::1', '2001:db8::1:2', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8']) assert.equal(isIPv6(ok), true, ok);
    for (const bad of ['1:2:3:4:5:6:7:8:9', '1::2::3', 'fe80::1%eth0', '12345::', '1:', ':1', 'g::1']) assert.equal(isIPv6(bad), false, bad);
  });

  it('socket addresses drop anything from the first - or /', () => {
    assert.deepEqual(parseSockaddr('192.0.2.1/24'), { family: 4, address: '192.0.2.1', valid: true, dropped: '/24' });
    assert.equal(parseSockaddr('192.0.2.1-9').valid, true);
  });
});

describe('value rules: address lists (virtual_ipaddress, static_ipaddress)', () => {
  it('two addresses on one line: the second is an unknown option; the fix splits the line', () => {
    const text = vi([], '192.0.2.10 192.0.2.11');
    const [d] = findings(text, 'invalid-address-option');
    assert.equal(marked(text, d), '192.0.2.11');
    assert.match(d.message, /Unknown configuration entry '192.0.2.11' for ip address - ignoring/);
    assert.match(d.message, /one address per line/i);
    const out = fixed(text, 'invalid-address-option');
    assert.match(out, /\n {4}192\.0\.2\.10\n {4}192\.0\.2\.11\n/);
    assert.deepEqual(lines(out, 'invalid-address-option'), []);
  });

  it('the same on one line with braces', () => {
    const text = 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 9\n  virtual_ipaddress { 192.0.2.1 192.0.2.2 }\n}\n';
    assert.deepEqual(lines(text, 'invalid-address-option'), [4]);
  });

  it('invalid addresses and prefixes', () => {
    assert.deepEqual(lines(vi([], '192.0.2.300/24'), 'invalid-address'), [5]);
    const [p] = findings(vi([], '192.0.2.10/33'), 'invalid-prefix');
    assert.match(p.message, /uses \/32/);
    assert.match(findings(vi([], '192.0.2./24'), 'invalid-address')[0].message, /octet is missing/);
    assert.match(findings(vi([], 'fe80::1%eth0'), 'invalid-address')[0].message, /%scope/);
  });

  it('options: unknown word, value missing (address dropped), label length, brd on /32, scope', () => {
    assert.match(findings(vi([], '192.0.2.10 bogus'), 'invalid-address-option')[0].message, /Unknown configuration entry 'bogus'/);
    assert.match(findings(vi([], '192.0.2.10 dev'), 'invalid-address-option')[0].message, /drops the address/);
    assert.deepEqual(lines(vi([], '192.0.2.10 label abcdefghijklmnop'), 'invalid-address-option'), [5]);
    assert.deepEqual(lines(vi([], '192.0.2.10 brd +'), 'invalid-address-option'), [5]);
    assert.deepEqual(lines(vi([], '192.0.2.10/24 brd + dev eth0 scope link label eth0:1 no_track'), 'invalid-address-option'), []);
    assert.deepEqual(lines(vi([], '192.0.2.10 scope bogus'), 'invalid-address-option'), [5]);
  });

  it('use_vmac is for VIPs only, track_group for static addresses only', () => {
    assert.deepEqual(lines(vi([], '192.0.2.10 use_vmac'), 'invalid-address-option'), []);
    assert.deepEqual(lines('static_ipaddress {\n  192.0.2.10/24 dev eth0 use_vmac\n}\n', 'invalid-address-option'), [2]);
  });
});

describe('value rules: routes and rules', () => {
  const vroute = (item: string) => vi(['virtual_routes {', `  ${item}`, '}']);

  it('deprecated gw and or; the fix renames gw to via', () => {
    const text = vroute('192.0.2.0/24 gw 198.51.100.1 dev eth0');
    const [d] = findings(text, 'deprecated-keyword');
    assert.deepEqual(d.tags, ['deprecated']);
    assert.match(fixed(text, 'deprecated-keyword'), /via 198\.51\.100\.1/);
    assert.deepEqual(lines(vroute('192.0.2.0/24 via 198.51.100.1 or 198.51.100.2 dev eth0'), 'deprecated-keyword'), [5]);
  });

  it('routes without dev cannot be tracked by keepalived 2.2 (not reported for 2.4, nor with no_track)', () => {
    const text = vroute('192.0.2.0/24 via 198.51.100.1');
    assert.deepEqual(lines(text, 'route-not-tracked', { version: '2.2' }), [5]);
    assert.deepEqual(lines(text, 'route-not-tracked', { version: '2.4' }), []);
    assert.deepEqual(lines(vroute('192.0.2.0/24 via 198.51.100.1 no_track'), 'route-not-tracked'), []);
    assert.match(fixed(text, 'route-not-tracked'), /via 198\.51\.100\.1 no_track/);
  });

  it('typos in route words and bad addresses drop the route', () => {
    assert.match(findings(vroute('192.0.2.0/24 va 198.51.100.1 dev eth0'), 'invalid-route')[0].message, /unknown route keyword va/);
    assert.deepEqual(lines(vroute('192.0.2.0/24 via 198.51.100.300 dev eth0'), 'invalid-address'), [5]);
    assert.deepEqual(lines(vroute('192.0.2.0/24 via fe80::1 dev eth0'), 'invalid-route'), [5]);
    assert.deepEqual(lines(vroute('blackhole 192.0.2.1/32'), 'invalid-route'), []);
    assert.deepEqual(lines(vroute('dev eth0'), 'invalid-route'), [5]);
  });

  it('rules: invalid address, missing preference, no action, unknown option', () => {
    const rule = (item: string) => `static_rules {\n  ${item}\n}\n`;
    assert.match(findings(rule('to 192.168.100./24 table 1'), 'invalid-address')[0].message, /Invalid rule to address/);
    const [w] = findings(rule('from 192.0.2.0/24 table 1'), 'rule-without-preference');
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /probably not what you want/);
    assert.deepEqual(lines(rule('from 192.0.2.0/24 table 1 preference 100'), 'rule-without-preference'), []);
    assert.deepEqual(lines(rule('from 192.0.2.0/24 preference 100'), 'invalid-rule'), [2]);
    assert.deepEqual(lines(rule('from 192.0.2.0/24 bogus 1 table 1 preference 5'), 'invalid-rule'), [2]);
    assert.deepEqual(lines(rule('from 192.0.2.0/24 table 1 preference 0x10'), 'invalid-rule'), []);
  });
});

describe('value rules: servers, groups, peers and address keywords', () => {
  it('virtual_server / real_server addresses', () => {
    assert.match(findings(vs([], [], '192.0.2.300 80'), 'invalid-address')[0].message, /skips the whole virtual_server/);
    assert.match(findings(vs([], [], '192.0.2.1:80'), 'invalid-address')[0].message, /separate word/);
    assert.deepEqual(lines(vs([], [], '192.0.2.100 80', '198.51.100.2.5 80'), 'invalid-address'), [5]);
    assert.deepEqual(findings(vs([], [], '192.0.2.100/24 80'), 'invalid-prefix').map((d) => d.severity), ['warning']);
  });

  it('virtual_server_group entries', () => {
    const g = (item: string) => `virtual_server_group G {\n  ${item}\n}\n`;
    assert.deepEqual(lines(g('192.0.2.1-10 80'), 'invalid-address'), []);
    assert.deepEqual(lines(g('192.0.2.10-5 80'), 'invalid-address'), [2]);
    assert.deepEqual(lines(g('192.0.2.1/24 80'), 'invalid-prefix'), [2]);
    assert.deepEqual(lines(g('192.0.2.0/24 80'), 'invalid-prefix'), []);
    assert.deepEqual(lines(g('192.0.2.1 80x'), 'invalid-number'), [2]);
    assert.deepEqual(lines(g('fwmark 5 inet'), 'invalid-address-option'), []);
  });

  it('unicast peers', () => {
    const peers = (item: string) => vi(['unicast_peer {', `  ${item}`, '}']);
    assert.deepEqual(lines(peers('192.0.2.300'), 'invalid-address'), [5]);
    assert.deepEqual(lines(peers('192.0.2.2 foo 5'), 'invalid-address-option'), [5]);
    assert.deepEqual(lines(peers('192.0.2.2 min_ttl 5 max_ttl 10'), 'invalid-address-option'), []);
  });

  it('address keywords and multicast groups', () => {
    assert.deepEqual(lines(vi(['unicast_src_ip 192.0.2.300']), 'invalid-address'), [4]);
    assert.deepEqual(lines(vi(['mcast_dst_ip 192.0.2.1']), 'invalid-address'), [4]);
    assert.deepEqual(lines(vi(['mcast_dst_ip 224.0.0.19']), 'invalid-address'), []);
    assert.deepEqual(lines('global_defs {\n  vrrp_mcast_group4 ff02::12\n}\n', 'invalid-address'), [2]);
  });

  it('the seed lab VIP with dev has no address findings', () => {
    const a = lint(vi([], '192.0.2.100/24 dev eth1'));
    assert.deepEqual(a.diagnostics.filter((d) => d.code.startsWith('invalid-')), []);
  });
});

describe('value rules: persistence_granularity', () => {
  const vsWith = (value: string, header = '192.0.2.100 80') => vs([`persistence_granularity ${value}`], [], header);

  it('an IPv4 service takes a netmask; a small number is read as 0.0.0.N', () => {
    assert.deepEqual(lines(vsWith('255.255.255.0'), 'invalid-prefix'), []);
    const text = vsWith('24');
    const [d] = findings(text, 'invalid-prefix');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /0\.0\.0\.24/);
    assert.match(fixed(text, 'invalid-prefix'), /persistence_granularity 255\.255\.255\.0/);
    assert.deepEqual(lines(vsWith('eth0'), 'invalid-address'), [5]);
  });

  it('an IPv6 service takes a prefix length 1-128', () => {
    assert.deepEqual(lines(vsWith('64', '2001:db8::1 80'), 'invalid-prefix'), []);
    assert.deepEqual(lines(vsWith('129', '2001:db8::1 80'), 'invalid-prefix'), [5]);
  });
});
