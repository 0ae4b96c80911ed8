// The oracle harness itself, without running keepalived: reading its output, its line numbers,
// the interfaces a config needs, and the matching rules.
import * as assert from 'node:assert/strict';
import { analyze, OverlayFileSystem } from '../../src/language';
import { findingFile, interfaceCandidates, keepalivedLineNumbers, parseOracleOutput, OracleResult } from './keepalivedOracle';
import { compare, quotes } from './matching';

describe('parity harness: keepalived -t output', () => {
  it('splits parent, child and post-parse messages and drops the per-process repeats', () => {
    const out = [
      "(Line 3) Unknown keyword 'x'",
      "(/etc/k.conf: Line 3) Unknown keyword 'x'",
      "(/etc/k.conf: Line 3) Unknown keyword 'x'",
      "(inc/a.conf: Line 1) Unknown keyword 'y'",
      '(VI_1) the virtual router id must be set',
      '(VI_1) the virtual router id must be set',
      'free(): invalid pointer',
      '',
    ].join('\n');
    assert.deepEqual(parseOracleOutput(out), [
      { line: 3, file: undefined, message: "Unknown keyword 'x'", source: 'parent' },
      { line: 1, file: 'inc/a.conf', message: "Unknown keyword 'y'", source: 'child' },
      { message: '(VI_1) the virtual router id must be set', source: 'post-parse' },
    ]);
  });

  it('resolves relative include names against the files read', () => {
    const known = ['/etc/k/keepalived.conf', '/etc/k/conf.d/a.conf'];
    assert.equal(findingFile({ line: 1, file: 'conf.d/a.conf', message: '', source: 'child' }, known[0], known), '/etc/k/conf.d/a.conf');
    assert.equal(findingFile({ line: 1, message: '', source: 'parent' }, known[0], known), '/etc/k/keepalived.conf');
  });

  it("numbers lines like keepalived 2.2.7: long lines, NUL bytes, no final newline", () => {
    const text = Buffer.from(`a\n${'x'.repeat(1030)}\nb\0c\nd\ne`);
    const parent = keepalivedLineNumbers(text, 'parent');
    // Line 2's first 1023 bytes are reported as line 1, the rest as line 2; after the NUL line
    // everything is one too low; the last line (no newline) shares the previous number.
    assert.deepEqual(Object.fromEntries(parent), { 1: [0, 1], 2: [1, 2], 3: [3, 4] });
    const child = keepalivedLineNumbers(text, 'child');
    assert.deepEqual(Object.fromEntries(child), { 1: [0], 2: [1], 3: [1], 4: [2], 5: [3], 6: [4] });
  });

  it('collects interface names a config uses', () => {
    const text = 'vrrp_instance A {\n  interface bond0 # x\n  track_interface {\n    eth1 weight 10\n    { eth2 }\n  }\n  virtual_ipaddress {\n    192.0.2.1 dev vlan10\n  }\n}\nglobal_defs {\n  lvs_sync_daemon ens3 VI_1\n}\n';
    const names = interfaceCandidates([text]);
    for (const n of ['eth0', 'bond0', 'eth1', 'eth2', 'vlan10', 'ens3']) assert.ok(names.includes(n), n);
    assert.ok(!names.includes('lo') && !names.includes('{'));
  });
});

describe('parity harness: matching', () => {
  const file = '/virtual/k.conf';
  const text = 'vrrp_instance VI_1 {\n  priorty 100\n}\n';
  const analysis = analyze(file, text, { configId: 'x', fs: new OverlayFileSystem(new Map([[file, text]])) });
  const oracle = (findings: OracleResult['findings'], exitCode = 5): OracleResult => ({ file, exitCode, signal: null, timedOut: false, stderr: '', findings, interfaces: [] });

  it('a line finding needs one of our diagnostics on that line', () => {
    const ok = compare(oracle([{ line: 2, message: "Unknown keyword 'priorty'", source: 'parent' }]), analysis);
    assert.equal(ok.missed.length, 0);
    const miss = compare(oracle([{ line: 3, message: "Unknown keyword '}'", source: 'parent' }]), analysis);
    assert.equal(miss.missed.length, 1);
  });

  it('a post-parse finding is matched through the table, inside the block it names', () => {
    const named = compare(oracle([{ message: '(VI_1) the virtual router id must be set', source: 'post-parse' }]), analysis);
    assert.equal(named.missed.length, 0);
    const other = compare(oracle([{ message: '(VI_9) the virtual router id must be set', source: 'post-parse' }]), analysis);
    assert.equal(other.missed.length, 0, 'a block that is not in the file does not restrict the match');
    const unknown = compare(oracle([{ message: 'Something keepalived says that nobody maps', source: 'post-parse' }]), analysis);
    assert.equal(unknown.missed.length, 1);
  });

  it('a file keepalived accepts silently must get no error', () => {
    const r = compare(oracle([], 0), analysis);
    assert.ok(r.falseErrors.some((d) => d.code === 'unknown-keyword'));
  });

  it('our message quoting keepalived counts as a match', () => {
    assert.ok(quotes('keepalived reports "(VI_1) Strict mode requires no repeat garps. resetting"', '(VI_1) Strict mode requires no repeat garps. resetting'));
    assert.ok(!quotes('something else', '(VI_1) Strict mode requires no repeat garps. resetting'));
  });
});
