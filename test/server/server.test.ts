// The real bundled server (node dist/server.js) over JSON-RPC, the way an editor talks to it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CompletionItem, Diagnostic, CompletionList, DocumentLink, DocumentSymbol, Hover, Location, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../language/features/edits';
import { REPO } from '../support/fixtures';
import { LspClient, ensureServerBundle, uriOf } from './lspClient';

const SEED = path.join(REPO, 'examples', 'seed-lab', 'lb1', 'keepalived.conf');

/** LSP 3.18 allows markup in messages; this server sends plain strings. */
function message(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function labels(r: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(r) ? r : r?.items ?? [];
  return items.map((i) => i.label);
}

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(60000);
  let client: LspClient;
  let text: string;
  let version = 1;
  const uri = uriOf(SEED);

  before(function () {
    this.timeout(180000);
    ensureServerBundle();
    client = LspClient.start('stdio');
    text = fs.readFileSync(SEED, 'utf8');
  });
  after(() => client?.kill());

  it('initializes and announces its features', async () => {
    client.configuration = { keepalivedVersion: '2.2', severity: {}, format: { tabSize: null, insertSpaces: null } };
    const { capabilities } = await client.initialize();
    for (const cap of ['completionProvider', 'hoverProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentLinkProvider', 'codeActionProvider']) {
      assert.ok(capabilities[cap], cap);
    }
  });

  it('publishes the seed config\'s diagnostics on open: priority 100 / 50 and the long auth_pass', async () => {
    await client.open(SEED, text, version);
    const { diagnostics } = await client.diagnostics(SEED);
    const extra = diagnostics.find((d) => d.code === 'extra-arguments');
    assert.ok(extra, JSON.stringify(diagnostics));
    assert.equal(extra.range.start.line, 8);
    assert.equal(extra.severity, 1);
    assert.equal(extra.source, 'keepalived-lab');
    assert.deepEqual(extra.tags, [1]);
    assert.match(message(extra), /only 'priority 100'/);
    const auth = diagnostics.find((d) => d.code === 'auth-pass-truncated');
    assert.ok(auth);
    assert.equal(auth.severity, 2);
    assert.equal(auth.range.start.line, 12);
  });

  it('completes keywords inside vrrp_instance and values after "state "', async () => {
    const inside = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 0 } });
    assert.ok(labels(inside).includes('priority') && labels(inside).includes('state'));
    assert.ok(!labels(inside).includes('router_id'));
    const typed = text.replace('state MASTER', 'state ');
    await client.change(SEED, typed, ++version);
    const values = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 6 } });
    assert.deepEqual(labels(values), ['MASTER', 'BACKUP']);
    await client.change(SEED, text, ++version);
  });

  it('hovers a keyword with its explanation', async () => {
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 3 } });
    assert.match((h.contents as MarkupContent).value, /priority 1-255/);
  });

  it('formats with the requested indentation, keeping what keepalived reads', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    const formatted = applyEdits(text, edits);
    assert.match(formatted, /\n {4}priority 100 \/ 50\n/);
    assert.match(formatted, /\n {8}auth_pass netology_secret\n/);
    assert.equal(formatted.replace(/^ +/gm, ''), text.replace(/^[ \t]+/gm, ''));
  });

  it('offers the quick fix for the priority error; applying it makes the diagnostic go away', async () => {
    const { diagnostics } = await client.diagnostics(SEED, (p) => p.version === version);
    const extra = diagnostics.find((d) => d.code === 'extra-arguments')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: extra.range, context: { diagnostics: [extra] } });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.kind, 'quickfix');
    assert.deepEqual(fix.diagnostics, [extra]);
    const fixed = applyEdits(text, fix.edit!.changes![uri]);
    assert.match(fixed, /\npriority 100\n/);
    await client.change(SEED, fixed, ++version);
    const after = await client.diagnostics(SEED, (p) => p.version === version);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'extra-arguments'), []);
    assert.ok(after.diagnostics.some((d) => d.code === 'auth-pass-truncated'), 'other findings stay');
    text = fixed;
  });

  it('renames a vrrp_script and its uses', async () => {
    const prep = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 14 } });
    assert.equal(prep.placeholder, 'chk_nginx');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: { line: 18, character: 2 }, newName: 'chk_web' });
    const renamed = applyEdits(text, edit.changes![uri]);
    assert.match(renamed, /^vrrp_script chk_web \{/);
    assert.match(renamed, /track_script \{\nchk_web\n\}/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position: { line: 18, character: 2 }, newName: 'two words' }));
  });

  it('lists the outline, folds, and goes to a definition', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['vrrp_script chk_nginx', 'vrrp_instance VI_1']);
    assert.match(symbols[1].detail!, /MASTER · priority 100 · VRID 33 · eth1/);
    const folds = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.length >= 2);
    const def = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: { line: 18, character: 2 } });
    assert.deepEqual(def.map((l) => [l.uri, l.range.start.line]), [[uri, 0]]);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.stop(), 0);
  });
});

describe('language server: included files and settings', function () {
  this.timeout(60000);
  let dir: string;
  let main: string;
  let part: string;
  const clients: LspClient[] = [];

  before(function () {
    this.timeout(180000);
    ensureServerBundle();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-lsp-'));
    main = path.join(dir, 'keepalived.conf');
    part = path.join(dir, 'conf.d', 'vrrp.conf');
    fs.mkdirSync(path.dirname(part));
    fs.writeFileSync(main, 'vrrp_script chk_web {\n  script "/usr/bin/pgrep nginx"\n}\ninclude conf.d/*.conf\n');
    fs.writeFileSync(part, 'vrrp_instance VI_1 {\n  state BACKUP\n  interface eth1\n  virtual_router_id 7\n  priority 90 / 50\n  virtual_ipaddress {\n    203.0.113.20/24\n  }\n  track_script {\n    chk_web\n  }\n}\n');
  });
  after(() => {
    for (const c of clients) c.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function start(transport: 'stdio' | 'ipc' = 'stdio'): LspClient {
    const c = LspClient.start(transport);
    clients.push(c);
    return c;
  }

  it('reads an included file in the context of the keepalived.conf that includes it', async () => {
    const c = start();
    await c.initialize({}, false);
    await c.open(part);
    const { diagnostics } = await c.diagnostics(part);
    // chk_web is defined in keepalived.conf: no "undefined reference" when the part is read as part of the whole.
    const found = diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
    assert.ok(found.includes('extra-arguments@4'), found.join());
    assert.ok(!diagnostics.some((d) => d.range.start.line === 9), found.join());
    const def = await c.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(part) }, position: { line: 9, character: 5 } });
    assert.deepEqual(def.map((l) => [l.uri, l.range.start.line]), [[uriOf(main), 0]]);
    await c.open(main);
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uriOf(main) } });
    assert.deepEqual(links.map((l) => l.target), [uriOf(part)]);
    assert.equal(await c.stop(), 0);
  });

  it('publishes findings of an open included file when the including file changes, from the editor\'s buffers', async () => {
    const c = start();
    await c.initialize({}, false);
    await c.open(main);
    await c.open(part);
    await c.diagnostics(part, (p) => p.diagnostics.some((d) => d.code === 'extra-arguments'));
    // Renaming the script in the (unsaved) main buffer makes the reference in the part dangle.
    await c.change(main, fs.readFileSync(main, 'utf8').replace('chk_web', 'chk_other'), 2);
    const after = await c.diagnostics(part, (p) => p.diagnostics.some((d) => d.range.start.line === 9));
    assert.ok(after.diagnostics.some((d) => d.range.start.line === 9 && /chk_web/.test(message(d))), JSON.stringify(after.diagnostics));
    assert.equal(await c.stop(), 0);
  });

  it('applies severity settings from initializationOptions and the target version', async () => {
    const c = start('ipc');
    await c.initialize({ keepalivedVersion: '2.4', severity: { 'extra-arguments': 'off' } }, false);
    const file = path.join(dir, 'settings.conf');
    await c.open(file, 'vrrp_instance VI_1 {\n  priority 100 / 50\n  no_virtual_ipaddress\n  bogus_keyword\n}\n');
    const { diagnostics } = await c.diagnostics(file);
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes('unknown-keyword'), codes.join());
    assert.ok(!codes.includes('extra-arguments'), codes.join());
    assert.ok(!codes.includes('keyword-too-new'), codes.join());
    assert.equal(await c.stop(), 0);
  });

  it('takes settings from workspace/configuration and re-reads them on change', async () => {
    const c = start();
    c.configuration = { keepalivedVersion: '2.2', severity: { 'extra-arguments': 'hint' } };
    await c.initialize({}, true);
    const file = path.join(dir, 'pull.conf');
    await c.open(file, 'vrrp_instance VI_1 {\n  priority 100 / 50\n}\n');
    const first = await c.diagnostics(file);
    assert.equal(first.diagnostics.find((d) => d.code === 'extra-arguments')?.severity, 4);
    c.configuration = { keepalivedVersion: '2.2', severity: { 'extra-arguments': 'off' } };
    await c.notify('workspace/didChangeConfiguration', { settings: null });
    await c.diagnostics(file, (p) => !p.diagnostics.some((d) => d.code === 'extra-arguments'));
    assert.equal(await c.stop(), 0);
  });
});
