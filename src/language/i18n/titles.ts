// Rule titles in the user's language. English is the rule's own `title` (docs/rules.md is made
// from it); Russian comes from RU_TITLES, keyed by rule code.
import { Lang, msgLang } from './index';
import { RU_TITLES } from './titles.ru';

const TITLES: Record<Lang, Record<string, string>> = { en: {}, ru: RU_TITLES };

/** The rules' codes that have a title in `lang` besides the rule's own English one. */
export function translatedTitleCodes(lang: Lang): string[] {
  return Object.keys(TITLES[lang] ?? {});
}

/**
 * The title of a rule in `lang` (by default the language of the running analysis or command):
 * the rule's English title for English or when a translation is missing.
 */
export function ruleTitle(rule: { code: string; title: string }, lang: Lang = msgLang()): string {
  if (lang === 'en') return rule.title;
  return TITLES[lang]?.[rule.code] || rule.title;
}
