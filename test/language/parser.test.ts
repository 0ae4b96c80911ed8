// The parser follows keepalived's block rules, including its error recovery; every expectation
// here was observed with `keepalived -t` 2.2.7 (test/corpus/structure holds the parity-checked files).
import * as assert from 'node:assert/strict';
import { Analysis, Statement, blockPath, fixesFor, walk } from '../../src/language';
import { at, lint } from '../support/fixtures';

/** "path status" of every statement in reading order, e.g. "vrrp_instance>state known". */
function tree(a: Analysis): string[] {
  const out: string[] = [];
  walk(a.doc.statements, (s) => out.push(`${blockPath(s).join('>')} ${s.status}`));
  return out;
}

function find(a: Analysis, keyword: string): Statement {
  let hit: Statement | undefined;
  walk(a.doc.statements, (s) => {
    if (!hit && s.keyword.text === keyword) hit = s;
  });
  assert.ok(hit, `no statement '${keyword}'`);
  return hit;
}

const codesOn = (a: Analysis, line: number) => a.diagnostics.filter((d) => d.range.start.line === line - 1).map((d) => d.code).sort();

describe('parser: blocks and braces', () => {
  it('a block may open, hold one line and close on one line; { may stand on its own line', () => {
    const a = lint('vrrp_instance VI_1 { state BACKUP\n  authentication { auth_type PASS\n    auth_pass x }\n  virtual_ipaddress\n  {\n    192.0.2.1 }\n}\n');
    assert.deepEqual(tree(a), ['vrrp_instance known', 'vrrp_instance>state known', 'vrrp_instance>authentication known', 'vrrp_instance>authentication>auth_type known', 'vrrp_instance>authentication>auth_pass known', 'vrrp_instance>virtual_ipaddress known']);
    assert.deepEqual(find(a, 'virtual_ipaddress').items.map((i) => i.tokens[0].text), ['192.0.2.1']);
    assert.deepEqual(a.doc.diagnostics, []);
  });

  it('statement ranges run from the keyword to the closing brace; order follows reading', () => {
    const a = lint('global_defs {\n  router_id lb1\n}\nvrrp_script s {\n  script "/usr/bin/true"\n}\n');
    const [g, s] = a.doc.statements;
    assert.deepEqual(g.range, { start: { line: 0, character: 0 }, end: { line: 2, character: 1 } });
    assert.equal(g.open?.range.start.character, 12);
    assert.equal(g.close?.range.start.line, 2);
    const orders: number[] = [];
    walk(a.doc.statements, (x) => orders.push(x.order));
    assert.deepEqual(orders, [...orders].sort((x, y) => x - y));
    assert.ok(s.order > g.children[0].order);
  });

  it('looks keywords up in the current block only (the same word means different things)', () => {
    const a = lint('global_defs {\n  priority 100\n}\nvrrp_instance VI_1 {\n  router_id x\n  priority 100\n}\n');
    assert.deepEqual(tree(a), ['global_defs known', 'global_defs>priority unknown', 'vrrp_instance known', 'vrrp_instance>router_id unknown', 'vrrp_instance>priority known']);
  });

  it('keywords newer than the target version are "too-new" for 2.2 and known for 2.4', () => {
    const text = 'vrrp_instance VI_1 {\n  no_virtual_ipaddress\n}\n';
    assert.equal(find(lint(text, { version: '2.2' }), 'no_virtual_ipaddress').status, 'too-new');
    assert.equal(find(lint(text, { version: '2.4' }), 'no_virtual_ipaddress').status, 'known');
  });
});

describe('parser: keepalived\'s error recovery', () => {
  it("an unknown keyword's '{' is ignored, so its '}' closes the enclosing block (the cascade)", () => {
    const a = lint('vrrp_instance VI_1 {\n  bogus {\n    priority 50\n  }\n  virtual_router_id 7\n}\n');
    assert.deepEqual(tree(a), ['vrrp_instance known', 'vrrp_instance>bogus unknown', 'vrrp_instance>priority known', 'virtual_router_id unknown']);
    assert.deepEqual(codesOn(a, 2), ['unexpected-open-brace', 'unknown-keyword']);
    assert.deepEqual(codesOn(a, 4), ['block-closed-early']);
    assert.deepEqual(codesOn(a, 5), ['unknown-keyword']);
    // The instance's own '}' is now read at the top level: "Unknown keyword '}'", not an extra brace.
    assert.deepEqual(codesOn(a, 6), ['stray-close-brace']);
  });

  it("a '{' after a keyword that takes no block is ignored the same way", () => {
    const a = lint('vrrp_instance VI_1 {\n  priority 100 {\n  }\n  state BACKUP\n}\n');
    assert.deepEqual(codesOn(a, 2), ['unexpected-open-brace']);
    assert.match(a.diagnostics.find((d) => d.code === 'unexpected-open-brace')!.message, /'priority' does not take a block/);
    assert.equal(find(a, 'state').parent, undefined);
  });

  it("missing '{': reported on the next line (where keepalived complains), which still belongs to the block", () => {
    const a = lint('vrrp_instance VI_1 {\n  authentication\n    auth_type PASS\n  }\n  priority 100\n}\n');
    const d = a.diagnostics.find((x) => x.code === 'missing-open-brace')!;
    assert.equal(d.range.start.line, 2);
    assert.equal(d.related?.[0].range.start.line, 1);
    assert.deepEqual(tree(a).slice(0, 4), ['vrrp_instance known', 'vrrp_instance>authentication known', 'vrrp_instance>authentication>auth_type known', 'vrrp_instance>priority known']);
    // Lexically there is one '}' too many: keepalived says "Extra '}' found" at the end.
    assert.deepEqual(at(a, 'extra-close-brace'), [6]);
  });

  it("a list without '{' takes every following line as an entry up to the next '}'", () => {
    const a = lint('vrrp_instance VI_1 {\n  virtual_ipaddress\n    192.0.2.1\n    priority 50\n  }\n  state BACKUP\n}\n');
    assert.deepEqual(find(a, 'virtual_ipaddress').items.map((i) => i.tokens[0].text), ['192.0.2.1', 'priority']);
    assert.deepEqual(at(a, 'missing-open-brace'), [2]);
    assert.equal(find(a, 'state').parent?.keyword.text, 'vrrp_instance');
  });

  it("lists do not nest: a '{' in a list is an (invalid) entry and the first '}' ends the list", () => {
    const a = lint('vrrp_instance VI_1 {\n  virtual_ipaddress { 192.0.2.1 { 192.0.2.2 } }\n  priority 100\n}\n');
    assert.deepEqual(find(a, 'virtual_ipaddress').items.map((i) => i.tokens[0].text), ['192.0.2.1', '192.0.2.2']);
    assert.deepEqual(at(a, 'unexpected-open-brace'), [2]);
    assert.equal(find(a, 'priority').parent, undefined, "the list's second '}' closed vrrp_instance");
  });

  it("an extra '}' (lexically) is reported once, whether it closes a block or stands at the top level", () => {
    const a = lint('global_defs {\n  router_id lb1\n}\n}\n');
    assert.deepEqual(at(a, 'extra-close-brace'), [4]);
    assert.match(a.diagnostics.find((d) => d.code === 'extra-close-brace')!.message, /Extra '}' found/);
  });

  it("an unclosed '{' is reported where it opens, with keepalived's count", () => {
    const a = lint('global_defs {\n  router_id lb1\nvrrp_instance VI_1 {\n  state BACKUP\n');
    assert.deepEqual(at(a, 'missing-close-brace'), [1, 3]);
    assert.match(a.diagnostics.find((d) => d.code === 'missing-close-brace')!.message, /There are 2 missing '}'s/);
  });

  it("a block keyword at the end of the file without any block is reported at the keyword", () => {
    const a = lint('vrrp_instance VI_1\n');
    assert.deepEqual(at(a, 'missing-open-brace'), [1]);
  });
});

describe("parser: ';' after a keyword", () => {
  it("makes the keyword unknown; the fix removes the ';'", () => {
    const a = lint('vrrp_instance VI_1 {\n  nopreempt;\n}\n');
    const d = a.diagnostics.find((x) => x.code === 'keyword-semicolon')!;
    assert.equal(d.range.start.line, 1);
    assert.equal(fixesFor(d, a)[0].edits[0].range.start.character, 11);
  });
});

describe('parser: script keywords re-read their raw line', () => {
  const args = (line: string) => find(lint(`vrrp_script s {\n  ${line}\n}\n`), 'script').args.map((t) => t.text);

  it('both quote kinds group words; quoted parts join the text around them', () => {
    assert.deepEqual(args(`script "/usr/bin/test -f" 'a b' c`), ['/usr/bin/test -f', 'a b', 'c']);
    assert.deepEqual(args('script "/usr/bin/true"x'), ['/usr/bin/truex']);
  });

  it('the command starts after the first blank: script"/bin/x" has none (keepalived: "No script set")', () => {
    assert.deepEqual(args('script"/usr/bin/true"'), []);
  });

  it('an unterminated quote loses the whole command', () => {
    assert.deepEqual(args('script /usr/bin/true "x'), []);
  });
});

describe("parser: the other keepalived processes' view", () => {
  it("a top-level block without '{' is read as top-level lines by the processes that skip it", () => {
    const a = lint('vrrp_instance VI_1\n  state BACKUP\n  virtual_ipaddress {\n    192.0.2.1\n  }\n}\n');
    assert.deepEqual(at(a, 'misread-by-other-process'), [2, 3, 3, 4, 5]);
    const d = a.diagnostics.find((x) => x.code === 'misread-by-other-process')!;
    assert.match(d.message, /parent, checker, bfd processes skip 'vrrp_instance VI_1'/);
    assert.match(d.message, /"Unknown keyword 'state'"/);
    // The owner's view (the tree) is unchanged.
    assert.equal(find(a, 'state').parent?.keyword.text, 'vrrp_instance');
  });

  it('a list without { inside a block puts the brace count of the skipping processes out of step', () => {
    const a = lint('vrrp_instance VI_1 {\n  virtual_ipaddress\n    192.0.2.1\n  }\n  priority 100\n}\n');
    // The parent's count returns to 0 at line 4: it reads lines 5 and 6 at the top level. Line 6's
    // extra '}' is already reported (extra-close-brace), so only line 5 needs a finding of its own.
    assert.deepEqual(at(a, 'misread-by-other-process'), [5]);
    assert.deepEqual(at(a, 'extra-close-brace'), [6]);
  });

  it('global_defs belongs to the parent process: the other three misread it', () => {
    const a = lint('global_defs\n  router_id lb1\n}\n');
    const d = a.diagnostics.filter((x) => x.code === 'misread-by-other-process');
    assert.deepEqual(d.map((x) => x.range.start.line + 1), [2]);
    assert.deepEqual(d[0].data?.processes, ['vrrp', 'checker', 'bfd']);
  });

  it('well-formed configurations need no second look', () => {
    const a = lint('global_defs {\n  router_id lb1\n}\nvrrp_instance VI_1 {\n  virtual_ipaddress {\n    192.0.2.1\n  }\n}\n');
    assert.deepEqual(at(a, 'misread-by-other-process'), []);
  });
});
