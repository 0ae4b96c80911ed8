import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

const two = instance('VI_2', 52) + instance('VI_3', 53);

describe('semantic: sync-group-empty', () => {
  it('reports instance names written without group { } (keepalived sample lvs_syncd) and wraps them with the fix', () => {
    const text = 'vrrp_sync_group VG1 {\n  VI_2\n  VI_3\n}\n' + two;
    const a = lint(text);
    const d = only(a, 'sync-group-empty');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 0);
    assert.match(d[0].message, /Sync group VG1 has no virtual router\(s\)\. removing/);
    assert.match(d[0].message, /must be inside 'group \{ \.\.\. \}'/);
    const fixed = apply(text, fixes(text, 'sync-group-empty')[0]);
    assert.ok(fixed.startsWith('vrrp_sync_group VG1 {\n  group {\n    VI_2\n    VI_3\n  }\n}\n'), fixed);
    assert.deepEqual(lines(fixed, 'sync-group-empty'), []);
    assert.deepEqual(lines(fixed, 'unknown-keyword'), []);
  });

  it('uses the 2.4 wording for target 2.4 and reports an empty group list', () => {
    const text = 'vrrp_sync_group G {\n  group {\n  }\n}\n' + two;
    const d = only(lint(text, { version: '2.4' }), 'sync-group-empty');
    assert.match(d[0].message, /Sync group G has no members - removing/);
  });

  it('does not report a group with members', () => {
    assert.deepEqual(lines('vrrp_sync_group G {\n  group {\n    VI_2 VI_3\n  }\n}\n' + two, 'sync-group-empty'), []);
  });
});

describe('semantic: sync-group-members', () => {
  it('reports an instance in two groups where keepalived ignores it, and a one-member group', () => {
    const text = 'vrrp_sync_group G1 {\n  group {\n    VI_2\n    VI_3\n  }\n}\nvrrp_sync_group G2 {\n  group {\n    VI_2\n  }\n}\n' + two;
    const d = only(lint(text), 'sync-group-members');
    assert.deepEqual(d.map((x) => [x.range.start.line + 1, x.severity]), [[9, 'error']]);
    assert.match(d[0].message, /Virtual router VI_2 cannot exist in more than one sync group; ignoring G2/);
    const one = only(lint('vrrp_sync_group G1 {\n  group {\n    VI_2\n  }\n}\n' + two), 'sync-group-members');
    assert.equal(one[0].severity, 'warning');
    assert.match(one[0].message, /has only 1 virtual router\(s\)/);
  });

  it('reports an owner followed by a BACKUP member', () => {
    const text = 'vrrp_sync_group G {\n  group {\n    VI_A\n    VI_B\n  }\n}\n' + instance('VI_A', 1, ['state MASTER', 'priority 255']) + instance('VI_B', 2, ['state BACKUP']);
    assert.match(only(lint(text), 'sync-group-members')[0].message, /some member\(s\) as address owner and some not/);
    const ok = 'vrrp_sync_group G {\n  group {\n    VI_A\n    VI_B\n  }\n}\n' + instance('VI_A', 1, ['state BACKUP']) + instance('VI_B', 2, ['state BACKUP']);
    assert.deepEqual(lines(ok, 'sync-group-members'), []);
  });
});
