// The real bundled server speaks the editor's display language: InitializeParams.locale
// ('ru', 'ru-RU' → Russian, anything else English), overridable by initializationOptions.locale.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { REPO } from '../support/fixtures';
import { LspClient, ensureServerBundle, uriOf } from './lspClient';

const SEED = path.join(REPO, 'examples', 'seed-lab', 'lb1', 'keepalived.conf');
const CYRILLIC = /[а-яё]/i;

function message(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

async function session(initializationOptions: unknown, locale: string | undefined, run: (c: LspClient) => Promise<void>): Promise<void> {
  const c = LspClient.start('stdio');
  try {
    c.configuration = { keepalivedVersion: '2.2', severity: {} };
    await c.initialize(initializationOptions, true, locale);
    await run(c);
  } finally {
    c.kill();
  }
}

describe('language server in the editor\'s language (dist/server.js)', function () {
  this.timeout(60000);
  const text = fs.readFileSync(SEED, 'utf8');
  const lines = text.split('\n');
  const prioLine = lines.findIndex((l) => /^\s*priority 100/.test(l));

  before(function () {
    this.timeout(180000);
    ensureServerBundle();
  });

  it("locale 'ru': Russian diagnostics, hover and quick-fix titles; codes and ranges unchanged", async () => {
    await session({}, 'ru', async (c) => {
      await c.open(SEED, text, 1);
      const { diagnostics } = await c.diagnostics(SEED);
      const extra = diagnostics.find((d) => d.code === 'extra-arguments');
      assert.ok(extra, JSON.stringify(diagnostics));
      assert.equal(extra.range.start.line, 8);
      assert.match(message(extra), /^keepalived читает только 'priority 100' и молча игнорирует '\/ 50'\./);
      for (const d of diagnostics) assert.match(message(d), CYRILLIC, `${d.code}: ${message(d)}`);

      const h = await c.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(SEED) }, position: { line: prioLine, character: lines[prioLine].indexOf('priority') + 1 } });
      const value = (h.contents as MarkupContent).value;
      assert.match(value, /Допустимо: в vrrp_instance/);
      assert.match(value, /по умолчанию: 100/);

      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(SEED) }, range: extra.range, context: { diagnostics: [extra] } });
      assert.deepEqual(actions.map((a) => a.title), ["Удалить '/ 50' (keepalived это игнорирует)", 'Использовать priority 50 вместо 100']);

      const items = await c.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: uriOf(SEED) }, position: { line: prioLine, character: 0 } });
      const list = Array.isArray(items) ? items : items.items;
      const state = list.find((i) => i.label === 'state');
      assert.ok(state, 'state offered inside vrrp_instance');
      assert.match((state.documentation as MarkupContent).value, /одно слово из фиксированного набора/);

      // A rename to an impossible name is refused in Russian.
      await assert.rejects(
        c.request('textDocument/rename', { textDocument: { uri: uriOf(SEED) }, position: { line: 0, character: 0 }, newName: 'a b' }),
        (e: Error) => /Имена в keepalived не могут содержать пробелы/.test(e.message),
      );
    });
  });

  it("locale 'ru-RU' is Russian too; 'de' and a missing locale are English", async () => {
    for (const [locale, russian] of [['ru-RU', true], ['de', false], [undefined, false]] as const) {
      await session({}, locale, async (c) => {
        await c.open(SEED, text, 1);
        const { diagnostics } = await c.diagnostics(SEED);
        const extra = diagnostics.find((d) => d.code === 'extra-arguments')!;
        if (russian) assert.match(message(extra), /keepalived читает только 'priority 100'/, String(locale));
        else assert.match(message(extra), /^keepalived reads only 'priority 100'/, String(locale));
      });
    }
  });

  it('initializationOptions.locale overrides the display language, both ways', async () => {
    await session({ locale: 'en' }, 'ru', async (c) => {
      await c.open(SEED, text, 1);
      const { diagnostics } = await c.diagnostics(SEED);
      assert.match(message(diagnostics.find((d) => d.code === 'extra-arguments')!), /^keepalived reads only/);
    });
    await session({ locale: 'ru' }, 'en', async (c) => {
      await c.open(SEED, text, 1);
      const { diagnostics } = await c.diagnostics(SEED);
      assert.match(message(diagnostics.find((d) => d.code === 'extra-arguments')!), /^keepalived читает только/);
    });
  });
});
