import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompletionItem, InsertTextFormat, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { BLOCK_TEMPLATES, completion, expandSnippet } from '../../../src/language';
import { cursor, lint } from '../../support/fixtures';
import { applyEdits } from './edits';

function complete(textWithBar: string, opts: Parameters<typeof lint>[1] = {}): CompletionItem[] {
  const { text, pos } = cursor(textWithBar);
  return completion(lint(text, opts), pos);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const KEEPALIVED = '/usr/sbin/keepalived';

/** Every template expanded with its defaults, in the order keepalived needs (scripts before the instances tracking them). */
function templateConfig(): string {
  const t = (k: string) => expandSnippet(BLOCK_TEMPLATES.find((x) => x.keyword === k)!.snippet);
  const indent = (s: string) => s.split('\n').map((l) => '\t' + l).join('\n');
  return [
    t('global_defs'),
    t('vrrp_script'),
    t('vrrp_instance').replace(/\n}$/, '\n\ttrack_script {\n\t\tchk_nginx\n\t}\n}'),
    t('virtual_server').replace(/\n}$/, '\n' + indent(t('real_server')) + '\n}'),
  ].join('\n') + '\n';
}

describe('completion', () => {
  it('offers the keywords of the enclosing block only', () => {
    const items = complete('vrrp_instance VI_1 {\n  |\n}\n');
    const l = labels(items);
    for (const k of ['state', 'priority', 'virtual_router_id', 'authentication', 'virtual_ipaddress', 'track_script']) assert.ok(l.includes(k), k);
    assert.ok(!l.includes('router_id'), 'global_defs keyword not offered in vrrp_instance');
    assert.ok(!l.includes('vrrp_instance'), 'root block not offered inside a block');
    assert.ok(!l.includes('lb_algo'));
  });

  it('offers the keywords of nested blocks (authentication)', () => {
    assert.deepEqual(labels(complete('vrrp_instance VI_1 {\n  authentication {\n    |\n  }\n}\n')).filter((l) => l !== 'include').sort(), ['auth_pass', 'auth_type']);
  });

  it('respects the target version: 2.4-only keywords only for 2.4', () => {
    const text = 'vrrp_instance VI_1 {\n  |\n}\n';
    assert.ok(!labels(complete(text)).includes('no_virtual_ipaddress'));
    assert.ok(!labels(complete(text)).includes('auth_hmac'));
    assert.ok(labels(complete(text, { version: '2.4' })).includes('no_virtual_ipaddress'));
  });

  it('inserts a snippet for blocks and documents each keyword from the schema', () => {
    const items = complete('|');
    const inst = items.find((i) => i.label === 'vrrp_instance')!;
    assert.equal(inst.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal((inst.textEdit as TextEdit).newText, 'vrrp_instance ${1:VI_1} {\n\t$0\n}');
    assert.match((inst.documentation as MarkupContent).value, /vrrp_instance NAME/);
    const state = complete('vrrp_instance VI_1 {\n|\n}').find((i) => i.label === 'state')!;
    assert.equal((state.textEdit as TextEdit).newText, 'state ${1|MASTER,BACKUP|}');
    assert.match((state.documentation as MarkupContent).value, /Case-sensitive/);
  });

  it('replaces the partly typed word', () => {
    const { text, pos } = cursor('vrrp_instance VI_1 {\n  pri|\n}\n');
    const item = completion(lint(text), pos).find((i) => i.label === 'priority')!;
    const edit = item.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } });
  });

  it('offers enum values after a keyword', () => {
    assert.deepEqual(labels(complete('vrrp_instance VI_1 {\n  state |\n}\n')), ['MASTER', 'BACKUP']);
    assert.deepEqual(labels(complete('vrrp_instance VI_1 {\n  state M|\n}\n')), ['MASTER', 'BACKUP']);
    assert.deepEqual(labels(complete('virtual_server 203.0.113.1 80 {\n  lb_kind |\n}\n')), ['NAT', 'DR', 'TUN']);
    assert.deepEqual(labels(complete('virtual_server 203.0.113.1 80 {\n  protocol |\n}\n')), ['TCP', 'UDP', 'SCTP']);
    assert.deepEqual(labels(complete('vrrp_instance VI_1 {\n  authentication {\n    auth_type |\n  }\n}\n')), ['PASS', 'AH']);
    const algos = labels(complete('virtual_server 203.0.113.1 80 {\n  lb_algo |\n}\n'));
    for (const a of ['rr', 'wrr', 'wlc', 'sh']) assert.ok(algos.includes(a), a);
    const bools = complete('global_defs {\n  vrrp_strict |\n}\n');
    assert.ok(labels(bools).includes('true') && labels(bools).includes('false'));
    // a value after a complete value: nothing more to offer
    assert.deepEqual(complete('vrrp_instance VI_1 {\n  state MASTER |\n}\n'), []);
  });

  it('offers tunnel options after lb_kind TUN', () => {
    assert.deepEqual(labels(complete('virtual_server 203.0.113.1 80 {\n  lb_kind TUN type |\n}\n')), ['ipip', 'gue', 'gre']);
    assert.ok(labels(complete('virtual_server 203.0.113.1 80 {\n  lb_kind TUN |\n}\n')).includes('type'));
  });

  it('offers defined vrrp_scripts inside track_script, without the ones already listed', () => {
    const text = 'vrrp_script chk_a {\n script "/bin/true"\n}\nvrrp_script chk_b {\n script "/bin/true"\n}\nvrrp_instance VI_1 {\n  track_script {\n    chk_a\n    |\n  }\n}\n';
    assert.deepEqual(labels(complete(text)), ['chk_b']);
    assert.deepEqual(labels(complete(text.replace('chk_a\n    |', 'chk_a |'))), ['weight']);
  });

  it('warns in the item when a tracked script is defined after the instance (keepalived would not find it)', () => {
    const items = complete('vrrp_instance VI_1 {\n  track_script {\n    |\n  }\n}\nvrrp_script late {\n  script "/bin/true"\n}\n');
    assert.deepEqual(labels(items), ['late']);
    assert.match(items[0].detail!, /defined later .*will not find it/);
  });

  it('offers instance names inside a sync group and virtual_server_group names after "virtual_server group"', () => {
    const text = 'vrrp_instance VI_1 {\n}\nvrrp_instance VI_2 {\n}\nvrrp_sync_group VG {\n  group {\n    |\n  }\n}\n';
    assert.deepEqual(labels(complete(text)), ['VI_1', 'VI_2']);
    const vsg = 'virtual_server_group WEB {\n  203.0.113.1 80\n}\nvirtual_server group |\n';
    assert.deepEqual(labels(complete(vsg)), ['WEB']);
  });

  it('offers address options inside virtual_ipaddress, and interfaces after dev', () => {
    const text = 'vrrp_instance VI_1 {\n  interface eth1\n  virtual_ipaddress {\n    203.0.113.5/24 |\n  }\n}\n';
    const l = labels(complete(text));
    assert.ok(l.includes('dev') && l.includes('label') && l.includes('no_track'));
    assert.deepEqual(labels(complete(text.replace('/24 |', '/24 dev |'))), ['eth1']);
  });

  it('answers trigger characters only where they mean something', () => {
    const at = (textWithBar: string, triggerCharacter: string) => {
      const { text, pos } = cursor(textWithBar);
      return labels(completion(lint(text), pos, undefined, { triggerCharacter }));
    };
    assert.deepEqual(at('vrrp_instance VI_1 {\n    |\n}\n', ' '), [], 'indenting a line');
    assert.deepEqual(at('vrrp_instance VI_1 {\n  state |\n}\n', ' '), ['MASTER', 'BACKUP']);
    assert.deepEqual(at('vrrp_script s {\n  script "/|"\n}\n', '/'), []);
    assert.ok(at('vrrp_instance VI_1 {\n  |\n}\n', '').includes('state'), 'asked for explicitly');
  });

  it('offers nothing inside a comment', () => {
    assert.deepEqual(complete('vrrp_instance VI_1 {\n  # sta|\n}\n'), []);
  });

  it('offers $definitions', () => {
    const items = complete('$VIP=203.0.113.9\nvrrp_instance VI_1 {\n  virtual_ipaddress {\n    $V|\n  }\n}\n');
    assert.ok(labels(items).includes('$VIP'));
    assert.equal(items.find((i) => i.label === '$VIP')!.detail, '203.0.113.9');
  });

  it('offers include paths next to the file', () => {
    const items = complete('include conf.d/|\n', { files: { '/virtual/conf.d/vrrp.conf': '', '/virtual/conf.d/lvs.conf': '' } });
    assert.deepEqual(labels(items).sort(), ['conf.d/lvs.conf', 'conf.d/vrrp.conf']);
  });

  it('offers whole-block templates where they fit', () => {
    const root = complete('|');
    for (const l of ['vrrp_instance (complete)', 'vrrp_script (complete)', 'virtual_server (complete)', 'global_defs (complete)']) assert.ok(labels(root).includes(l), l);
    assert.ok(!labels(root).includes('real_server (complete)'));
    const inVs = complete('virtual_server 203.0.113.1 80 {\n  |\n}\n');
    assert.ok(labels(inVs).includes('real_server (complete)'));
  });

  it('the templates\' default values make a configuration without findings', () => {
    const a = lint(templateConfig());
    assert.deepEqual(a.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}: ${d.message}`), []);
  });

  it('keepalived -t accepts the templates\' default values', function () {
    if (!fs.existsSync(KEEPALIVED) || process.getuid?.() !== 0) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-tpl-'));
    const file = path.join(dir, 'keepalived.conf');
    fs.writeFileSync(file, templateConfig());
    const ns = `kltpl${process.pid}`;
    try {
      // A throwaway namespace with the interface the template names (no findings about the host's interfaces).
      execFileSync('ip', ['netns', 'add', ns]);
      execFileSync('ip', ['netns', 'exec', ns, 'ip', 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', 'kpeer0']);
      const r = spawnSync('ip', ['netns', 'exec', ns, KEEPALIVED, '-t', '-f', file], { encoding: 'utf8' });
      assert.equal(r.stderr.trim(), '');
      assert.equal(r.status, 0);
    } finally {
      spawnSync('ip', ['netns', 'del', ns]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies cleanly: picking a keyword replaces only the typed word', () => {
    const { text, pos } = cursor('vrrp_instance VI_1 {\n  prio|\n}\n');
    const item = completion(lint(text), pos).find((i) => i.label === 'priority')!;
    assert.equal(applyEdits(text, [item.textEdit as TextEdit]), 'vrrp_instance VI_1 {\n  priority $0\n}\n');
  });
});
