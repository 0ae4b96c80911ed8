// What the local namespace lab says (errors and progress lines), in each UI language
// (ru has en's type). Commands, host names, addresses, paths and tool output stay as they are.
import type { Lang } from '../../language/i18n';

const en = {
  commandFailed: (command: string, detail: string): string => `${command} failed: ${detail}`,
  needsLinux: (platform: string): string => `The namespace lab needs Linux (network, mount and PID namespaces); this is ${platform}.`,
  needsRoot: 'The namespace lab must be run as root (it creates network namespaces, a bridge and veth interfaces): try sudo.',
  needsPackages: (packages: string): string => `The namespace lab needs these Debian packages: ${packages} (apt-get install -y ${packages}).`,
  addressTaken: (net: string, dev: string, down: string): string => `Another lab already uses ${net} here (interface ${dev}). Take it down first (${down}).`,
  alreadyUp: (lab: string, file: string, down: string): string => `The namespace lab '${lab}' is already up (${file}); run '${down}' first.`,
  networkUp: (ms: number): string => `network up (${ms} ms)`,
  sshdUp: (hosts: number, ms: number): string => `sshd up on ${hosts} hosts (${ms} ms)`,
  nginxUp: (ms: number): string => `nginx up on the real servers (${ms} ms)`,
  cannotStartHost: (host: string): string => `Could not start lab host ${host}.`,
  sshdNotUp: (host: string, seconds: number): string => `sshd of lab host ${host} did not come up within ${seconds} s.`,
  setupFailed: (host: string, detail: string): string => `Setting up ${host} (nginx, VIP on lo) failed: ${detail}`,
  hostNotRunning: (host: string, lab: string): string => `Lab host ${host} of '${lab}' is not running.`,
  sshdNotStarted: (host: string, detail: string): string => `sshd of ${host} did not start: ${detail}`,
  sshdNotListening: (host: string, seconds: number): string => `sshd of ${host} did not listen within ${seconds} s.`,
  badName: (lab: string): string => `The namespace lab name '${lab}' must be 1-8 lower-case letters or digits, starting with a letter.`,
};

const ru: typeof en = {
  commandFailed: (command, detail) => `${command} завершилась с ошибкой: ${detail}`,
  needsLinux: (platform) => `Лаборатории на пространствах имён нужен Linux (пространства имён сети, монтирования и PID), а здесь ${platform}.`,
  needsRoot: 'Лабораторию на пространствах имён нужно запускать от root (она создаёт сетевые пространства имён, мост и пары veth): попробуйте sudo.',
  needsPackages: (packages) => `Лаборатории на пространствах имён нужны пакеты Debian: ${packages} (apt-get install -y ${packages}).`,
  addressTaken: (net, dev, down) => `Сеть ${net} здесь уже занята другой лабораторией (интерфейс ${dev}). Сначала остановите её (${down}).`,
  alreadyUp: (lab, file, down) => `Лаборатория на пространствах имён '${lab}' уже запущена (${file}); сначала выполните '${down}'.`,
  networkUp: (ms) => `сеть поднята (${ms} мс)`,
  sshdUp: (hosts, ms) => `sshd запущен на ${hosts} хостах (${ms} мс)`,
  nginxUp: (ms) => `nginx запущен на реальных серверах (${ms} мс)`,
  cannotStartHost: (host) => `Не удалось запустить хост лаборатории ${host}.`,
  sshdNotUp: (host, seconds) => `sshd на хосте лаборатории ${host} не поднялся за ${seconds} с.`,
  setupFailed: (host, detail) => `Не удалось настроить ${host} (nginx, VIP на lo): ${detail}`,
  hostNotRunning: (host, lab) => `Хост ${host} лаборатории '${lab}' не запущен.`,
  sshdNotStarted: (host, detail) => `sshd на ${host} не запустился: ${detail}`,
  sshdNotListening: (host, seconds) => `sshd на ${host} не начал принимать соединения за ${seconds} с.`,
  badName: (lab) => `Имя лаборатории на пространствах имён '${lab}' должно состоять из 1–8 строчных латинских букв или цифр и начинаться с буквы.`,
};

export type NsLabStrings = typeof en;
export const NSLAB_TEXTS: Record<Lang, NsLabStrings> = { en, ru };

export function nsLabTexts(lang: Lang | undefined): NsLabStrings {
  return NSLAB_TEXTS[lang ?? 'en'];
}
