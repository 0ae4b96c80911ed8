// Line-level lexing, checked against what keepalived 2.2.7 does (see test/corpus/lexical and the
// experiments in ../shared/keepalived/provenance): comments, quotes, braces, script words, chunks.
import * as assert from 'node:assert/strict';
import { byteChunks, identityMapped, splitPieces, splitScriptWords, stripComment } from '../../src/language/lexer';

const strip = (line: string, keepCommentBackslash = false) => stripComment(identityMapped(line), { keepCommentBackslash });
const words = (line: string) => splitPieces(line).map((p) => (p.kind === 'word' ? (p.unterminated ? `~${p.text}` : p.text) : p.kind === 'open' ? '{' : '}'));

describe('lexer: comments', () => {
  it("'#' and '!' start a comment anywhere outside double quotes", () => {
    assert.equal(strip('router_id lb1 # note').text, 'router_id lb1 ');
    assert.equal(strip('router_id lb1! note').text, 'router_id lb1');
    assert.equal(strip('smtp_helo_name "a # b" # c').text, 'smtp_helo_name "a # b" ');
    assert.equal(strip('# whole line').text, '');
  });

  it("'\\#' and '\\!' are literal characters, mapped back to the backslash's column", () => {
    const r = strip('router_id lb\\#1\\!x');
    assert.equal(r.text, 'router_id lb#1!x');
    assert.equal(r.map[12], 12);
    assert.equal(r.map[13], 14, 'the character after the escape keeps its own column');
  });

  it('reports where the comment starts and whether a quote is left open before it', () => {
    assert.equal(strip('a b # c').commentAt, 4);
    assert.equal(strip('router_id "abc').unterminatedQuote, true);
    assert.equal(strip('router_id "abc" # "').unterminatedQuote, false);
  });

  it('treats \\" as an escaped quote while looking for comments (keepalived: "Unterminated quote")', () => {
    // `bogus_p a\"b c"` has only one real quote for keepalived's comment scanner.
    assert.equal(strip('bogus_p a\\"b c"').unterminatedQuote, true);
    assert.equal(strip('bogus_q "a\\"b" # x').text, 'bogus_q "a\\"b" ');
  });

  it('keepalived 2.2 keeps the backslash that ends a comment as a word; 2.4 does not', () => {
    const old = strip('# a comment \\', true);
    assert.equal(old.text.trim(), '\\');
    assert.equal(old.commentBackslashAt, 12);
    assert.equal(strip('router_id x # a \\', true).text, 'router_id x \\');
    assert.equal(strip('# a comment \\').text, '');
    // A backslash inside the comment but not at its end changes nothing.
    assert.equal(strip('# a \\ b', true).text, '');
  });
});

describe('lexer: words and braces', () => {
  it('splits on blanks (space, tab, \\v, \\f, \\r) and makes every brace a token of its own', () => {
    assert.deepEqual(words('vrrp_instance VI_1 {'), ['vrrp_instance', 'VI_1', '{']);
    assert.deepEqual(words('virtual_ipaddress {192.0.2.1}'), ['virtual_ipaddress', '{', '192.0.2.1', '}']);
    assert.deepEqual(words('a\tb\vc\fd\re'), ['a', 'b', 'c', 'd', 'e']);
  });

  it('a quoted string is one word without its quotes; braces inside quotes are text', () => {
    assert.deepEqual(words('router_id "lb 1 { }"'), ['router_id', 'lb 1 { }']);
    const q = splitPieces('x "a b"')[1];
    assert.ok(q.kind === 'word' && q.quoted && q.start === 2 && q.end === 7);
  });

  it('a quote in the middle of a word ends the word (ab"c d" is ab + "c d")', () => {
    assert.deepEqual(words('smtp_helo_name mail"example host"x'), ['smtp_helo_name', 'mail', 'example host', 'x']);
  });

  it("marks an unterminated quoted word (keepalived drops it) but keeps its text for editors", () => {
    assert.deepEqual(words('state "MASTER'), ['state', '~MASTER']);
    assert.deepEqual(words('smtp_helo_name "a" "b c'), ['smtp_helo_name', 'a', '~b c']);
  });

  it("';' is an ordinary character", () => {
    assert.deepEqual(words('interface eth0;'), ['interface', 'eth0;']);
  });

  it('script commands: both quote kinds group words, the command is the first argument', () => {
    const w = splitScriptWords(`notify "/bin/x.sh MASTER" 'user name' group`, 7);
    assert.deepEqual(w.map((x) => x.text), ['/bin/x.sh MASTER', 'user name', 'group']);
    assert.equal(w[0].start, 7);
    assert.ok(splitScriptWords(`script "/bin/x`, 7)[0].unterminated);
  });
});

describe('lexer: 1023-byte reads', () => {
  it('a line of up to 1022 bytes is read whole', () => {
    assert.deepEqual(byteChunks('a'.repeat(1022), 1023), [[0, 1022]]);
  });

  it('1023 bytes fill a read: the rest (here nothing) is a further line', () => {
    assert.deepEqual(byteChunks('a'.repeat(1023), 1023), [[0, 1023], [1023, 1023]]);
    assert.deepEqual(byteChunks('a'.repeat(2100), 1023), [[0, 1023], [1023, 2046], [2046, 2100]]);
  });

  it('counts bytes, not characters, and never cuts a character in two', () => {
    const text = 'é'.repeat(600); // 1200 bytes
    const chunks = byteChunks(text, 1023);
    assert.deepEqual(chunks, [[0, 511], [511, 600]]);
    assert.ok(Buffer.byteLength(text.slice(0, 511)) <= 1023);
  });
});
