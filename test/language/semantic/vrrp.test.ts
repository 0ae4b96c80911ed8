import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, REPO } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

describe('semantic: VRRP instance checks', () => {
  it('vrid-required: reports a missing virtual_router_id at the header and adds one with the fix', () => {
    const text = instance('VI_1', undefined);
    const d = only(lint(text), 'vrid-required');
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 18 } });
    assert.match(d[0].message, /\(VI_1\) the virtual router id must be set/);
    const fixed = apply(text, fixes(text, 'vrid-required')[0]);
    assert.match(fixed, /^vrrp_instance VI_1 \{\n {2}virtual_router_id 51\n {2}interface eth0/);
    assert.deepEqual(lines(fixed, 'vrid-required'), []);
    assert.deepEqual(lines(instance('VI_1', undefined, ['virtual_router_id 300']), 'vrid-required'), [1], 'an invalid id counts as missing');
  });

  it('vrrp-interface-required: needs interface (2.2 also for unicast; 2.4 accepts unicast_src_ip)', () => {
    const noIf = 'vrrp_instance VI_1 {\n  virtual_router_id 51\n  virtual_ipaddress {\n    192.0.2.10 dev eth1\n  }\n}\n';
    const d = only(lint(noIf), 'vrrp-interface-required');
    assert.match(d[0].message, /\(VI_1\) Unknown interface!/);
    assert.match(apply(noIf, fixes(noIf, 'vrrp-interface-required')[0]), /\{\n {2}interface eth1\n {2}virtual_router_id 51/);
    const uni = 'vrrp_instance VI_1 {\n  virtual_router_id 51\n  unicast_src_ip 192.0.2.1\n  unicast_peer {\n    192.0.2.2\n  }\n  virtual_ipaddress {\n    192.0.2.10\n  }\n}\n';
    assert.deepEqual(lines(uni, 'vrrp-interface-required'), [1]);
    assert.deepEqual(lines(uni, 'vrrp-interface-required', { version: '2.4' }), []);
    assert.deepEqual(lines(instance('VI_1', 51), 'vrrp-interface-required'), []);
  });

  it('vrrp-no-vip: a warning normally, an error in strict mode', () => {
    const text = 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n}\n';
    assert.equal(only(lint(text), 'vrrp-no-vip')[0].severity, 'warning');
    assert.equal(only(lint('global_defs {\n  vrrp_strict\n}\n' + text), 'vrrp-no-vip')[0].severity, 'error');
    assert.deepEqual(lines(instance('VI_1', 51), 'vrrp-no-vip'), []);
  });

  it('state-repeated: a BACKUP after MASTER is an error (MASTER wins) and the fix removes it', () => {
    const text = instance('VI_1', 51, ['state MASTER', 'state BACKUP']);
    const d = only(lint(text), 'state-repeated');
    assert.deepEqual(d.map((x) => [x.range.start.line + 1, x.severity]), [[5, 'error']]);
    assert.match(d[0].message, /state previously set as MASTER - ignoring BACKUP/);
    assert.doesNotMatch(apply(text, fixes(text, 'state-repeated')[0]), /BACKUP/);
    assert.deepEqual(lines(instance('VI_1', 51, ['state BACKUP']), 'state-repeated'), []);
  });

  it('preempt-ignored: nopreempt with priority 255 or initial MASTER, preempt_delay with nopreempt', () => {
    assert.match(only(lint(instance('VI_1', 51, ['priority 255', 'nopreempt'])), 'preempt-ignored')[0].message, /nopreempt is incompatible with priority 255/);
    assert.match(only(lint(instance('VI_1', 51, ['state MASTER', 'priority 150', 'nopreempt'])), 'preempt-ignored')[0].message, /nopreempt will not work with initial state MASTER/);
    assert.match(only(lint(instance('VI_1', 51, ['state BACKUP', 'nopreempt', 'preempt_delay 10'])), 'preempt-ignored')[0].message, /preempt_delay is incompatible with nopreempt mode/);
    assert.deepEqual(lines(instance('VI_1', 51, ['state BACKUP', 'priority 150', 'nopreempt']), 'preempt-ignored'), []);
  });

  it('strict-mode-conflict: owner/state mismatch, authentication, accept with VRRPv2', () => {
    const text = 'global_defs {\n  vrrp_strict\n}\n' + instance('VI_1', 51, ['state MASTER', 'priority 100', 'accept', 'authentication {', '  auth_type PASS', '  auth_pass 1111', '}']);
    const d = only(lint(text), 'strict-mode-conflict');
    const msgs = d.map((x) => x.message).join('\n');
    assert.match(msgs, /State MASTER must match being address owner/);
    assert.match(msgs, /Strict mode does not support authentication\. Ignoring\./);
    assert.match(msgs, /accept mode for VRRP version 2 does not comply with RFC3768 - resetting/);
    assert.equal(d.length, 3);
    assert.deepEqual(lines(instance('VI_1', 51, ['state MASTER', 'priority 100', 'accept']), 'strict-mode-conflict'), [], 'not without strict mode');
    assert.deepEqual(lines(instance('VI_1', 51, ['strict_mode off', 'authentication {', '  auth_type PASS', '  auth_pass 1', '}']).replace('', 'global_defs {\n  vrrp_strict\n}\n'), 'strict-mode-conflict'), [], 'strict_mode off wins over vrrp_strict');
  });

  it('strict-mode-conflict: unicast peers are refused by 2.4, a warning for 2.2', () => {
    const text = instance('VI_1', 51, ['strict_mode', 'unicast_peer {', '  192.0.2.2', '}']);
    assert.equal(only(lint(text), 'strict-mode-conflict')[0].severity, 'warning');
    assert.equal(only(lint(text, { version: '2.4' }), 'strict-mode-conflict')[0].severity, 'error');
  });

  it('vrrp-auth-conflict: AH with initial MASTER below 255, authentication with VRRPv3', () => {
    const ah = instance('VI_1', 51, ['state MASTER', 'priority 150', 'authentication {', '  auth_type AH', '  auth_pass 1111', '}']);
    assert.match(only(lint(ah), 'vrrp-auth-conflict')[0].message, /Initial state master is incompatible with AH authentication - clearing/);
    const v3 = instance('VI_1', 51, ['version 3', 'authentication {', '  auth_type PASS', '  auth_pass 1111', '}']);
    assert.match(only(lint(v3), 'vrrp-auth-conflict')[0].message, /VRRP version 3 does not support authentication/);
    assert.deepEqual(lines(ah.replace('priority 150', 'priority 255'), 'vrrp-auth-conflict'), []);
    assert.deepEqual(lines(v3.replace('version 3', 'version 2'), 'vrrp-auth-conflict'), []);
  });

  it('vrrp-family-mismatch: an IPv6 VIP in an IPv4 instance', () => {
    const text = instance('VI_1', 51, [], '192.0.2.10\n    fe80::1');
    const d = only(lint(text), 'vrrp-family-mismatch');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /address family must match VRRP instance \[fe80::1\] - ignoring/);
    assert.deepEqual(lines(instance('VI_1', 51, [], '2001:db8::1\n    fe80::1'), 'vrrp-family-mismatch'), []);
  });

  it('vip-duplicate: a warning for 2.2 (silent there), an error for 2.4, removed by the fix', () => {
    const text = instance('VI_1', 51, [], '192.0.2.10\n    192.0.2.10/24');
    const d = only(lint(text), 'vip-duplicate');
    assert.equal(d[0].severity, 'warning');
    assert.equal(only(lint(text, { version: '2.4' }), 'vip-duplicate')[0].severity, 'error');
    assert.equal(apply(text, fixes(text, 'vip-duplicate')[0]), instance('VI_1', 51));
  });

  it('unicast-without-peers: unicast_ttl is reset, unicast_src_ip falls back to multicast', () => {
    const text = instance('VI_1', 51, ['unicast_src_ip 192.0.2.1', 'unicast_ttl 5']);
    const d = only(lint(text), 'unicast-without-peers');
    assert.equal(d.length, 2);
    assert.deepEqual(lines(instance('VI_1', 51, ['unicast_src_ip 192.0.2.1', 'unicast_peer {', '  192.0.2.2', '}']), 'unicast-without-peers'), []);
  });

  it('does not flag the seed lab\'s VIP with a /24 prefix (explains nothing about it)', () => {
    const file = path.join(REPO, 'examples', 'seed-lab', 'lb1', 'keepalived.conf');
    const a = lint(fs.readFileSync(file, 'utf8'), { file });
    const vipLine = 15;
    assert.deepEqual(a.diagnostics.filter((d) => d.range.start.line === vipLine).map((d) => d.code), []);
  });
});
