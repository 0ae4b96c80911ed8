import * as assert from 'node:assert/strict';
import { TextEdit } from 'vscode-languageserver-types';
import { definition, fileToUri, invalidName, prepareRename, references, rename } from '../../../src/language';
import { cursor, lint } from '../../support/fixtures';
import { applyEdits } from './edits';

const MAIN = '/virtual/keepalived.conf';
const PART = '/virtual/conf.d/instances.conf';
const MAIN_TEXT = 'vrrp_script chk_web {\n  script "/usr/bin/pgrep nginx"\n}\ninclude conf.d/*.conf\nvrrp_sync_group VG {\n  group {\n    VI_1\n  }\n}\n';
const PART_TEXT = 'vrrp_instance VI_1 {\n  track_script {\n    chk_web weight -20\n  }\n}\nvrrp_instance VI_2 {\n  track_script {\n    chk_web\n  }\n}\n';

function analysis() {
  return lint(MAIN_TEXT, { files: { [PART]: PART_TEXT } });
}

describe('navigation', () => {
  it('goes from a reference in an included file to the definition', () => {
    const locs = definition(analysis(), { line: 2, character: 6 }, PART);
    assert.deepEqual(locs, [{ uri: fileToUri(MAIN), range: { start: { line: 0, character: 12 }, end: { line: 0, character: 19 } } }]);
  });

  it('goes from a sync group member to the instance in the included file', () => {
    const locs = definition(analysis(), { line: 6, character: 5 });
    assert.equal(locs.length, 1);
    assert.equal(locs[0].uri, fileToUri(PART));
    assert.equal(locs[0].range.start.line, 0);
  });

  it('goes from $NAME to its definition line', () => {
    const { text, pos } = cursor('$IF=eth1\nvrrp_instance VI_1 {\n  interface $I|F\n}\n');
    assert.deepEqual(definition(lint(text), pos).map((l) => l.range.start.line), [0]);
  });

  it('finds the references, with or without the definition', () => {
    const a = analysis();
    const withDecl = references(a, { line: 0, character: 14 }, true);
    assert.deepEqual(withDecl.map((l) => `${l.uri.endsWith('instances.conf') ? 'part' : 'main'}:${l.range.start.line}`), ['main:0', 'part:2', 'part:7']);
    assert.equal(references(a, { line: 0, character: 14 }, false).length, 2);
    assert.deepEqual(references(a, { line: 1, character: 4 }, true), [], 'not on a name');
  });

  it('renames a vrrp_script everywhere, across included files', () => {
    const a = analysis();
    const prep = prepareRename(a, { line: 7, character: 6 }, PART);
    assert.deepEqual(prep, { range: { start: { line: 7, character: 4 }, end: { line: 7, character: 11 } }, placeholder: 'chk_web' });
    const edit = rename(a, { line: 7, character: 6 }, 'chk_nginx', PART)!;
    const main = applyEdits(MAIN_TEXT, edit.changes![fileToUri(MAIN)] as TextEdit[]);
    const part = applyEdits(PART_TEXT, edit.changes![fileToUri(PART)] as TextEdit[]);
    assert.match(main, /^vrrp_script chk_nginx \{/);
    assert.equal(part.match(/chk_nginx/g)!.length, 2);
    assert.match(part, /chk_nginx weight -20/);
    // After the rename the references still resolve.
    const b = lint(main, { files: { [PART]: part } });
    assert.equal(b.model.referencesTo('vrrp_script', 'chk_nginx').length, 2);
  });

  it('renames instances (and their sync group membership), keeping quotes', () => {
    const text = 'vrrp_instance "VI_1" {\n}\nvrrp_sync_group VG {\n  group {\n    VI_1\n  }\n}\n';
    const a = lint(text);
    const edit = rename(a, { line: 0, character: 16 }, 'VI_web')!;
    assert.equal(applyEdits(text, edit.changes![fileToUri(MAIN)] as TextEdit[]), 'vrrp_instance "VI_web" {\n}\nvrrp_sync_group VG {\n  group {\n    VI_web\n  }\n}\n');
  });

  it('refuses to rename what is not a name, or a name produced by a $definition', () => {
    assert.equal(prepareRename(analysis(), { line: 1, character: 4 }), undefined);
    const { text, pos } = cursor('$N=chk\nvrrp_script $N {\n  script "/bin/true"\n}\nvrrp_instance VI_1 {\n  track_script {\n    ch|k\n  }\n}\n');
    assert.equal(prepareRename(lint(text), pos), undefined);
  });

  it('knows every kind of named object: track_file, vrrp_track_process, bfd_instance, virtual_server_group', () => {
    const text = [
      'track_file tf1 {', '  file /run/ka/weight', '}',                        // 0-2
      'vrrp_track_process tp1 {', '  process nginx', '}',                      // 3-5
      'bfd_instance bfd1 {', '  neighbor_ip 203.0.113.1', '}',                 // 6-8
      'virtual_server_group VSG {', '  203.0.113.1 80', '}',                    // 9-11
      'vrrp_instance VI_1 {',                                                   // 12
      '  track_file {', '    tf1', '  }',                                       // 13-15
      '  track_process {', '    tp1', '  }',                                    // 16-18
      '  track_bfd {', '    bfd1', '  }',                                       // 19-21
      '}',                                                                      // 22
      'virtual_server group VSG {',                                             // 23
      '  real_server 203.0.113.2 80 {',                                         // 24
      '    FILE_CHECK {', '      track_file tf1', '    }',                      // 25-27
      '    BFD_CHECK {', '      name bfd1', '    }',                            // 28-30
      '  }', '}', '',
    ].join('\n');
    const a = lint(text);
    const refsOf = (line: number, character: number) => references(a, { line, character }, false).map((l) => l.range.start.line);
    assert.deepEqual(refsOf(0, 12), [14, 26]);
    assert.deepEqual(refsOf(3, 20), [17]);
    assert.deepEqual(refsOf(6, 14), [20, 29]);
    assert.deepEqual(refsOf(9, 22), [23]);
    assert.deepEqual(definition(a, { line: 29, character: 12 }).map((l) => l.range.start.line), [6]);
    assert.deepEqual(definition(a, { line: 23, character: 22 }).map((l) => l.range.start.line), [9]);
    const edit = rename(a, { line: 9, character: 22 }, 'WEB')!;
    assert.match(applyEdits(text, edit.changes![fileToUri(MAIN)] as TextEdit[]), /virtual_server_group WEB \{[\s\S]*virtual_server group WEB \{/);
  });

  it('checks new names', () => {
    assert.equal(invalidName('chk_ok-2'), undefined);
    for (const bad of ['', 'two words', 'a{', 'x#y', '"q"']) assert.ok(invalidName(bad), bad);
    assert.equal(rename(analysis(), { line: 0, character: 14 }, 'bad name'), undefined);
  });
});
