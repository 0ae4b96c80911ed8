// The language service speaks English and Russian: both catalogues have the same keys, Russian
// prose is really Russian, and analyses made with lang 'ru' produce Russian findings and quick-fix
// titles from the start (not English translated afterwards).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, completion, fixesFor, hover } from '../../src/language';
import { analyzeEdited } from '../../src/language/incremental';
import { isLang, langFromEnv, langFromLocale, messages, msg, withLang } from '../../src/language/i18n';
import { en } from '../../src/language/i18n/en';
import { ru } from '../../src/language/i18n/ru';
import { RU_NOTES } from '../../src/language/i18n/ru/notes';
import { REPO } from '../support/fixtures';

const CYRILLIC = /[а-яё]/i;
/** Keys whose Russian text is rightly the same as the English: a term, or markdown that only lays out values. */
const SAME_IN_BOTH = new Set(['linkLocalQualifier', 'definitionValue', 'includeHover', 'keywordNote']);

function sampleArgs(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `ARG${i}`);
}

function corpusConfigs(): string[] {
  const root = path.join(REPO, 'test', 'corpus');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.conf')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

describe('language service messages in English and Russian', () => {
  it('both catalogues have exactly the same keys, each a function', () => {
    const enKeys = Object.keys(en).sort();
    const ruKeys = Object.keys(ru).sort();
    assert.deepEqual(enKeys.filter((k) => !(k in ru)), [], 'keys only in English');
    assert.deepEqual(ruKeys.filter((k) => !(k in en)), [], 'keys only in Russian');
    assert.ok(enKeys.length > 500, `catalogue has ${enKeys.length} keys`);
    for (const k of enKeys) {
      assert.equal(typeof (ru as Record<string, unknown>)[k], 'function', k);
      assert.equal(typeof (en as Record<string, unknown>)[k], 'function', k);
    }
  });

  it('every Russian text is non-empty, names every value it is given, and is not the English text', () => {
    const problems: string[] = [];
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const e = en[k] as (...a: string[]) => string;
      const r = ru[k] as (...a: string[]) => string;
      const args = sampleArgs(e.length);
      const enValue: unknown = e(...args);
      const ruValue: unknown = r(...args);
      if (typeof enValue !== 'string') {
        // A table (the names of value types): same keys, every entry translated.
        const et = enValue as Record<string, string>;
        const rt = ruValue as Record<string, string>;
        assert.deepEqual(Object.keys(rt).sort(), Object.keys(et).sort(), k);
        for (const t of Object.keys(et)) if (!CYRILLIC.test(rt[t])) problems.push(`${k}.${t}: not Russian: ${rt[t]}`);
        continue;
      }
      const enText = enValue as string;
      const ruText = ruValue as string;
      if (!ruText.trim()) problems.push(`${k}: empty`);
      if (!SAME_IN_BOTH.has(k) && ruText === enText) problems.push(`${k}: same as English: ${enText}`);
      // A value the English names must not get lost in Russian (pure grammar switches excepted:
      // those are values the rule passes as English suffixes or fixed words, not user data).
      for (const a of args) if (enText.includes(a) && !ruText.includes(a) && !GRAMMAR_ARGS.has(`${k}/${args.indexOf(a)}`)) problems.push(`${k}: drops ${a}`);
      if (/ВИП/.test(ruText)) problems.push(`${k}: ВИП is not a term, write VIP`);
    }
    assert.deepEqual(problems, []);
  });

  it('a prose message in Russian contains Russian words', () => {
    const latinOnly: string[] = [];
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      const r = ru[k] as (...a: string[]) => string;
      const text = r(...sampleArgs(r.length));
      if (typeof text !== 'string') continue;
      // Longer texts are sentences; they must be Russian sentences.
      if (text.length > 40 && !CYRILLIC.test(text)) latinOnly.push(`${k}: ${text}`);
    }
    assert.deepEqual(latinOnly, []);
  });

  it('locales: ru, ru-RU, ru_RU.UTF-8 are Russian, anything else English', () => {
    for (const l of ['ru', 'ru-RU', 'ru_RU.UTF-8', 'RU', 'ru@petr1708']) assert.equal(langFromLocale(l), 'ru', l);
    for (const l of ['en', 'en-US', 'de', 'rus', 'run', '', undefined, 'C.UTF-8']) assert.equal(langFromLocale(l), 'en', String(l));
    assert.equal(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8' }), 'ru');
    assert.equal(langFromEnv({ LC_ALL: 'C', LANG: 'ru_RU.UTF-8' }), 'en');
    assert.equal(langFromEnv({}), 'en');
    assert.ok(isLang('ru') && isLang('en') && !isLang('de'));
    assert.equal(messages('ru'), ru);
  });

  it('withLang restores the outer language, also when the inner call throws', () => {
    assert.equal(msg(), en);
    withLang('ru', () => {
      assert.equal(msg(), ru);
      assert.throws(() => withLang('en', () => { assert.equal(msg(), en); throw new Error('x'); }));
      assert.equal(msg(), ru);
    });
    assert.equal(msg(), en);
  });
});

/** Arguments that only choose a grammatical form (English plural suffixes, fixed English words). */
const GRAMMAR_ARGS = new Set([
  'keepalivedProcesses/1', 'processesSkipBlockTooEarly/0', 'processesSkipBlockTooEarly/3', 'processesSkipBlockTooEarly/4', 'processesReadAsTopLevel/0', 'misreadByOtherProcess/2',
  'scriptKeywordRepeated/2', 'scriptSecurity/1', 'vridRequired/1', 'addsWithoutTracking/0', 'scriptUserMissing/0',
  'notMulticastAddress/1', 'invalidNumber/2', 'wordCount/1', 'readsFilesInOrder/1',
]);

describe('analysis in Russian (real configurations)', () => {
  const seed = path.join(REPO, 'examples', 'seed-lab', 'lb1', 'keepalived.conf');

  it("the seed's 'priority 100 / 50' gives the Russian message naming 100 and 50, with Russian quick fixes", () => {
    const a = analyze(seed, undefined, { configId: 'lb1', lang: 'ru' });
    const d = a.diagnostics.find((x) => x.code === 'extra-arguments');
    assert.ok(d, 'extra-arguments reported');
    assert.equal(d.severity, 'error');
    assert.equal(d.range.start.line, 8);
    assert.match(d.message, /^keepalived читает только 'priority 100' и молча игнорирует '\/ 50'\./);
    assert.match(d.message, /MASTER станет тот, у кого IP-адрес больше/);
    const fixes = fixesFor(d, a);
    assert.deepEqual(fixes.map((f) => f.title), ["Удалить '/ 50' (keepalived это игнорирует)", 'Использовать priority 50 вместо 100']);
    // The edits are the same as in English: only the words change.
    const enA = analyze(seed, undefined, { configId: 'lb1' });
    const enD = enA.diagnostics.find((x) => x.code === 'extra-arguments')!;
    assert.deepEqual(fixes.map((f) => f.edits), fixesFor(enD, enA).map((f) => f.edits));
    assert.match(enD.message, /^keepalived reads only 'priority 100'/);
  });

  it('auth_pass: the Russian message keeps keepalived\'s own words verbatim', () => {
    const a = analyze(seed, undefined, { configId: 'lb1', lang: 'ru' });
    const d = a.diagnostics.find((x) => x.code === 'auth-pass-truncated')!;
    assert.match(d.message, /auth_pass длиной 15 символов; keepalived использует только первые 8 \('netology'\) и сообщает "Truncating auth_pass to 8 characters"/);
    assert.equal(fixesFor(d, a)[0].title, "Сократить до 'netology' (то, что использует keepalived)");
  });

  it('a sample of rules: implicit priority, unknown keyword, out of range, unclosed brace, invalid state', () => {
    const text = [
      'global_defs {',
      '  router_id lb1',
      '  bogus_word 1',
      '}',
      'vrrp_instance VI_1 {',
      '  state MASTER',
      '  interface eth0',
      '  virtual_router_id 300',
      '  virtual_ipaddress {',
      '    198.51.100.10/24',
      '  }',
      '}',
      'vrrp_instance VI_2 {',
      '  state master',
      '  interface eth0',
      '  virtual_router_id 52',
      '  priority 100',
      '  virtual_ipaddress {',
      '    198.51.100.11/24',
      '  }',
      '',
    ].join('\n');
    const file = path.join(REPO, 'test', 'corpus', 'virtual-i18n.conf');
    const ruA = analyze(file, text, { configId: 'lb1', lang: 'ru' });
    const enA = analyze(file, text, { configId: 'lb1', lang: 'en' });
    const by = (a: typeof ruA, code: string) => a.diagnostics.find((d) => d.code === code)?.message ?? `(no ${code})`;
    assert.match(by(ruA, 'vrrp-implicit-priority'), /^\(VI_1\) задан 'state MASTER', но нет priority, поэтому keepalived молча использует приоритет 255/);
    assert.match(by(ruA, 'unknown-keyword'), /^Неизвестное ключевое слово 'bogus_word' в global_defs; keepalived игнорирует строку\./);
    assert.match(by(ruA, 'out-of-range'), /virtual_router_id: значение должно быть от 1 до 255; keepalived сообщает, что '300' вне диапазона/);
    assert.match(by(ruA, 'invalid-enum'), /^'master' — недопустимое значение state \(MASTER, BACKUP\); keepalived сообщает "unknown state 'master', defaulting to BACKUP" и запускает экземпляр как BACKUP\. keepalived учитывает регистр, поэтому писать нужно 'MASTER'\./);
    assert.match(by(ruA, 'missing-close-brace'), /^Эта '\{' открывает 'vrrp_instance VI_2', который нигде не закрыт; keepalived сообщает "There are 1 missing '\}'s or extra '\{'s"/);
    // Same findings, same places, in both languages.
    assert.deepEqual(ruA.diagnostics.map((d) => [d.code, d.range]), enA.diagnostics.map((d) => [d.code, d.range]));
    for (const d of ruA.diagnostics) assert.match(d.message, CYRILLIC, `${d.code}: ${d.message}`);
  });

  it('every finding on the test corpus is Russian in Russian and differs from the English one', () => {
    let count = 0;
    const english: string[] = [];
    for (const file of corpusConfigs()) {
      const ruA = analyze(file, undefined, { configId: 'lb1', lang: 'ru' });
      const enA = analyze(file, undefined, { configId: 'lb1', lang: 'en' });
      assert.equal(ruA.diagnostics.length, enA.diagnostics.length, file);
      ruA.diagnostics.forEach((d, i) => {
        count++;
        if (!CYRILLIC.test(d.message) || d.message === enA.diagnostics[i].message) english.push(`${path.basename(file)} ${d.code}: ${d.message}`);
        for (const r of d.related ?? []) if (r.message.length > 25 && !CYRILLIC.test(r.message)) english.push(`${path.basename(file)} ${d.code} related: ${r.message}`);
        for (const f of fixesFor(d, ruA)) if (!CYRILLIC.test(f.title)) english.push(`${path.basename(file)} ${d.code} fix: ${f.title}`);
      });
    }
    assert.ok(count > 50, `${count} findings`);
    assert.deepEqual(english, []);
  });

  it('incremental re-analysis does not reuse findings across languages', () => {
    const text = fs.readFileSync(seed, 'utf8');
    const first = analyzeEdited(undefined, seed, text, { configId: 'lb1', lang: 'en' });
    const edited = text.replace('priority 100', 'priority 101');
    const second = analyzeEdited(first.analysis, seed, edited, { configId: 'lb1', lang: 'ru' });
    const d = second.analysis.diagnostics.find((x) => x.code === 'extra-arguments')!;
    assert.match(d.message, /keepalived читает только 'priority 101'/);
    for (const x of second.analysis.diagnostics) assert.match(x.message, CYRILLIC, x.message);
    // And in the same language the incremental path is still taken.
    const third = analyzeEdited(second.analysis, seed, edited.replace('priority 101', 'priority 102'), { configId: 'lb1', lang: 'ru' });
    assert.equal(third.incremental, true);
    assert.match(third.analysis.diagnostics.find((x) => x.code === 'extra-arguments')!.message, /'priority 102'/);
    for (const x of third.analysis.diagnostics) assert.match(x.message, CYRILLIC, x.message);
  });

  it('the Russian notes name real keyword paths of the schema', () => {
    const known = new Set<string>();
    const walk = (table: Record<string, { keywords?: Record<string, unknown> }>, prefix: string[]) => {
      for (const [name, kw] of Object.entries(table)) {
        known.add([...prefix, name].join('/'));
        if (kw.keywords) walk(kw.keywords as Record<string, { keywords?: Record<string, unknown> }>, [...prefix, name]);
      }
    };
    walk(JSON.parse(fs.readFileSync(path.join(REPO, 'src', 'language', 'schema', 'keywords.json'), 'utf8')).root, []);
    assert.deepEqual(Object.keys(RU_NOTES).filter((k) => !known.has(k)), []);
    for (const [k, v] of Object.entries(RU_NOTES)) assert.match(v, CYRILLIC, k);
  });

  it('hover and completion documentation in Russian', () => {
    const text = fs.readFileSync(seed, 'utf8');
    const line = text.split('\n').findIndex((l) => /^\s*priority 100/.test(l));
    const col = text.split('\n')[line].indexOf('priority');
    const ruA = analyze(seed, undefined, { configId: 'lb1', lang: 'ru' });
    const h = hover(ruA, { line, character: col + 2 });
    const value = (h?.contents as { value: string }).value;
    assert.match(value, /```keepalived\npriority /);
    assert.match(value, /Допустимо: в vrrp_instance/);
    assert.match(value, /по умолчанию: 100/);
    assert.match(value, /Читается только первый аргумент; лишние слова в строке молча игнорируются \(например, 'priority 100 \/ 50' — это приоритет 100\)/);
    const enH = hover(analyze(seed, undefined, { configId: 'lb1' }), { line, character: col + 2 });
    assert.match((enH?.contents as { value: string }).value, /Valid in: vrrp_instance/);
    assert.match((enH?.contents as { value: string }).value, /Only the first argument is read/);
    // Completion inside vrrp_instance: the keyword documentation is Russian as well.
    const items = completion(ruA, { line, character: 0 });
    const state = items.find((i) => i.label === 'state');
    assert.ok(state, 'state offered');
    assert.match((state.documentation as { value: string }).value, /одно слово из фиксированного набора · 1 слово · значения: `MASTER`, `BACKUP` \(с учётом регистра\)/);
  });
});
