import * as assert from 'node:assert/strict';
import { en } from '../../src/lab/report/i18n/en';
import { ru } from '../../src/lab/report/i18n/ru';
import { langFromEnv, langFromLocale } from '../../src/lab/report/i18n';
import { STEP_IDS } from '../../src/lab/exercises';

/** Every key path of a strings object, with the kind of its value (and a function's arity). */
function shape(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'function') out.set(key, `function/${v.length}`);
    else if (v && typeof v === 'object') for (const [kk, vv] of shape(v, key)) out.set(kk, vv);
    else out.set(key, typeof v);
  }
  return out;
}

describe('report: languages', () => {
  it('Russian and English have the same keys, kinds and function arities', () => {
    const a = shape(en);
    const b = shape(ru);
    assert.deepEqual([...b.keys()].filter((k) => !a.has(k)), [], 'keys only in ru');
    assert.deepEqual([...a.keys()].filter((k) => !b.has(k)), [], 'keys only in en');
    for (const [k, kind] of a) assert.equal(b.get(k), kind, k);
  });

  it('no string is empty except the optional note, and every step has a title and goal in both', () => {
    for (const [name, table] of [['en', en], ['ru', ru]] as const) {
      for (const [k, v] of Object.entries(table)) if (typeof v === 'string') assert.ok(v.trim(), `${name}.${k} is empty`);
      for (const id of STEP_IDS) {
        assert.ok(table.stepTitle[id], `${name}: title of ${id}`);
        assert.ok((table.stepGoal as Record<string, string>)[id], `${name}: goal of ${id}`);
      }
    }
  });

  it('the Russian text is Russian and uses the right terms', () => {
    const all = [...shape(ru).keys()].map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ru));
    const texts = all.map((v) => (typeof v === 'function' ? String(v) : String(v)));
    const joined = texts.join('\n');
    assert.doesNotMatch(joined, /ВИП/i, 'VIP, not ВИП');
    assert.match(ru.serviceLine({ vip: '198.51.100.100', prefix: 32 }), /VIP \(«виртуальный IP»\)/);
    for (const k of ['title', 'labHeading', 'configsHeading', 'trafficHeading', 'failoverHeading', 'stepsHeading', 'stepsIntro'] as const) {
      assert.match(ru[k], /[а-яё]/i, `${k} is in Russian`);
    }
    assert.equal(ru.lang, 'ru');
    assert.equal(en.lang, 'en');
  });

  it('Russian numbers use the decimal comma and correct plural forms', () => {
    assert.equal(ru.seconds(0.666), '0,67 с');
    assert.equal(en.seconds(0.666), '0.67 s');
    assert.equal(ru.bandwidth(1.5e9), '1,5 Гбит/с');
    assert.equal(en.bandwidth(1.5e9), '1.5 Gbit/s');
    assert.match(ru.requestsSummary(21, 21, 0, 'x'), /^21 запрос /);
    assert.match(ru.requestsSummary(22, 22, 0, 'x'), /^22 запроса /);
    assert.match(ru.requestsSummary(25, 25, 0, 'x'), /^25 запросов /);
  });

  it('picks Russian for a Russian locale, English otherwise (LC_ALL before LC_MESSAGES before LANG)', () => {
    assert.equal(langFromLocale('ru_RU.UTF-8'), 'ru');
    assert.equal(langFromLocale('ru'), 'ru');
    assert.equal(langFromLocale('ru-RU'), 'ru');
    assert.equal(langFromLocale('rup_RO'), 'en');
    assert.equal(langFromLocale('en_US.UTF-8'), 'en');
    assert.equal(langFromLocale('C.UTF-8'), 'en');
    assert.equal(langFromLocale(undefined), 'en');
    assert.equal(langFromEnv({ LANG: 'ru_RU.UTF-8' }), 'ru');
    assert.equal(langFromEnv({ LANG: 'ru_RU.UTF-8', LC_ALL: 'C' }), 'en');
    assert.equal(langFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }), 'ru');
  });
});
