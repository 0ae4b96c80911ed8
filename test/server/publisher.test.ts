// Diagnostics publishing in-process (the server's workspace and publisher without a connection):
// the wait after a change, and incremental re-analysis of an edited open document.
import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { DEBOUNCE_MS, DiagnosticsPublisher, IMMEDIATE_BELOW_MS, debounceFor } from '../../src/server/publisher';
import { DEFAULT_SETTINGS } from '../../src/server/settings';
import { ConfigWorkspace, OpenDocument } from '../../src/server/workspace';
import { analyze } from '../../src/language';
import { generateConfig } from '../../bench/generate';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(text: string) {
  const uri = 'file:///virtual/publisher/keepalived.conf';
  let doc: OpenDocument = { uri, version: 1, getText: () => text };
  const source = { get: (u: string) => (u === uri ? doc : undefined), all: () => [doc] };
  const workspace = new ConfigWorkspace(source, () => DEFAULT_SETTINGS);
  const sent: PublishDiagnosticsParams[] = [];
  const publisher = new DiagnosticsPublisher(workspace, source, (p) => sent.push(p));
  const change = (next: string) => {
    doc = { uri, version: doc.version + 1, getText: () => next };
    publisher.schedule(uri);
  };
  return { uri, workspace, publisher, sent, change };
}

describe('diagnostics publisher', () => {
  it('waits after a change only as long as the last analysis took (none when it was quick, at most DEBOUNCE_MS)', () => {
    assert.equal(debounceFor(0), 0);
    assert.equal(debounceFor(IMMEDIATE_BELOW_MS), 0);
    assert.equal(debounceFor(IMMEDIATE_BELOW_MS + 20), Math.min(DEBOUNCE_MS, IMMEDIATE_BELOW_MS + 20));
    assert.equal(debounceFor(10_000), DEBOUNCE_MS);
  });

  it('publishes a change on the next turn after a quick analysis, and the changes received meanwhile together', async () => {
    const { uri, publisher, sent, change } = setup('vrrp_instance A {\n  priority 100\n}\n');
    publisher.publishNow(uri);
    assert.equal(sent.length, 1);
    change('vrrp_instance A {\n  priority 1000\n}\n');
    change('vrrp_instance A {\n  priority 10000\n}\n');
    await sleep(5);
    assert.equal(sent.length, 2);
    assert.equal(sent[1].version, 3);
    assert.match(JSON.stringify(sent[1].diagnostics), /'10000'/);
  });

  it('re-analyses an edited open document incrementally, with the findings a full analysis gives', async function () {
    this.timeout(60_000);
    const base = generateConfig(300, 4);
    const { uri, workspace, publisher, sent, change } = setup(base);
    publisher.publishNow(uri);
    const lines = base.split('\n');
    const at = lines.indexOf('        weight 1', lines.length / 2);
    for (let k = 0; k < 4; k++) {
      const edited = [...lines];
      edited[at] = k % 2 ? '        weight 999' : '        weight 3 extra';
      change(edited.join('\n'));
      await sleep(k ? 5 : DEBOUNCE_MS + 20);
      const full = analyze('/virtual/publisher/keepalived.conf', edited.join('\n'), { configId: DEFAULT_SETTINGS.configId });
      assert.deepEqual(sent[sent.length - 1].diagnostics.map((d) => [d.code, d.range.start.line]), full.diagnostics.map((d) => [d.code, d.range.start.line]));
    }
    assert.equal(workspace.counts.full, 1);
    assert.equal(workspace.counts.incremental, 4);
  });
});
