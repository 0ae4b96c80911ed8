// How the reader cuts a text into lines (found with indexOf, not split): CRLF line ends, a last
// line with or without '\n', definitions continued over lines up to the end of the text, and the
// plain-line shortcut next to lines that need the general path.
import * as assert from 'node:assert/strict';
import { NodeFileSystem } from '../../src/language/fileSystem';
import { LineItem, Reader } from '../../src/language/reader';

function read(text: string, firstLine = 0) {
  return new Reader({ fs: new NodeFileSystem(), configId: 'lb1', version: '2.2', firstLine }).read('/virtual/lines.conf', text);
}

/** Each token as `text@line:start-end`. */
function tokens(items: LineItem[]): string[] {
  return items.flatMap((i) => (i.kind === 'words' ? i.tokens : [i.token])).map((t) => `${t.text}@${t.range.start.line}:${t.range.start.character}-${t.range.end.character}`);
}

describe('reader: lines', () => {
  it('CRLF and LF line ends give the same tokens; the text of a line excludes the \\r', () => {
    const lf = read('global_defs {\n  router_id lb1\n}\n');
    const crlf = read('global_defs {\r\n  router_id lb1\r\n}\r\n');
    assert.deepEqual(tokens(crlf.items), tokens(lf.items));
    assert.deepEqual(tokens(lf.items), ['global_defs@0:0-11', '{@0:12-13', 'router_id@1:2-11', 'lb1@1:12-15', '}@2:0-1']);
    const words = crlf.items.filter((i) => i.kind === 'words');
    assert.deepEqual(words.map((w) => (w.kind === 'words' ? w.text.text : '')), ['global_defs ', 'router_id lb1']);
  });

  it('a last line without \\n is read; an empty text reads nothing', () => {
    assert.deepEqual(tokens(read('a 1\nb 2').items), ['a@0:0-1', '1@0:2-3', 'b@1:0-1', '2@1:2-3']);
    assert.deepEqual(read('').items, []);
    assert.deepEqual(tokens(read('\n\nx').items), ['x@2:0-1']);
  });

  it('a definition continued with \\ up to the last line, with and without a final \\n', () => {
    for (const end of ['', '\n', '\r\n']) {
      const r = read(`$V=a \\\nb \\${end === '\r\n' ? '\r\n' : '\n'}c${end}`);
      assert.deepEqual(r.definitions.map((d) => [d.name, d.value]), [['V', 'a \nb \nc']], JSON.stringify(end));
    }
    // A continuation on the very last line has no line to continue on.
    assert.deepEqual(read('$W=x \\').definitions.map((d) => d.value), ['x \\']);
    const used = read('$V=1 \\\n2\nprio $V\n');
    assert.deepEqual(tokens(used.items).map((t) => t.split('@')[0]), ['prio', '1', '2']);
  });

  it('lines that need the general path (comment, quote, include) keep their line numbers among plain ones', () => {
    const r = read('a 1\nb "x y" # c\nc 3\nd include_me\n', 10);
    assert.deepEqual(tokens(r.items), ['a@10:0-1', '1@10:2-3', 'b@11:0-1', 'x y@11:2-7', 'c@12:0-1', '3@12:2-3', 'd@13:0-1', 'include_me@13:2-12']);
  });
});
