// Russian messages: analysis, links, renaming, variables, files, parser and reader.
// Keyword names, values and keepalived's own log lines stay verbatim (in English).
import type { Messages } from '../en';

/** The English verb suffix 's' is empty when several processes are meant. */
const plural = (suffix: unknown) => suffix === '';

export const ruCore = {
  // analyze.ts
  internalError: (code, message) => `Проверка '${code}' завершилась с ошибкой: ${message}`,

  // features/links.ts
  openIncludedFile: (value) => `Открыть ${value}`,
  includeReadsFiles: (namesLength, names) => `Подключает файлов: ${namesLength} — ${names}`,

  // features/navigation.ts
  emptyName: () => `Имя не может быть пустым.`,
  invalidNameCharacters: () => `Имена в keepalived не могут содержать пробелы, фигурные скобки, кавычки, #, !, $ и обратную косую черту.`,

  // features/variables.ts
  envVariableDescription: () => `(переменная окружения, имя которой передано параметром)`,
  randomNumberDescription: () => `(случайное число; 0-32767, если не заданы MIN/MAX)`,

  // fileSystem.ts
  notRegularFile: (file) => `'${file}' — не обычный файл`,
  fileTooLarge: (file, max) => `'${file}' больше ${max} байт`,
  fileDoesNotExist: (file) => `'${file}' не существует`,

  // parser.ts
  escapedCommentChar: (childText, value) => `keepalived 2.2 читает '\\#' и '\\!' как обычные символы только в global_defs. Эту строку его процессы VRRP/checker/BFD читают из копии файла, в которой экранирование уже превратилось в обычный символ комментария, поэтому они видят только '${childText}'${value}. Заключите значение в двойные кавычки (внутри кавычек '#' и '!' — обычные символы).`,
  escapedCommentCharMisnumbersLines: () => ` (а так как строка теперь начинается с символа комментария, в их сообщениях номера следующих строк сдвигаются)`,
  blockNeverClosedOpens: (label) => `открывает '${label}', который нигде не закрыт`,
  blockNeverClosed: () => `нигде не закрыта`,
  missingCloseBrace: (what, n) => `Эта '{' ${what}; keepalived сообщает "There are ${n} missing '}'s or extra '{'s" в конце файла и считает всё, что идёт после неё, содержимым блока.`,
  keepalivedProcesses: (processes, es) => `${es ? 'процессы' : 'процесс'} keepalived ${processes}`,
  processesSkipBlockTooEarly: (s, label, line) => `${plural(s) ? 'пропускают' : 'пропускает'} '${label}' (строка ${line}), считая '{' и '}'; из-за лишней или недостающей скобки внутри этого блока ${plural(s) ? 'они заканчивают' : 'он заканчивает'} пропуск слишком рано и ${plural(s) ? 'читают' : 'читает'} эту строку как конфигурацию верхнего уровня`,
  processesReadAsTopLevel: (s) => `${plural(s) ? 'читают' : 'читает'} эту строку как конфигурацию верхнего уровня, потому что выше не хватает скобки или есть лишняя`,
  processesStop: () => `они заканчивают`,
  processStops: () => `он заканчивает`,
  misreadByOtherProcess: (who, cause, s, message) => `${who} ${cause} и ${plural(s) ? 'сообщают' : 'сообщает'} "${message}".`,
  missingOpenBraceAfterBlock: (label, line) => `Нет '{' после '${label}' (строка ${line}): keepalived сообщает здесь "Missing '{' at beginning of configuration block", но всё равно читает эту и следующие строки как содержимое блока — до ближайшей '}'.`,
  openBraceNeeded: (keyword) => `После '${keyword}' нужна '{'`,
  extraCloseBraceStillEndsBlock: (label, value) => `В этом месте keepalived насчитывает больше '}', чем '{', и сообщает "Extra '}' found"; эта '}' всё равно закрывает '${label}'${value}.`,
  whoseOpenBraceIsMissing: () => `, у которого нет '{'`,
  openBraceAfterKeyword: (after, line) => `'{' после '${after}' (строка ${line})`,
  openBraceOnLine: (line) => `'{' в строке ${line}`,
  closeBraceClosesOuterBlock: (what, label) => `keepalived проигнорировал ${what}, поэтому эта '}' закрывает '${label}'; строки после неё читаются на уровень выше (на верхнем уровне большинство ключевых слов тогда неизвестны).`,
  unmatchedCloseBrace: () => `У этой '}' нет парной '{'; keepalived сообщает "Extra '}' found" и "Unknown keyword '}'" и игнорирует её.`,
  closeBraceMeantForIgnoredBlock: (after, line) => `Эта '}' должна была закрыть '${after}' (строка ${line}), но keepalived проигнорировал его '{'`,
  closeBraceBlockAlreadyClosed: () => `keepalived уже закрыл блок, для которого предназначалась эта '}' (см. более раннюю '}', которая его закрыла)`,
  closeBraceReadAsTopLevelKeyword: (why) => `${why}; на верхнем уровне keepalived читает её как ключевое слово и сообщает "Unknown keyword '}'".`,
  unknownKeywordOpenBraceIgnored: (keyword) => `keepalived не знает '${keyword}' в этом месте, поэтому игнорирует эту '{' ("Unexpected '{' - ignoring") и читает содержимое блока как часть объемлющего блока; '}' этого блока затем закрывает объемлющий блок.`,
  keywordTakesNoBlock: (keyword) => `'${keyword}' не принимает блок; keepalived игнорирует эту '{' ("Unexpected '{' - ignoring"), а парная ей '}' закрывает вместо неё объемлющий блок.`,
  unexpectedOpenBrace: () => `Неожиданная '{'; keepalived игнорирует её ("Unexpected '{' - ignoring"), а парная '}' закрывает вместо неё объемлющий блок.`,
  blockAtEndOfFileWithoutBraces: (label) => `Файл заканчивается на '${label}' без блока '{ ... }'; keepalived создаёт его пустым.`,
  listNeedsOpenBrace: (keyword) => `После '${keyword}' должна идти '{'; без неё keepalived (под -t молча) читает следующие строки как элементы списка — до ближайшей '}'.`,
  extraCloseBraceEndsList: (keyword) => `В этом месте keepalived насчитывает больше '}', чем '{', и сообщает "Extra '}' found"; эта '}' всё равно закрывает список '${keyword}'.`,
  nestedListBrace: (keyword) => `Списки не бывают вложенными: keepalived читает эту '{' как элемент '${keyword}' (неверный), а ближайшая '}' закрывает список.`,

  // reader.ts
  includeUnreadable: (abs, message) => `Не удалось прочитать '${abs}': ${message}. keepalived пропускает этот файл.`,
  byteOrderMark: () => `Файл начинается с метки порядка байтов UTF-8 (BOM); keepalived считает эти байты частью первого слова, и первое ключевое слово оказывается ему неизвестно. Сохраните файл в UTF-8 без BOM.`,
  expansionLineLimit: () => `Конфигурация разворачивается в больше строк, чем читает проверка; анализ остановлен здесь.`,
  unterminatedQuoteInDefinition: () => `В этом определении есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unterminated quote" здесь и ещё раз там, где определение используется.`,
  embeddedNulBytes: () => `В строке есть байты NUL; keepalived игнорирует всю строку ("configuration appears to have embedded NULs").`,
  nulByteTruncatesLine: () => `В строке есть байт NUL; keepalived 2.2 читает строку только до него и дальше сообщает о каждой находке на строку раньше (эту строку он больше не считает).`,
  unterminatedQuoteInDroppedLine: (value) => `В строке есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unterminated quote", хотя потом отбрасывает строку из-за её условия '${value}'.`,
  backslashEndingComment: (value) => `keepalived 2.2 оставляет '\\' в конце этого комментария отдельным словом${value}. Уберите обратную косую черту (комментарий никогда не продолжается на следующей строке).`,
  backslashReportedUnknown: () => `, поэтому сообщает "Unknown keyword '\\'"`,
  backslashBeforeComment: (word) => `'\\' перед комментарием не продолжает строку в keepalived: он читает '${word}' (вместе с обратной косой чертой), а следующую строку — отдельно. Уберите обратную косую черту.`,
  unterminatedQuote: () => `В строке есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unterminated quote" и отбрасывает текст в кавычках (значения, которое было в кавычках, тогда нет).`,
  backslashLineContinuation: (lastWord) => `'\\' в конце строки не продолжает её в keepalived (продолжаются только определения $NAME=); keepalived читает '${lastWord}\\' как последнее слово, а следующую строку — отдельно. Уберите обратную косую черту и соедините строки.`,
  lineTooLong: (bytes, max, chunk) => `Длина строки — ${bytes} байт; keepalived читает не больше ${max} байт в строке: первые ${chunk} байт он игнорирует ("line too long - ignoring"), а остаток читает как новую строку.`,
  lineReadInPieces: (bytes, chunk, column) => `Длина строки — ${bytes} байт; keepalived 2.2 читает её кусками по ${chunk} байт и считает каждый кусок отдельной строкой (разрез — в столбце ${column}); о проблемах во всех кусках, кроме последнего, он сообщает с номером предыдущей строки.`,
  unmatchedQuote: () => `В строке есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unmatched quote" и отбрасывает текст в кавычках (значения, которое было в кавычках, тогда нет).`,
  undefinedDefinitionWithBraces: (value, value2) => `'${value}' не определено выше этой строки; keepalived оставляет текст как есть и затем читает его '{' и '}' как скобки блока. Определите $${value2}= выше или уберите ссылку.`,
  undefinedDefinition: (value, value2, value3) => `'$${value}' не определено выше этой строки; keepalived использует текст '$${value2}' как есть. Определите $${value3}= выше этой строки или напишите значение.`,
  definitionNameFollowedByText: (name, after, word, name2) => `keepalived подставляет $${name}, только если за ним идёт пробел, ',', ')' или конец строки; здесь идёт '${after}', поэтому '${word}' остаётся как есть. Напишите \${${name2}}.`,
  envParameterCount: (wordsLength) => `\${_ENV NAME} принимает ровно один параметр (имя переменной окружения), а передано ${wordsLength}; keepalived оставляет текст как есть, и его фигурные скобки считаются скобками блока.`,
  randomNonNumericParameters: () => `\${_RANDOM [MIN [MAX]]} принимает только числа; keepalived оставляет текст как есть, и его фигурные скобки считаются скобками блока.`,
  randomTooManyParameters: (value) => `\${_RANDOM [MIN [MAX]]} принимает не больше двух чисел; keepalived ${value}.`,
  randomIgnoresRest: () => `2.2 игнорирует остальные`,
  randomReportsParameterCount: () => `сообщает "Definition _RANDOM requires between 0 and 2 parameters"`,
  invalidSeqSpecification: (word) => `Строка, начинающаяся с ~SEQ или ~LST, для keepalived — последовательность, но '${word}' — это не ~SEQ(, ~SEQx( и не ~LST(; keepalived сообщает "Invalid ~SEQ specification" и игнорирует всю строку.`,
  seqMissingCloseParen: () => `У этой ~SEQ/~LST нет закрывающей ')'; keepalived игнорирует строку.`,
  seqExpansionLineLimit: (max) => `Строки ~SEQ/~LST разворачиваются больше чем в ${max} строк; проверка прекращает их разворачивать здесь.`,
  lstNeedsVariableAndValue: () => `~LST нужна переменная и хотя бы одно значение; keepalived игнорирует строку.`,
  lstTooManyValues: (value) => `В наборе значений ~LST '${value}' значений больше, чем переменных; keepalived игнорирует строку.`,
  invalidSeqDefinition: (kind, kind2, kind3, kind4) => `Неверное определение ~${kind}: используйте ~${kind2}(VAR, END), ~${kind3}(VAR, START, END) или ~${kind4}(VAR, START, STEP, END); keepalived игнорирует строку.`,
  seqValuesNotIntegers: (kind) => `Значения ~${kind} должны быть целыми числами; keepalived игнорирует строку.`,
  seqStepWrongDirection: (kind) => `Неверные значения ~${kind}: шаг должен вести от START к END; keepalived игнорирует строку.`,
  seqTooManyLines: (kind, count, max) => `~${kind} даёт строк: ${count}; проверка разворачивает только первые ${max}.`,
  includeDirectiveStopsCheck: (directive) => ` Так как '${directive}' делает это ошибкой, keepalived -t останавливается после первого прочтения конфигурации.`,
  includedFileMissing: (miss, stops) => `Подключаемого файла '${miss}' нет; keepalived сообщает "Config files missing" и продолжает без него.${stops}`,
  includePatternMatchesNothing: (pattern, value, stops) => `Под шаблон '${pattern}' не подходит ни один файл; keepalived ${value}.${stops}`,
  noConfigFilesMatched: () => `сообщает "No config files matched"`,
  plainIncludeMatchesNothing: () => `молча ничего не подключает (обычный include)`,
  includedFileMissingSilently: (target, stops) => `Подключаемого файла '${target}' нет; keepalived продолжает без него.${stops}`,
  includedFileIsDirectory: (target, stops) => `'${target}' — каталог; keepalived сообщает об этом и пропускает его.${stops}`,
  includedFileNotRegular: (target, stops) => `'${target}' — не обычный неисполняемый файл; keepalived сообщает об этом и пропускает его.${stops}`,
  includeLoop: (loop) => `Эти include образуют цикл (${loop}); keepalived подключает файлы снова и снова, пока не кончатся открытые файлы ("Too many open files"), и читает их содержимое сотни раз.`,
  includeTooDeep: (max) => `Вложенность include больше ${max}; проверка останавливается здесь.`,
} satisfies Partial<Messages>;
