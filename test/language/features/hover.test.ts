import * as assert from 'node:assert/strict';
import { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../src/language';
import { cursor, lint } from '../../support/fixtures';

function hoverText(textWithBar: string, opts: Parameters<typeof lint>[1] = {}): string | undefined {
  const { text, pos } = cursor(textWithBar);
  const h = hover(lint(text, opts), pos);
  return h ? (h.contents as MarkupContent).value : undefined;
}

const SEED = 'vrrp_script chk_nginx {\n  script "/usr/bin/pgrep nginx"\n  interval 2\n}\nvrrp_instance VI_1 {\n  state MASTER\n  priority 100\n  track_script {\n    chk_nginx\n  }\n}\n';

describe('hover', () => {
  it('explains a keyword from the schema: syntax, type, range, default, where valid', () => {
    const t = hoverText(SEED.replace('  priority', '  pri|ority'))!;
    assert.match(t, /priority 1-255/);
    assert.match(t, /range 1–255/);
    assert.match(t, /default: 100/);
    assert.match(t, /Valid in: vrrp_instance/);
  });

  it('shows units and that a keyword is new in 2.4 (unknown to Debian 2.2.7)', () => {
    assert.match(hoverText('vrrp_instance VI_1 {\n  advert_int| 1\n}\n')!, /range 0\.01–255 s/);
    const t = hoverText('vrrp_instance VI_1 {\n  no_virtual_|ipaddress\n}\n')!;
    assert.match(t, /New in 2\.4/);
    assert.match(t, /2\.2\.7/);
    assert.match(hoverText('vrrp_instance VI_1 {\n  no_virtual_|ipaddress\n}\n', { version: '2.4' })!, /not in Debian 12/);
  });

  it('tells name lists (several per line) from entry lists (one per line)', () => {
    assert.match(hoverText('vrrp_sync_group VG {\n  gr|oup {\n    VI_1 VI_2\n  }\n}\n')!, /names separated by blanks or new lines/);
    assert.match(hoverText('vrrp_instance VI_1 {\n  virtual_ip|address {\n  }\n}\n')!, /one entry per line/);
  });

  it('says when a keyword is deprecated and what to use instead', () => {
    const t = hoverText('global_defs {\n  lvs_flush_on|stop\n}\n')!;
    assert.match(t, /Deprecated/);
    assert.match(t, /lvs_flush_on_stop/);
  });

  it('says where a keyword belongs when it is used in the wrong block', () => {
    const t = hoverText('vrrp_instance VI_1 {\n  router|_id lb1\n}\n')!;
    assert.match(t, /not valid in vrrp_instance/);
    assert.match(t, /global_defs/);
  });

  it('on a value, explains its keyword', () => {
    assert.match(hoverText(SEED.replace('state MASTER', 'state MAS|TER'))!, /Value of `state`[\s\S]*MASTER\|BACKUP/);
  });

  it('on a reference, shows the definition', () => {
    const t = hoverText(SEED.replace('    chk_nginx', '    chk_|nginx'))!;
    assert.match(t, /vrrp_script chk_nginx\*\* — line 1/);
    assert.match(t, /script "\/usr\/bin\/pgrep nginx"/);
  });

  it('on a definition, lists its users; an unknown reference says it is not defined', () => {
    assert.match(hoverText(SEED.replace('vrrp_script chk_nginx', 'vrrp_script chk|_nginx'))!, /Used by: vrrp_instance VI_1/);
    assert.match(hoverText(SEED.replace('    chk_nginx', '    chk_|other'))!, /No vrrp_script named `chk_other` is defined/);
  });

  it('on $NAME, shows its value', () => {
    const t = hoverText('$VIP=203.0.113.7/24\nvrrp_instance VI_1 {\n  virtual_ipaddress {\n    $V|IP\n  }\n}\n')!;
    assert.match(t, /\*\*\$VIP\*\* =/);
    assert.match(t, /203\.0\.113\.7\/24/);
    assert.match(t, /Defined at line 1/);
    assert.match(hoverText('router_id ${_INST|ANCE}\n')!, /testhost/);
  });

  it('on an include, lists the files it reads', () => {
    const t = hoverText('include conf.d/*.c|onf\n', { files: { '/virtual/conf.d/b.conf': '', '/virtual/conf.d/a.conf': '' } })!;
    assert.match(t, /Reads 2 files/);
    assert.ok(t.indexOf('a.conf') < t.indexOf('b.conf'), 'in glob order');
    assert.match(hoverText('incl|ude missing.conf\n')!, /matches no file/);
  });

  it('on @id lines, says whether keepalived reads them with the configured id', () => {
    const text = 'vrrp_instance VI_1 {\n  @testhost priority 150\n  @lb2 priority 100\n  @^testhost state BACKUP\n}\n';
    assert.match(hoverText(text.replace('@testhost', '@test|host'))!, /reads this line/);
    assert.match(hoverText(text.replace('@lb2 priority', '@lb2 prio|rity'))!, /config id `lb2`[\s\S]*\*\*skips\*\*/);
    assert.match(hoverText(text.replace('@^testhost', '@^test|host'))!, /every config id except `testhost`[\s\S]*skips/);
    assert.match(hoverText(text.replace('@testhost priority', '@testhost prio|rity'))!, /priority 1-255/, 'active line: the keyword');
  });

  it('gives nothing on blank space', () => {
    assert.equal(hoverText(SEED.replace('  state', '|  state')), undefined);
  });
});
