// The report's languages. Each lives in one module with the same keys (en.ts defines them);
// the language is chosen like the rest of the UI: VS Code's display language in the editor,
// LC_ALL / LC_MESSAGES / LANG on the command line.
import { en, Strings } from './en';
import { ru } from './ru';

export type { Strings } from './en';
export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

const TABLE: Record<Lang, Strings> = { en, ru };

export function strings(lang: Lang): Strings {
  return TABLE[lang];
}

export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}

/** ru for a Russian locale (ru, ru_RU.UTF-8, ru-RU), en otherwise; POSIX order LC_ALL, LC_MESSAGES, LANG. */
export function langFromLocale(locale: string | undefined): Lang {
  return /^ru([_.@-]|$)/i.test(locale ?? '') ? 'ru' : 'en';
}

export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
