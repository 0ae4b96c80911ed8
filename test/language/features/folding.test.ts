import * as assert from 'node:assert/strict';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { foldingRanges } from '../../../src/language';
import { lint } from '../../support/fixtures';

describe('folding ranges', () => {
  it('folds blocks up to the line before their closing brace, and runs of comments', () => {
    const text = [
      '# lab config',         // 0
      '# second line',        // 1
      'vrrp_instance VI_1 {', // 2
      '  state MASTER',       // 3
      '  virtual_ipaddress {',// 4
      '    203.0.113.1',      // 5
      '  }',                  // 6
      '  # "}" in a comment does not count }', // 7
      '}',                    // 8
      'global_defs { router_id x }', // 9: one line, nothing to fold
    ].join('\n');
    const r = foldingRanges(lint(text));
    assert.deepEqual(r, [
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
      { startLine: 2, endLine: 7 },
      { startLine: 4, endLine: 5 },
    ]);
  });

  it('folds a block keepalived ignores (unknown keyword) too, following the braces as written', () => {
    const r = foldingRanges(lint('bogus {\n  a\n  b\n}\n'));
    assert.deepEqual(r, [{ startLine: 0, endLine: 2 }]);
  });

  it('ignores braces inside double quotes', () => {
    const r = foldingRanges(lint('vrrp_script s {\n  script "/bin/echo {"\n  interval 1\n}\n'));
    assert.deepEqual(r, [{ startLine: 0, endLine: 2 }]);
  });
});
