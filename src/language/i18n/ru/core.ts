// Russian messages: analysis, links, renaming, variables, files, parser and reader.
// Keyword names, values and keepalived's own log lines stay verbatim (in English).
import type { Messages } from '../en';

/** The English verb suffix 's' is empty when several processes are meant. */
const plural = (suffix: unknown) => suffix === '';

export const ruCore = {
  // analyze.ts
  internalError: (code, message) => `Проверка '${code}' завершилась с ошибкой: ${message}`,

  // features/links.ts
  links: (value) => `Открыть ${value}`,
  links2: (namesLength, names) => `Подключает файлов: ${namesLength} — ${names}`,

  // features/navigation.ts
  navigation: () => `Имя не может быть пустым.`,
  navigation2: () => `Имена в keepalived не могут содержать пробелы, фигурные скобки, кавычки, #, !, $ и обратную косую черту.`,

  // features/variables.ts
  variables: () => `(переменная окружения, имя которой передано параметром)`,
  variables2: () => `(случайное число; 0-32767, если не заданы MIN/MAX)`,

  // fileSystem.ts
  fileSystem: (file) => `'${file}' — не обычный файл`,
  fileSystem2: (file, max) => `'${file}' больше ${max} байт`,
  fileSystem3: (file) => `'${file}' не существует`,

  // parser.ts
  escapedCommentChar: (childText, value) => `keepalived 2.2 читает '\\#' и '\\!' как обычные символы только в global_defs. Эту строку его процессы VRRP/checker/BFD читают из копии файла, в которой экранирование уже превратилось в обычный символ комментария, поэтому они видят только '${childText}'${value}. Заключите значение в двойные кавычки (внутри кавычек '#' и '!' — обычные символы).`,
  escapedCommentChar2: () => ` (а так как строка теперь начинается с символа комментария, в их сообщениях номера следующих строк сдвигаются)`,
  parser: (label) => `открывает '${label}', который нигде не закрыт`,
  parser24: () => `нигде не закрыта`,
  missingCloseBrace: (what, n) => `Эта '{' ${what}; keepalived сообщает "There are ${n} missing '}'s or extra '{'s" в конце файла и считает всё, что идёт после неё, содержимым блока.`,
  parser4: (processes, es) => `${es ? 'процессы' : 'процесс'} keepalived ${processes}`,
  parser5: (s, label, line) => `${plural(s) ? 'пропускают' : 'пропускает'} '${label}' (строка ${line}), считая '{' и '}'; из-за лишней или недостающей скобки внутри этого блока ${plural(s) ? 'они заканчивают' : 'он заканчивает'} пропуск слишком рано и ${plural(s) ? 'читают' : 'читает'} эту строку как конфигурацию верхнего уровня`,
  parser6: (s) => `${plural(s) ? 'читают' : 'читает'} эту строку как конфигурацию верхнего уровня, потому что выше не хватает скобки или есть лишняя`,
  parser25: () => `они заканчивают`,
  parser26: () => `он заканчивает`,
  misreadByOtherProcess: (who, cause, s, message) => `${who} ${cause} и ${plural(s) ? 'сообщают' : 'сообщает'} "${message}".`,
  parser7: (label, line) => `Нет '{' после '${label}' (строка ${line}): keepalived сообщает здесь "Missing '{' at beginning of configuration block", но всё равно читает эту и следующие строки как содержимое блока — до ближайшей '}'.`,
  parser8: (keyword) => `После '${keyword}' нужна '{'`,
  parser9: (label, value) => `В этом месте keepalived насчитывает больше '}', чем '{', и сообщает "Extra '}' found"; эта '}' всё равно закрывает '${label}'${value}.`,
  parser28: () => `, у которого нет '{'`,
  parser10: (after, line) => `'{' после '${after}' (строка ${line})`,
  parser11: (line) => `'{' в строке ${line}`,
  parser12: (what, label) => `keepalived проигнорировал ${what}, поэтому эта '}' закрывает '${label}'; строки после неё читаются на уровень выше (на верхнем уровне большинство ключевых слов тогда неизвестны).`,
  parser13: () => `У этой '}' нет парной '{'; keepalived сообщает "Extra '}' found" и "Unknown keyword '}'" и игнорирует её.`,
  parser14: (after, line) => `Эта '}' должна была закрыть '${after}' (строка ${line}), но keepalived проигнорировал его '{'`,
  parser15: () => `keepalived уже закрыл блок, для которого предназначалась эта '}' (см. более раннюю '}', которая его закрыла)`,
  parser16: (why) => `${why}; на верхнем уровне keepalived читает её как ключевое слово и сообщает "Unknown keyword '}'".`,
  parser17: (keyword) => `keepalived не знает '${keyword}' в этом месте, поэтому игнорирует эту '{' ("Unexpected '{' - ignoring") и читает содержимое блока как часть объемлющего блока; '}' этого блока затем закрывает объемлющий блок.`,
  parser18: (keyword) => `'${keyword}' не принимает блок; keepalived игнорирует эту '{' ("Unexpected '{' - ignoring"), а парная ей '}' закрывает вместо неё объемлющий блок.`,
  parser19: () => `Неожиданная '{'; keepalived игнорирует её ("Unexpected '{' - ignoring"), а парная '}' закрывает вместо неё объемлющий блок.`,
  parser20: (label) => `Файл заканчивается на '${label}' без блока '{ ... }'; keepalived создаёт его пустым.`,
  parser21: (keyword) => `После '${keyword}' должна идти '{'; без неё keepalived (под -t молча) читает следующие строки как элементы списка — до ближайшей '}'.`,
  parser22: (keyword) => `В этом месте keepalived насчитывает больше '}', чем '{', и сообщает "Extra '}' found"; эта '}' всё равно закрывает список '${keyword}'.`,
  parser23: (keyword) => `Списки не бывают вложенными: keepalived читает эту '{' как элемент '${keyword}' (неверный), а ближайшая '}' закрывает список.`,

  // reader.ts
  reader: (abs, message) => `Не удалось прочитать '${abs}': ${message}. keepalived пропускает этот файл.`,
  reader2: () => `Файл начинается с метки порядка байтов UTF-8 (BOM); keepalived считает эти байты частью первого слова, и первое ключевое слово оказывается ему неизвестно. Сохраните файл в UTF-8 без BOM.`,
  reader3: () => `Конфигурация разворачивается в больше строк, чем читает проверка; анализ остановлен здесь.`,
  reader4: () => `В этом определении есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unterminated quote" здесь и ещё раз там, где определение используется.`,
  reader5: () => `В строке есть байты NUL; keepalived игнорирует всю строку ("configuration appears to have embedded NULs").`,
  reader6: () => `В строке есть байт NUL; keepalived 2.2 читает строку только до него и дальше сообщает о каждой находке на строку раньше (эту строку он больше не считает).`,
  reader7: (value) => `В строке есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unterminated quote", хотя потом отбрасывает строку из-за её условия '${value}'.`,
  reader8: (value) => `keepalived 2.2 оставляет '\\' в конце этого комментария отдельным словом${value}. Уберите обратную косую черту (комментарий никогда не продолжается на следующей строке).`,
  reader38: () => `, поэтому сообщает "Unknown keyword '\\'"`,
  reader9: (word) => `'\\' перед комментарием не продолжает строку в keepalived: он читает '${word}' (вместе с обратной косой чертой), а следующую строку — отдельно. Уберите обратную косую черту.`,
  reader10: () => `В строке есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unterminated quote" и отбрасывает текст в кавычках (значения, которое было в кавычках, тогда нет).`,
  reader11: (lastWord) => `'\\' в конце строки не продолжает её в keepalived (продолжаются только определения $NAME=); keepalived читает '${lastWord}\\' как последнее слово, а следующую строку — отдельно. Уберите обратную косую черту и соедините строки.`,
  reader12: (bytes, max, chunk) => `Длина строки — ${bytes} байт; keepalived читает не больше ${max} байт в строке: первые ${chunk} байт он игнорирует ("line too long - ignoring"), а остаток читает как новую строку.`,
  reader13: (bytes, chunk, column) => `Длина строки — ${bytes} байт; keepalived 2.2 читает её кусками по ${chunk} байт и считает каждый кусок отдельной строкой (разрез — в столбце ${column}); о проблемах во всех кусках, кроме последнего, он сообщает с номером предыдущей строки.`,
  reader14: () => `В строке есть открывающая двойная кавычка без закрывающей; keepalived сообщает "Unmatched quote" и отбрасывает текст в кавычках (значения, которое было в кавычках, тогда нет).`,
  reader15: (value, value2) => `'${value}' не определено выше этой строки; keepalived оставляет текст как есть и затем читает его '{' и '}' как скобки блока. Определите $${value2}= выше или уберите ссылку.`,
  reader16: (value, value2, value3) => `'$${value}' не определено выше этой строки; keepalived использует текст '$${value2}' как есть. Определите $${value3}= выше этой строки или напишите значение.`,
  reader17: (name, after, word, name2) => `keepalived подставляет $${name}, только если за ним идёт пробел, ',', ')' или конец строки; здесь идёт '${after}', поэтому '${word}' остаётся как есть. Напишите \${${name2}}.`,
  reader18: (wordsLength) => `\${_ENV NAME} принимает ровно один параметр (имя переменной окружения), а передано ${wordsLength}; keepalived оставляет текст как есть, и его фигурные скобки считаются скобками блока.`,
  reader19: () => `\${_RANDOM [MIN [MAX]]} принимает только числа; keepalived оставляет текст как есть, и его фигурные скобки считаются скобками блока.`,
  reader20: (value) => `\${_RANDOM [MIN [MAX]]} принимает не больше двух чисел; keepalived ${value}.`,
  reader39: () => `2.2 игнорирует остальные`,
  reader40: () => `сообщает "Definition _RANDOM requires between 0 and 2 parameters"`,
  reader21: (word) => `Строка, начинающаяся с ~SEQ или ~LST, для keepalived — последовательность, но '${word}' — это не ~SEQ(, ~SEQx( и не ~LST(; keepalived сообщает "Invalid ~SEQ specification" и игнорирует всю строку.`,
  reader22: () => `У этой ~SEQ/~LST нет закрывающей ')'; keepalived игнорирует строку.`,
  reader23: (max) => `Строки ~SEQ/~LST разворачиваются больше чем в ${max} строк; проверка прекращает их разворачивать здесь.`,
  reader24: () => `~LST нужна переменная и хотя бы одно значение; keepalived игнорирует строку.`,
  reader25: (value) => `В наборе значений ~LST '${value}' значений больше, чем переменных; keepalived игнорирует строку.`,
  reader26: (kind, kind2, kind3, kind4) => `Неверное определение ~${kind}: используйте ~${kind2}(VAR, END), ~${kind3}(VAR, START, END) или ~${kind4}(VAR, START, STEP, END); keepalived игнорирует строку.`,
  reader27: (kind) => `Значения ~${kind} должны быть целыми числами; keepalived игнорирует строку.`,
  reader28: (kind) => `Неверные значения ~${kind}: шаг должен вести от START к END; keepalived игнорирует строку.`,
  reader29: (kind, count, max) => `~${kind} даёт строк: ${count}; проверка разворачивает только первые ${max}.`,
  reader30: (directive) => ` Так как '${directive}' делает это ошибкой, keepalived -t останавливается после первого прочтения конфигурации.`,
  reader31: (miss, stops) => `Подключаемого файла '${miss}' нет; keepalived сообщает "Config files missing" и продолжает без него.${stops}`,
  reader32: (pattern, value, stops) => `Под шаблон '${pattern}' не подходит ни один файл; keepalived ${value}.${stops}`,
  reader41: () => `сообщает "No config files matched"`,
  reader42: () => `молча ничего не подключает (обычный include)`,
  reader33: (target, stops) => `Подключаемого файла '${target}' нет; keepalived продолжает без него.${stops}`,
  reader34: (target, stops) => `'${target}' — каталог; keepalived сообщает об этом и пропускает его.${stops}`,
  reader35: (target, stops) => `'${target}' — не обычный неисполняемый файл; keepalived сообщает об этом и пропускает его.${stops}`,
  reader36: (loop) => `Эти include образуют цикл (${loop}); keepalived подключает файлы снова и снова, пока не кончатся открытые файлы ("Too many open files"), и читает их содержимое сотни раз.`,
  reader37: (max) => `Вложенность include больше ${max}; проверка останавливается здесь.`,
} satisfies Partial<Messages>;
