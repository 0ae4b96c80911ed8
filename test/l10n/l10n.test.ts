// Every user-visible string exists in English and Russian: the manifest (package.nls.json /
// package.nls.ru.json), the extension's vscode.l10n.t messages (l10n/bundle.l10n.ru.json),
// the step guides (walkthroughs/*.md and walkthroughs/ru/*.md), and the string tables of
// src/lab that reach the UI (step titles and goals, the lab tree's words). A key in one
// language and not in the other, a placeholder or command link lost in translation, a manifest
// string written in English instead of %key%, or a stale Russian entry fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { STEP_TEXTS, STEPS } from '../../src/lab/exercises';
import { LANGS } from '../../src/lab/report';
import { parseInventory } from '../../src/lab/inventory';
import { labFindings, parseIpvsList, summarize, HostState } from '../../src/lab/topology';
import { FINDING_STRINGS } from '../../src/lab/topology/findingStrings';
import { DOCTOR_STRINGS } from '../../src/lab/doctor';
import { PAIR_STRINGS } from '../../src/lab/generate/pairStrings';
import { buildLabTree, TreeModelNode } from '../../src/lab/view/treeModel';
import { TREE_STRINGS } from '../../src/lab/view/treeStrings';
import { failureTable, layoutTable, plan, PLANNER_STRINGS } from '../../src/lab/planner';

const REPO = path.resolve(__dirname, '..', '..', '..');
const read = (p: string): string => fs.readFileSync(path.join(REPO, p), 'utf8');
const json = (p: string): Record<string, unknown> => JSON.parse(read(p));

const PKG = json('package.json');
const NLS_EN = json('package.nls.json') as Record<string, string>;
const NLS_RU = json('package.nls.ru.json') as Record<string, string>;

/** {0}, {name}: the placeholders a message must keep in every language. */
function placeholders(s: string): string[] {
  return [...s.matchAll(/\{[A-Za-z0-9_]+\}/g)].map((m) => m[0]).sort();
}

/** Markdown command links and their arguments: they must survive translation unchanged. */
function commandLinks(s: string): string[] {
  return [...s.matchAll(/\]\((command:[^)\s]+)\)/g)].map((m) => m[1]).sort();
}

/** `code` spans and keyword-like tokens that must not be translated: every `…` span of the English text. */
function backticked(s: string): string[] {
  return [...s.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]).sort();
}

/** Every string value in the manifest with its JSON path. */
function manifestStrings(o: unknown, at = ''): [string, string][] {
  if (typeof o === 'string') return [[at, o]];
  if (Array.isArray(o)) return o.flatMap((v, i) => manifestStrings(v, `${at}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => manifestStrings(v, at ? `${at}.${k}` : k));
  return [];
}

/** The manifest fields a user reads (VS Code shows them in the palette, views, settings, walkthrough). */
const USER_VISIBLE = [
  /^description$/,
  /^capabilities\.untrustedWorkspaces\.description$/,
  /^contributes\.commands\[\d+\]\.(title|shortTitle|category)$/,
  /^contributes\.viewsContainers\.\w+\[\d+\]\.title$/,
  /^contributes\.views\.\w+\[\d+\]\.(name|contextualTitle)$/,
  /^contributes\.viewsWelcome\[\d+\]\.contents$/,
  /^contributes\.configuration\.(title|properties\.[^.]+\.(description|markdownDescription|deprecationMessage|markdownDeprecationMessage|enumDescriptions\[\d+\]))$/,
  /^contributes\.walkthroughs\[\d+\]\.(title|description|steps\[\d+\]\.(title|description|media\.altText))$/,
];

/** The first argument of every vscode.l10n.t(…) call in src/extension, as the runtime sees it. */
function l10nCalls(): { literal: Map<string, string>; nonLiteral: string[] } {
  const dir = path.join(REPO, 'src', 'extension');
  const literal = new Map<string, string>();
  const nonLiteral: string[] = [];
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!f.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/\bl10n\.t\(\s*/g)) {
      const rest = text.slice(m.index! + m[0].length);
      const lit = /^'((?:[^'\\\n]|\\.)*)'\s*[,)]/.exec(rest);
      if (!lit) {
        nonLiteral.push(`${f}: l10n.t(${rest.slice(0, 40)}…`);
        continue;
      }
      const value = lit[1].replace(/\\(.)/g, (_x, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
      literal.set(value, f);
    }
  }
  return { literal, nonLiteral };
}

const MD_DIR = path.join(REPO, 'walkthroughs');
const mdFiles = (dir: string): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const images = (md: string): string[] => [...md.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);

describe('l10n: English and Russian', () => {
  describe('manifest (package.nls.json, package.nls.ru.json)', () => {
    it('both files have the same keys, none empty', () => {
      const en = Object.keys(NLS_EN).sort();
      const ru = Object.keys(NLS_RU).sort();
      assert.ok(en.length >= 50, `only ${en.length} keys in package.nls.json`);
      assert.deepEqual(en.filter((k) => !(k in NLS_RU)), [], 'keys missing in package.nls.ru.json');
      assert.deepEqual(ru.filter((k) => !(k in NLS_EN)), [], 'keys in package.nls.ru.json that package.nls.json lacks');
      for (const [k, v] of [...Object.entries(NLS_EN), ...Object.entries(NLS_RU)]) assert.ok(typeof v === 'string' && v.trim() !== '', `${k} is empty`);
    });

    it('every %key% in package.json exists in both languages, and every key is used', () => {
      const used = new Set(manifestStrings(PKG).flatMap(([, v]) => [...v.matchAll(/^%([^%\s]+)%$/g)].map((m) => m[1])));
      assert.ok(used.size >= 50, `package.json uses only ${used.size} %keys%`);
      assert.deepEqual([...used].filter((k) => !(k in NLS_EN)), [], 'used in package.json, missing in package.nls.json');
      assert.deepEqual([...used].filter((k) => !(k in NLS_RU)), [], 'used in package.json, missing in package.nls.ru.json');
      assert.deepEqual(Object.keys(NLS_EN).filter((k) => !used.has(k)), [], 'stale keys (package.json no longer uses them)');
    });

    it('no user-visible manifest string is written out in one language: each is a %key%', () => {
      const raw = manifestStrings(PKG).filter(([at, v]) => USER_VISIBLE.some((re) => re.test(at)) && !/^%[^%\s]+%$/.test(v));
      assert.deepEqual(raw.map(([at, v]) => `${at}: ${v.slice(0, 60)}`), []);
    });

    it('the Russian text keeps every command link, placeholder and `code` span of the English', () => {
      const problems: string[] = [];
      for (const [k, en] of Object.entries(NLS_EN)) {
        const ru = NLS_RU[k] ?? '';
        if (commandLinks(en).join() !== commandLinks(ru).join()) problems.push(`${k}: command links ${commandLinks(en)} vs ${commandLinks(ru)}`);
        if (placeholders(en).join() !== placeholders(ru).join()) problems.push(`${k}: placeholders`);
        const missing = backticked(en).filter((c) => !ru.includes(c));
        if (missing.length) problems.push(`${k}: lost ${missing.join(', ')}`);
      }
      assert.deepEqual(problems, []);
    });

    it('declares keepalivedLab.report.language (auto|en|ru), which Export Lab Report reads', () => {
      const props = (PKG.contributes as { configuration: { properties: Record<string, { enum?: string[]; default?: string; enumDescriptions?: string[] }> } }).configuration.properties;
      const p = props['keepalivedLab.report.language'];
      assert.ok(p, 'the setting is contributed');
      assert.deepEqual(p.enum, ['auto', 'en', 'ru']);
      assert.equal(p.default, 'auto');
      assert.equal(p.enumDescriptions?.length, 3);
      assert.match(read('src/extension/lab/exportReport.ts'), /getConfiguration\('keepalivedLab\.report'\)\.get<string>\('language'/);
    });

    it('the walkthrough step titles are the engine\'s, in each language (the Lab Guide and the walkthrough agree)', () => {
      const w = (PKG.contributes as { walkthroughs: { id: string; steps: { id: string; title: string }[] }[] }).walkthroughs[0];
      for (const s of w.steps) {
        const key = s.title.replace(/^%|%$/g, '');
        assert.equal(NLS_EN[key], STEP_TEXTS.en[s.id as keyof typeof STEP_TEXTS.en].title, `${s.id} (en)`);
        assert.equal(NLS_RU[key], STEP_TEXTS.ru[s.id as keyof typeof STEP_TEXTS.ru].title, `${s.id} (ru)`);
      }
    });
  });

  describe('extension messages (vscode.l10n.t, l10n/bundle.l10n.ru.json)', () => {
    const bundle = json('l10n/bundle.l10n.ru.json') as Record<string, string>;
    const { literal, nonLiteral } = l10nCalls();

    it('package.json points VS Code at ./l10n', () => {
      assert.equal(PKG.l10n, './l10n');
    });

    it('every vscode.l10n.t call has a string literal as its message (so it can be checked and exported)', () => {
      assert.ok(literal.size >= 100, `found only ${literal.size} messages`);
      assert.deepEqual(nonLiteral, []);
    });

    it('every message has a Russian entry, and the bundle has no entry that no code uses', () => {
      assert.deepEqual([...literal].filter(([m]) => !(m in bundle)).map(([m, f]) => `${f}: ${m}`), [], 'missing in l10n/bundle.l10n.ru.json');
      assert.deepEqual(Object.keys(bundle).filter((k) => !literal.has(k)), [], 'stale entries in l10n/bundle.l10n.ru.json');
    });

    it('each Russian entry is Russian, non-empty, with the same placeholders and `code` spans', () => {
      const problems: string[] = [];
      for (const [en, ru] of Object.entries(bundle)) {
        if (typeof ru !== 'string' || !ru.trim()) problems.push(`${en}: empty`);
        else {
          if (placeholders(en).join() !== placeholders(ru).join()) problems.push(`${en}: placeholders ${placeholders(en)} vs ${placeholders(ru)}`);
          const lost = backticked(en).filter((c) => !ru.includes(c));
          if (lost.length) problems.push(`${en}: lost ${lost.join(', ')}`);
          // A message with words must be translated (names such as "SSH {0}" may stay as they are).
          if (/[a-z]{3,}.*\s.*[a-z]{3,}/i.test(en.replace(/`[^`]*`|\{\w+\}|keepalived\S*|ipvsadm|VIP|IPVS/g, '')) && !/[а-яё]/i.test(ru)) problems.push(`${en}: not translated`);
        }
      }
      assert.deepEqual(problems, []);
    });
  });

  describe('step guides (walkthroughs/*.md, walkthroughs/ru/*.md)', () => {
    const en = mdFiles(MD_DIR);
    const ru = mdFiles(path.join(MD_DIR, 'ru'));

    it('every English guide has a Russian twin and the other way round', () => {
      assert.ok(en.length >= 9, `${en.length} guides`);
      assert.deepEqual(ru, en);
    });

    it('every step of the engine has a guide in both languages (the Lab Guide opens walkthroughs[/ru]/<id>.md)', () => {
      for (const s of STEPS) {
        assert.ok(en.includes(`${s.id}.md`), `walkthroughs/${s.id}.md`);
        assert.ok(ru.includes(`${s.id}.md`), `walkthroughs/ru/${s.id}.md`);
      }
      assert.match(read('src/extension/walkthrough/commands.ts'), /joinPath\(extensionUri, 'walkthroughs', lang, `\$\{id\}\.md`\)/);
    });

    it('the twins show the same diagrams, and each image path resolves from its own folder', () => {
      for (const f of en) {
        const a = images(fs.readFileSync(path.join(MD_DIR, f), 'utf8'));
        const b = images(fs.readFileSync(path.join(MD_DIR, 'ru', f), 'utf8'));
        assert.deepEqual(b.map((p) => path.basename(p)), a.map((p) => path.basename(p)), `${f}: same images in the same order`);
        for (const p of a) assert.ok(fs.existsSync(path.resolve(MD_DIR, p)), `walkthroughs/${f}: ${p} exists`);
        for (const p of b) assert.ok(fs.existsSync(path.resolve(MD_DIR, 'ru', p)), `walkthroughs/ru/${f}: ${p} exists`);
      }
    });

    it('the twins have the same structure: headings, numbered and bulleted items, code blocks, tables', () => {
      const shape = (md: string): string => md.split('\n').map((l) => (/^#+ /.test(l) ? l.replace(/ .*/, '') : /^\d+\. /.test(l) ? '1.' : /^- /.test(l) ? '-' : /^```/.test(l) ? '```' : /^\|/.test(l) ? '|' : '')).filter(Boolean).join(' ');
      for (const f of en) {
        const a = fs.readFileSync(path.join(MD_DIR, f), 'utf8');
        const b = fs.readFileSync(path.join(MD_DIR, 'ru', f), 'utf8');
        assert.equal(shape(b), shape(a), f);
        assert.match(b, /[а-яё]{4,}/i, `${f} is in Russian`);
        // The commands, keywords and file names in `code` stay as they are.
        const lost = backticked(a).filter((c) => !b.includes(c) && !/[<>]/.test(c));
        assert.deepEqual(lost, [], `${f}: code spans lost in the Russian text`);
      }
    });
  });

  describe('src/lab string tables', () => {
    it('the languages are en and ru', () => {
      assert.deepEqual([...LANGS], ['en', 'ru']);
    });

    it('step texts: the same steps in both languages, English equal to the step definitions, Russian translated', () => {
      assert.deepEqual(Object.keys(STEP_TEXTS.ru).sort(), Object.keys(STEP_TEXTS.en).sort());
      assert.deepEqual(Object.keys(STEP_TEXTS.en).sort(), STEPS.map((s) => s.id).sort());
      for (const s of STEPS) {
        assert.equal(STEP_TEXTS.en[s.id].title, s.title);
        assert.equal(STEP_TEXTS.en[s.id].goal, s.goal);
        const ru = STEP_TEXTS.ru[s.id];
        assert.match(ru.title, /[а-яё]/i, `${s.id}: Russian title`);
        assert.match(ru.goal, /[а-яё]/i, `${s.id}: Russian goal`);
        assert.deepEqual(backticked(s.goal).filter((c) => !ru.goal.includes(c)), [], `${s.id}: code spans kept`);
      }
    });

    it('lab tree words: the same keys (deeply) and the same function arities in both languages', () => {
      const shape = (o: unknown): unknown => (typeof o === 'function' ? `fn/${o.length}` : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)])) : typeof o);
      assert.deepEqual(shape(TREE_STRINGS.ru), shape(TREE_STRINGS.en));
    });

    it('lab findings and doctor words: the same keys and function arities in both languages', () => {
      const shape = (o: unknown): unknown => (typeof o === 'function' ? `fn/${o.length}` : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)])) : typeof o);
      assert.deepEqual(shape(FINDING_STRINGS.ru), shape(FINDING_STRINGS.en));
      assert.deepEqual(shape(DOCTOR_STRINGS.ru), shape(DOCTOR_STRINGS.en));
      assert.deepEqual(shape(PAIR_STRINGS.ru), shape(PAIR_STRINGS.en));
    });

    it('planner words: the same keys and function arities in both languages', () => {
      const shape = (o: unknown): unknown => (typeof o === 'function' ? `fn/${o.length}` : Array.isArray(o) ? o.length : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)])) : typeof o);
      assert.deepEqual(shape(PLANNER_STRINGS.ru), shape(PLANNER_STRINGS.en));
    });

    it('the planner in Russian: the seed question answered with the same numbers, every line in Russian', () => {
      const input = { directors: 3, trafficBps: 1.5e9, linkBps: 1e9, failures: 1 };
      const en = plan(input, 'en');
      const ru = plan(input, 'ru');
      assert.ok(en.ok && ru.ok);
      assert.equal(ru.vips, en.vips);
      assert.deepEqual(ru.layout, en.layout);
      assert.equal(ru.reasoning.length, en.reasoning.length);
      for (const line of [...ru.reasoning, ...failureTable(ru, 'ru')]) assert.match(line, /[а-яё]{3,}/i, line);
      assert.match(ru.reasoning.join('\n'), /Не 3: 3 VIP по 500 Мбит\/с/);
      assert.match(ru.reasoning.join('\n'), /6 VIP по 250 Мбит\/с: каждый директор — MASTER для 2/);
      assert.deepEqual(layoutTable(ru, undefined, 'ru')[0].split(/\s{2,}/), ['VIP', 'MASTER (приоритет)', 'BACKUP (приоритет)']);
      assert.doesNotMatch([...ru.reasoning, ...failureTable(ru, 'ru')].join('\n'), /\b(each|director|failed|link|normal operation|Gbit\/s|Mbit\/s)\b/);
      const bad = plan({ ...input, directors: 0 }, 'ru');
      assert.ok(!bad.ok);
      assert.match(bad.problem, /Число директоров должно быть целым/);
    });

    it('the lab tree in Russian: roles, states and details in Russian, MASTER/BACKUP and addresses as they are', () => {
      const inv = parseInventory(`name: t
hosts:
  - { name: lb1, role: director, address: 198.51.100.11 }
  - { name: web1, role: real, address: 198.51.100.21 }
  - { name: client, role: client, address: 198.51.100.10 }
service:
  vips: [198.51.100.100/32]
  vrrp: { vrid: 51 }
`).inventory!;
      const web1: HostState = {
        name: 'web1', role: 'real', address: '198.51.100.21', reachable: true, durationMs: 5,
        real: {
          vipsOnLo: [{ address: '198.51.100.100', prefix: 32, present: true, actualPrefix: 24, interface: 'lo' }],
          vipPrefixProblems: ['The VIP 198.51.100.100 is on lo as /24: on a real server it must be /32, otherwise lo claims the whole 198.51.100.100/24 network and this host stops answering its neighbours there.'],
          arp: { allIgnore: 0, allAnnounce: 0, loIgnore: 0, loAnnounce: 0 }, arpOk: false, nginxRunning: false,
          http: { url: 'http://198.51.100.21/', error: 'connection refused' },
        },
      } as HostState;
      const hosts: HostState[] = [web1, {
        name: 'lb1', role: 'director', address: '198.51.100.11', reachable: true, durationMs: 5,
        director: {
          keepalived: { running: true, pid: 7, vrrpOnly: false },
          instances: [{ name: 'VI_1', state: 'MASTER', priority: 150, source: 'json' }],
          vips: [{ address: '198.51.100.100', prefix: 32, present: true, actualPrefix: 32, interface: 'eth0' }],
          holdsVip: true,
          ipvs: { available: true, table: parseIpvsList('TCP  198.51.100.100:80 rr\n  -> 198.51.100.21:80              Route   1      2          5\n') },
          recentTransitions: [],
        },
      } as HostState];
      const flat = (n: TreeModelNode): string[] => [n.label, n.description ?? '', n.tooltip ?? '', ...n.children.flatMap(flat)];
      const ru = buildLabTree(inv, summarize(inv, hosts), { lang: 'ru' });
      const en = buildLabTree(inv, summarize(inv, hosts), { lang: 'en' });
      assert.deepEqual(ru.children.map((c) => c.label), ['Директоры', 'Реальные серверы', 'Клиенты', 'Замечания']);
      assert.deepEqual(en.children.map((c) => c.label), ['Directors', 'Real servers', 'Clients', 'Findings']);
      const ruText = flat(ru).join('\n');
      assert.match(ruText, /MASTER 150 · держит VIP/);
      assert.match(ruText, /вес 1 · активных 2 · неактивных 5/);
      assert.doesNotMatch(ruText, /\b(holds|weight|inactive|running|priority|not read yet)\b/, 'no English words left in the Russian tree');
      // The findings: English as LabState has them, Russian from the same state.
      const st = summarize(inv, hosts);
      assert.deepEqual(labFindings(st, 'en'), st.findings);
      assert.equal(st.findings.length, 3, st.findings.join('\n'));
      const ruFindings = labFindings(st, 'ru');
      assert.equal(ruFindings.length, 3);
      for (const f of ruFindings) assert.match(f, /^web1: .*[а-яё]{4,}/i, f);
      assert.match(ruText, /web1: VIP 198\.51\.100\.100 назначен на lo как \/24; на реальном сервере нужен \/32/);
      // Same ids: the tree keeps its expansion state when the language changes.
      const ids = (n: TreeModelNode): string[] => [n.id, ...n.children.flatMap(ids)];
      assert.deepEqual(ids(ru), ids(en));
    });
  });

  it('Russian terms: VIP or «виртуальный IP», never «ВИП»; no «мастер»/«бэкап» for MASTER/BACKUP', () => {
    const files = ['package.nls.ru.json', 'l10n/bundle.l10n.ru.json', ...mdFiles(path.join(MD_DIR, 'ru')).map((f) => `walkthroughs/ru/${f}`), 'src/lab/exercises/i18n.ts', 'src/lab/view/treeStrings.ts'];
    for (const f of files) {
      const text = read(f);
      assert.doesNotMatch(text, /ВИП/i, `${f}: ВИП`);
      assert.doesNotMatch(text, /\b(мастер|бэкап)[а-я]*\b/iu, `${f}: MASTER/BACKUP are written as keepalived prints them`);
    }
  });
});
