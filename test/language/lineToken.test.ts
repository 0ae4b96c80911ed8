// Tokens and statements make their ranges on first use (for speed on big files): the ranges must
// be the same as made eagerly, the same object on every read, and move correctly when shifted.
import * as assert from 'node:assert/strict';
import { LineToken, shiftToken } from '../../src/language/types';
import { lint } from '../support/fixtures';

describe('lazy ranges: LineToken and statements', () => {
  it('a token range is made on first read, then is the same object', () => {
    const t = new LineToken('priority', '/x.conf', false, 4, 2, 10);
    const r = t.range;
    assert.deepEqual(r, { start: { line: 4, character: 2 }, end: { line: 4, character: 10 } });
    assert.equal(t.range, r);
    assert.deepEqual(JSON.parse(JSON.stringify(t)), { text: 'priority', file: '/x.conf', quoted: false, range: r });
  });

  it('shifting before or after the range is made gives the same range; a made range moves in place', () => {
    const early = new LineToken('a', '/x.conf', true, 7, 0, 1);
    const late = new LineToken('a', '/x.conf', true, 7, 0, 1);
    const made = early.range;
    shiftToken(early, 3);
    shiftToken(late, 3);
    assert.equal(early.range, made, 'the same object, moved');
    assert.deepEqual(made, { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } });
    assert.deepEqual(late.range, made);
    shiftToken(late, -10);
    assert.deepEqual(late.range.start, { line: 0, character: 0 });
    const plain = { text: 'b', file: '/x.conf', quoted: false, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } };
    shiftToken(plain, 2);
    assert.equal(plain.range.start.line, 3);
  });

  it('statement ranges run from the keyword to the last argument, or to the closing brace of a block', () => {
    const a = lint('vrrp_instance VI_1 {\n  priority 100\n  virtual_ipaddress {\n    198.51.100.10/24\n  }\n}\nglobal_defs {\n  router_id x\n');
    const [vi, gd] = a.doc.statements;
    assert.deepEqual(vi.range, { start: { line: 0, character: 0 }, end: { line: 5, character: 1 } });
    assert.equal(vi.range.start, vi.keyword.range.start, 'shares the keyword position');
    assert.deepEqual(vi.children[0].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } });
    assert.deepEqual(vi.children[1].range, { start: { line: 2, character: 2 }, end: { line: 4, character: 3 } });
    // An unclosed block ends at its last content.
    assert.deepEqual(gd.range, { start: { line: 6, character: 0 }, end: { line: 7, character: 13 } });
    assert.equal(vi.range, vi.range, 'made once');
  });
});
