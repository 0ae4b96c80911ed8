// The command line's own texts (help, usage and I/O errors, the lint summary) in English and
// Russian. Findings come from the language service's catalogue (src/language/i18n); the lint
// output format (file:line:col: severity code: message, JSON, SARIF) never changes, only the
// message text does. The language: --lang, else LC_ALL / LC_MESSAGES / LANG.
import { Lang, msgLang } from '../language/i18n';

type Arg = string | number;

const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const d = n % 10;
  const h = n % 100;
  return d === 1 && h !== 11 ? one : d >= 2 && d <= 4 && (h < 12 || h > 14) ? few : many;
};

const enCli = {
  mainHelp: (commands: Arg) => `Usage: keepalived-lab COMMAND [options] [args]

Commands:
${commands}

Options:
  -h, --help     show this help (or 'keepalived-lab COMMAND --help' for a command)
  -v, --version  print the version
  --lang en|ru   language of messages and help (default from LC_ALL, LC_MESSAGES or LANG:
                 ru* gives Russian); may also be given after the command

Run 'keepalived-lab COMMAND --help' for a command's options.
`,
  noCommand: () => `no command given`,
  unknownCommand: (name: Arg) => `unknown command '${name}'`,
  optionBeforeCommand: (option: Arg) => `unknown option '${option}' (options go after the command)`,
  badLang: (given: Arg) => `--lang must be ru or en (got '${given}')`,
  langNeedsValue: () => `option '--lang' needs a value`,
  usage: (prefix: Arg, message: Arg, hint: Arg) => `${prefix}: ${message}\nRun '${hint}' for usage.\n`,
  internalError: (detail: Arg) => `keepalived-lab: internal error: ${detail}\n`,
  // args.ts
  unknownOption: (option: Arg) => `unknown option '${option}'`,
  optionNeedsValue: (name: Arg) => `option '--${name}' needs a value`,
  optionTakesNoValue: (name: Arg) => `option '--${name}' does not take a value`,
  // lint
  lintSummary: () => `check keepalived.conf files and report problems`,
  lintHelp: () => `Usage: keepalived-lab lint [options] FILE...

Checks keepalived.conf files (and the files they include) and prints what keepalived
would silently do differently from what the file seems to say.

Options:
  --format text|json|sarif     output format (default: text)
                                 text   file:line:col: severity code: message, summary on stderr
                                 json   a JSON array of {file, line, column, endLine, endColumn,
                                        severity, code, message}
                                 sarif  SARIF 2.1.0 (GitHub code scanning)
  --keepalived-version 2.2|2.4 the keepalived version the file is for (default: 2.2, Debian 12)
  --config-id ID               keepalived's config id (-i) for @ID lines (default: this host's name)
  --severity CODE=LEVEL        change a rule's severity; LEVEL is error, warning, information,
                               hint or off (may be given several times)
  --lang en|ru                 language of the messages (default from LC_ALL, LC_MESSAGES or LANG)
  -h, --help                   show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or file problems
(or an internal error of the checker).
Files included by another file on the command line are checked as part of it.
`,
  unknownFormat: (format: Arg) => `unknown format '${format}' (use text, json or sarif)`,
  unsupportedVersion: (version: Arg, versions: Arg) => `unsupported keepalived version '${version}' (use ${versions})`,
  or: () => ` or `,
  configIdEmpty: () => `option '--config-id' needs a non-empty value`,
  noFile: () => `no FILE given`,
  severityExpects: (entry: Arg) => `--severity expects CODE=LEVEL, got '${entry}'`,
  unknownRuleCode: (code: Arg) => `unknown rule code '${code}' in --severity`,
  unknownLevel: (level: Arg, entry: Arg, levels: Arg) => `unknown level '${level}' in --severity ${entry} (use ${levels})`,
  internalErrorChecking: (arg: Arg, detail: Arg) => `keepalived-lab: internal error while checking '${arg}': ${detail}\n`,
  sarifTruncated: (max: Arg, total: Arg) => `keepalived-lab: SARIF output keeps the first ${max} of ${total} findings (GitHub code scanning's limit per run)\n`,
  cannotRead: (arg: Arg, why: Arg) => `cannot read '${arg}': ${why}`,
  isDirectory: (arg: Arg) => `cannot lint '${arg}': it is a directory, not a file`,
  notRegularFile: (arg: Arg) => `cannot lint '${arg}': it is not a regular file`,
  tooLarge: (arg: Arg, size: Arg, max: Arg) => `cannot lint '${arg}': it is ${size} bytes, more than the ${max} bytes the checker reads`,
  noSuchFile: () => `no such file`,
  permissionDenied: () => `permission denied`,
  notADirectory: () => `a part of the path is not a directory`,
  isADirectory: () => `it is a directory, not a file`,
  tooManyLinks: () => `too many symbolic links`,
  summary: (errors: number, warnings: number, files: number) =>
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
};

export type CliMessages = typeof enCli;

const ruCli: CliMessages = {
  mainHelp: (commands) => `Использование: keepalived-lab КОМАНДА [параметры] [аргументы]

Команды:
${commands}

Параметры:
  -h, --help     показать эту справку (или 'keepalived-lab КОМАНДА --help' для команды)
  -v, --version  вывести версию
  --lang en|ru   язык сообщений и справки (по умолчанию из LC_ALL, LC_MESSAGES или LANG:
                 ru* — русский); можно указать и после команды

Параметры команды: 'keepalived-lab КОМАНДА --help'.
`,
  noCommand: () => `не указана команда`,
  unknownCommand: (name) => `неизвестная команда '${name}'`,
  optionBeforeCommand: (option) => `неизвестный параметр '${option}' (параметры пишутся после команды)`,
  badLang: (given) => `--lang принимает en или ru (указано '${given}')`,
  langNeedsValue: () => `параметру '--lang' нужно значение`,
  usage: (prefix, message, hint) => `${prefix}: ${message}\nСправка: '${hint}'.\n`,
  internalError: (detail) => `keepalived-lab: внутренняя ошибка: ${detail}\n`,
  unknownOption: (option) => `неизвестный параметр '${option}'`,
  optionNeedsValue: (name) => `параметру '--${name}' нужно значение`,
  optionTakesNoValue: (name) => `параметр '--${name}' не принимает значения`,
  lintSummary: () => `проверить файлы keepalived.conf и сообщить о проблемах`,
  lintHelp: () => `Использование: keepalived-lab lint [параметры] ФАЙЛ...

Проверяет файлы keepalived.conf (и подключаемые ими файлы) и сообщает, что keepalived
молча сделает не так, как, казалось бы, написано в файле.

Параметры:
  --format text|json|sarif     формат вывода (по умолчанию text)
                                 text   file:line:col: severity code: message, итог в stderr
                                 json   массив JSON из {file, line, column, endLine, endColumn,
                                        severity, code, message}
                                 sarif  SARIF 2.1.0 (GitHub code scanning)
  --keepalived-version 2.2|2.4 версия keepalived, для которой файл (по умолчанию 2.2, Debian 12)
  --config-id ID               config id keepalived (-i) для строк @ID (по умолчанию имя этого хоста)
  --severity CODE=LEVEL        изменить важность правила; LEVEL — error, warning, information,
                               hint или off (можно указать несколько раз)
  --lang en|ru                 язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)
  -h, --help                   показать эту справку

Код выхода: 0 — ошибок нет (предупреждения допустимы), 1 — найдены ошибки, 2 — ошибка
в командной строке или с файлом (или внутренняя ошибка проверки).
Файлы, которые подключает другой файл из командной строки, проверяются как его часть.
`,
  unknownFormat: (format) => `неизвестный формат '${format}' (используйте text, json или sarif)`,
  unsupportedVersion: (version, versions) => `версия keepalived '${version}' не поддерживается (используйте ${versions})`,
  or: () => ` или `,
  configIdEmpty: () => `параметру '--config-id' нужно непустое значение`,
  noFile: () => `не указан ФАЙЛ`,
  severityExpects: (entry) => `--severity ожидает CODE=LEVEL, указано '${entry}'`,
  unknownRuleCode: (code) => `неизвестный код правила '${code}' в --severity`,
  unknownLevel: (level, entry, levels) => `неизвестный уровень '${level}' в --severity ${entry} (используйте ${levels})`,
  internalErrorChecking: (arg, detail) => `keepalived-lab: внутренняя ошибка при проверке '${arg}': ${detail}\n`,
  sarifTruncated: (max, total) => `keepalived-lab: в выводе SARIF оставлены первые ${max} из ${total} находок (ограничение GitHub code scanning на один запуск)\n`,
  cannotRead: (arg, why) => `не удаётся прочитать '${arg}': ${why}`,
  isDirectory: (arg) => `не удаётся проверить '${arg}': это каталог, а не файл`,
  notRegularFile: (arg) => `не удаётся проверить '${arg}': это не обычный файл`,
  tooLarge: (arg, size, max) => `не удаётся проверить '${arg}': размер ${size} байт, больше ${max} байт, которые читает проверка`,
  noSuchFile: () => `файла нет`,
  permissionDenied: () => `доступ запрещён`,
  notADirectory: () => `часть пути — не каталог`,
  isADirectory: () => `это каталог, а не файл`,
  tooManyLinks: () => `слишком много символических ссылок`,
  summary: (errors, warnings, files) =>
    `${errors} ${ruPlural(errors, 'ошибка', 'ошибки', 'ошибок')}, ${warnings} ${ruPlural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')} в ${files} ${files % 10 === 1 && files % 100 !== 11 ? 'файле' : 'файлах'}`,
};

export const CLI_MESSAGES: Record<Lang, CliMessages> = { en: enCli, ru: ruCli };

/** The command line's texts in the language of this run. */
export function cliMsg(): CliMessages {
  return CLI_MESSAGES[msgLang()];
}
