import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

describe('semantic: tracking lists and implicit priority', () => {
  it('track-duplicate: the same script twice in one list, keepalived keeping the first', () => {
    const text = 'vrrp_script s1 {\n  script "/usr/bin/true"\n}\n' + instance('VI_1', 51, ['track_script {', '  s1', '  s1 weight 10', '}']);
    const d = only(lint(text), 'track-duplicate');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [9]);
    assert.match(d[0].message, /\(VI_1\) duplicate track_script s1 - ignoring/);
    assert.deepEqual(lines(text.replace('  s1 weight 10\n', ''), 'track-duplicate'), []);
  });

  it('track-own-interface: tracking the instance interface is implicit', () => {
    const text = instance('VI_1', 51, ['track_interface {', '  eth0 weight -20', '  eth1', '}']);
    const d = only(lint(text), 'track-own-interface');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /Ignoring track_interface eth0 since own interface/);
    assert.match(d[0].message, /weight here has no effect/);
  });

  it('vrrp-implicit-priority: state MASTER without priority is the owner (255); the fix adds a priority', () => {
    const text = instance('VI_1', 51, ['state MASTER']);
    const d = only(lint(text), 'vrrp-implicit-priority');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /priority 255/);
    const fixed = apply(text, fixes(text, 'vrrp-implicit-priority')[0]);
    assert.match(fixed, /\{\n {2}priority 150\n/);
    assert.deepEqual(lines(fixed, 'vrrp-implicit-priority'), []);
    assert.deepEqual(lines(instance('VI_1', 51, ['state BACKUP']), 'vrrp-implicit-priority'), []);
  });

  it('vs-setting-ignored: zero port without persistence, ops with TCP, ha_suspend with fwmark', () => {
    const vs = 'virtual_server 192.0.2.10 {\n  lb_algo rr\n  lb_kind DR\n  protocol TCP\n  ops\n  real_server 192.0.2.21 {\n  }\n}\n'
      + 'virtual_server fwmark 7 {\n  lb_algo rr\n  lb_kind DR\n  ha_suspend\n  real_server 192.0.2.21 {\n  }\n}\n';
    const d = only(lint(vs), 'vs-setting-ignored');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [1, 5, 12]);
    assert.match(d[0].message, /zero port only valid for persistent services/);
    assert.deepEqual(lines(vs.replace('  ops\n', '  persistence_timeout 50\n'), 'vs-setting-ignored'), [12]);
  });
});
