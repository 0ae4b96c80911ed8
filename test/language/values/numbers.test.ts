import * as assert from 'node:assert/strict';
import { readNumber } from '../../../src/language/rules/values/numberParsing';
import { lint } from '../../support/fixtures';
import { findings, fixed, lines, marked, vi, vs } from './helpers';

describe('value rules: reading numbers like keepalived', () => {
  const uint = { kind: 'uint' as const, min: 1, max: 255 };
  const int = { kind: 'int' as const, min: -253, max: 253 };
  const timer = { kind: 'decimal' as const, min: 0.000001, max: 4294.967295, digits: 6 };

  it('integers must be complete words: trailing letters, decimals and units are invalid', () => {
    for (const w of ['10x', '1.5', '1s', 'abc', '0x10', '']) {
      const r = readNumber(w, uint);
      if (w === '') assert.equal(r.accepted, false, 'empty reads as 0, which is out of range');
      else assert.deepEqual(r.problems.map((p) => p.code), ['invalid-number'], w);
    }
  });

  it('accepts what strtoul accepts: leading + and blanks, leading zeros in base 10', () => {
    assert.equal(readNumber('+5', uint).value, 5);
    assert.equal(readNumber(' 7', uint).value, 7);
    assert.equal(readNumber('010', uint).value, 10);
  });

  it('a minus sign on an unsigned value is "negative", on a signed one it is a number', () => {
    assert.deepEqual(readNumber('-1', uint).problems, [{ code: 'negative-number' }]);
    assert.equal(readNumber('-100', int).value, -100);
    assert.deepEqual(readNumber('-254', int).problems, [{ code: 'out-of-range' }]);
  });

  it('huge values are out of range rather than wrapping', () => {
    assert.deepEqual(readNumber('99999999999999999999999', uint).problems, [{ code: 'out-of-range' }]);
    assert.deepEqual(readNumber('4294967296', { kind: 'uint', min: 0, max: 4294967295 }).problems, [{ code: 'out-of-range' }]);
  });

  it('decimals: range in seconds, extra fractional digits are rounded on the next digit and reported', () => {
    assert.equal(readNumber('0.5', timer).value, 0.5);
    assert.deepEqual(readNumber('0', timer).problems, [{ code: 'out-of-range' }]);
    const r = readNumber('1.0000005', timer);
    assert.deepEqual(r.problems, [{ code: 'too-many-decimals', rounded: '1.000001' }]);
    assert.equal(r.accepted, true);
    assert.deepEqual(readNumber('1.5x', timer).problems.map((p) => p.code), ['invalid-number']);
    assert.deepEqual(readNumber('-1', timer).problems, [{ code: 'negative-number' }]);
    assert.equal(readNumber('.5', timer).value, 0.5);
  });
});

describe('value rules: number findings', () => {
  it('priority out of range says keepalived uses 100 and offers the nearest bound', () => {
    const text = vi(['priority 300']);
    const [d] = findings(text, 'out-of-range');
    assert.match(d.message, /between 1 and 255/);
    assert.match(d.message, /default priority 100/);
    assert.equal(marked(text, d), '300');
    assert.match(fixed(text, 'out-of-range'), /priority 255/);
  });

  it('virtual_router_id 0 and 256 are out of range, 1 and 255 are fine', () => {
    assert.deepEqual(lines(vi(['virtual_router_id 0']), 'out-of-range'), [4]);
    assert.deepEqual(lines(vi(['virtual_router_id 256']), 'out-of-range'), [4]);
    assert.deepEqual(lines(vi(['virtual_router_id 255']), 'out-of-range'), []);
  });

  it('advert_int 1s is not a number; the fix drops the unit', () => {
    const text = vi(['advert_int 1s']);
    const [d] = findings(text, 'invalid-number');
    assert.match(d.message, /without a unit/);
    assert.match(fixed(text, 'invalid-number'), /advert_int 1\n/);
  });

  it('a fraction where a whole number is needed is explained', () => {
    const [d] = findings(vi(['priority 100.5']), 'invalid-number');
    assert.match(d.message, /whole numbers only/);
  });

  it('too many decimal places is a warning with the rounded value as fix', () => {
    const text = 'global_defs {\n  vrrp_garp_interval 0.0000015\n}\n';
    const [d] = findings(text, 'too-many-decimals');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /uses 0.000002/);
    assert.match(fixed(text, 'too-many-decimals'), /vrrp_garp_interval 0.000002/);
  });

  it('vrrp_garp_interval 0 is rejected (keepalived\'s own sample has it)', () => {
    const [d] = findings('global_defs {\n  vrrp_garp_interval 0\n}\n', 'out-of-range');
    assert.match(d.message, /at least|between 0.000001/);
  });

  it('0 replaced by 1: garp_master_repeat, smtp_connect_timeout', () => {
    const [d] = findings(vi(['garp_master_repeat 0']), 'out-of-range');
    assert.match(d.message, /uses 1 instead/);
    assert.deepEqual(lines('global_defs {\n  smtp_connect_timeout 0\n}\n', 'out-of-range'), [2]);
    assert.deepEqual(lines(vi(['garp_master_repeat 1']), 'out-of-range'), []);
  });

  it('vrrp_script interval: whole seconds in keepalived 2.2, decimals in 2.4', () => {
    const text = 'vrrp_script chk {\n  script "/usr/bin/true"\n  interval 1.5\n}\n';
    assert.deepEqual(lines(text, 'invalid-number', { version: '2.2' }), [3]);
    assert.deepEqual(lines(text, 'invalid-number', { version: '2.4' }), []);
    assert.deepEqual(lines(text.replace('1.5', '0'), 'out-of-range'), [3]);
  });

  it('garp_group intervals have a lower maximum in 2.2', () => {
    const text = 'garp_group {\n  garp_interval 3000\n  interface eth0\n}\n';
    assert.deepEqual(lines(text, 'out-of-range', { version: '2.2' }), [2]);
    assert.deepEqual(lines(text, 'out-of-range', { version: '2.4' }), []);
  });

  it('track weights: ±254 is clamped to ±253 for interfaces and scripts, 255 is rejected', () => {
    const text = vi(['track_interface {', '  eth0 weight 254', '  eth1 weight -255', '  eth2 weight 253', '}']);
    const ds = findings(text, 'out-of-range');
    assert.deepEqual(ds.map((d) => d.range.start.line + 1), [5, 6]);
    assert.match(ds[0].message, /uses 253 instead/);
    assert.match(ds[1].message, /between -253 and 253/);
    const bfd = vi(['track_bfd {', '  b1 weight 254', '}']);
    assert.deepEqual(lines(bfd, 'out-of-range'), [5]);
    const file = vi(['track_file {', '  f1 weight 254', '}']);
    assert.deepEqual(lines(file, 'out-of-range'), []);
  });

  it('real_server weight and checker ports', () => {
    assert.deepEqual(lines(vs([], ['weight -1']), 'negative-number'), [6]);
    const text = vs([], ['TCP_CHECK {', '  connect_port 99999', '  bind_port 0', '}']);
    assert.deepEqual(lines(text, 'out-of-range'), [7, 8]);
  });

  it('virtual_server and real_server header ports', () => {
    assert.deepEqual(lines(vs([], [], '192.0.2.100 80x'), 'invalid-number'), [1]);
    assert.deepEqual(lines(vs([], [], '192.0.2.100 80', '198.51.100.2 70000'), 'out-of-range'), [5]);
    assert.deepEqual(lines(vs([], [], '192.0.2.100 0'), 'out-of-range'), [], 'port 0 means no port');
    const [d] = findings(vs([], [], 'fwmark 1x'), 'invalid-number');
    assert.match(d.message, /skips the whole virtual_server/);
  });

  it('unicast_peer ttl options', () => {
    const text = vi(['unicast_peer {', '  192.0.2.2 min_ttl 300', '}']);
    assert.deepEqual(lines(text, 'out-of-range'), [5]);
  });

  it('advert_int with VRRPv2 must be whole seconds; VRRPv3 allows hundredths up to 40.95', () => {
    const v2 = vi(['advert_int 0.5']);
    const [d] = findings(v2, 'too-many-decimals');
    assert.match(d.message, /VRRPv2/);
    assert.match(fixed(v2, 'too-many-decimals'), /advert_int 1\n/);
    assert.deepEqual(lines(vi(['advert_int 0.5', 'version 3']), 'too-many-decimals'), []);
    assert.deepEqual(lines('global_defs {\n  vrrp_version 3\n}\n' + vi(['advert_int 0.5']), 'too-many-decimals'), []);
    assert.deepEqual(lines(vi(['advert_int 0.5'], 'fe80::10'), 'too-many-decimals'), [], 'IPv6 instances use VRRPv3');
    assert.deepEqual(lines(vi(['advert_int 0.015', 'version 3']), 'too-many-decimals'), [4]);
    assert.deepEqual(lines(vi(['advert_int 41', 'version 3']), 'out-of-range'), [4]);
  });

  it('a value ending in ";" is left to semicolon-in-value', () => {
    const a = lint(vi(['priority 100;']));
    assert.equal(a.diagnostics.filter((d) => d.code === 'invalid-number').length, 0);
    assert.equal(a.diagnostics.filter((d) => d.code === 'semicolon-in-value').length, 1);
  });

  it('valid numbers produce nothing', () => {
    const text = vi(['priority 150', 'advert_int 1', 'preempt_delay 0.5', 'garp_master_delay 5']);
    const a = lint(text);
    assert.deepEqual(a.diagnostics.filter((d) => ['invalid-number', 'out-of-range', 'negative-number', 'too-many-decimals'].includes(d.code)), []);
  });
});
