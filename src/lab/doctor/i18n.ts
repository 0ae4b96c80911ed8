// Every word of the lab doctor (./diagnose.ts, ./format.ts) in English and Russian. ru has the same
// keys (the type enforces it, a test checks it at run time). Host names, addresses, commands and what
// the hosts printed are passed in as they are; the VRRP pair comparison has its own table
// (../generate/pairStrings.ts).
import type { Lang } from '../report/i18n';

const en = {
  unreachable: (host: string, error: string, real: boolean) =>
    `${host} could not be read: ${error}${real ? ' A real server that stops answering its own network often has the VIP on lo with the network\'s prefix (the seed\'s /24): lo then claims every neighbour\'s address, replies go nowhere, and SSH from that network fails too.' : ''}`,
  unreachableFixReal: (host: string) => `From ${host}'s console (or another way in): ip -o addr show dev lo; if the VIP is there with a prefix other than /32, ip addr del VIP/PREFIX dev lo; ip addr add VIP/32 dev lo. Otherwise check that the host is up and its SSH settings in the lab file.`,
  unreachableFix: 'Check that the host is up and its SSH settings in the lab file (keepalived-lab lab check).',
  notRunning: (host: string) => `keepalived is not running on ${host}: this director will not take the VIP if the other one fails.`,
  notRunningFix: 'Start it (service keepalived start, or keepalived-lab\'s start command) and read its log if it stops again.',
  noConfig: (host: string, said: string) => `${host} has no readable /etc/keepalived/keepalived.conf: ${said || 'not read'}.`,
  noConfigFix: 'Deploy a config (the Configure keepalived step).',
  rejected: (host: string, code: number, said: string) => `keepalived -t rejects ${host}'s config (exit ${code}): ${said || 'no message'}. A running keepalived keeps its old config until restarted; a restart will fail.`,
  rejectedFix: 'Fix what keepalived -t says; deploy through keepalived-lab, which checks with keepalived -t before replacing anything.',
  line: (n: number, message: string) => `line ${n}: ${message}`,
  analyzer: (n: number, host: string, list: string) => `Our analyzer finds ${n} problem(s) in ${host}'s keepalived.conf: ${list}`,
  analyzerFix: 'Open the config in the editor (or run keepalived-lab lint on a copy): each finding comes with an explanation and most with a quick fix.',
  byTimeout: 'by timeout',
  scriptFails: (name: string, host: string, script: string, exit: string, said: string) =>
    `vrrp_script ${name} on ${host} fails: "${script}" exits ${exit}${said ? ` (${said})` : ''}. keepalived puts the instances tracking it into FAULT (or lowers their priority by its weight), so ${host} gives the VIP up or never takes it.`,
  scriptFailsFix: (script: string, host: string) => `Run "${script}" on ${host} by hand and make it succeed when the director is healthy; give the program by its absolute path (no PATH in keepalived's environment, no systemctl without systemd).`,
  checkedDirector: (host: string, scripts: number) => `${host}: keepalived, config (keepalived -t and our analyzer), ${scripts} health script(s), VIP, IPVS`,
  checkedPair: (hosts: string) => `VRRP settings compared between ${hosts}`,
  and: ' and ',
  byHand: (hosts: string) => ` keepalived on ${hosts} is not MASTER, so the address there was added by hand (ip addr add): keepalived never removes an address it did not add.`,
  killed: (hosts: string) => ` keepalived on ${hosts} is not running: killed with -9 it leaves its VIP behind.`,
  bothMaster: ' Both are MASTER: they do not hear each other\'s adverts (different VRID or password, or VRRP is filtered).',
  splitBrain: (hosts: string, vip: string, why: string) => `Split brain: ${hosts} both hold the VIP ${vip}. Clients reach whichever answered ARP last, and connections break at random.${why}`,
  splitBrainFixDel: (host: string, command: string) => `On ${host}: ${command}`,
  splitBrainFix: 'Make the directors hear each other: the same virtual_router_id and authentication on both, VRRP (protocol 112) allowed between them.',
  noHolder: (vip: string, running: string, states: string) => `No director holds the VIP ${vip} although keepalived runs on ${running}: the instances are in ${states}.`,
  noHolderFix: 'An instance in FAULT has a failing tracked script or interface: look at the health-check finding and keepalived\'s log.',
  noIpvsFix: 'Load the module (modprobe ip_vs) or use a kernel with IPVS (any stock distribution kernel; a VM if this is a container).',
  realDownSeen: (host: string, port: number, client: string, code: string) => `${host} does not answer on port ${port} from ${client} either (curl exit ${code}).`,
  realDownSeenFix: (host: string) => `Fix ${host}'s network first (see the finding above), then check nginx.`,
  vipMissing: (host: string, vip: string) => `${host} does not have the VIP ${vip} on lo: with direct routing the director hands it packets addressed to the VIP, and it drops them.`,
  onHost: (host: string, command: string) => `On ${host}: ${command}`,
  vipPrefix: (host: string, vip: string, prefix: number, route: string) =>
    `${host} has the VIP on lo as ${vip}/${prefix}: lo then claims the whole /${prefix} network, so ${host} treats its neighbours' addresses as its own${route ? ` (ip route get: "${route}")` : ''} and stops answering the client, the directors and the health checks.`,
  arp: (host: string, all: string, lo: string) => `${host} has arp_ignore/arp_announce all ${all}, lo ${lo} instead of 1/2: with the VIP on lo it answers ARP for the VIP (or announces it), and clients may send their traffic straight to it instead of the director.`,
  realDown: (host: string, port: number, from: string, why: string) => `${host} does not answer on port ${port}${from ? ` from ${from}` : ''}${why}: keepalived's health check drops it from the IPVS table, and the other real servers carry everything.`,
  nginxNotRunning: ' (nginx is not running)',
  curlExit: (code: string) => ` (curl exit ${code})`,
  http: (code: number) => ` (HTTP ${code})`,
  realDownFix: (host: string, port: number) => `On ${host}: start nginx (service nginx start) and check it listens on port ${port} (ss -ltn).`,
  checkedReal: (host: string) => `${host}: VIP on lo and its prefix, ARP settings, nginx answering`,
  // format.ts
  heading: (lab: string, n: number) => `Lab doctor — ${lab}: ${n ? `${n} finding(s)` : 'nothing wrong found'}`,
  fix: 'fix:',
  checked: 'Checked:',
};

export type DoctorStrings = typeof en;

const ru: DoctorStrings = {
  unreachable: (host, error, real) =>
    `Не удалось прочитать ${host}: ${error}${real ? ' Реальный сервер, который перестал отвечать в своей сети, часто держит VIP на lo с префиксом сети (/24, как в исходной лабораторной): тогда lo присваивает себе адреса всех соседей, ответы уходят в никуда, и SSH из этой сети тоже не работает.' : ''}`,
  unreachableFixReal: (host) => `С консоли ${host} (или другим путём): ip -o addr show dev lo; если VIP там с префиксом не /32 — ip addr del VIP/PREFIX dev lo; ip addr add VIP/32 dev lo. Иначе проверьте, что хост включён, и его параметры SSH в файле лаборатории.`,
  unreachableFix: 'Проверьте, что хост включён, и его параметры SSH в файле лаборатории (keepalived-lab lab check).',
  notRunning: (host) => `keepalived не запущен на ${host}: этот директор не заберёт VIP, если второй откажет.`,
  notRunningFix: 'Запустите его (service keepalived start или командой запуска keepalived-lab) и, если он снова остановится, прочитайте его журнал.',
  noConfig: (host, said) => `На ${host} не удаётся прочитать /etc/keepalived/keepalived.conf: ${said || 'не прочитан'}.`,
  noConfigFix: 'Разверните конфигурацию (шаг «Настроить keepalived»).',
  rejected: (host, code, said) => `keepalived -t отвергает конфигурацию ${host} (код завершения ${code}): ${said || 'без сообщения'}. Работающий keepalived держит старую конфигурацию до перезапуска; перезапуск завершится ошибкой.`,
  rejectedFix: 'Исправьте то, о чём пишет keepalived -t; разворачивайте через keepalived-lab — он проверяет конфигурацию через keepalived -t, прежде чем что-либо заменить.',
  line: (n, message) => `строка ${n}: ${message}`,
  analyzer: (n, host, list) => `Наш анализатор находит в keepalived.conf на ${host} проблем: ${n}. ${list}`,
  analyzerFix: 'Откройте конфигурацию в редакторе (или выполните keepalived-lab lint для копии): к каждому замечанию есть пояснение, к большинству — быстрое исправление.',
  byTimeout: 'по тайм-ауту',
  scriptFails: (name, host, script, exit, said) =>
    `vrrp_script ${name} на ${host} не проходит: "${script}" завершается ${exit === 'по тайм-ауту' ? exit : `с кодом ${exit}`}${said ? ` (${said})` : ''}. keepalived переводит отслеживающие его экземпляры VRRP в FAULT (или снижает их приоритет на его вес), поэтому ${host} отдаёт VIP или никогда его не получает.`,
  scriptFailsFix: (script, host) => `Запустите "${script}" на ${host} вручную и добейтесь, чтобы он завершался успешно, когда директор исправен; указывайте программу по абсолютному пути (в окружении keepalived нет PATH, а без systemd нет и systemctl).`,
  checkedDirector: (host, scripts) => `${host}: keepalived, конфигурация (keepalived -t и наш анализатор), скрипты проверки: ${scripts}, VIP, IPVS`,
  checkedPair: (hosts) => `Параметры VRRP сравнены между ${hosts}`,
  and: ' и ',
  byHand: (hosts) => ` keepalived на ${hosts} не в состоянии MASTER, значит, адрес там добавлен вручную (ip addr add): keepalived никогда не удаляет адрес, который добавил не он.`,
  killed: (hosts) => ` keepalived на ${hosts} не запущен: убитый через kill -9, он оставляет свой VIP на месте.`,
  bothMaster: ' Оба в состоянии MASTER: они не слышат объявлений друг друга (разные VRID или пароли, либо VRRP фильтруется).',
  splitBrain: (hosts, vip, why) => `Split brain: VIP ${vip} держат сразу ${hosts}. Клиенты попадают на того, кто последним ответил на ARP, и соединения рвутся случайным образом.${why}`,
  splitBrainFixDel: (host, command) => `На ${host}: ${command}`,
  splitBrainFix: 'Сделайте так, чтобы директоры слышали друг друга: одинаковые virtual_router_id и authentication на обоих, VRRP (протокол 112) между ними не блокируется.',
  noHolder: (vip, running, states) => `VIP ${vip} не держит ни один директор, хотя keepalived запущен на ${running}: экземпляры VRRP в состояниях ${states}.`,
  noHolderFix: 'У экземпляра в FAULT не проходит отслеживаемый скрипт проверки или интерфейс: посмотрите замечание о проверке состояния и журнал keepalived.',
  noIpvsFix: 'Загрузите модуль (modprobe ip_vs) или используйте ядро с IPVS (подойдёт любое стандартное ядро дистрибутива; если это контейнер — виртуальная машина).',
  realDownSeen: (host, port, client, code) => `${host} не отвечает на порту ${port} и с ${client} (код завершения curl ${code}).`,
  realDownSeenFix: (host) => `Сначала исправьте сеть на ${host} (см. замечание выше), затем проверьте nginx.`,
  vipMissing: (host, vip) => `На ${host} нет VIP ${vip} на lo: при прямой маршрутизации директор передаёт ему пакеты, адресованные VIP, и он их отбрасывает.`,
  onHost: (host, command) => `На ${host}: ${command}`,
  vipPrefix: (host, vip, prefix, route) =>
    `На ${host} VIP назначен на lo как ${vip}/${prefix}: тогда lo присваивает себе всю сеть /${prefix}, и ${host} считает адреса соседей своими${route ? ` (ip route get: "${route}")` : ''}, перестаёт отвечать клиенту, директорам и проверкам состояния.`,
  arp: (host, all, lo) => `На ${host} arp_ignore/arp_announce: all ${all}, lo ${lo} вместо 1/2: с VIP на lo он отвечает на ARP-запросы о VIP (или анонсирует его), и клиенты могут слать трафик прямо ему, а не директору.`,
  realDown: (host, port, from, why) => `${host} не отвечает на порту ${port}${from ? ` с ${from}` : ''}${why}: проверка состояния keepalived убирает его из таблицы IPVS, и всю нагрузку несут остальные реальные серверы.`,
  nginxNotRunning: ' (nginx не запущен)',
  curlExit: (code) => ` (код завершения curl ${code})`,
  http: (code) => ` (HTTP ${code})`,
  realDownFix: (host, port) => `На ${host}: запустите nginx (service nginx start) и проверьте, что он слушает порт ${port} (ss -ltn).`,
  checkedReal: (host) => `${host}: VIP на lo и его префикс, параметры ARP, ответ nginx`,
  heading: (lab, n) => `Проверка лаборатории — ${lab}: ${n ? `замечаний: ${n}` : 'проблем не найдено'}`,
  fix: 'как исправить:',
  checked: 'Проверено:',
};

export const DOCTOR_STRINGS: Record<Lang, DoctorStrings> = { en, ru };

export function doctorStrings(lang: Lang = 'en'): DoctorStrings {
  return DOCTOR_STRINGS[lang];
}
