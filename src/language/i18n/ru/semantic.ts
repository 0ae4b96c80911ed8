// Russian messages: auth_pass, extra arguments and the semantic rules (instances, scripts,
// virtual servers). keepalived's own log lines stay verbatim in English, in quotes.
import type { Messages } from '../en';

/** The words a vrrp_family_mismatch finding names (the rule passes keepalived's list kinds). */
const FAMILY_WHAT: Record<string, string> = { VIP: 'VIP', 'unicast peer': 'адрес unicast_peer', 'source address': 'адрес источника' };

export const ruSemantic = {
  // rules/authPass.ts
  authPassTruncated: (length, effective) => `auth_pass длиной ${length} символов; keepalived использует только первые 8 ('${effective}') и сообщает "Truncating auth_pass to 8 characters". Директоры по-прежнему совпадут, если обрезают одинаково, но лишние символы не добавляют никакой защиты.`,
  shortenAuthPass: (effective) => `Сократить до '${effective}' (то, что использует keepalived)`,

  // rules/extraArguments.ts
  priorityExtraArguments: (value, extraText, value2) => `keepalived читает только 'priority ${value}' и молча игнорирует '${extraText}'. Если у другого директора такой же приоритет, оба используют ${value2}, и MASTER станет тот, у кого IP-адрес больше. Задайте каждому директору одно число (например, 150 здесь и 100 на другом).`,
  keywordTakesNoValue: (name, extraText, value) => `'${name}' не принимает значения; keepalived игнорирует '${extraText}'${value}.`,
  extraArgumentsReported: () => ` и сообщает об этом`,
  extraArgumentsSilent: () => ` без сообщения`,
  tooManyValues: (name, value, syntax, value2, value3, extraText) => `'${name}' принимает ${value} (${syntax}); keepalived использует '${value2}' и ${value3} '${extraText}'.`,
  oneValue: () => `одно значение`,
  silentlyIgnores: () => `молча игнорирует`,
  atMostWords: (max) => `не больше ${max} слов`,
  removeExtraArguments: (extra) => `Удалить '${extra}' (keepalived это игнорирует)`,
  usePriorityInstead: (other, value) => `Использовать priority ${other} вместо ${value}`,

  // rules/semantic/authConflict.ts
  authConflictPrintedAfterParsing: (name) => `keepalived выводит это для ${name} после разбора`,
  vrrpV3NoAuthentication: (name, value, name2) => `(${name}) использует VRRP версии 3${value}, в которой нет аутентификации; keepalived сообщает "(${name2}) VRRP version 3 does not support authentication. Ignoring." и отправляет объявления без неё.`,
  ipv6AlwaysVersion3: () => ` (для IPv6 — всегда)`,
  authenticationWithoutPass: (name, name2) => `(${name}) в authentication не задан auth_pass; keepalived сообщает "(${name2}) Authentication specified but no password given. Ignoring".`,
  ahAuthenticationWithIpv6: (name, name2) => `(${name}) аутентификация AH не работает с IPv6; keepalived сообщает "(${name2}) Cannot use AH authentication with IPv6. ignoring".`,
  ahAuthenticationInitialMaster: (name, name2) => `(${name}) При аутентификации AH не-владелец адреса должен сначала услышать объявление, чтобы узнать порядковый номер, поэтому он не может стартовать как MASTER; keepalived сообщает "(${name2}) Initial state master is incompatible with AH authentication - clearing" и стартует как BACKUP.`,
  removeAuthenticationBlock: () => `Удалить блок authentication (keepalived его игнорирует)`,

  // rules/semantic/duplicateName.ts
  duplicateVrrpInstanceSkipped: () => `пропускает весь этот блок`,
  duplicateSyncGroupSkipped: () => `пропускает весь этот блок`,
  duplicateTrackGroupSkipped: () => `пропускает весь этот блок`,
  duplicateTrackScriptNeverRun: () => `сохраняет оба, но каждый track_script находит первый, поэтому этот скрипт проверки никогда не запускается`,
  duplicateBfdInstanceIgnored: () => `игнорирует весь этот блок`,
  duplicateTrackProcessNeverUsed: () => `сохраняет оба, но каждый track_process находит первый, поэтому этот никогда не используется`,
  duplicateNeverUsed: () => `сохраняет оба, но любая ссылка находит первый, поэтому этот никогда не используется`,
  duplicateVsGroupNeverUsed: () => `сохраняет оба, но \`virtual_server group\` находит первый, поэтому этот никогда не используется`,
  nameAlreadyDefined: (label, name, line, effect, value2) => `${label} '${name}' уже определён (строка ${line}); keepalived ${effect}${value2}. Переименуйте или объедините их.`,
  duplicateReportedAs: (kind) => ` и сообщает "${kind}"`,
  duplicateWithoutMessage: () => ` без сообщения`,
  firstDefinition: () => `первое определение`,
  renameTo: (rename) => `Переименовать в '${rename}'`,
  removeDuplicateRealServer: () => `Удалить этот повторный real_server (keepalived его отбрасывает)`,
  duplicateVirtualServer: (value, line) => `virtual_server ${value} уже определён (строка ${line}) с тем же протоколом; keepalived -t принимает это без сообщения, но оба блока описывают одну и ту же службу IPVS. Соберите все реальные серверы в одном блоке.`,
  firstVirtualServerDefinition: () => `первое определение`,
  duplicateRealServer: (value, line, formatVs, textV, proto, value3) => `real_server ${value} уже есть в этом virtual_server (строка ${line}); keepalived сообщает "VS ${formatVs}: real server [${textV}]:${proto}:${value3} is duplicated - removing second rs" и отбрасывает этот вместе с его проверками.`,
  realServerFirstListed: () => `впервые указан здесь`,

  // rules/semantic/duplicateVrid.ts
  duplicateVrid: (name, name2, vrid, fam, value, said) => `${name} и ${name2} используют один и тот же virtual_router_id ${vrid} для IPv${fam} на ${value}; каждый принимал бы объявления другого за свои, поэтому keepalived сообщает "${said}" и не запускает VRRP. Дайте одному из них другой id (на обоих директорах).`,
  sameSource: () => `том же источнике`,
  usesSameVrid: (name) => `${name} использует тот же id`,
  changeToUnusedVrid: (free) => `Заменить на свободный id ${free}`,

  // rules/semantic/groupListRepeated.ts
  emptyGroupList: (kind, name, value) => `Этот список group пуст; keepalived сообщает "Warning - ${kind} ${name} has empty group block" и игнорирует его${value}. Удалите его.`,
  membersFromListAt: (line) => ` (участники берутся из списка в строке ${line})`,
  groupListAlreadySpecified: (keyword, name, line, name2, keyword2) => `У ${keyword} ${name} уже есть список group (строка ${line}); keepalived сообщает "Group list already specified for sync group ${name2}", игнорирует этот список, а его '}' закрывает весь ${keyword2}, так что остаток блока читается на верхнем уровне. Перечислите всех участников в одном списке group { }.`,
  groupListUsed: () => `список group, который использует keepalived`,
  syncGroupAlreadyClosed: (keyword, name, line) => `${keyword} ${name} уже закрыт в строке ${line}`,
  lineReadAtTopLevel: (where, word) => `${where} (скобкой '}' отвергнутого списка group), поэтому keepalived читает эту строку на верхнем уровне, сообщает "Unknown keyword '${word}'" и игнорирует её.`,
  closeBraceClosesNothing: (where) => `Эта '}' уже ничего не закрывает: ${where} (скобкой '}' отвергнутого списка group), поэтому keepalived сообщает "Unknown keyword '}'".`,

  // rules/semantic/preemptIgnored.ts
  preemptPrintedAfterParsing: (name) => `keepalived выводит это для ${name} после разбора`,
  nopreemptWithPriority255: (name, name2) => `(${name}) имеет приоритет 255 (владелец адреса), а владелец всегда забирает роль MASTER; keepalived сообщает "(${name2}) nopreempt is incompatible with priority 255. resetting nopreempt" и игнорирует nopreempt.`,
  nopreemptWithStateMaster: (name, name2) => `(${name}) стартует как MASTER, поэтому nopreempt не может работать; keepalived сообщает "(${name2}) Warning - nopreempt will not work with initial state MASTER - clearing". Для nopreempt укажите 'state BACKUP' на обоих директорах, а роль пусть определяет приоритет.`,
  preemptDelayWithStateMaster: (name, name2) => `(${name}) стартует как MASTER, поэтому preempt_delay не может работать; keepalived сообщает "(${name2}) Warning - preempt delay will not work with initial state MASTER - clearing".`,
  preemptDelayInStrictMode: (name, name2) => `(${name}) работает в строгом режиме (strict mode), который не допускает задержку вытеснения; keepalived сообщает "(${name2}) preempt_delay is incompatible with strict mode - resetting".`,
  preemptDelayWithNopreempt: (name, name2) => `(${name}) имеет nopreempt, то есть вытеснения нет и задерживать нечего; keepalived сообщает "(${name2}) preempt_delay is incompatible with nopreempt mode - resetting".`,
  removeIgnoredPreemptKeyword: (keyword) => `Удалить '${keyword}' (keepalived его игнорирует)`,

  // rules/semantic/referenceBeforeDefinition.ts
  referenceBeforeDefinition: (noun, name, where, line, effect, said, noun2, keyword) => `${noun} '${name}' определён только ниже (${where}строка ${line}); keepalived ищет имя, когда читает эту строку, не находит его, ${effect} и сообщает "${said}". Перенесите блок ${noun2} выше этого ${keyword}.`,
  definedAfterUse: () => `определён здесь, после использования`,
  moveDefinitionAbove: (keyword, value, keyword2, value2) => `Перенести ${keyword} ${value} выше ${keyword2} ${value2}`,

  // rules/semantic/referenceFacts.ts
  missingTrackScriptTracksNothing: () => `ничего не отслеживает для этого элемента`,
  dropsFileCheck: () => `отбрасывает этот FILE_CHECK ("FILE_CHECK has no track_file specified - ignoring")`,
  missingTrackFileTracksNothing: () => `ничего не отслеживает для этого элемента`,
  missingTrackProcessTracksNothing: () => `ничего не отслеживает для этого элемента`,
  missingTrackBfdTracksNothing: () => `ничего не отслеживает для этого элемента`,
  dropsBfdCheck: () => `отбрасывает этот BFD_CHECK`,
  addsWithoutTracking: (value) => `добавляет ${value === 'address' ? 'адрес' : value === 'route' ? 'маршрут' : 'правило'} без отслеживания`,
  leavesOutOfTrackGroup: () => `не включает его в track group (об этом есть только запись в журнале, поэтому \`keepalived -t\` молчит)`,
  leavesOutOfGroup: () => `не включает его в группу`,
  ignoresVirtualServerSilently: () => `игнорирует весь этот virtual_server (об этом есть только запись в журнале, поэтому \`keepalived -t\` молчит)`,
  ignoresReference: () => `игнорирует ссылку`,

  // rules/semantic/requiredSetting.ts
  httpGetWithoutUrlDropped: () => `отбрасывает эту проверку (keepalived 2.2.7 из Debian даже падает в \`keepalived -t\`)`,
  sslGetWithoutUrlDropped: () => `отбрасывает эту проверку (keepalived 2.2.7 из Debian даже падает в \`keepalived -t\`)`,
  httpGetUrlWithoutPathIgnored: () => `игнорирует этот url`,
  sslGetUrlWithoutPathIgnored: () => `игнорирует этот url`,
  miscCheckWithoutPathDropped: () => `отбрасывает эту проверку`,
  fileCheckWithoutTrackFileDropped: () => `отбрасывает эту проверку`,
  trackFileWithoutFileIgnored: () => `игнорирует этот track_file`,
  vrrpTrackFileWithoutFileIgnored: () => `игнорирует этот track_file`,
  ignoresTrackProcess: () => `игнорирует этот vrrp_track_process`,
  disablesBfdInstance: () => `отключает этот экземпляр BFD`,
  requiredSettingMissing: (keyword, value, needs, value2, value3, effect, r) => `В ${keyword}${value} нет ${needs}${value2}${value3}; keepalived ${effect} и сообщает "${r}".`,
  orSeparator: () => ` или `,
  withPath: () => ` с path`,
  namingTrackFileAbove: () => `, ссылающегося на track_file, определённый выше`,
  addSetting: (value) => `Добавить ${value}`,

  // rules/semantic/rsFamilyMismatch.ts
  rsFamilyMismatch: (addr, family, family2, addr2) => `real_server ${addr} — это IPv${family}, а виртуальный сервер — IPv${family2}; IPVS не умеет пересылать между семействами адресов (кроме lb_kind TUN), поэтому keepalived сообщает "Address family of virtual server and real server ${addr2} don't match - skipping real server."`,

  // rules/semantic/rsPortMismatch.ts
  fwmarkRealServerPort: (method, label, rsLabel) => `При lb_kind ${method} служба по fwmark пересылает пакеты без изменений, поэтому порт реального сервера ничего не значит; keepalived сообщает "WARNING - fwmark virtual server ${label}, real server ${rsLabel} has port specified - clearing".`,
  realServerPortNotRewritten: (method, addr, port, port2, label, rsLabel, port3, port4) => `При lb_kind ${method} директор не меняет порт назначения, поэтому ${addr} получает трафик на порт ${port}, а не ${port2}; keepalived сообщает "WARNING - virtual server ${label} and real server ${rsLabel} ports don't match - resetting" и использует ${port3}. Пусть служба слушает порт ${port4}, или используйте lb_kind NAT, чтобы менять порт.`,
  removePort: () => `Удалить порт`,
  usePortKeepalivedUses: (replace) => `Использовать порт ${replace} (то, что использует keepalived)`,

  // rules/semantic/scriptRelativePath.ts
  relativeToWorkingDirectory: (prog) => `путь '${prog}' отсчитывается от рабочего каталога keepalived (/ под systemd), а не от этого файла`,
  searchedInServicePath: (prog) => `keepalived ищет '${prog}' в PATH, с которым он запущен, а это не PATH вашей оболочки (systemd даёт службам минимальный)`,
  scriptMayNotBeFound: (where, value) => `${where}; если файл не найден, скрипт отбрасывается (для vrrp_script: "Disabling track script ... since not found/accessible"). Укажите абсолютный путь${value}.`,
  absolutePathExample: (abs, prog) => `, например ${abs} в Debian/Ubuntu (проверьте командой 'command -v ${prog}')`,
  seeCommandV: (prog) => ` (см. 'command -v ${prog}')`,
  useAbsolutePath: (abs) => `Использовать ${abs}`,

  // rules/semantic/scriptRepeated.ts
  scriptKeywordRepeated: (keyword, line, what, said, value) => `'${keyword}' уже задан в строке ${line}; keepalived оставляет ${what === 'FIFO' ? 'первый FIFO' : what === 'one' ? 'первое значение' : 'первый скрипт'}, сообщает "${said}" и игнорирует эту строку.${value}`,
  putCommandsInOneScript: () => ` Чтобы выполнить несколько команд, соберите их в один скрипт.`,
  scriptKeywordUsed: (keyword) => `${keyword}, который использует keepalived`,
  removeSecondScriptKeyword: (keyword) => `Удалить второй '${keyword}'`,

  // rules/semantic/scriptSecurity.ts
  scriptSecurity: (value, them, value3, value4) => `В global_defs нет 'enable_script_security', поэтому keepalived запускает ${value} от root, не проверяя, что ${them === 'it' ? 'его' : 'их'} может изменить только root, а 'keepalived -t' сообщает "${value3}" (код выхода 6), если скрипт есть на хосте. Добавьте enable_script_security${value4} в global_defs.`,
  thisScript: () => `этот скрипт`,
  theseScripts: (count) => `эти скрипты (${count})`,
  andScriptUser: () => ` и script_user`,
  anotherScript: () => `другой скрипт`,
  addEnableScriptSecurity: () => `Добавить enable_script_security в global_defs`,
  enableScriptSecurityAsRoot: () => `Включить защиту скриптов, скрипты от root (работает на любом хосте)`,
  enableScriptSecurityAsScriptUser: () => `Включить защиту скриптов, скрипты от keepalived_script (сначала создайте пользователя: useradd -r -s /usr/sbin/nologin keepalived_script)`,

  // rules/semantic/scriptUnquotedArguments.ts
  scriptUnquotedArguments: (cmd, value, kw, joined) => `keepalived запускает только '${cmd}' и молча отбрасывает '${value}': команда должна быть одним словом. Заключите всю командную строку в кавычки: ${kw} "${joined}".`,
  scriptArgumentsReadAsUser: (user, value, kw, joined) => `После команды keepalived читает не больше пользователя и группы ('${user}'${value}), а остальное игнорирует; скорее всего, это аргументы скрипта. Заключите всю командную строку в кавычки: ${kw} "${joined}".`,
  scriptRunsAsUser: (cmd, user, value, value2, value3, kw, joined) => `keepalived запускает '${cmd}' от пользователя '${user}'${value}, а не с ${value2}. Если так и задумано — хорошо; если '${value3}' предназначено скрипту, заключите всю командную строку в кавычки: ${kw} "${joined}" (с неизвестным пользователем keepalived молча отбрасывает скрипт).`,
  thisArgument: () => `этим аргументом`,
  theseArguments: () => `этими аргументами`,
  andGroup: (group) => ` и группы '${group}'`,
  scriptUserDoesNotExist: (user, cmd, value, kw, joined) => `keepalived считает '${user}' пользователем, от которого запускать '${cmd}'${value}; такой учётной записи нет, поэтому скрипт отбрасывается, а 'keepalived -t' ничего не сообщает. Заключите всю командную строку в кавычки: ${kw} "${joined}".`,
  asGroup: (group) => ` (а '${group}' — группой)`,
  quoteWholeCommand: (q, joined, q2) => `Заключить всю команду в кавычки: ${q}${joined}${q2}`,

  // rules/semantic/scriptUser.ts
  scriptUserMissing: (value) => `При enable_script_security без script_user keepalived запускает скрипты от пользователя 'keepalived_script'. Если такой учётной записи на хосте нет, keepalived сообщает "Unable to set default user keepalived_script for script" и отбрасывает ${value === 'script' ? 'скрипт' : value} (vrrp_script удаляется, и его отслеживание не работает). Задайте script_user или создайте учётную запись.`,
  scriptCount: (count) => `скрипты (${count})`,
  runsAsDefaultScriptUser: () => `запускается от пользователя скриптов по умолчанию`,
  addScriptUserRoot: () => `Добавить script_user root (keepalived всё равно откажется от скриптов, которые могут менять не-root пользователи)`,
  addScriptUserKeepalivedScript: () => `Добавить script_user keepalived_script (учётная запись должна существовать)`,

  // rules/semantic/sorryServerOrder.ts
  ignoredSorryServerUsesVsLbKind: () => `игнорирует его (sorry server тогда использует lb_kind виртуального сервера)`,
  sorryServerInhibitIgnored: () => `игнорирует его`,
  keywordBeforeSorryServer: (keyword, line, said, effect) => `'${keyword}' стоит перед 'sorry_server' (строка ${line}); keepalived применяет его к уже прочитанному sorry server — а его ещё нет, — поэтому сообщает "${said}" и ${effect}. Перенесите строку ниже sorry_server.`,
  sorryServerSkipped: (line, keyword, said, effect) => `sorry_server выше (строка ${line}) пропущен, потому что keepalived не может прочитать его адрес или порт, так что '${keyword}' некому применяться; keepalived сообщает "${said}" и ${effect}.`,
  sorryServerMissing: (keyword, said, effect) => `'${keyword}' нужен sorry_server в этом virtual_server; его нет, поэтому keepalived сообщает "${said}" и ${effect}.`,
  moveBelowSorryServer: (keyword) => `Перенести '${keyword}' ниже 'sorry_server'`,
  removeSorryServerKeyword: (keyword) => `Удалить '${keyword}'`,

  // rules/semantic/stateRepeated.ts
  stateBackupAfterMaster: (name, name2) => `(${name}) state MASTER уже задан, поэтому keepalived игнорирует эту строку 'state BACKUP' и сообщает "(${name2}) state previously set as MASTER - ignoring BACKUP". Оставьте одну строку state.`,
  stateGivenAgain: (name, state, line) => `(${name}) 'state' задан повторно; keepalived использует 'state ${state}' (строка ${line}) и игнорирует этот. Оставьте одну строку state.`,
  stateUsed: () => `state, который использует keepalived`,
  removeIgnoredState: () => `Удалить игнорируемую строку state`,

  // rules/semantic/strictMode.ts
  vrrpStrictInGlobalDefs: () => `vrrp_strict в global_defs`,
  strictModeTurnedOnHere: () => `здесь включается строгий режим`,
  strictModeInitialState: (name, why, state, prio, name2, value) => `(${name}) При ${why} стартовать как MASTER может только владелец адреса (priority 255), и владелец обязан; здесь state ${state} и priority ${prio}. keepalived сообщает "(${name2}) State MASTER must match being address owner" и стартует как ${value}.`,
  strictModeNoAuthentication: (name, why, name2) => `(${name}) ${why} не допускает аутентификацию; keepalived сообщает "(${name2}) Strict mode does not support authentication. Ignoring." и отправляет объявления без неё. Сосед, который всё ещё использует аутентификацию, не примет их.`,
  strictModeNoUnicast: (name, why, name2) => `(${name}) ${why} не допускает unicast-соседей; keepalived сообщает "(${name2}) Unicast peers are not supported in strict mode" и вообще не запускает VRRP.`,
  strictModeUnicastMissedBy22: (name, why) => `(${name}) ${why} не допускает unicast-соседей (RFC 5798 — только multicast). keepalived 2.2 этого не замечает и всё равно использует unicast; 2.4 сообщает "Unicast peers are not supported in strict mode" и не запускает VRRP.`,
  strictModeAcceptWithVersion2: (name, why, name2) => `(${name}) При ${why} и VRRP версии 2 не-владелец адреса не может принимать трафик на VIP; keepalived сообщает "(${name2}) warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting", и на MASTER виртуальные IP отвечают только на ARP.`,
  ipv6NeedsVersion3: (name, name2) => `(${name}) Для IPv6 нужен VRRP версии 3; keepalived сообщает "(${name2}) cannot use IPv6 with VRRP version 2; setting version 3".`,
  strictModeNoRepeatGarp: (name, name2) => `(${name}) в строгом режиме повторные gratuitous ARP не отправляются; keepalived сообщает "(${name2}) Strict mode requires no repeat garps. resetting".`,
  strictModeNoRepeatGarpDelay: (name, name2) => `(${name}) в строгом режиме повторные gratuitous ARP не отправляются; keepalived сообщает "(${name2}) Strict mode requires no repeat garp delay. resetting".`,
  strictModeNoLowerPrioAdvert: (name, name2) => `(${name}) в строгом режиме на объявление с меньшим приоритетом не отвечают; keepalived сообщает "(${name2}) Strict mode requires no lower priority advert. resetting".`,
  strictModeNoHigherPrioSendAdvert: (name, name2) => `(${name}) в строгом режиме объявление при виде большего приоритета не отправляется; keepalived сообщает "(${name2}) strict mode requires higher_prio_send_advert to be clear. resetting".`,
  strictModeDownTimerAdverts: (name, name2) => `(${name}) строгий режим использует 3 объявления, как в RFC; keepalived сообщает "(${name2}) down_timer_adverts is incompatible with strict mode - resetting".`,
  removeIgnoredInStrictMode: (keyword) => `Удалить '${keyword}' (строгий режим его игнорирует)`,

  // rules/semantic/syncGroupEmpty.ts
  syncGroupEmpty: (name, value, value2) => `У vrrp_sync_group ${name} ${value}, поэтому keepalived удаляет группу ("${value2}"), и её экземпляры VRRP переключаются независимо друг от друга.`,
  instanceNamesOutsideGroup: () => ` Имена экземпляров должны быть внутри 'group { ... }'; записанные прямо в блоке, они — неизвестные ключевые слова.`,
  anEmptyGroupList: () => `пустой список group`,
  noGroupList: () => `нет списка group { }`,
  instanceNameOutsideGroup: () => `имя экземпляра вне group { }`,
  putNamesIntoGroup: (names) => `Перенести ${names} в group { }`,

  // rules/semantic/syncGroupMembers.ts
  inMoreThanOneSyncGroup: (n, textV, n2, name) => `${n} уже входит в sync group ${textV}; экземпляр может состоять только в одной, поэтому keepalived сообщает "Virtual router ${n2} cannot exist in more than one sync group; ignoring ${name}" и не включает его сюда.`,
  joinedSyncGroupFirst: (n) => `${n} вошёл в эту sync group раньше`,
  syncGroupOneMember: (name, textV, name2) => `В vrrp_sync_group ${name} только один участник (${textV}); sync group нужна, чтобы переключать несколько экземпляров вместе, и keepalived сообщает "Sync group ${name2} has only 1 virtual router(s) - this probably isn't what you want".`,
  syncGroupOwnerBeforeBackup: (name, name2, name3) => `В sync group ${name} есть владелец адреса (state MASTER, priority 255) перед ${name2} со state BACKUP; keepalived сообщает "Sync group ${name3} has some member(s) as address owner and some not as address owner. This won't work."`,

  // rules/semantic/trackDuplicate.ts
  trackDuplicate: (name, keyword, value, owner, kind, name2) => `${name} уже есть в этом списке ${keyword}; keepalived оставляет первую запись${value} и сообщает "(${owner}) duplicate track_${kind} ${name2} - ignoring".`,
  firstTrackEntry: () => `первая запись`,

  // rules/semantic/trackOwnInterface.ts
  trackOwnInterface: (name, own, name2, own2, value) => `(${name}) всегда отслеживает собственный интерфейс ${own} (и переходит в FAULT, когда он выключен); keepalived сообщает "(${name2}) Ignoring track_interface ${own2} since own interface"${value}.`,
  weightHasNoEffect: () => `, поэтому вес здесь ни на что не влияет`,

  // rules/semantic/undefinedReference.ts
  undefinedReference: (noun, name, effect, value, value2) => `${noun} с именем '${name}' не определён, поэтому keepalived ${effect}${value}.${value2}`,
  andReports: (said) => ` и сообщает "${said}"`,
  didYouMean: (value) => ` Может быть, имелось в виду ${value}?`,
  didYouMeanOr: () => ` или `,
  changeToName: (s) => `Заменить на '${s}'`,

  // rules/semantic/unicastSettings.ts
  unicastTtlWithoutPeers: (name, name2) => `(${name}) задан unicast_ttl, но нет unicast_peer; keepalived сообщает "(${name2}): Cannot use unicast_ttl without unicast peers - resetting".`,
  unicastKeywordWithoutPeers: (name, keyword, name2) => `(${name}) задан '${keyword}', но нет unicast_peer, так что используется всё-таки multicast; keepalived сообщает "(${name2}) A unicast keyword has been specified without any unicast peers. Defaulting to multicast. This usage is deprecated - please update your configuration." Добавьте unicast_peer { IP_ДРУГОГО_ДИРЕКТОРА } или уберите настройки unicast.`,

  // rules/semantic/vipDuplicate.ts
  vipDuplicateReported: (name, addr, name2, addr2) => `(${name}) ${addr} указан повторно; keepalived 2.4 сообщает "(${name2}): VIP duplicates a VIP ${addr2} - ignoring". Удалите эту строку.`,
  vipDuplicateSilent: (name, addr) => `(${name}) ${addr} указан повторно; keepalived 2.2 молча принимает это (2.4 сообщает и игнорирует копию). Удалите эту строку.`,
  vipFirstListed: () => `впервые указан здесь`,
  removeDuplicateVip: () => `Удалить повторный VIP`,

  // rules/semantic/vridRequired.ts
  vridRequired: (name, value, name2) => `(${name}) не задан ${value ? 'допустимый ' : ''}virtual_router_id (1-255); keepalived сообщает "(${name2}) the virtual router id must be set" и вообще не запускает VRRP. Используйте один и тот же id на обоих директорах, уникальный в этом сегменте сети.`,
  validQualifier: () => `допустимый `,
  addVridLine: (line) => `Добавить '${line}'`,

  // rules/semantic/vrrpFamilyMismatch.ts
  vrrpFamilyMismatch: (name, family, textV, line, fam, what, said, fam2) => `(${name}) — экземпляр IPv${family} (по ${textV}, строка ${line}), поэтому keepalived игнорирует этот ${FAMILY_WHAT[String(what)] ?? what} IPv${fam} и сообщает "${said}". Для IPv${fam2} заведите отдельный vrrp_instance.`,
  addressSetsFamily: (name, family) => `этот адрес делает ${name} экземпляром IPv${family}`,

  // rules/semantic/vrrpImplicitPriority.ts
  vrrpImplicitPriority: (name) => `(${name}) задан 'state MASTER', но нет priority, поэтому keepalived молча использует приоритет 255: это владелец адреса, который забирает роль MASTER сразу, как только запущен. Если другой директор записан так же, владельцами окажутся оба. Задайте явный приоритет меньше 255 (например, 150 здесь и 100 на резервном).`,
  addPriority150: () => `Добавить 'priority 150'`,

  // rules/semantic/vrrpInterfaceRequired.ts
  unicastWithoutInterface: (name) => `(${name}) заданы настройки unicast, но не задан ни 'interface', ни 'unicast_src_ip'; keepalived 2.4 сообщает "Unicast instances must have unicast_src_ip or interface" и не запускает VRRP.`,
  vrrpInterfaceMissing: (name, name2, value) => `(${name}) не задан 'interface'; keepalived сообщает "(${name2}) Unknown interface!" и вообще не запускает VRRP.${value}`,
  interfaceNeededForUnicastIn22: () => ` keepalived 2.2 нужен интерфейс даже для экземпляров с unicast.`,
  addInterface: (ifname) => `Добавить 'interface ${ifname}'`,

  // rules/semantic/vrrpNoVip.ts
  vrrpOtherFamilyVipsDropped: (name, family, other, name2, value, value2, other2) => `(${name}) — экземпляр IPv${family}, поэтому keepalived отбрасывает его записи virtual_ipaddress с IPv${other}, и ни одного VIP не остаётся: он сообщает "(${name2}) No VIP specified; at least one is ${value}"${value2}. Вынесите адреса IPv${other2} в отдельный vrrp_instance.`,
  andDoesNotStartVrrp: () => ` и вообще не запускает VRRP`,
  andFailoverMovesNoAddress: () => `, и при переключении ни один адрес не переезжает`,
  noVipInStrictMode: (name, value, name2) => `(${name}) не задан virtual_ipaddress; при ${value} keepalived сообщает "(${name2}) No VIP specified; at least one is required" и вообще не запускает VRRP.`,
  noVipSpecified: (name, name2) => `(${name}) не задан virtual_ipaddress, поэтому при переключении ни один адрес не переезжает; keepalived сообщает "(${name2}) No VIP specified; at least one is sensible".`,
  strictModeWords: () => `строгом режиме`,

  // rules/semantic/vrrpScriptNoScript.ts
  vrrpScriptNoScript: (name, name2, value) => `В vrrp_script ${name} нет строки 'script'; keepalived сообщает "No script set for vrrp_script ${name2} - removing"${value}.`,
  trackingFailsAsWell: () => `, поэтому и его отслеживание не работает ("track script ... not found")`,
  trackedScriptRemoved: (name, owner, name2) => `В vrrp_script ${name} нет строки 'script', и он удаляется, поэтому keepalived сообщает здесь "(${owner}) track script ${name2} not found, ignoring...".`,
  vrrpScriptWithoutScript: () => `vrrp_script без script`,
  addScriptLine: () => `Добавить строку script (исправьте команду)`,

  // rules/semantic/vrrpScriptUnused.ts
  vrrpScriptUnused: (name, name2) => `vrrp_script ${name} не отслеживается ни одним vrrp_instance или vrrp_sync_group (track_script), поэтому никогда не запускается; keepalived пишет в журнал "Warning - script ${name2} is not used" и удаляет его.`,

  // rules/semantic/vsFwmarkProtocol.ts
  vsFwmarkProtocol: (value, label) => `Служба по fwmark принимает все пакеты с меткой ${value}, каким бы ни был протокол; keepalived сообщает "Warning: Virtual server ${label}: protocol specified for fwmark - protocol will be ignored". Выбирайте протокол в правиле межсетевого экрана, которое ставит метку.`,
  removeProtocolLine: () => `Удалить строку protocol`,

  // rules/semantic/vsNoLbKind.ts
  vsNoLbKind: (value, label) => `У virtual_server ${value} нет lb_kind; keepalived сообщает "Virtual server ${label}: no forwarding method set, setting default NAT". NAT работает, только если реальные серверы отправляют ответы обратно через этот директор; если VIP настроен на loopback реальных серверов (прямая маршрутизация), используйте lb_kind DR.`,
  addLbKindDr: () => `Добавить 'lb_kind DR' (прямая маршрутизация: VIP на lo реальных серверов)`,
  addLbKindNat: () => `Добавить 'lb_kind NAT' (то, что keepalived использует сейчас)`,

  // rules/semantic/vsNoProtocol.ts
  vsNoProtocol: (value, label, value2) => `У virtual_server ${value} нет 'protocol'; keepalived сообщает "Virtual server ${label}: no protocol set - defaulting to UDP" и создаёт службу UDP${value2}`,
  tcpNotBalanced: () => `, так что TCP-соединения (например, HTTP) на этот адрес вообще не балансируются. Добавьте protocol TCP.`,
  addIntendedProtocol: () => `. Укажите нужный протокол (для большинства служб — TCP).`,
  addProtocolTcp: () => `Добавить 'protocol TCP'`,
  addProtocolUdp: () => `Добавить 'protocol UDP' (то, что keepalived использует сейчас)`,

  // rules/semantic/vsNoRealServers.ts
  allRealServersSkipped: (value, value2, said) => `keepalived пропускает все real_server виртуального сервера ${value} (${value2}), поэтому сообщает ${said} и не создаёт службу.`,
  noRealServer: (value, said) => `У virtual_server ${value} нет ни одного real_server; keepalived сообщает ${said} и не создаёт службу.`,
  skippedOnLine: (line, value2) => `строка ${line}: ${value2}`,
  vsSkippedAddress: () => `адрес, который keepalived не может прочитать`,
  vsSkippedPort: () => `порт, который keepalived не может прочитать`,
  vsSkippedFamily: () => `семейство адресов не то, что у службы`,
  skippedBecause: (value) => `пропущен: ${value}`,

  // rules/semantic/vsNoScheduler.ts
  vsNoScheduler: (value, label) => `У virtual_server ${value} нет допустимого lb_algo; keepalived сообщает "Virtual server ${label}: no scheduler set, setting default 'wlc'" (взвешенное наименьшее число соединений). Укажите, какой планировщик вам нужен.`,
  addLbAlgoWlc: () => `Добавить 'lb_algo wlc' (то, что keepalived использует сейчас)`,
  addLbAlgoRr: () => `Добавить 'lb_algo rr' (по кругу, round robin)`,

  // rules/semantic/vsQuorum.ts
  quorumAboveTotalWeight: (quorum, total, quorum2, label, total2, total3) => `quorum ${quorum} больше суммарного веса реальных серверов (${total}), поэтому он недостижим; keepalived сообщает "Warning - quorum ${quorum2} for ${label} exceeds total weight of real servers ${total2}, reducing quorum to ${total3}".`,
  hysteresisNotBelowQuorum: (h, quorum, label, h2, quorum2, value) => `hysteresis ${h} должен быть меньше quorum ${quorum}; keepalived сообщает "Virtual server ${label}: hysteresis ${h2} >= quorum ${quorum2}; setting hysteresis to ${value}".`,

  // rules/semantic/vsSchedulerFlags.ts
  shOrMh: () => `sh или mh`,
  schedulerFlagBeforeLbAlgo: (flag, textV, line, flag2) => `'${flag}' стоит перед 'lb_algo ${textV}' (строка ${line}); keepalived сверяет его с планировщиком, заданным к этому моменту, сообщает "${flag2} only applies to sh scheduler - ignoring" и отбрасывает его. Перенесите строку ниже lb_algo.`,
  schedulerFlagWrongScheduler: (flag, wants, value, flag2) => `'${flag}' относится только к планировщику ${wants}${value}; keepalived сообщает "${flag2} only applies to sh scheduler - ignoring".`,
  notAlgo: (algo) => `, а не ${algo}`,
  noLbAlgoBefore: () => `, а lb_algo перед ним не задан`,
  hashedHasNoEffect: (algo) => `'hashed' в keepalived ничего не задаёт (планировщик ${algo} и так хеширует); строка ни на что не влияет.`,
  schedulerFlagIgnored: (flag, flag2, algo) => `'${flag}' — флаг планировщика ${flag2}; при lb_algo ${algo} keepalived молча игнорирует его.`,
  moveBelowLbAlgo: (keyword, keyword2, textV) => `Перенести '${keyword}' ниже '${keyword2} ${textV}'`,
  removeSchedulerFlag: (keyword) => `Удалить '${keyword}'`,

  // rules/semantic/vsSettingIgnored.ts
  haSuspendWithFwmark: (label) => `ha_suspend не работает со службой по fwmark; keepalived сообщает "Virtual server ${label}: cannot use ha_suspend with fwmarks - clearing ha_suspend".`,
  opsRequiresUdp: (label) => `Планирование по одному пакету (ops) есть только для UDP; keepalived сообщает "Virtual server ${label}: one packet scheduling requires UDP - resetting".`,
  vsWithoutPortNotPersistent: (textV, label) => `У virtual_server ${textV} нет порта, а IPVS допускает это только для служб с persistence; keepalived сообщает "Virtual server ${label}: zero port only valid for persistent services - setting" и включает persistence (360 с). Укажите порт или сами задайте persistence_timeout.`,

  // rules/syntax.ts
  keywordSemicolon: (t) => `keepalived не завершает строки символом ';': он ищет '${t}' (вместе с точкой с запятой), не находит такого ключевого слова и игнорирует строку ("Unknown keyword"). Уберите ';'.`,
  removeKeywordSemicolon: () => `Убрать ';'`,
  unsubstitutedDefinition: (name) => `Написать \${${name}}`,
} satisfies Partial<Messages>;
