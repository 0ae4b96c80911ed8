// The report's languages. Each lives in one module with the same keys (en.ts defines them);
// the language is chosen like the rest of the UI: VS Code's display language in the editor,
// LC_ALL / LC_MESSAGES / LANG on the command line.
import { en, Strings } from './en';
import { ru } from './ru';
import { Lang } from '../../../language/i18n';

export type { Strings } from './en';

// The languages and how a locale maps to one are the language service's (one definition).
export { LANGS, isLang, langFromEnv, langFromLocale } from '../../../language/i18n';
export type { Lang } from '../../../language/i18n';

const TABLE: Record<Lang, Strings> = { en, ru };

export function strings(lang: Lang): Strings {
  return TABLE[lang];
}
