// Settings keepalived takes once: a second group { } list, a second notify script.
import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

const three = instance('VI_1', 51) + instance('VI_2', 52) + instance('VI_3', 53);

describe('semantic: group-list-repeated', () => {
  it('a second list is refused and closes the sync group: the rest of the block and its } are top-level lines', () => {
    const text = [
      'vrrp_sync_group G1 {', //   1
      '  group {', //              2
      '    VI_1', //               3
      '    VI_2', //               4
      '  }', //                    5
      '  group {', //              6
      '    VI_3', //               7
      '  }', //                    8 closes G1 for keepalived
      '  smtp_alert yes', //       9 unknown at the top level
      '  track_interface {', //  10
      '    eth0', //              11
      '  }', //                   12
      '}', //                     13 unknown '}'
      '',
    ].join('\n') + three;
    const d = only(lint(text), 'group-list-repeated');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [6, 9, 10, 11, 13]);
    assert.match(d[0].message, /Group list already specified for sync group G1/);
    assert.match(d[0].message, /line 2/);
    assert.equal(d[0].range.end.line + 1, 8);
    assert.match(d[1].message, /Unknown keyword 'smtp_alert'/);
    assert.equal(d[2].range.end.line + 1, 12, 'the track_interface finding ends on its } line, which keepalived reports too');
    assert.match(d[3].message, /Unknown keyword 'eth0'/);
    assert.match(d[4].message, /Unknown keyword '\}'/);
    assert.ok(d.every((x) => x.severity === 'error'));
  });

  it('the members are those of the first list: the second one does not change sync-group-members', () => {
    const text = 'vrrp_sync_group G1 {\n  group {\n    VI_1\n  }\n  group {\n    VI_2\n    VI_3\n  }\n}\n' + three;
    assert.match(only(lint(text), 'sync-group-members')[0].message, /only one member \(VI_1\)/);
  });

  it('an empty list before one with members is a warning, and the members come from the later list', () => {
    const text = 'vrrp_sync_group G1 {\n  group {\n  }\n  group {\n    VI_1\n    VI_2\n  }\n}\n' + three;
    const a = lint(text);
    const d = only(a, 'group-list-repeated');
    assert.deepEqual(d.map((x) => [x.range.start.line + 1, x.range.end.line + 1, x.severity]), [[2, 3, 'warning']]);
    assert.match(d[0].message, /Warning - sync group G1 has empty group block/);
    assert.deepEqual(only(a, 'sync-group-empty'), []);
    assert.deepEqual(only(a, 'sync-group-members'), []);
  });

  it('leaves a sync group with only empty lists to sync-group-empty, except for the later empty lists', () => {
    const text = 'vrrp_sync_group G1 {\n  group {\n  }\n  group {\n  }\n}\n' + three;
    assert.deepEqual(lines(text, 'sync-group-empty'), [2]);
    assert.deepEqual(lines(text, 'group-list-repeated'), [4]);
  });

  it('track_group: the same refusal (keepalived calls it a sync group)', () => {
    const text = 'track_group TG {\n  group {\n    VI_1\n  }\n  group { VI_2 }\n}\n' + three;
    const d = only(lint(text), 'group-list-repeated');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [5, 6]);
    assert.match(d[0].message, /Group list already specified for sync group TG/);
  });

  it('one list is fine', () => {
    assert.deepEqual(lines('vrrp_sync_group G1 {\n  group {\n    VI_1\n    VI_2\n  }\n  smtp_alert yes\n}\n' + three, 'group-list-repeated'), []);
  });
});

describe('semantic: script-repeated', () => {
  it('a second notify_master in an instance: keepalived keeps the first; the fix removes the second', () => {
    const text = instance('VI_1', 51, ['notify_master /etc/keepalived/master.sh', 'notify_master "/etc/keepalived/mail.sh master"']);
    const d = only(lint(text), 'script-repeated');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [5]);
    assert.match(d[0].message, /\(VI_1\) notify_master script already specified/);
    assert.match(d[0].message, /line 4/);
    const fixed = apply(text, fixes(text, 'script-repeated')[0]);
    assert.doesNotMatch(fixed, /mail\.sh/);
    assert.deepEqual(lines(fixed, 'script-repeated'), []);
  });

  it('different notify keywords, or the same one in two instances, are not repeats', () => {
    const text = instance('VI_1', 51, ['notify_master /bin/true', 'notify_backup /bin/true', 'notify /bin/true']) + instance('VI_2', 52, ['notify_master /bin/true']);
    assert.deepEqual(lines(text, 'script-repeated'), []);
  });

  it('an empty command sets nothing, so the next line is the first; notify_deleted counts without a command', () => {
    assert.deepEqual(lines(instance('VI_1', 51, ['notify_master ""', 'notify_master /bin/true']), 'script-repeated'), []);
    const d = only(lint(instance('VI_1', 51, ['notify_deleted', 'notify_deleted /bin/true'])), 'script-repeated');
    assert.match(d[0].message, /\(VI_1\) notify_deleted already specified/);
  });

  it('sync groups, virtual and real servers, and global_defs (merged across blocks)', () => {
    const sg = 'vrrp_sync_group G1 {\n  group {\n    VI_1\n    VI_2\n  }\n  notify /bin/true\n  notify /bin/false\n}\n' + instance('VI_1', 51) + instance('VI_2', 52);
    assert.match(only(lint(sg), 'script-repeated')[0].message, /vrrp group G1: notify script already specified/);
    const vs = 'virtual_server 192.0.2.10 80 {\n  quorum_up /bin/true\n  quorum_up /bin/false\n  real_server 192.0.2.21 80 {\n    notify_down /bin/true\n    notify_down /bin/false\n  }\n}\n';
    assert.deepEqual(lines(vs, 'script-repeated'), [3, 6]);
    const g = 'global_defs {\n  notify_fifo /run/k.fifo\n  startup_script /bin/true\n}\nglobal_defs {\n  notify_fifo /run/other.fifo\n  startup_script /bin/false\n}\n';
    const d = only(lint(g), 'script-repeated');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [6, 7]);
    assert.match(d[0].message, /notify_fifo already specified/);
    assert.match(d[1].message, /startup script already specified/);
  });
});
