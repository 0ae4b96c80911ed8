import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, instance, lines, only } from './helpers';

const script = (name: string) => `vrrp_script ${name} {\n  script "/usr/bin/pgrep -x nginx"\n}\n`;
const tracking = (name: string) => instance('VI_1', 51, ['track_script {', `  ${name}`, '}']);

describe('semantic: undefined-reference', () => {
  it('reports a track_script name that names nothing, with keepalived\'s message and a did-you-mean fix', () => {
    const text = script('chk_nginx') + tracking('chk_ngnix');
    const a = lint(text);
    const d = only(a, 'undefined-reference');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'error');
    assert.match(d[0].message, /\(VI_1\) track script chk_ngnix not found, ignoring\.\.\./);
    assert.match(d[0].message, /Did you mean 'chk_nginx'/);
    assert.match(apply(text, fixes(text, 'undefined-reference')[0]), /^ {4}chk_nginx$/m);
  });

  it('accepts defined names of every kind', () => {
    const text = script('s') + 'track_file f {\n  file /run/f\n}\nvrrp_track_process p {\n  process nginx\n}\n'
      + instance('VI_1', 51, ['track_script {', '  s', '}', 'track_file {', '  f', '}', 'track_process {', '  p', '}'])
      + 'vrrp_sync_group G {\n  group {\n    VI_1\n  }\n}\n';
    assert.deepEqual(lines(text, 'undefined-reference'), []);
  });

  it('reports unknown sync group members, virtual_server groups and checker references', () => {
    const text = instance('VI_1', 51) + 'vrrp_sync_group G {\n  group {\n    VI_1\n    VI_9\n  }\n}\n'
      + 'virtual_server group NOPE {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n    FILE_CHECK {\n      track_file nofile\n    }\n    BFD_CHECK {\n      name nobfd\n    }\n  }\n}\n';
    const d = only(lint(text), 'undefined-reference');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [11, 14, 18, 21]);
    assert.match(d[0].message, /Virtual router VI_9 specified in sync group G doesn't exist - ignoring/);
    assert.match(d[1].message, /ignores this whole virtual_server/);
    assert.match(d[2].message, /track_file nofile not found/);
    assert.match(d[3].message, /BFD_CHECK - BFD nobfd not configured/);
  });

  it('resolves names across included files', () => {
    const text = 'include /virtual/scripts.conf\n' + tracking('chk_inc');
    const a = lint(text, { files: { '/virtual/scripts.conf': script('chk_inc') } });
    assert.deepEqual(only(a, 'undefined-reference'), []);
    assert.deepEqual(only(a, 'reference-before-definition'), []);
  });
});

describe('semantic: reference-before-definition', () => {
  it('reports a vrrp_script defined after the instance that tracks it (keepalived does not find it)', () => {
    const text = tracking('chk_later') + script('chk_later');
    const a = lint(text);
    const d = only(a, 'reference-before-definition');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line + 1, 5);
    assert.match(d[0].message, /track script chk_later not found, ignoring/);
    assert.deepEqual(only(a, 'undefined-reference'), []);
  });

  it('moves the definition block above the user with its fix', () => {
    const text = tracking('chk_later') + script('chk_later');
    const fixed = apply(text, fixes(text, 'reference-before-definition')[0]);
    assert.equal(fixed, script('chk_later') + tracking('chk_later'));
    assert.deepEqual(lines(fixed, 'reference-before-definition'), []);
  });

  it('does not apply to sync group members or virtual_server groups, which keepalived resolves after parsing', () => {
    const text = 'vrrp_sync_group G {\n  group {\n    VI_1\n    VI_2\n  }\n}\n' + instance('VI_1', 51) + instance('VI_2', 52)
      + 'virtual_server group VSG {\n  protocol TCP\n  real_server 192.0.2.21 80 {\n  }\n}\nvirtual_server_group VSG {\n  192.0.2.10 80\n}\n';
    assert.deepEqual(lines(text, 'reference-before-definition'), []);
    assert.deepEqual(lines(text, 'undefined-reference'), []);
  });

  it('applies to a track_file in an included file read after the instance', () => {
    const text = instance('VI_1', 51, ['track_file {', '  tf', '}']) + 'include /virtual/later.conf\n';
    const a = lint(text, { files: { '/virtual/later.conf': 'track_file tf {\n  file /run/tf\n}\n' } });
    const d = only(a, 'reference-before-definition');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /later\.conf, line 1/);
    assert.deepEqual(fixes(text, 'reference-before-definition', { files: { '/virtual/later.conf': 'track_file tf {\n  file /run/tf\n}\n' } }), [], 'no move across files');
  });
});
