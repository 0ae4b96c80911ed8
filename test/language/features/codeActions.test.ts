import * as assert from 'node:assert/strict';
import { CodeActionKind, Diagnostic, DiagnosticSeverity, DiagnosticTag, TextEdit } from 'vscode-languageserver-types';
import { codeActions, fileToUri, fromLspDiagnostic, toLspDiagnostic } from '../../../src/language';
import { lint } from '../../support/fixtures';
import { applyEdits } from './edits';

const TEXT = 'vrrp_instance VI_1 {\n  state MASTER\n  interface eth1\n  virtual_router_id 33\n  priority 100 / 50\n  authentication {\n    auth_type PASS\n    auth_pass netology_secret\n  }\n  virtual_ipaddress {\n    203.0.113.100/24\n  }\n}\n';

/** What the client sends back: the published diagnostic after a JSON round trip. */
function published(code: string): Diagnostic {
  const d = lint(TEXT).diagnostics.find((x) => x.code === code);
  assert.ok(d, `${code} reported`);
  return JSON.parse(JSON.stringify(toLspDiagnostic(d)));
}

describe('code actions', () => {
  it('publishes diagnostics with code, source, severity, tags and the rule data', () => {
    const d = published('extra-arguments');
    assert.equal(d.code, 'extra-arguments');
    assert.equal(d.source, 'keepalived-lab');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
    const back = fromLspDiagnostic(d, '/virtual/keepalived.conf')!;
    assert.deepEqual(back.data, lint(TEXT).diagnostics.find((x) => x.code === 'extra-arguments')!.data);
    assert.equal(fromLspDiagnostic({ ...d, source: 'other-tool' }, '/x'), undefined);
  });

  it('turns the rule\'s fixes into quick fixes that carry the diagnostic; applying the preferred one removes the problem', () => {
    const d = published('extra-arguments');
    const actions = codeActions(lint(TEXT), [d]);
    assert.deepEqual(actions.map((a) => a.title), ["Remove '/ 50' (keepalived ignores it)", 'Use priority 50 instead of 100']);
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.equal(preferred.kind, CodeActionKind.QuickFix);
    assert.deepEqual(preferred.diagnostics, [d]);
    const fixed = applyEdits(TEXT, preferred.edit!.changes![fileToUri('/virtual/keepalived.conf')] as TextEdit[]);
    assert.ok(fixed.includes("\n  priority 100\n"));
    assert.deepEqual(lint(fixed).diagnostics.filter((x) => x.code === 'extra-arguments'), []);
  });

  it('offers the auth_pass fix too, and nothing for diagnostics of other tools', () => {
    const actions = codeActions(lint(TEXT), [published('auth-pass-truncated'), { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'other' }]);
    assert.equal(actions.length, 1);
    assert.match(actions[0].title, /netology/);
  });
});
