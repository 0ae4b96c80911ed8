// Languages of the language service (and, re-exported, of the lab report and the CLI).
// The language is chosen like the rest of the UI: the editor's display language (LSP
// InitializeParams.locale), `--lang` or LC_ALL / LC_MESSAGES / LANG on the command line.
//
// Messages are produced in the chosen language while the analysis runs: analyze() and the
// features call withLang(), and rules, reader and parser read msg() - all synchronously, so the
// current catalogue is simply the one of the analysis (or feature call) on the stack.
import { en, Messages } from './en';
import { ru } from './ru';

export type { Messages, Arg } from './en';
export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

const CATALOGUES: Record<Lang, Messages> = { en, ru };

export function isLang(x: string): x is Lang {
  return (LANGS as readonly string[]).includes(x);
}

/** ru for a Russian locale (ru, ru_RU.UTF-8, ru-RU, ru@…), en otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return /^ru([_.@-]|$)/i.test(locale ?? '') ? 'ru' : 'en';
}

/** The language of a POSIX environment: LC_ALL, then LC_MESSAGES, then LANG. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** The messages of one language. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang] ?? en;
}

let current: Messages = en;
let currentLang: Lang = 'en';

/** The language of the analysis or feature call that is running. */
export function msgLang(): Lang {
  return currentLang;
}

/** The messages of the analysis or feature call that is running (English outside of one). */
export function msg(): Messages {
  return current;
}

/**
 * Sets the language outside of any withLang() call, for a whole command-line run (whose
 * commands are asynchronous); returns a function that restores the previous one.
 */
export function setProcessLang(lang: Lang): () => void {
  const previous = current;
  const previousLang = currentLang;
  currentLang = isLang(lang) ? lang : 'en';
  current = messages(currentLang);
  return () => {
    current = previous;
    currentLang = previousLang;
  };
}

/** Runs `fn` with messages in `lang` (nested calls restore the outer language afterwards). */
export function withLang<T>(lang: Lang | undefined, fn: () => T): T {
  const previous = current;
  const previousLang = currentLang;
  currentLang = lang && isLang(lang) ? lang : 'en';
  current = messages(currentLang);
  try {
    return fn();
  } finally {
    current = previous;
    currentLang = previousLang;
  }
}
