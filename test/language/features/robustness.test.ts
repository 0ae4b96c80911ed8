// Every feature must answer (or answer nothing) at any position of any text, never throw.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Analysis, codeActions, completion, definition, documentLinks, documentSymbols, foldingRanges, hover, prepareRename, references, rename, toLspDiagnostic } from '../../../src/language';
import { HAVE_SHARED, REPO, SHARED, lint } from '../../support/fixtures';

function everyFeatureAt(a: Analysis, text: string, step: number): number {
  let answers = 0;
  const lines = text.split('\n');
  documentSymbols(a);
  foldingRanges(a);
  documentLinks(a);
  codeActions(a, a.diagnostics.map((d) => toLspDiagnostic(d)));
  for (let line = 0; line <= lines.length; line++) {
    const len = lines[line]?.length ?? 0;
    for (let character = 0; character <= len + 1; character += step) {
      const pos = { line, character };
      answers += completion(a, pos).length;
      if (hover(a, pos)) answers++;
      answers += definition(a, pos).length + references(a, pos, true).length;
      if (prepareRename(a, pos)) rename(a, pos, 'renamed');
    }
  }
  return answers;
}

describe('features are robust', () => {
  it('answer at every position of the seed configs', () => {
    const text = fs.readFileSync(path.join(REPO, 'examples', 'seed-lab', 'lb1', 'keepalived.conf'), 'utf8');
    assert.ok(everyFeatureAt(lint(text), text, 1) > 100);
  });

  it('answer at many positions of keepalived\'s samples', function () {
    if (!HAVE_SHARED) this.skip();
    this.timeout(120000);
    const dir = path.join(SHARED, 'keepalived', 'samples');
    for (const f of fs.readdirSync(dir).filter((n) => n.startsWith('keepalived.conf'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      everyFeatureAt(lint(text), text, 7);
    }
  });

  it('answer on random half-typed text', () => {
    const words = ['vrrp_instance', 'VI_1', 'state', 'track_script', 'chk', 'virtual_server', 'group', '{', '}', '"', '#', '$X', '${', '@id', 'include', '~SEQ(', 'real_server', '\t', ' ', '\n', '\n'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(fc.property(text, (t) => {
      everyFeatureAt(lint(t), t, 1);
    }), { numRuns: 150 });
  });
});
