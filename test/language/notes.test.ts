// The keyword notes and rule titles a Russian editor or CLI shows: every schema keyword that has
// an English note has a Russian one (and no Russian note names a keyword the schema lacks), and
// every rule has a title in both languages; SARIF under --lang ru describes the rules in Russian.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, analyze, hover } from '../../src/language';
import { RU_NOTES } from '../../src/language/i18n/ru/notes';
import { RU_ITEM_NOTES } from '../../src/language/i18n/ru/notes/items';
import { ruleTitle, translatedTitleCodes } from '../../src/language/i18n/titles';
import { withLang } from '../../src/language/i18n';
import { sarifFormatter } from '../../src/cli/format/sarif';
import type { LintReport } from '../../src/cli/format/report';
import { REPO } from '../support/fixtures';

const CYRILLIC = /[а-яё]/i;
/** Latin words in a Russian text that are not keepalived's own words: a sign of an untranslated sentence. */
const ENGLISH_PROSE = /\b(the|and|with|which|when|is|are|not|for|this|that|of)\b/;

interface RawKw { notes?: string; item?: { notes?: string }; keywords?: Record<string, RawKw> }

/** path -> English note of every keyword in the schema (path as hover looks it up: a/b/c), or of its list entries. */
function schemaNotes(which: 'notes' | 'item' = 'notes'): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const walk = (t: Record<string, RawKw>, p: string[]) => {
    for (const [name, kw] of Object.entries(t)) {
      const key = [...p, name].join('/');
      out.set(key, which === 'notes' ? kw.notes : kw.item?.notes);
      if (kw.keywords) walk(kw.keywords, [...p, name]);
    }
  };
  walk(JSON.parse(fs.readFileSync(path.join(REPO, 'src', 'language', 'schema', 'keywords.json'), 'utf8')).root, []);
  return out;
}

/** Strips what a note quotes verbatim (keepalived's messages in '...' or "...", `code`). */
function prose(s: string): string {
  return s.replace(/'[^']*'/g, '').replace(/"[^"]*"/g, '').replace(/`[^`]*`/g, '');
}

describe('language: Russian keyword notes', () => {
  const schema = schemaNotes();

  it('every schema keyword with an English note has a Russian note', () => {
    const missing = [...schema].filter(([k, en]) => en && !RU_NOTES[k]).map(([k]) => k);
    assert.deepEqual(missing, []);
  });

  it('every Russian note names a keyword of the schema that has an English note', () => {
    assert.deepEqual(Object.keys(RU_NOTES).filter((k) => !schema.get(k)), []);
  });

  it('Russian notes are Russian: not empty, not the English note, Cyrillic prose, no English sentence', () => {
    const bad: string[] = [];
    for (const [k, ru] of Object.entries(RU_NOTES)) {
      const en = schema.get(k);
      if (!ru.trim() || ru.trim() === en?.trim() || !CYRILLIC.test(prose(ru)) || ENGLISH_PROSE.test(prose(ru))) bad.push(k);
    }
    assert.deepEqual(bad, []);
  });

  it('hover shows the Russian note of a checker field in a Russian analysis, the English one otherwise', () => {
    const text = 'virtual_server 203.0.113.10 80 {\n  lb_algo rr\n  real_server 203.0.113.11 80 {\n    HTTP_GET {\n      url {\n        path /\n        status_code 200\n      }\n    }\n  }\n}\n';
    const a = analyze('/virtual/k.conf', text, { lang: 'ru' });
    const h = hover(a, { line: 5, character: 9 });
    const value = (h?.contents as { value: string }).value;
    assert.equal(value.includes(RU_NOTES['virtual_server/real_server/HTTP_GET/url/path']), true, value);
    const en = hover(analyze('/virtual/k.conf', text, {}), { line: 5, character: 9 });
    assert.equal((en?.contents as { value: string }).value.includes(schema.get('virtual_server/real_server/HTTP_GET/url/path')!), true);
  });
});

describe('language: Russian notes on list entries', () => {
  const schema = schemaNotes('item');

  it('every list keyword whose entries have an English note has a Russian one, and no other', () => {
    assert.deepEqual([...schema].filter(([k, en]) => en && !RU_ITEM_NOTES[k]).map(([k]) => k), []);
    assert.deepEqual(Object.keys(RU_ITEM_NOTES).filter((k) => !schema.get(k)), []);
    for (const [k, ru] of Object.entries(RU_ITEM_NOTES)) {
      assert.ok(ru.trim() && ru !== schema.get(k), k);
      assert.match(prose(ru), CYRILLIC, k);
      assert.doesNotMatch(prose(ru), ENGLISH_PROSE, k);
    }
  });

  it('hover on virtual_ipaddress shows the entries\' note in the analysis\' language', () => {
    const text = 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  virtual_ipaddress {\n    203.0.113.10/24\n  }\n}\n';
    const at = { line: 3, character: 4 };
    const ru = (hover(analyze('/virtual/k.conf', text, { lang: 'ru' }), at)?.contents as { value: string }).value;
    assert.ok(ru.includes(RU_ITEM_NOTES['vrrp_instance/virtual_ipaddress']), ru);
    assert.ok(!ru.includes(schema.get('vrrp_instance/virtual_ipaddress')!), ru);
    const en = (hover(analyze('/virtual/k.conf', text, {}), at)?.contents as { value: string }).value;
    assert.ok(en.includes(schema.get('vrrp_instance/virtual_ipaddress')!), en);
  });

  it('a deprecated keyword is marked in the analysis\' language', () => {
    const text = 'global_defs {\n  lvs_flush_onstop\n}\n';
    const at = { line: 1, character: 4 };
    const ru = (hover(analyze('/virtual/k.conf', text, { lang: 'ru' }), at)?.contents as { value: string }).value;
    const en = (hover(analyze('/virtual/k.conf', text, {}), at)?.contents as { value: string }).value;
    assert.match(en, /\*\*Deprecated\*\*/);
    assert.match(ru, /\*\*Устарело\*\*/);
    assert.doesNotMatch(ru, /Deprecated/);
  });
});

describe('language: rule titles in English and Russian', () => {
  it('every rule has an English title (its own) and a Russian one; no Russian title for an unknown code', () => {
    const codes = new Set(RULES.map((r) => r.code));
    assert.deepEqual(translatedTitleCodes('ru').filter((c) => !codes.has(c)), []);
    for (const rule of RULES) {
      assert.equal(ruleTitle(rule, 'en'), rule.title);
      const ru = ruleTitle(rule, 'ru');
      assert.ok(ru.trim(), rule.code);
      assert.notEqual(ru, rule.title, `${rule.code}: no Russian title`);
      assert.match(prose(ru), CYRILLIC, rule.code);
      assert.doesNotMatch(prose(ru), ENGLISH_PROSE, rule.code);
    }
  });

  it('the title follows the running language', () => {
    const rule = RULES.find((r) => r.code === 'vrid-required')!;
    assert.equal(withLang('ru', () => ruleTitle(rule)), 'Экземпляр VRRP без правильного virtual_router_id.');
    assert.equal(withLang('en', () => ruleTitle(rule)), rule.title);
  });

  it('SARIF describes the rules in the language of the run', () => {
    const report: LintReport = { rules: RULES, diagnostics: [], cwd: REPO, fileCount: 0, color: false };
    const driver = (s: string) => (JSON.parse(s) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help?: { text: string } }[] } } }[] }).runs[0].tool.driver.rules;
    const ru = driver(withLang('ru', () => sarifFormatter.format(report)));
    const en = driver(withLang('en', () => sarifFormatter.format(report)));
    assert.equal(ru.length, RULES.length);
    for (const [i, rule] of RULES.entries()) {
      assert.equal(ru[i].shortDescription.text, ruleTitle(rule, 'ru'));
      assert.equal(en[i].shortDescription.text, rule.title);
      if (rule.example) assert.match(ru[i].help!.text, /\n\nПример:\n/);
    }
  });
});
