// What "check with keepalived on host" says itself, in each UI language (ru has en's type).
// keepalived's own findings and output are quoted as it printed them; host names, paths and
// commands stay as they are.
import type { Lang } from '../language/i18n';
import type { HostDependence } from './remoteCheck';

const en = {
  badTmpDir: (dir: string): string => `Bad temporary directory '${dir}'.`,
  uploadFailed: (host: string, tmp: string, why: string): string => `${host}: the upload of the config to ${tmp} failed: ${why}`,
  notInstalled: (host: string): string => `${host}: keepalived is not installed there (apt-get install keepalived).`,
  sudoRefused: (host: string, line: string): string => `${host}: keepalived -t needs root and sudo refused: ${line}`,
  notRead: (host: string, finding: string): string => `keepalived on ${host} did not read the uploaded file (${finding}); it exits 0 in that case, so no finding proves nothing.`,
  netNamespace: (host: string): string => `The config enters a net_namespace; when that namespace does not exist on ${host}, keepalived -t stops there silently and exits 0.`,
  exit: {
    0: 'no findings',
    2: 'parsing stopped: a keyword lacks a required argument',
    4: 'a file is missing, an interface is missing or a fatal error',
    5: 'configuration errors',
    6: 'a security error',
    signal: 'ended by a signal',
    other: (code: number): string => `exit status ${code}`,
  },
  hostDependent: {
    interface: 'depends on the host: an interface of this name does not exist there',
    'script-user': 'depends on the host: the script user (script_user, or keepalived_script by default) does not exist there',
    'script-file': 'depends on the host: the script file is missing there, not executable, or writable by non-root users',
    'track-file': 'depends on the host: the tracked file or its directory does not exist there',
    include: 'depends on the host: an included file does not exist there',
    system: 'depends on the host: a name from its routing configuration (/etc/iproute2) is not defined there',
  } satisfies Record<HostDependence, string>,
  signal: 'signal',
  summary: (source: string, exit: string, meaning: string, n: number): string => `${source}: exit ${exit} (${meaning}), ${n} finding(s)`,
  notRemoved: (tmp: string): string => `; could not remove ${tmp}`,
  note: (text: string): string => `Note: ${text}`,
};

const ru: typeof en = {
  badTmpDir: (dir) => `Недопустимый временный каталог '${dir}'.`,
  uploadFailed: (host, tmp, why) => `${host}: не удалось загрузить конфигурацию в ${tmp}: ${why}`,
  notInstalled: (host) => `${host}: keepalived там не установлен (apt-get install keepalived).`,
  sudoRefused: (host, line) => `${host}: keepalived -t нужны права root, а sudo отказал: ${line}`,
  notRead: (host, finding) => `keepalived на ${host} не прочитал загруженный файл (${finding}); в этом случае он завершается с кодом 0, так что отсутствие замечаний ничего не доказывает.`,
  netNamespace: (host) => `Конфигурация входит в net_namespace; если такого пространства имён на ${host} нет, keepalived -t молча останавливается на этом месте и завершается с кодом 0.`,
  exit: {
    0: 'замечаний нет',
    2: 'разбор прерван: у ключевого слова нет обязательного аргумента',
    4: 'нет файла, нет интерфейса или фатальная ошибка',
    5: 'ошибки конфигурации',
    6: 'ошибка безопасности',
    signal: 'завершён сигналом',
    other: (code) => `код выхода ${code}`,
  },
  hostDependent: {
    interface: 'зависит от хоста: интерфейса с таким именем там нет',
    'script-user': 'зависит от хоста: пользователя для скриптов (script_user, по умолчанию keepalived_script) там нет',
    'script-file': 'зависит от хоста: файла скрипта там нет, он не исполняемый или доступен на запись не только root',
    'track-file': 'зависит от хоста: отслеживаемого файла или его каталога там нет',
    include: 'зависит от хоста: подключаемого файла там нет',
    system: 'зависит от хоста: имя из его настроек маршрутизации (/etc/iproute2) там не определено',
  },
  signal: 'сигнал',
  summary: (source, exit, meaning, n) => `${source}: код выхода ${exit} (${meaning}), замечаний: ${n}`,
  notRemoved: (tmp) => `; не удалось удалить ${tmp}`,
  note: (text) => `Примечание: ${text}`,
};

export type RemoteCheckStrings = typeof en;
export const REMOTE_CHECK_TEXTS: Record<Lang, RemoteCheckStrings> = { en, ru };

export function remoteCheckTexts(lang: Lang | undefined): RemoteCheckStrings {
  return REMOTE_CHECK_TEXTS[lang ?? 'en'];
}
