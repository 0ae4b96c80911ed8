// smtp_server addresses, empty notification_email, and interface names that cannot exist.
import * as assert from 'node:assert/strict';
import { isInetAton } from '../../../src/language/rules/values/smtpServer';
import { findings, fixed, lines, marked, vi } from './helpers';

const smtp = (v: string) => `global_defs {\n  smtp_server ${v}\n}\n`;

describe('values: invalid-smtp-server', () => {
  it('accepts what getaddrinfo reads as an address, and host names (resolved on the host)', () => {
    for (const v of ['192.0.2.25', '192.0.2.25 2525', '127.1', '0x7f000001', '192.0.2.021', '2001:db8::25', 'fe80::1%eth0', 'mail.example.com', 'localhost']) {
      assert.deepEqual(lines(smtp(v), 'invalid-smtp-server'), [], v);
    }
  });

  it('reports a prefix, brackets, a range, an IPv4 %scope and bad numeric addresses with keepalived\'s message', () => {
    for (const v of ['192.0.2.25/24', '[2001:db8::25] 25', '192.0.2.25-30', '192.0.2.25%eth0', '192.0.2.300', '1.2.3.4.5', '08', '2001:db8:::25']) {
      const d = findings(smtp(v), 'invalid-smtp-server');
      assert.equal(d.length, 1, v);
      const [addr, port] = v.split(' ');
      assert.ok(d[0].message.includes(`"Invalid smtp server ${addr} ${port ?? '25'}"`), d[0].message);
      assert.equal(marked(smtp(v), d[0]), addr);
    }
  });

  it('fixes a prefix or brackets by keeping the address', () => {
    assert.match(fixed(smtp('192.0.2.25/24'), 'invalid-smtp-server'), /smtp_server 192\.0\.2\.25\n/);
    assert.match(fixed(smtp('[2001:db8::25] 25'), 'invalid-smtp-server'), /smtp_server 2001:db8::25 25\n/);
  });

  it('leaves a trailing ; to semicolon-in-value', () => {
    assert.deepEqual(lines(smtp('192.0.2.25;'), 'invalid-smtp-server'), []);
    assert.deepEqual(lines(smtp('192.0.2.25;'), 'semicolon-in-value'), [2]);
  });

  it('isInetAton follows glibc: 1-4 parts, octal and hex, the last part fills the rest', () => {
    const ok = ['1', '4294967295', '1.16777215', '1.2.65535', '0x7f.1', '0177.0.0.1', '0'];
    const bad = ['4294967296', '1.16777216', '256.1.1.1', '1..2', '08', '1.2.3.4.5', ''];
    for (const v of ok) assert.ok(isInetAton(v), v);
    for (const v of bad) assert.ok(!isInetAton(v), v);
  });
});

describe('values: empty-notification-email', () => {
  it('an empty block is a warning whose range ends on its } (where keepalived reports it)', () => {
    const text = 'global_defs {\n  notification_email {\n  }\n}\n';
    const d = findings(text, 'empty-notification-email');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.match(d[0].message, /Warning - empty notification_email block/);
    assert.deepEqual([d[0].range.start.line, d[0].range.end.line], [1, 2]);
    assert.deepEqual(lines('global_defs {\n  notification_email { }\n}\n', 'empty-notification-email'), [2]);
  });

  it('a block with an address is fine', () => {
    assert.deepEqual(lines('global_defs {\n  notification_email {\n    admin@example.com\n  }\n}\n', 'empty-notification-email'), []);
  });
});

describe('values: invalid-interface-name for characters no interface has', () => {
  const names = (iface: string) => findings(vi([], '192.0.2.10').replace('interface eth0', `interface ${iface}`), 'invalid-interface-name');

  it('reports an alias label, ip link\'s NAME@PEER, a leading -, and ; $ \\ inside the name', () => {
    assert.match(names('eth0:1')[0].message, /address label.*Use the interface itself \('eth0'\)/);
    assert.match(names('veth0@if5')[0].message, /interface name is only 'veth0'/);
    assert.match(names('-eth0')[0].message, /starts with '-'/);
    assert.match(names('eth;0')[0].message, /contains ';'/);
    assert.match(names('eth$0')[0].message, /contains '\$'/);
    assert.match(names('eth\\0')[0].message, /contains '\\'/);
    assert.match(names('"eth 0"')[0].message, /cannot be a Linux interface name/);
    for (const n of ['eth0:1', 'veth0@if5', '-eth0', 'eth;0']) assert.match(names(n)[0].message, /doesn't exist/);
  });

  it('leaves a trailing ; and an undefined $NAME to their own rules, and accepts usual names', () => {
    assert.deepEqual(names('eth0;'), []);
    assert.deepEqual(names('e$UNDEFINED'), []);
    for (const n of ['eth0', 'br-lan.100', 'enp0s31f6', 'wlan_1', 'vrrp.51']) assert.deepEqual(names(n), [], n);
  });

  it('checks dev in VIPs and track_interface entries too', () => {
    const text = vi(['track_interface {', '  eth0:1', '}'], '192.0.2.10 dev eth0:2 label eth0:3');
    assert.deepEqual(findings(text, 'invalid-interface-name').map((d) => marked(text, d)), ['eth0:1', 'eth0:2']);
  });
});
