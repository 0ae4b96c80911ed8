// What an SSH connection says when it fails, in each UI language (ru has en's type). Host
// names, addresses, commands and the underlying error text stay as they are.
import type { Lang } from '../../language/i18n';

const en = {
  seconds: (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`),
  noAnswer: (where: string, t: string): string => `${where} did not answer within ${t} (host down, wrong address, or a firewall dropping SSH).`,
  connectCancelled: (where: string): string => `Connecting to ${where} was cancelled.`,
  jumpFailed: (where: string, label: string, host: string, port: number, why: string): string => `Jump host ${where} could not reach ${label} at ${host}:${port}: ${why}.`,
  noHandshake: (where: string, t: string): string => `${where} accepted the TCP connection but did not finish the SSH handshake within ${t}.`,
  everyMethod: 'every method we could offer (no agent, no key file, no password)',
  loginFailed: (where: string, tried: string): string => `Login to ${where} failed: the server refused ${tried}. Check the user name and that the key is in the host's authorized_keys.`,
  handshakeFailed: (where: string, why: string): string => `SSH handshake with ${where} failed: ${why}.`,
  closedInHandshake: (where: string): string => `${where} closed the connection during the SSH handshake.`,
  lostWhile: (where: string, reason: string): string => `The connection to ${where} was lost (${reason}) while a command was running; it will be opened again on the next command.`,
  closed: (where: string): string => `The connection to ${where} is closed.`,
  cancelledBefore: (cmd: string, label: string): string => `\`${cmd}\` on ${label} was cancelled before it started.`,
  sudoPassword: (where: string, user: string): string => `${where}: sudo needs a password for ${user}; we only run sudo -n. Allow it without a password (NOPASSWD) or log in as root.`,
  commandTimeout: (cmd: string, label: string, t: string): string => `\`${cmd}\` on ${label} did not finish within ${t}; it was stopped.`,
  commandCancelled: (cmd: string, label: string): string => `\`${cmd}\` on ${label} was cancelled.`,
  lostBefore: (where: string, cmd: string): string => `The connection to ${where} was lost before \`${cmd}\` started.`,
  refusedCommand: (where: string, why: string): string => `${where} refused to run a command: ${why}.`,
  lostDuring: (where: string, cmd: string): string => `The connection to ${where} was lost while \`${cmd}\` was running (sshd stopped or the host went away); it will be opened again on the next command.`,
  refusedSftp: (where: string, why: string): string => `${where} refused an SFTP session: ${why} (is "Subsystem sftp" enabled in sshd_config?).`,
  uploadFailed: (path: string, where: string, why: string): string => `Uploading ${path} to ${where} failed: ${why}.`,
  readFailed: (path: string, where: string, why: string): string => `Reading ${path} from ${where} failed: ${why}.`,
  refusedShell: (where: string, why: string): string => `${where} refused a shell: ${why}.`,
  refused: (where: string): string => `${where} refused the connection: no SSH server is listening on that port.`,
  dns: (where: string): string => `The host name of ${where} does not resolve.`,
  unreachable: (where: string, code: string | undefined): string => `${where} is unreachable (${code}): host down or no route to it.`,
  cannotConnect: (where: string, why: string): string => `Cannot connect to ${where}: ${why}.`,
  noHost: (ref: string): string => `There is no host '${ref}' in the lab file.`,
  keyRevoked: (label: string, where: string, type: string, fp: string, source: string): string => `${label} (${where}) presented the ${type} key ${fp}, which is marked @revoked in ${source}. Refusing to connect.`,
  keyChanged: (label: string, where: string, type: string, oldFp: string, oldSource: string, fp: string): string =>
    `WARNING: the host key of ${label} (${where}) has CHANGED. Known ${type} key: ${oldFp} (${oldSource}); ` +
    `the host now presents ${fp}. This happens when a lab VM is rebuilt on the same address, ` +
    `but it can also be somebody in the middle. Refusing to connect. If you rebuilt the host, use "forget this host's key" and connect again.`,
  keyUnknownStrict: (label: string, where: string, type: string, fp: string): string => `${label} (${where}) presented the unknown ${type} key ${fp} and StrictHostKeyChecking is yes: add it to known_hosts first (ssh-keyscan, then check the fingerprint).`,
  keyUnknownNobody: (label: string, where: string, type: string, fp: string): string => `${label} (${where}) presented the unknown ${type} key ${fp} and there is nobody to ask whether to trust it.`,
  keyNotAccepted: (label: string, where: string, type: string, fp: string): string => `The ${type} key ${fp} of ${label} (${where}) was not accepted; not connecting.`,
  trustStoreUnreadable: (file: string, why: string): string => `The host key trust store ${file} cannot be read: ${why}`,
  configUnreadable: (file: string, why: string): string => `Cannot read the SSH config ${file}: ${why}`,
  jumpLoop: (label: string): string => `ProxyJump chain of ${label} is too long or loops.`,
  badAddress: (host: string, label: string): string => `The SSH address '${host}' of ${label} is not an IP address or host name.`,
  badUser: (user: string, label: string): string => `The SSH user '${user}' of ${label} is not a valid user name.`,
  badPort: (port: string | undefined, label: string): string => `The SSH port '${port}' of ${label} is not a port number.`,
  badJump: (hop: string, label: string): string => `Cannot read the jump host '${hop}' of ${label} ([user@]host[:port] expected).`,
  jumpLabel: (hop: string): string => `jump host ${hop}`,
};

const ru: typeof en = {
  seconds: (ms) => (ms % 1000 === 0 ? `${ms / 1000} с` : `${(ms / 1000).toFixed(1).replace('.', ',')} с`),
  noAnswer: (where, t) => `${where} не ответил за ${t} (хост выключен, неверный адрес или межсетевой экран отбрасывает SSH).`,
  connectCancelled: (where) => `Подключение к ${where} отменено.`,
  jumpFailed: (where, label, host, port, why) => `Промежуточный хост ${where} не смог связаться с ${label} по адресу ${host}:${port}: ${why}.`,
  noHandshake: (where, t) => `${where} принял TCP-соединение, но не завершил согласование SSH за ${t}.`,
  everyMethod: 'все способы, которые мы могли предложить (нет агента, файла ключа и пароля)',
  loginFailed: (where, tried) => `Не удалось войти на ${where}: сервер отверг ${tried}. Проверьте имя пользователя и что ключ есть в authorized_keys на хосте.`,
  handshakeFailed: (where, why) => `Согласование SSH с ${where} не удалось: ${why}.`,
  closedInHandshake: (where) => `${where} закрыл соединение во время согласования SSH.`,
  lostWhile: (where, reason) => `Соединение с ${where} потеряно (${reason}) во время выполнения команды; при следующей команде оно будет открыто снова.`,
  closed: (where) => `Соединение с ${where} закрыто.`,
  cancelledBefore: (cmd, label) => `\`${cmd}\` на ${label} отменена до запуска.`,
  sudoPassword: (where, user) => `${where}: sudo требует пароль для ${user}, а мы запускаем только sudo -n. Разрешите sudo без пароля (NOPASSWD) или входите как root.`,
  commandTimeout: (cmd, label, t) => `\`${cmd}\` на ${label} не завершилась за ${t} и была остановлена.`,
  commandCancelled: (cmd, label) => `\`${cmd}\` на ${label} отменена.`,
  lostBefore: (where, cmd) => `Соединение с ${where} потеряно до запуска \`${cmd}\`.`,
  refusedCommand: (where, why) => `${where} отказался выполнить команду: ${why}.`,
  lostDuring: (where, cmd) => `Соединение с ${where} потеряно во время выполнения \`${cmd}\` (sshd остановлен или хост пропал); при следующей команде оно будет открыто снова.`,
  refusedSftp: (where, why) => `${where} отказал в сеансе SFTP: ${why} (включён ли "Subsystem sftp" в sshd_config?).`,
  uploadFailed: (path, where, why) => `Не удалось загрузить ${path} на ${where}: ${why}.`,
  readFailed: (path, where, why) => `Не удалось прочитать ${path} с ${where}: ${why}.`,
  refusedShell: (where, why) => `${where} отказал в командной оболочке: ${why}.`,
  refused: (where) => `${where} отклонил соединение: на этом порту не слушает SSH-сервер.`,
  dns: (where) => `Имя хоста ${where} не разрешается в адрес.`,
  unreachable: (where, code) => `${where} недоступен (${code}): хост выключен или к нему нет маршрута.`,
  cannotConnect: (where, why) => `Не удалось подключиться к ${where}: ${why}.`,
  noHost: (ref) => `В файле лаборатории нет хоста '${ref}'.`,
  keyRevoked: (label, where, type, fp, source) => `${label} (${where}) предъявил ключ хоста ${type} с отпечатком ${fp}, который помечен как @revoked в ${source}. Подключение отклонено.`,
  keyChanged: (label, where, type, oldFp, oldSource, fp) =>
    `ВНИМАНИЕ: ключ хоста ${label} (${where}) ИЗМЕНИЛСЯ. Известный ключ ${type}: ${oldFp} (${oldSource}); ` +
    `сейчас хост предъявляет ${fp}. Так бывает, когда лабораторную ВМ пересоздали на том же адресе, ` +
    `но это может быть и атака «человек посередине». Подключение отклонено. Если вы пересоздали хост, выберите «забыть ключ этого хоста» и подключитесь снова.`,
  keyUnknownStrict: (label, where, type, fp) => `${label} (${where}) предъявил неизвестный ключ хоста ${type} с отпечатком ${fp}, а StrictHostKeyChecking равен yes: сначала добавьте ключ в known_hosts (ssh-keyscan, затем сверьте отпечаток).`,
  keyUnknownNobody: (label, where, type, fp) => `${label} (${where}) предъявил неизвестный ключ хоста ${type} с отпечатком ${fp}, и некого спросить, доверять ли ему.`,
  keyNotAccepted: (label, where, type, fp) => `Ключ хоста ${type} с отпечатком ${fp} для ${label} (${where}) не принят; подключения не будет.`,
  trustStoreUnreadable: (file, why) => `Не удалось прочитать хранилище доверенных ключей хостов ${file}: ${why}`,
  configUnreadable: (file, why) => `Не удалось прочитать конфигурацию SSH ${file}: ${why}`,
  jumpLoop: (label) => `Цепочка ProxyJump для ${label} слишком длинная или зациклена.`,
  badAddress: (host, label) => `SSH-адрес '${host}' для ${label} не является ни IP-адресом, ни именем хоста.`,
  badUser: (user, label) => `SSH-пользователь '${user}' для ${label} — недопустимое имя пользователя.`,
  badPort: (port, label) => `SSH-порт '${port}' для ${label} — не номер порта.`,
  badJump: (hop, label) => `Не удалось разобрать промежуточный хост '${hop}' для ${label} (ожидается [user@]host[:port]).`,
  jumpLabel: (hop) => `промежуточный хост ${hop}`,
};

export type SshStrings = typeof en;
export const SSH_TEXTS: Record<Lang, SshStrings> = { en, ru };

export function sshTexts(lang: Lang | undefined): SshStrings {
  return SSH_TEXTS[lang ?? 'en'];
}
