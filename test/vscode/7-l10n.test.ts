// The display language reaches every layer of the extension: the manifest (package.nls*.json,
// resolved by the editor when it reads the extension), the extension's messages (vscode.l10n,
// l10n/bundle.l10n.<lang>.json) and the words that come from src/lab (the Lab Guide's step
// titles, the lab tree's role names), all in the editor's language. The runner starts
// code-server with `--locale ru` when KEEPALIVED_LAB_EXPECT_LOCALE=ru (run-code-server.mjs);
// then the editor must really be Russian, so a locale switch that does not happen fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, localizedManifest, screenshot, setSetting, waitFor, wsFile } from './helpers';

interface GuideNode { kind: string; id: string; step?: { id: string; index: number } }
interface Exports {
  guide?: { tree: { getChildren(node?: GuideNode): GuideNode[]; getTreeItem(node: GuideNode): vscode.TreeItem } };
  lab?: { tree: { getChildren(node?: unknown): { id: string; label: string; children: { id: string; label: string }[] }[] }; service: { inventory?: unknown } };
}

const EXPECT = process.env.KEEPALIVED_LAB_EXPECT_LOCALE;

describe('display language (l10n)', function () {
  this.timeout(60000);
  let ext: vscode.Extension<unknown>;
  let lang: 'en' | 'ru';
  let nls: Record<string, string>;
  let bundle: Record<string, string> | undefined;

  before(async () => {
    await activateExtension();
    ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    lang = /^ru([-_]|$)/i.test(vscode.env.language) ? 'ru' : 'en';
    const file = (name: string): string => path.join(ext.extensionPath, name);
    nls = JSON.parse(fs.readFileSync(file(lang === 'en' ? 'package.nls.json' : `package.nls.${lang}.json`), 'utf8'));
    bundle = lang === 'en' ? undefined : JSON.parse(fs.readFileSync(file(path.join('l10n', `bundle.l10n.${lang}.json`)), 'utf8'));
  });

  it('the editor runs in the language the runner asked for', () => {
    if (EXPECT) assert.ok(vscode.env.language.toLowerCase().startsWith(EXPECT), `vscode.env.language is ${vscode.env.language}, the runner started the editor with --locale ${EXPECT}`);
    else assert.ok(vscode.env.language, 'some display language');
  });

  it('the manifest is read in that language: command titles, the walkthrough\'s title', () => {
    // VS Code hands out the manifest localized (a command title as { value, original }), Theia the raw one
    // (%key%, which its UI localizes): localizedManifest() reads either in the display language.
    const pkg = localizedManifest() as { contributes: { commands: { command: string; title: string; category?: string }[]; walkthroughs: { title: string }[] } };
    const raw = ext.packageJSON as { contributes: { commands: { command: string; title: string | { value: string } }[] } };
    const rawTitle = raw.contributes.commands.find((c) => c.command === 'keepalivedLab.lab.refresh')?.title;
    // Where the editor localizes the manifest itself (VS Code, code-server), it did so in this language.
    if (typeof rawTitle === 'object') assert.equal(rawTitle.value, nls['command.lab.refresh.title']);
    else assert.ok(rawTitle === '%command.lab.refresh.title%' || rawTitle === nls['command.lab.refresh.title'], `raw title ${rawTitle}`);
    const refresh = pkg.contributes.commands.find((c) => c.command === 'keepalivedLab.lab.refresh');
    assert.equal(refresh?.title, nls['command.lab.refresh.title']);
    const lint = pkg.contributes.commands.find((c) => c.command === 'keepalivedLab.lintWorkspace');
    assert.equal(lint?.title, nls['command.lintWorkspace.title']);
    assert.equal(pkg.contributes.walkthroughs[0].title, nls['walkthrough.ipvsKeepalivedLab.title']);
    if (lang === 'ru') assert.equal(refresh?.title, 'Обновить');
  });

  it('vscode.l10n gives the extension\'s messages in that language (l10n/bundle.l10n.<lang>.json)', () => {
    // Asked of the extension's own code: the suite's vscode API is the extension's only when the suite
    // lies inside the extension's folder (dev mode), not for the installed .vsix.
    const exp = ext.exports as Exports;
    const step = exp.guide!.tree.getChildren().find((n) => n.kind === 'step')!;
    const item = exp.guide!.tree.getTreeItem(step);
    const want = (en: string): string => (bundle ? bundle[en] : en);
    assert.equal(item.command?.title, want('Open the Step\'s Guide'));
    if (lang === 'ru') assert.equal(item.command?.title, 'Открыть описание шага');
  });

  it('the Lab Guide shows the step titles of the walkthrough in that language (from src/lab)', async () => {
    const exp = ext.exports as Exports;
    assert.ok(exp.guide, 'the extension exports its guide');
    const steps = exp.guide.tree.getChildren().filter((n) => n.kind === 'step');
    assert.equal(steps.length, 9);
    const pkg = localizedManifest() as { contributes: { walkthroughs: { steps: { id: string; title: string }[] }[] } };
    for (const n of steps) {
      const item = exp.guide.tree.getTreeItem(n);
      const manifest = pkg.contributes.walkthroughs[0].steps.find((s) => s.id === n.step!.id)!;
      assert.equal(item.label, `${n.step!.index}. ${manifest.title}`, `step ${n.step!.id}`);
    }
    if (lang === 'ru') {
      assert.equal(exp.guide.tree.getTreeItem(steps[0]).label, '1. Подключиться к лаборатории');
      await vscode.commands.executeCommand('keepalivedLab.guideView.focus').then(undefined, () => undefined);
      await screenshot('l10n-ru-guide');
    }
  });

  it('the lab tree names the roles and states in that language (a lab file nobody connects to)', async () => {
    const exp = ext.exports as Exports;
    assert.ok(exp.lab, 'the extension exports its lab');
    const rel = 'tmp-tests/l10n/keepalived-lab.yaml';
    const file = wsFile(...rel.split('/'));
    fs.mkdirSync(path.dirname(file.fsPath), { recursive: true });
    fs.writeFileSync(file.fsPath, [
      'name: l10n', 'hosts:',
      '  - { name: lb1, role: director, address: 198.51.100.11 }',
      '  - { name: web1, role: real, address: 198.51.100.21 }',
      '  - { name: client, role: client, address: 198.51.100.10 }',
      'service:', '  vips: [198.51.100.100/32]', '  vrrp: { vrid: 51 }', '',
    ].join('\n'));
    try {
      await setSetting('lab.file', rel);
      const roots = await waitFor(() => {
        const r = exp.lab!.tree.getChildren() as { label: string; description?: string; children: { label: string }[] }[];
        return r.length && r[0].label === 'l10n' ? r : undefined;
      }, 'the lab tree of the l10n lab file');
      const roles = roots[0].children.map((c) => c.label);
      assert.deepEqual(roles, lang === 'ru' ? ['Директоры', 'Реальные серверы', 'Клиенты'] : ['Directors', 'Real servers', 'Clients']);
      assert.match(String(roots[0].description), lang === 'ru' ? /ещё не прочитано/ : /not read yet/);
    } finally {
      await setSetting('lab.file', undefined);
      fs.rmSync(path.dirname(file.fsPath), { recursive: true, force: true });
    }
  });
});
