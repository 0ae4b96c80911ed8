// The reader emulates keepalived 2.2.7's reading before keywords are looked up. Each expectation
// here was observed with `keepalived -t` (see test/corpus/lexical for the parity-checked files).
import * as assert from 'node:assert/strict';
import { Analysis, OverlayFileSystem, fixesFor, walk } from '../../src/language';
import { Reader } from '../../src/language/reader';
import { at, lint } from '../support/fixtures';

/** Every statement as "keyword arg arg" and every list entry as "  - word word", in reading order. */
function lines(a: Analysis): string[] {
  const out: string[] = [];
  walk(a.doc.statements, (s) => {
    out.push([s.keyword.text, ...s.args.map((t) => t.text)].join(' '));
    for (const i of s.items) out.push(`  - ${i.tokens.map((t) => t.text).join(' ')}`);
  });
  return out;
}

const keywords = (a: Analysis) => a.doc.statements.map((s) => s.keyword.text);

describe('reader: definitions', () => {
  it('replaces $NAME and ${NAME}; tokens point at the reference in the source', () => {
    const a = lint('$IF=eth0\nvrrp_instance VI_1 {\n  interface $IF\n  virtual_ipaddress {\n    192.0.2.1/24 dev ${IF}\n  }\n}\n');
    assert.deepEqual(lines(a), ['vrrp_instance VI_1', 'interface eth0', 'virtual_ipaddress', '  - 192.0.2.1/24 dev eth0']);
    const iface = a.doc.statements[0].children[0].args[0];
    assert.deepEqual([iface.range.start.character, iface.range.end.character], [12, 15]);
    assert.deepEqual(a.doc.read.definitions.map((d) => [d.name, d.value, d.range.start.line]), [['IF', 'eth0', 0]]);
  });

  it('a definition whose line ends in \\ continues and expands to several lines', () => {
    const a = lint('$T=advert_int 1 \\\n   priority 100\nvrrp_instance VI_1 {\n  $T\n}\n');
    assert.deepEqual(lines(a), ['vrrp_instance VI_1', 'advert_int 1', 'priority 100']);
    assert.ok(a.doc.statements[0].children.every((c) => c.keyword.range.start.line === 3));
  });

  it('leading blanks are allowed before a definition; redefining changes the following lines only', () => {
    const a = lint('  $A=one\nbogus_$A\n$A=two\nbogus_$A\n');
    assert.deepEqual(keywords(a), ['bogus_one', 'bogus_two']);
  });

  it('a plain $NAME is replaced only before a blank, \',\', \')\' or the line end', () => {
    const a = lint('$x=7\nbogus_a $x/24\nbogus_b ${x}/24\nbogus_c $x,$x)\n');
    assert.deepEqual(lines(a), ['bogus_a $x/24', 'bogus_b 7/24', 'bogus_c 7,7)']);
    assert.deepEqual(at(a, 'unsubstituted-definition'), [2]);
    const d = a.diagnostics.find((x) => x.code === 'unsubstituted-definition')!;
    assert.deepEqual(fixesFor(d, a)[0].edits[0], { file: d.file, range: { start: { line: 1, character: 8 }, end: { line: 1, character: 10 } }, newText: '${x}' });
  });

  it('an undefined name stays as it is, and the braces of ${NAME} then count as block braces', () => {
    const a = lint('global_defs {\n  router_id ${ROUTER}\n  smtp_helo_name x\n}\n');
    // router_id '$', then '{' ignored, 'ROUTER' unknown, '}' closes global_defs.
    assert.deepEqual(keywords(a), ['global_defs', 'smtp_helo_name']);
    assert.deepEqual(at(a, 'unexpected-open-brace'), [2]);
    assert.deepEqual(at(a, 'block-closed-early'), [2]);
  });

  it('reports references that no definition above provides (not inside quotes, which may be shell)', () => {
    const a = lint('global_defs {\n  router_id $HOST\n  smtp_helo_name ${DOMAIN}\n  notification_email_from "$USER@example.com"\n}\n$HOST=lb1\n');
    const d = a.diagnostics.filter((x) => x.code === 'undefined-definition');
    assert.deepEqual(d.map((x) => [x.range.start.line + 1, x.severity]), [[2, 'warning'], [3, 'error']]);
  });

  it('comments are looked for again after substitution; in 2.2 even ${_HASH} starts one', () => {
    const text = '$ID=lb#1\nglobal_defs {\n  router_id $ID\n  smtp_helo_name a${_HASH}b\n}\n';
    assert.deepEqual(lines(lint(text, { version: '2.2' })), ['global_defs', 'router_id lb', 'smtp_helo_name a']);
    assert.deepEqual(lines(lint(text, { version: '2.4' })), ['global_defs', 'router_id lb', 'smtp_helo_name a#b']);
  });

  it('substituted text is scanned again: values use other definitions as they are at the point of use', () => {
    const a = lint('$A=1\n$B=$A\n$A=2\nbogus1_$B\n$P=${Q}z\n$Q=w\nbogus2_$P\n$U=$\nbogus3_${U}A\n$R=a $R\nbogus4 $R\n');
    assert.deepEqual(keywords(a), ['bogus1_2', 'bogus2_wz', 'bogus3_2', 'bogus4']);
  });

  it('built-ins: ${_INSTANCE} is the config id; a bad ${_ENV}/${_RANDOM} is left as text', () => {
    const a = lint('bogus_${_INSTANCE}\nbogus_r ${_RANDOM 3 3}\nbogus_e ${_ENV}\n', { configId: 'lb1' });
    assert.deepEqual(keywords(a).slice(0, 3), ['bogus_lb1', 'bogus_r', 'bogus_e']);
    assert.equal(a.doc.statements[1].args[0].text, '3');
    assert.deepEqual(at(a, 'definition-parameters'), [3]);
    assert.ok(keywords(a).includes('_ENV'), 'the braces of the unreplaced ${_ENV} are block braces');
  });
});

describe('reader: the text after a brace is read as a new line', () => {
  it('so it may be a conditional line, a definition, a sequence or an include', () => {
    const a = lint('global_defs {\n}@testhost bogus_a\nglobal_defs {\n}@other bogus_b\nglobal_defs {\n}$Y=1\nbogus_c$Y\nglobal_defs {\n}~SEQ(i, 1, 2) bogus_d$i\nglobal_defs { } include none.conf\n', { configId: 'testhost' });
    assert.deepEqual(keywords(a).filter((k) => k.startsWith('bogus')), ['bogus_a', 'bogus_c1', 'bogus_d1', 'bogus_d2']);
    assert.deepEqual(at(a, 'include-missing'), [10]);
  });

  it('but a conditional or a definition at the start of a line takes the whole line, braces included', () => {
    const a = lint('$Q=1 { bogus_q\nbogus_a $Q\n@other bogus_b { bogus_c\n', { configId: 'testhost' });
    assert.deepEqual(keywords(a), ['bogus_a', 'bogus_q']);
  });

  it('reads a line with 100,000 braces in one pass (no rescanning of the rest)', function () {
    this.timeout(20_000);
    const text = `global_defs ${'{ x '.repeat(100_000)}\n`;
    const read = new Reader({ fs: new OverlayFileSystem(new Map([['/virtual/k.conf', text]])), configId: 'testhost', version: '2.2' }).read('/virtual/k.conf', text);
    assert.equal(read.items.length, 200_001);
  });
});

describe('reader: \\# and \\! in keepalived 2.2', () => {
  it('are literal in global_defs (read by the parent) but start a comment in other blocks', () => {
    const a = lint('global_defs {\n  router_id lb\\#1\n}\nvrrp_instance VI_1 {\n  state MAS\\#TER\n}\n', { version: '2.2' });
    assert.deepEqual(lines(a), ['global_defs', 'router_id lb#1', 'vrrp_instance VI_1', 'state MAS']);
    assert.deepEqual(at(a, 'escaped-comment-char'), [5]);
  });

  it('a lone \\# at the end of a line loses only itself (a warning)', () => {
    const a = lint('vrrp_instance VI_1 {\n  state BACKUP \\#\n}\n', { version: '2.2' });
    assert.equal(a.diagnostics.find((d) => d.code === 'escaped-comment-char')?.severity, 'warning');
  });

  it('a brace after the escape is lost for the child processes', () => {
    const a = lint('vrrp_instance VI_1 \\#{\n  state BACKUP\n}\n', { version: '2.2' });
    assert.deepEqual(at(a, 'missing-open-brace'), [2]);
    assert.ok(at(a, 'misread-by-other-process').includes(2), 'checker and BFD read the block as top level');
  });

  it('are literal everywhere in 2.4', () => {
    const a = lint('vrrp_instance VI_1 {\n  state MAS\\#TER\n}\n', { version: '2.4' });
    assert.deepEqual(lines(a), ['vrrp_instance VI_1', 'state MAS#TER']);
    assert.deepEqual(at(a, 'escaped-comment-char'), []);
  });
});

describe('reader: conditional lines', () => {
  const text = '@testhost bogus_mine\n@other bogus_other\n@^testhost bogus_not_mine\n@^other bogus_not_other\n@testhost{\n@ bogus_empty_id\n';
  it('keeps @ID lines for the config id and @^ID lines for other ids; the id runs to the first blank', () => {
    const a = lint(text, { configId: 'testhost' });
    assert.deepEqual(keywords(a), ['bogus_mine', 'bogus_not_other']);
    assert.deepEqual(a.doc.read.inactive.map((l) => l.line), [1, 2, 4, 5]);
  });
  it('a dropped line is still scanned for an unterminated quote, as keepalived does', () => {
    assert.deepEqual(at(lint('@other router_id "lb1\n', { configId: 'testhost' }), 'unterminated-quote'), [1]);
  });

  it('the config id comes from the options (keepalived -i)', () => {
    assert.deepEqual(keywords(lint(text, { configId: 'other' })), ['bogus_other', 'bogus_not_mine']);
  });
});

describe('reader: ~SEQ and ~LST', () => {
  it('repeats the rest of the line; counts down when START > END; ~SEQx is hexadecimal', () => {
    const a = lint('~SEQ(i, 3) bogus_a$i\n~SEQ(i, 3, 1) bogus_b$i\n~SEQx(h, 9, 2, 13) bogus_h$h\n~SEQ(i, -2) bogus_n$i\n');
    assert.deepEqual(keywords(a), ['bogus_a1', 'bogus_a2', 'bogus_a3', 'bogus_b3', 'bogus_b2', 'bogus_b1', 'bogus_h9', 'bogus_hb', 'bogus_hd', 'bogus_n-1', 'bogus_n-2']);
  });

  it('~LST takes a list of values or of value sets', () => {
    const a = lint('~LST(r, web, db) bogus_$r\n~LST({p,q}, {a,1}, {b,2}) bogus_${p}_$q\n');
    assert.deepEqual(keywords(a), ['bogus_web', 'bogus_db', 'bogus_a_1', 'bogus_b_2']);
  });

  it('the variable keeps its last value after the sequence', () => {
    assert.deepEqual(keywords(lint('~SEQ(n, 1, 2)\nbogus_$n\n')), ['bogus_2']);
  });

  it('any line starting with ~SEQ or ~LST is a sequence: a malformed one is dropped with its braces', () => {
    const a = lint('~SEQ foo {\n~SEQfoo(i,1,2) x$i\n~LSTx(i,a) y$i\n~seq(i,1,2) z\n');
    assert.deepEqual(at(a, 'invalid-sequence'), [1, 2, 3]);
    assert.deepEqual(keywords(a), ['~seq(i,1,2)']);
    assert.deepEqual(at(a, 'missing-close-brace'), []);
  });

  it('reports malformed sequences and ignores their lines', () => {
    const a = lint('~SEQ(i, 5, 1, 3) a$i\n~SEQ(i, 1, 0, 3) b$i\n~SEQ(i) c$i\n~SEQ(i, 1, 2 d$i\n~SEQx(i, -2) e$i\n~LST({k,l}, {1,2,3}) f$k\n');
    assert.deepEqual(at(a, 'invalid-sequence'), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(keywords(a), []);
  });
});

describe('reader: includes', () => {
  const files = {
    '/etc/ka/parts/b.conf': 'bogus_b\n',
    '/etc/ka/parts/a.conf': 'bogus_a\ninclude ../deeper/c.inc\n',
    '/etc/ka/deeper/c.inc': 'bogus_c\n',
  };

  it('expands globs in sorted order, relative to the including file, recursively', () => {
    const a = lint('include parts/*.conf\nbogus_main\n', { file: '/etc/ka/keepalived.conf', files });
    assert.deepEqual(keywords(a), ['bogus_a', 'bogus_c', 'bogus_b', 'bogus_main']);
    assert.equal(a.doc.statements[1].file, '/etc/ka/deeper/c.inc');
    assert.deepEqual(a.doc.read.includes[0].resolved, ['/etc/ka/parts/a.conf', '/etc/ka/parts/b.conf']);
  });

  it('an include may stand inside a block, and braces may span files', () => {
    const a = lint('vrrp_instance VI_1 {\n  include parts/vip.inc\n}\n', { file: '/etc/ka/keepalived.conf', files: { '/etc/ka/parts/vip.inc': 'virtual_ipaddress {\n  192.0.2.1\n' } });
    // The list opened in vip.inc is closed by the '}' of the main file; vrrp_instance stays open.
    assert.deepEqual(lines(a), ['vrrp_instance VI_1', 'virtual_ipaddress', '  - 192.0.2.1']);
    assert.deepEqual(at(a, 'missing-close-brace'), [1]);
  });

  it('expands {a,b} before braces are split, and reports a missing alternative', () => {
    const a = lint('include parts/{a,b,x}.conf\n', { file: '/etc/ka/keepalived.conf', files });
    assert.deepEqual(keywords(a), ['bogus_a', 'bogus_c', 'bogus_b']);
    const d = a.diagnostics.find((x) => x.code === 'include-missing');
    assert.ok(d && /parts\/x\.conf/.test(d.message));
  });

  it('a plain include that matches nothing is a warning; includew makes it an error', () => {
    const plain = lint('include parts/*.none\n', { file: '/etc/ka/keepalived.conf', files });
    const strict = lint('includew parts/*.none\n', { file: '/etc/ka/keepalived.conf', files });
    assert.equal(plain.diagnostics.find((d) => d.code === 'include-no-match')?.severity, 'warning');
    assert.equal(strict.diagnostics.find((d) => d.code === 'include-no-match')?.severity, 'error');
  });

  it('reports a missing file and a directory, and goes on', () => {
    const a = lint('include nothing.conf\ninclude parts\nbogus_after\n', { file: '/etc/ka/keepalived.conf', files });
    assert.deepEqual(at(a, 'include-missing'), [1]);
    assert.deepEqual(at(a, 'include-not-regular'), [2]);
    assert.deepEqual(keywords(a), ['bogus_after']);
  });

  it('include without a file name is an unknown keyword, not an include', () => {
    const a = lint('include\n');
    assert.deepEqual(keywords(a), ['include']);
    assert.deepEqual(a.doc.read.includes, []);
  });

  it('marks every include of a loop and reads each file once', () => {
    const a = lint('include a.inc\n', { file: '/etc/ka/keepalived.conf', files: { '/etc/ka/a.inc': 'include b.inc\nbogus_a\n', '/etc/ka/b.inc': 'include a.inc\nbogus_b\n' } });
    const loops = a.diagnostics.filter((d) => d.code === 'include-cycle').map((d) => `${d.file}:${d.range.start.line + 1}`);
    assert.deepEqual(loops.sort(), ['/etc/ka/a.inc:1', '/etc/ka/b.inc:1']);
    assert.deepEqual(keywords(a), ['bogus_b', 'bogus_a']);
  });
});

describe('reader: quotes, backslashes, long lines, odd bytes', () => {
  it('drops an unterminated quoted word and reports the line once', () => {
    const a = lint('global_defs {\n  router_id "lb 1\n  smtp_helo_name ab"cd\n}\n');
    assert.deepEqual(lines(a), ['global_defs', 'router_id', 'smtp_helo_name ab']);
    assert.deepEqual(at(a, 'unterminated-quote'), [2, 3]);
  });

  it('a trailing \\ does not continue the line: it sticks to the last word', () => {
    const a = lint('vrrp_instance VI_1 {\n  interface eth0 \\\n  virtual_router_id 51\n}\n');
    assert.deepEqual(lines(a), ['vrrp_instance VI_1', 'interface eth0\\', 'virtual_router_id 51']);
    const d = a.diagnostics.find((x) => x.code === 'trailing-backslash');
    assert.ok(d && d.severity === 'error' && d.range.start.line === 1 && d.range.start.character === 17);
  });

  it('a \\ before a comment is not a continuation either', () => {
    const a = lint('vrrp_instance VI_1 {\n  interface eth0.1\\  # vlan\n}\n');
    assert.deepEqual(lines(a), ['vrrp_instance VI_1', 'interface eth0.1\\']);
    assert.deepEqual(at(a, 'trailing-backslash'), [2]);
  });

  it('keepalived 2.2 reads a comment that ends in \\ as a lone \\ word; 2.4 does not', () => {
    const text = '# note \\\nglobal_defs {\n}\n';
    assert.deepEqual(keywords(lint(text, { version: '2.2' })), ['\\', 'global_defs']);
    assert.deepEqual(at(lint(text, { version: '2.2' }), 'trailing-backslash'), [1]);
    assert.deepEqual(keywords(lint(text, { version: '2.4' })), ['global_defs']);
  });

  it('2.2 reads a line of 1023+ bytes in 1023-byte pieces, each a line of its own', () => {
    const long = `# ${'x'.repeat(1020)} bogus_piece y\nglobal_defs {\n}\n`;
    const a = lint(long, { version: '2.2' });
    assert.deepEqual(keywords(a), ['bogus_piece', 'global_defs']);
    const d = a.diagnostics.find((x) => x.code === 'line-too-long')!;
    assert.equal(d.range.start.character, 1023, 'points at the cut');
    const stmt = a.doc.statements[0];
    assert.deepEqual([stmt.keyword.range.start.line, stmt.keyword.range.start.character], [0, 1023], 'tokens of later pieces keep their real column');
  });

  it('2.4 ignores the first 1023 bytes and reads the rest as a new line', () => {
    const a = lint(`bogus_${'y'.repeat(1016)} bogus_rest\n`, { version: '2.4' });
    assert.deepEqual(keywords(a), ['bogus_rest']);
  });

  it('2.2 reads a line with a NUL only up to the NUL; 2.4 drops it', () => {
    const text = 'global_defs {\n  router_id lb1\0 junk\n}\n';
    assert.deepEqual(lines(lint(text, { version: '2.2' })), ['global_defs', 'router_id lb1']);
    assert.deepEqual(lines(lint(text, { version: '2.4' })), ['global_defs']);
    assert.deepEqual(at(lint(text), 'nul-byte'), [2]);
  });

  it('a byte order mark makes the first keyword unknown, as in keepalived', () => {
    const a = lint('\uFEFFglobal_defs {\n}\n');
    assert.deepEqual(at(a, 'byte-order-mark'), [1]);
    assert.equal(a.doc.statements[0].status, 'unknown');
  });

  it('CR LF line ends are read like LF', () => {
    const a = lint('global_defs {\r\n  router_id lb1\r\n}\r\n');
    assert.deepEqual(lines(a), ['global_defs', 'router_id lb1']);
    assert.deepEqual(a.diagnostics, []);
  });
});
