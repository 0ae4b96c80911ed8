import * as assert from 'node:assert/strict';
import { documentLinks, fileToUri } from '../../../src/language';
import { lint } from '../../support/fixtures';

describe('document links', () => {
  it('links an include to the file it reads, and a glob to the first match with all of them in the tooltip', () => {
    const a = lint('include vrrp.conf\ninclude conf.d/*.conf\ninclude missing.conf\n', {
      files: { '/virtual/vrrp.conf': '', '/virtual/conf.d/b.conf': '', '/virtual/conf.d/a.conf': '' },
    });
    const links = documentLinks(a);
    assert.equal(links.length, 2);
    assert.deepEqual(links[0].range, { start: { line: 0, character: 8 }, end: { line: 0, character: 17 } });
    assert.equal(links[0].target, fileToUri('/virtual/vrrp.conf'));
    assert.equal(links[1].target, fileToUri('/virtual/conf.d/a.conf'));
    assert.match(links[1].tooltip!, /2 files: conf\.d\/a\.conf, conf\.d\/b\.conf/);
  });

  it('gives the links of an included file when asked for that file', () => {
    const a = lint('include sub/one.conf\n', { files: { '/virtual/sub/one.conf': 'include two.conf\n', '/virtual/sub/two.conf': '' } });
    assert.deepEqual(documentLinks(a, '/virtual/sub/one.conf').map((l) => l.target), [fileToUri('/virtual/sub/two.conf')]);
  });
});
