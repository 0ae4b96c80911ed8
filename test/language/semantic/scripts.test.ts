import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

const tracked = (cmd: string) => `vrrp_script chk {\n  script ${cmd}\n}\n` + instance('VI_1', 51, ['track_script {', '  chk', '}']);

describe('semantic: script-security', () => {
  it('warns once per script group when enable_script_security is missing', () => {
    const text = tracked('"/usr/bin/pgrep nginx"').replace('  track_script', '  notify_master "/etc/keepalived/master.sh"\n  track_script');
    const d = only(lint(text), 'script-security');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.match(d[0].message, /SECURITY VIOLATION - scripts are being executed but script_security not enabled\./);
    assert.match(d[0].message, /these 2 scripts/);
  });

  it('adds enable_script_security and script_user root to a new global_defs at the top', () => {
    const text = tracked('"/usr/bin/pgrep nginx"');
    const [preferred, alternative] = fixes(text, 'script-security');
    assert.equal(apply(text, preferred), 'global_defs {\n  enable_script_security\n  script_user root\n}\n\n' + text);
    assert.match(alternative.title, /keepalived_script/);
    assert.deepEqual(lines(apply(text, preferred), 'script-security'), []);
    assert.deepEqual(lines(apply(text, preferred), 'script-user-missing'), []);
  });

  it('adds only enable_script_security to an existing global_defs that has script_user', () => {
    const text = 'global_defs {\n  router_id lb1\n  script_user nobody\n}\n' + tracked('"/usr/bin/pgrep nginx"');
    const fixed = apply(text, fixes(text, 'script-security')[0]);
    assert.ok(fixed.startsWith('global_defs {\n  enable_script_security\n  router_id lb1\n'), fixed);
  });

  it('reports check scripts separately and ignores configs without scripts or with security enabled', () => {
    const vs = 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n    MISC_CHECK {\n      misc_path "/usr/local/bin/check.sh"\n    }\n  }\n}\n';
    assert.match(only(lint(vs), 'script-security')[0].message, /check scripts are being executed/);
    assert.deepEqual(lines(instance('VI_1', 51), 'script-security'), []);
    assert.deepEqual(lines('global_defs {\n  enable_script_security\n  script_user root\n}\n' + tracked('"/usr/bin/true"'), 'script-security'), []);
  });
});

describe('semantic: script-user-missing', () => {
  it('warns when enable_script_security has no script_user and a script needs the default user', () => {
    const text = 'global_defs {\n  enable_script_security\n}\n' + tracked('"/usr/bin/true"');
    const d = only(lint(text), 'script-user-missing');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.match(d[0].message, /Unable to set default user keepalived_script for script/);
    assert.match(apply(text, fixes(text, 'script-user-missing')[0]), /enable_script_security\n {2}script_user root|script_user root\n {2}enable_script_security/);
  });

  it('is quiet when every script names its own user', () => {
    const text = 'global_defs {\n  enable_script_security\n}\nvrrp_script chk {\n  script "/usr/bin/true"\n  user nobody\n}\n' + instance('VI_1', 51, ['track_script {', '  chk', '}']);
    assert.deepEqual(lines(text, 'script-user-missing'), []);
  });
});

describe('semantic: script-relative-path', () => {
  it('flags the seed lab\'s "systemctl status nginx" and fixes it to /usr/bin/systemctl, keeping the quotes', () => {
    const text = tracked('"systemctl status nginx"');
    const d = only(lint(text), 'script-relative-path');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.match(apply(text, fixes(text, 'script-relative-path')[0]), /script "\/usr\/bin\/systemctl status nginx"/);
  });

  it('has no fix for unknown programs and ignores absolute paths and "</file" checks', () => {
    assert.deepEqual(fixes(tracked('"mycheck --fast"'), 'script-relative-path'), []);
    assert.deepEqual(lines(tracked('"/usr/bin/pgrep nginx"'), 'script-relative-path'), []);
    assert.deepEqual(lines(tracked('"</run/nginx.pid"'), 'script-relative-path'), []);
  });
});

describe('semantic: script-unquoted-arguments', () => {
  it('reports `script /bin/check arg` and quotes the whole command', () => {
    const text = tracked('/usr/bin/pgrep nginx');
    const d = only(lint(text), 'script-unquoted-arguments');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'error');
    assert.match(d[0].message, /runs only '\/usr\/bin\/pgrep' and silently drops 'nginx'/);
    assert.match(apply(text, fixes(text, 'script-unquoted-arguments')[0]), /script "\/usr\/bin\/pgrep nginx"/);
  });

  it('reports notify_master /path MASTER as an error (MASTER cannot be a user) and a lower-case word as a warning', () => {
    const master = instance('VI_1', 51, ['notify_master /etc/keepalived/notify.sh MASTER']);
    const d = only(lint(master), 'script-unquoted-arguments');
    assert.equal(d[0].severity, 'error');
    assert.match(d[0].message, /reads 'MASTER' as the user/);
    assert.match(apply(master, fixes(master, 'script-unquoted-arguments')[0]), /notify_master "\/etc\/keepalived\/notify.sh MASTER"/);
    const user = instance('VI_1', 51, ['notify_master /etc/keepalived/notify.sh root']);
    assert.equal(only(lint(user), 'script-unquoted-arguments')[0].severity, 'warning');
  });

  it('accepts quoted commands (both quote kinds) and a quoted command with a user', () => {
    assert.deepEqual(lines(tracked('"/usr/bin/pgrep nginx"'), 'script-unquoted-arguments'), []);
    assert.deepEqual(lines(tracked("'/usr/bin/pgrep nginx'"), 'script-unquoted-arguments'), []);
    assert.deepEqual(lines(instance('VI_1', 51, ['notify_master "/etc/keepalived/notify.sh MASTER"']), 'script-unquoted-arguments'), []);
  });
});

describe('semantic: vrrp_script checks', () => {
  it('reports a vrrp_script without script and the track_script that then fails', () => {
    const text = 'vrrp_script chk {\n  interval 2\n}\n' + instance('VI_1', 51, ['track_script {', '  chk', '}']);
    const d = only(lint(text), 'vrrp-script-no-script');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [1, 8]);
    assert.match(d[0].message, /No script set for vrrp_script chk - removing/);
    assert.match(d[1].message, /\(VI_1\) track script chk not found/);
  });

  it('reports an unused vrrp_script as information, also when it is only referenced before its definition', () => {
    assert.deepEqual(lines('vrrp_script chk {\n  script "/usr/bin/true"\n}\n' + instance('VI_1', 51), 'vrrp-script-unused'), [1]);
    const d = only(lint('vrrp_script chk {\n  script "/usr/bin/true"\n}\n' + instance('VI_1', 51)), 'vrrp-script-unused');
    assert.equal(d[0].severity, 'information');
    assert.deepEqual(lines(tracked('"/usr/bin/true"'), 'vrrp-script-unused'), []);
    const before = instance('VI_1', 51, ['track_script {', '  chk', '}']) + 'vrrp_script chk {\n  script "/usr/bin/true"\n}\n';
    assert.deepEqual(lines(before, 'vrrp-script-unused'), [11]);
  });
});
