// Phrases that many Russian keyword notes share (as the English notes of the schema do).

/** A yes/no keyword: the word is optional. */
export const BOOL = 'Необязательное слово true/false; ключевое слово без него означает true.';

/** Seconds with a fraction, microsecond resolution. */
export const SECONDS = 'Секунды, можно с дробной частью (до 6 знаков, точность — микросекунда).';

/** A notify-style script: command, then optional user and group. */
export const SCRIPT =
  'Первое слово — команда; если у неё есть аргументы, вся команда должна быть одной строкой в кавычках. ' +
  "Необязательные 2-е и 3-е слова — пользователь и группа, от которых её запускать (по умолчанию script_user, иначе 'keepalived_script', если такой пользователь есть, иначе root).";

/** A second copy of a notify script is ignored. */
export const SECOND_IGNORED = 'Второй такой скрипт игнорируется с ошибкой.';

/** Words after the block's NAME are ignored, a missing NAME stops keepalived. */
export const NAME_REQUIRED = 'Слова после NAME игнорируются; без NAME — фатальная ошибка (код выхода 2).';
