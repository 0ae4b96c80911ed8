import * as assert from 'node:assert/strict';
import { outputLines, trimOutput } from '../../src/lab/report/trim';
import { strings } from '../../src/lab/report/i18n';

const numbered = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

describe('report: output trimming', () => {
  it('keeps an output within the limit whole', () => {
    const text = numbered(60);
    const r = trimOutput(text, { maxLines: 60 });
    assert.equal(r.text, text.trimEnd());
    assert.equal(r.omittedLines, 0);
  });

  it('keeps head and tail of a long output and says how many lines are left out', () => {
    const r = trimOutput(numbered(200), { maxLines: 60, head: 25, tail: 20 });
    const lines = r.text.split('\n');
    assert.equal(lines.length, 25 + 1 + 20);
    assert.deepEqual(lines.slice(0, 25), Array.from({ length: 25 }, (_, i) => `line ${i + 1}`));
    assert.deepEqual(lines.slice(26), Array.from({ length: 20 }, (_, i) => `line ${181 + i}`));
    assert.equal(lines[25], '… 155 lines omitted …');
    assert.equal(r.omittedLines, 155);
    // Nothing shown that the output did not have, apart from the marker.
    const original = new Set(outputLines(numbered(200)));
    for (const l of lines) if (l !== lines[25]) assert.ok(original.has(l), l);
  });

  it('never trims when the marker would replace a single line', () => {
    const r = trimOutput(numbered(46), { maxLines: 10, head: 25, tail: 20 });
    assert.equal(r.omittedLines, 0);
    assert.equal(r.text.split('\n').length, 46);
  });

  it('cuts overlong lines by characters, not UTF-16 units, and says how much', () => {
    const long = 'я'.repeat(450) + '😀';
    const r = trimOutput(long, { maxLineLength: 400 });
    assert.equal(r.cutLines, 1);
    assert.ok(r.text.startsWith('я'.repeat(400) + ' '));
    assert.match(r.text, /… \(51 characters omitted\)$/);
  });

  it('uses the report language for its markers', () => {
    const ru = strings('ru');
    const r = trimOutput(numbered(100), { maxLines: 10, head: 2, tail: 2, linesMarker: ru.linesOmitted });
    assert.match(r.text, /… пропущено: 96 строк …/);
    assert.equal(ru.linesOmitted(1), '… пропущено: 1 строка …');
    assert.equal(ru.linesOmitted(3), '… пропущено: 3 строки …');
    assert.equal(ru.linesOmitted(11), '… пропущено: 11 строк …');
    assert.equal(ru.linesOmitted(22), '… пропущено: 22 строки …');
  });

  it('treats CRLF output like LF and an empty output as no lines', () => {
    assert.deepEqual(outputLines('a\r\nb\r\n'), ['a', 'b']);
    assert.deepEqual(outputLines(''), []);
    assert.equal(trimOutput('').text, '');
  });
});
