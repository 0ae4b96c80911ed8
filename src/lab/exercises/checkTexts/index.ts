// The walkthrough steps' check and explanation texts by language (en is the reference).
import type { Lang } from '../../../language/i18n';
import { CheckStrings, en } from './en';
import { ru } from './ru';

export type { CheckStrings } from './en';

export const CHECK_TEXTS: Record<Lang, CheckStrings> = { en, ru };

export function checkTexts(lang: Lang | undefined): CheckStrings {
  return CHECK_TEXTS[lang ?? 'en'];
}
