// Русские тексты проверок и пояснений шагов мастера (тот же тип, что en.ts: пропущенный текст —
// ошибка компиляции). Имена команд, ключевые слова keepalived, MASTER/BACKUP и выводы — как есть.
import type { CheckStrings } from './en';


/** 1 запись, 2 записи, 5 записей. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

export const ru: CheckStrings = {
  common: {
    unreachableWhat: (host) => `${host} доступен по SSH`,
    unreachableFix: 'Проверьте, что хост включён и что его настройки SSH в файле лаборатории верны (keepalived-lab lab check, затем шаг «Подключиться к лаборатории»).',
    noIpvsStop:
      'Балансировка нагрузки здесь заканчивается: без IPVS в ядре директоров трафик VIP некому передать реальным серверам. ' +
      'keepalived всё равно выполняет свою часть VRRP (запущен с --vrrp), поэтому VIP переходит между директорами и шаги VRRP и переключения при отказе работают; ' +
      'трафик через VIP — нет. Вся лабораторная работает на виртуальной машине со стандартным ядром дистрибутива (в Debian ip_vs поставляется модулем).',
  },
  runner: {
    notSettled: 'состояние ещё не установилось, проверяю снова',
    cancelled: 'Шаг отменён; запустите его ещё раз, чтобы довести до конца (любой шаг можно повторять).',
    couldNotFinish: (why) => `Шаг не удалось завершить: ${why}`,
    couldNotSave: (dir, why) => `(Не удалось сохранить запуск в ${dir}: ${why})`,
  },
  reach: {
    installed: 'установлен',
    missing: 'не установлен',
    answersWhat: (host, role) => `${host} (${role}) отвечает по SSH`,
    answersDetail: (hostname, kernel, tools) => `имя хоста ${hostname}, ядро ${kernel}; ${tools}`,
    hasIpvsWhat: (host) => `в ядре ${host} есть IPVS`,
    lacks: (host, tool) => `на ${host} нет ${tool}`,
    notInstalled: (gaps) => `Ещё не установлено: ${gaps}. Их установят шаги «Подготовить реальные серверы» и «Подготовить директоры».`,
    allIpvs: 'В ядре каждого директора есть IPVS: здесь можно пройти весь мастер.',
  },
  directors: {
    twoWhat: 'в лаборатории два директора',
    twoDetail: (n) => `в файле лаборатории ${n} ${ruPlural(n, 'директор', 'директора', 'директоров')}`,
    twoFix: 'Для переключения VRRP при отказе нужен второй директор: добавьте хост с role: director.',
    installedWhat: (tool, host) => `${tool} установлен на ${host}`,
    loadedWhat: (host) => `модуль ip_vs загружен на ${host}`,
  },
  vrrp: {
    oneHolderWhat: (vip) => `VIP ${vip} держит ровно один директор`,
    heldBy: (names) => `его держит ${names.join(' и ')}`,
    noHolder: 'его не держит ни один директор',
    splitBrainFix: 'Split brain: директоры не слышат друг друга (разные VRID или пароль, межсетевой экран отбрасывает VRRP) или VIP добавлен вручную: запустите доктор.',
    startFix: 'Запустите keepalived на директорах (шаг «Настроить keepalived») и посмотрите их журналы.',
    runsWhat: (host) => `keepalived работает на ${host}`,
    runsFix: 'Выполните шаг «Настроить keepalived» ещё раз.',
    roleWhat: (host, prio, expected) => `${host} (приоритет ${prio}) — ${expected}${expected === 'MASTER' ? ' и держит VIP' : ' без VIP'}`,
    roleDetail: (state, effective, holds) => `состояние ${state ?? 'неизвестно'}${effective !== undefined ? `, действующий приоритет ${effective}` : ''}, VIP ${holds ? 'держит' : 'не держит'}`,
    loweredFix: 'Действующий приоритет понижен или экземпляр в состоянии FAULT: отслеживаемый скрипт или интерфейс не в порядке (запустите доктор).',
    priorityFix: 'Дайте будущему MASTER более высокий приоритет и проверьте, что директоры слышат объявления друг друга.',
    tableWhat: (host, service, reals) => `ipvsadm -Ln на ${host} показывает ${service} с ${reals.join(' и ')}`,
    weight: 'вес',
    noReals: 'нет реальных серверов',
    noService: 'такого виртуального сервиса нет',
    realMissingFix: 'Реальный сервер, которого здесь нет, не прошёл TCP-проверку keepalived: запущен ли на нём nginx и отвечает ли он?',
    noServiceFix: 'keepalived строит таблицу из virtual_server: разверните сгенерированную конфигурацию (и запускайте keepalived без --vrrp).',
    election: (master, prio, vip, adv, backup) =>
      `${master} победил на выборах с приоритетом ${prio} и держит ${vip}; он рассылает объявление VRRP каждые ${adv} с.${backup ? ` ${backup} остаётся BACKUP, пока слышит их; после 3 пропущенных объявлений (примерно ${(3 * adv + 0.6).toFixed(1).replace('.', ',')} с) он забирает VIP.` : ''}`,
    sameTable: 'У обоих директоров одна и та же таблица IPVS: keepalived строит её из virtual_server, будь директор MASTER или BACKUP. Какой из них получает трафик, решает только VIP.',
  },
  traffic: {
    sentNoIpvs: (n, vip, ok, failures) => `Клиент отправил запросы на ${vip} (${n}), ответов: ${ok}${failures}. Директор держит VIP, но передавать соединения ему некуда, и он их отклоняет.`,
    failedAs: (n, why) => `неудачных: ${n} (${why})`,
    allAnsweredWhat: (n, vip) => `получен ответ на все запросы через ${vip} (${n})`,
    answered: (ok) => `ответов: ${ok}`,
    allAnsweredFix: 'Выполните шаг «Проверить VRRP»: VIP ровно на одном директоре и есть ли реальные серверы в его таблице IPVS?',
    realAnsweredWhat: (host) => `${host} ответил на часть запросов`,
    nOfM: (n, m) => `${n} из ${m}`,
    realAnsweredFix: (host) => `Есть ли ${host} в таблице IPVS (ipvsadm -Ln), есть ли VIP на его lo и запущен ли nginx?`,
    masterCountedWhat: (host) => `MASTER ${host} учёл соединения`,
    outPktsWhat: (host) => `OutPkts на ${host} остался 0 (прямая маршрутизация: ответы идут в обход директора)`,
    outPktsFix: 'Ответы проходят через директор: проверьте маршрут по умолчанию на реальных серверах и что VIP есть на их lo.',
    backupNothingWhat: (host) => `BACKUP ${host} ничего не учёл`,
    backupNothingFix: 'Трафик получили оба директора: не держит ли VIP и BACKUP (split brain)?',
    oneHolderWhat: 'VIP держит ровно один директор',
    holdIt: (n) => `его держат: ${n}`,
    oneHolderFix: 'Выполните шаг «Проверить VRRP» или запустите доктор.',
    shares: (n, vip, shares, rr) => `Запросов через ${vip}: ${n}; ответили ${shares}${rr ? ' — round robin отдаёт соединения реальным серверам по очереди' : ''}.`,
    onlyMaster: (master, conns, perReal, vip) => `Их учёл только ${master} (Conns +${conns}; ${perReal}): VIP находится на MASTER, поэтому на ARP-запрос клиента о ${vip} отвечает MAC-адрес MASTER, и каждый пакет на VIP приходит только к нему. У BACKUP в таблице тот же виртуальный сервис, но пакеты для него не приходят.`,
    directRouting: (outPkts, inPkts, perConn) => `OutPkts +${outPkts}: при прямой маршрутизации директор лишь подменяет MAC-адрес назначения в пакетах клиента и передаёт их реальному серверу; у реального сервера VIP на lo, поэтому он отвечает клиенту прямо с VIP, и ответы через директор не идут. IPVS видит только входящую половину (InPkts +${inPkts}, около ${perConn} на соединение: SYN, ACK, запрос, ACK, FIN).`,
  },
  realServers: {
    haveRealsWhat: 'в лаборатории есть реальные серверы',
    haveRealsFix: 'Добавьте в файл лаборатории хосты с role: real.',
    vipOnLoWhat: (host, vip, prefix) => `у ${host} VIP ${vip} на lo как /${prefix}`,
    loHas: (addr, label) => `на lo ${addr}${label ? ` (метка ${label})` : ''}`,
    notOnLo: (vip) => `${vip} на lo нет`,
    arpWhat: (host) => `у ${host} arp_ignore=1 и arp_announce=2 для all и lo`,
    nginxWhat: (host) => `nginx работает на ${host}`,
    nginxFix: 'service nginx start (или systemctl start nginx), и посмотрите, что говорит nginx -t',
    routeWhat: (host, peer) => `${host} отправляет ответы на ${peer} через сетевой интерфейс, а не в lo`,
    noAnswer: '(нет ответа)',
    routeFix: (vip, prefix, want) => `Уберите с lo VIP с префиксом сети (ip addr del ${vip}/${prefix} dev lo) и добавьте его как /${want}.`,
    pageWhat: (host, url) => `клиент получает собственную страницу ${host} с ${url}`,
    pageDetail: (code, who, body) => `HTTP ${code}, ${who ? `на странице имя ${who}` : 'на странице нет имени хоста лаборатории'}: ${body}`,
    otherHostFix: (addr) => `На ${addr} отвечает другой хост`,
    pageFix: (host, port) => `Положите страницу с именем ${host} в корневой каталог nginx (/var/www/html/index.html) и проверьте, что nginx слушает порт ${port}.`,
    why32: (host, peer, route, broken, ifname) =>
      `Почему /32: на ${host} \`ip route get ${peer}\` выводит «${route}». ${broken
        ? `Это неисправность: lo забирает себе всю сеть, и ответы на ${peer} уходят в lo, а не через ${ifname}.`
        : `Ответы уходят через ${ifname}, как и должны.`} Адрес на lo с префиксом сети (192.168.1.100/24 в исходной лабораторной) заставляет ядро считать локальным каждый адрес этой /24: реальный сервер отвечает на пакеты соседей сам себе и теряет связь с клиентом, директорами и другим реальным сервером. С /32 lo забирает только VIP.`,
    whyArp: 'Зачем настройки ARP: arp_ignore=1 отвечает на ARP-запросы только об адресах того интерфейса, на который пришёл запрос, а VIP находится на lo, поэтому реальный сервер никогда не скажет «VIP — на моём MAC-адресе», и VIP остаётся за директором. arp_announce=2 заставляет сервер указывать отправителем своих ARP-запросов собственный адрес, а не VIP, так что и из них соседи не узнают VIP на его MAC-адресе.',
    ownPages: (pages) => `Каждый реальный сервер отвечает своей страницей (${pages}), поэтому дальше клиент сможет определить, к какому из них его направил IPVS.`,
  },
  keepalivedConfig: {
    missingConfigs: (hosts) => `Нет конфигураций для ${hosts}.`,
    analyzerBlocked: (generated, hosts) => `Наш анализатор нашёл ${generated ? 'замечания' : 'ошибки'} в ${hosts}: ничего не развёрнуто.`,
    blockedWhat: 'конфигурации прошли наш анализатор и развёрнуты',
    blockedFixGenerated: 'Исправьте в файле лаборатории значения, на которые указывают замечания (например, auth_pass длиннее 8 символов).',
    blockedFixOwn: 'Исправьте замечания в своих конфигурациях или запустите шаг без своих конфигураций, чтобы взять сгенерированные.',
    lintWhat: (host) => `наш анализатор не находит ни ошибок, ни предупреждений в конфигурации ${host}`,
    lintLine: (line, severity, code, message) => `строка ${line}: ${severity} ${code}: ${message}`,
    notes: (n) => `примечаний: ${n}`,
    lintFix: 'Откройте конфигурацию в редакторе: у каждого замечания есть пояснение, у большинства — быстрое исправление.',
    deployedWhat: (host) => `конфигурация развёрнута на ${host}`,
    notDeployed: (why) => `не развёрнута: ${why}`,
    deployedFix: 'Прочитайте, что выше написал keepalived: keepalived -t на директоре её отверг, поэтому работающая конфигурация осталась прежней.',
    sameConfigWhat: (path, host) => `${path} на ${host} — та самая конфигурация, которая прошла проверку`,
    againFix: 'Выполните этот шаг ещё раз.',
    testWhat: (host) => `keepalived -t принимает конфигурацию ${host}`,
    noMessages: 'сообщений нет',
    testFix: 'Исправьте то, о чём говорит keepalived -t, и выполните этот шаг ещё раз.',
    runsWhat: (host) => `keepalived работает на ${host}`,
    noProcess: 'процесса keepalived нет',
    runsFix: 'Посмотрите его журнал (/var/log/keepalived.log или journalctl -u keepalived).',
    agreeWhat: (code) => `директоры согласованы (${code})`,
    pair: (name, vrid, auth, vips, prios) => `Оба директора выполняют vrrp_instance ${name} с virtual_router_id ${vrid}, ${auth ? `auth_type ${auth}` : 'без аутентификации'} и VIP ${vips}; приоритеты: ${prios}. Одинаковые VRID и пароль делают их одним виртуальным маршрутизатором; кто будет MASTER, решает более высокий приоритет.`,
    script: (name, script, user) => `vrrp_script ${name} запускает «${script}» по абсолютному пути от имени script_user ${user} при enable_script_security: keepalived откажется запускать скрипт, если изменить файл может кто-то кроме root. В исходной лабораторной у \`script "systemctl status nginx"\` не было ни того, ни другого, поэтому keepalived предупреждал о поиске по PATH и о SECURITY VIOLATION.`,
    virtualServer: (vs, kind, reals) => `virtual_server ${vs} (${kind}) перечисляет ${reals}: keepalived заполняет по нему таблицу IPVS на обоих директорах и убирает реальный сервер, не прошедший TCP-проверку, — никаких ipvsadm -A/-a вручную, как в исходной лабораторной.`,
    and: ' и ',
    vrrpOnly: 'Здесь keepalived запущен с --vrrp, потому что в ядре нет IPVS: полный демон остановился бы, как только не смог инициализировать IPVS, а вместе с ним остановился бы и VRRP.',
    own: 'Это ваши собственные конфигурации: у каждого замечания анализатора выше указаны строка и то, что keepalived с ней сделает.',
    deploying: (host) => `${host}: развёртывание (сначала keepalived -t)`,
  },
  inactconn: {
    burstWhat: 'на пачку запросов через VIP пришли ответы',
    burstDetail: (ok, failed) => `ответов: ${ok}, неудачных: ${failed}`,
    lingerWhat: (host) => `${host} всё ещё показывает завершённые соединения (InActConn > 0)`,
    lingerDetail: (entries, service, states, active, inact) => `${entries} ${ruPlural(entries, 'запись', 'записи', 'записей')} для ${service} (${states || 'нет'}); ipvsadm -Ln: ActiveConn ${active}, InActConn ${inact}`,
    stateCount: (n, state) => `${state}: ${n}`,
    lingerFix: 'Запускайте этот шаг сразу после трафика: записи исчезают по истечении тайм-аута tcpfin.',
    stateLeft: (n, state, left) => `в ${state} — ${n}, осталось ${left}`,
    entries: (ok, host, n, service, states, inact, active) => `Сразу после ${ok} ${ruPlural(ok, 'запроса', 'запросов', 'запросов')}, на которые пришли ответы, ${host} показывает ${n} ${ruPlural(n, 'запись', 'записи', 'записей')} о соединениях с ${service}: ${states}. \`ipvsadm -Ln\` считает ${inact} из них в InActConn и ${active} в ActiveConn: любая запись не в состоянии ESTABLISHED считается «неактивной».`,
    timeouts: (tcp, tcpfin, udp) => `\`ipvsadm -L --timeout\` выводит tcp ${tcp} с, tcpfin ${tcpfin} с, udp ${udp} с. Соединение, FIN которого IPVS уже видел, остаётся в таблице до tcpfin (${tcpfin} с) — это и есть оставшееся время, которое видно выше, — и только потом исчезает; простаивающее установленное соединение — до tcp (${tcp} с).`,
    twoMinutes: 'двух минут',
    why: (life) => `Зачем хранить завершённые соединения: у IPVS своя таблица соединений (не conntrack из netfilter, о котором говорил ответ исходной лабораторной), чтобы все пакеты одного соединения уходили на один и тот же реальный сервер. В DR он видит только половину разговора — от клиента, ответы идут с реального сервера прямо клиенту, — поэтому не может понять, что соединение действительно закончилось. Он хранит запись в течение тайм-аута FIN, чтобы запоздавшие пакеты этого соединения (последний ACK клиента, повторный FIN) попали на тот же реальный сервер, а не были распределены на другой, который ответил бы сбросом (RST). Запросы заняли миллисекунды, а их записи живут ещё около ${life}. Таймеры сокращает \`ipvsadm --set TCP TCPFIN UDP\`.`,
    holderWhat: 'VIP держит один из директоров',
    holderFix: 'Выполните шаг «Проверить VRRP».',
  },
};
