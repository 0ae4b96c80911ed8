// The shortcuts taken for speed give the same results as the general code they bypass: the
// reader's plain-line path, reading part of a file (firstLine), the plain-integer number reader,
// and the statement index that rules use instead of walking the tree.
import * as assert from 'node:assert/strict';
import { Statement, walk } from '../../src/language';
import { KeywordSchema } from '../../src/language/schema';
import { NodeFileSystem } from '../../src/language/fileSystem';
import { LineItem, Reader } from '../../src/language/reader';
import { readNumber, NumberSpec } from '../../src/language/rules/values/numberParsing';
import { statementIndex } from '../../src/language/statementIndex';
import { generateConfig } from '../../bench/generate';
import { lint } from '../support/fixtures';

function read(text: string, firstLine = 0) {
  return new Reader({ fs: new NodeFileSystem(), configId: 'lb1', version: '2.2', firstLine }).read('/virtual/fast.conf', text);
}

/** What the parser and features read from an item (the tokens, and the mapped text of words). */
function itemView(i: LineItem): unknown {
  if (i.kind !== 'words') return [i.kind, i.token];
  return [i.line, i.tokens, i.text.text.trimEnd(), i.text.map.slice(0, i.text.text.trimEnd().length), i.pieceStarts];
}

describe('fast paths: reader', () => {
  // Plain lines (no quote, comment, escape, $, @, ~, include) are split directly; a comment at the
  // end of the same line sends it through the general path, which must give the same items.
  const plain = [
    'vrrp_instance VI_1 {',
    '    state BACKUP',
    '\tinterface\teth0',
    'virtual_server 203.0.113.1 80 {}',
    '  real_server 198.51.100.1 80 {   weight 1  }   ',
    'a{b}c{{}}',
    'priority 100 / 50',
    '\v\fweight\v3\f',
    "script_user 'x y' z",
    '}',
    '',
    '     ',
    'é ünïcode wörds {',
  ];

  it('a plain line gives the same items as the general path (checked by adding a comment)', () => {
    for (const line of plain) {
      const fast = read(line).items.map(itemView);
      const general = read(`${line} # comment`).items.map(itemView);
      assert.deepEqual(fast, general, JSON.stringify(line));
    }
  });

  it('plain lines of script keywords are re-read from their raw text the same way', () => {
    const a = lint('vrrp_script chk {\n  script /usr/bin/pgrep -x nginx\n}\n');
    const b = lint('vrrp_script chk {\n  script /usr/bin/pgrep -x nginx # c\n}\n');
    const args = (x: ReturnType<typeof lint>) => x.doc.statements[0].children[0].args.map((t) => [t.text, t.range]);
    assert.deepEqual(args(a), args(b));
    assert.deepEqual(args(a).map((x) => x[0]), ['/usr/bin/pgrep', '-x', 'nginx']);
  });

  it('reading the lines of a file from firstLine gives the items and findings of reading the whole file', () => {
    const text = generateConfig(3, 2) + 'bogus "unterminated\nrouter_id x\\\n';
    const lines = text.split('\n');
    const whole = read(text);
    for (const first of [0, 1, 5, 20, lines.length - 3]) {
      const part = read(lines.slice(first).join('\n'), first);
      const wanted = whole.items.filter((i) => (i.kind === 'words' ? i.line : i.token.range.start.line) >= first);
      assert.deepEqual(part.items.map(itemView), wanted.map(itemView), `from line ${first}`);
      assert.deepEqual(part.diagnostics, whole.diagnostics.filter((d) => d.range.start.line >= first));
    }
  });
});

describe('fast paths: numbers', () => {
  // A leading blank makes keepalived's reader skip it (strtol does) and takes our general path.
  const specs: NumberSpec[] = [
    { kind: 'uint', min: 0, max: 4294967295 },
    { kind: 'uint', min: 1, max: 255 },
    { kind: 'uint', min: 1, max: 65535, base: 0 },
    { kind: 'int', min: -253, max: 253 },
    { kind: 'int', min: 0, max: 2147483647 },
    { kind: 'decimal', min: 0, max: Infinity, digits: 6 },
    { kind: 'decimal', min: 0.01, max: 255, digits: 6 },
    { kind: 'decimal', min: 0, max: 4294.967295, digits: 6 },
    { kind: 'decimal', min: 0, max: 2147.483647, digits: 3 },
  ];
  const words = ['0', '1', '7', '10', '99', '100', '254', '255', '256', '4294', '4295', '65535', '65536', '999999999', '2147', '2148', '4294967295'];

  it('plain integers read the same as through the general reader', () => {
    for (const spec of specs) for (const w of words) assert.deepEqual(readNumber(w, spec), readNumber(` ${w}`, spec), `${w} as ${JSON.stringify(spec)}`);
  });

  it('words the shortcut does not take still go through the general reader', () => {
    assert.deepEqual(readNumber('010', { kind: 'uint', min: 0, max: 100, base: 0 }).value, 8);
    assert.equal(readNumber('1000000000', { kind: 'uint', min: 0, max: 4294967295 }).accepted, true);
    assert.deepEqual(readNumber('300', { kind: 'uint', min: 1, max: 255 }).problems, [{ code: 'out-of-range' }]);
  });
});

describe('fast paths: statement index', () => {
  const a = lint(generateConfig(4, 3) + 'bogus 1\nvrrp_instance X {\n  priorty 1\n  track_script {\n    chk\n  }\n}\n');
  const walked: Statement[] = [];
  walk(a.doc.statements, (s) => walked.push(s));
  const index = statementIndex(a.doc);

  it('lists every statement in walk order, and splits them into known and not known', () => {
    assert.deepEqual(index.all, walked);
    assert.deepEqual(index.known, walked.filter((s) => s.status === 'known' && s.schema));
    assert.deepEqual(index.notKnown, walked.filter((s) => s.status !== 'known'));
  });

  it('named, roots, ofSchema and where give the walk order restricted to what they select', () => {
    const known = walked.filter((s) => s.status === 'known' && s.schema);
    for (const name of ['real_server', 'weight', 'virtual_server', 'track_script', 'missing']) {
      assert.deepEqual(index.named(name), known.filter((s) => s.keyword.text === name));
      assert.deepEqual(index.roots(name), a.doc.statements.filter((s) => s.status === 'known' && s.keyword.text === name));
    }
    const tests: ((kw: KeywordSchema) => boolean)[] = [(kw) => kw.kind !== 'keyword', (kw) => kw.type === 'uint', (kw) => kw.name === 'lb_algo', () => true, () => false];
    for (const t of tests) assert.deepEqual(index.where(t), known.filter((s) => t(s.schema!)));
    const weight = known.find((s) => s.keyword.text === 'weight')!.schema!;
    assert.deepEqual(index.ofSchema(weight), known.filter((s) => s.schema === weight));
  });
});
