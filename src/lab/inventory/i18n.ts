// What the lab file checker says about an invalid keepalived-lab.yaml, in each UI language
// (ru has en's type). Keys, values, paths and host names stay as they are in the file.
import type { ErrorCode } from 'yaml';
import type { Lang } from '../../language/i18n';

/** Our sentence per YAML error kind; a kind without one keeps the yaml package's (English) text. */
type YamlErrorTexts = Partial<Record<ErrorCode, string>>;

// The lab file's own section names: the same words in every language.
const SECTIONS = {
  defaults: "'defaults'",
  service: "'service'",
  vips: "'vips'",
  vrrp: "'vrrp'",
  auth: "'auth'",
  hosts: "'hosts'",
};

const en = {
  // Names of the places in the file that the messages below mention.
  labFile: 'the lab file',
  labFileCap: 'The lab file',
  ...SECTIONS,
  eachHost: 'Each host',
  aHost: 'a host',
  eachVip: 'Each VIP',
  aVip: 'a VIP',
  vipAt: (address: string): string => `VIP ${address}`,
  hostNamed: (name: string): string => `host '${name}'`,
  thisHost: 'this host',
  sshOf: (owner: string): string => `'ssh' of ${owner}`,
  directorOf: (owner: string): string => `'director' of ${owner}`,

  yamlSyntax: (message: string): string => `YAML syntax: ${message}`,
  // English keeps the yaml package's own first line, as before.
  yamlErrors: {} as YamlErrorTexts,
  notMapping: (what: string): string => `${what} must be a mapping of key: value lines.`,
  notList: (what: string): string => `${what} must be a list (lines starting with "- ").`,
  unknownKey: (key: string, what: string, near: string | undefined, allowed: string): string =>
    `Unknown key '${key}' in ${what}; it is ignored.${near ? ` Did you mean '${near}'?` : ''} Known keys: ${allowed}.`,
  needs: (what: string, key: string): string => `${what} needs '${key}'.`,
  notSingle: (key: string, what: string): string => `'${key}' of ${what} must be a single value, not a list or mapping.`,
  notInteger: (key: string, what: string, min: number, max: number, value: string | undefined): string =>
    `'${key}' of ${what} must be a whole number from ${min} to ${max}${value !== undefined ? `, not '${value}'` : ''}.`,
  notNumber: (key: string, what: string, min: number, max: number, value: string | undefined): string =>
    `'${key}' of ${what} must be a number from ${min} to ${max}${value !== undefined ? `, not '${value}'` : ''}.`,
  notBoolean: (key: string, what: string): string => `'${key}' of ${what} must be true or false.`,
  entryNotSingle: (key: string, what: string): string => `Each entry of '${key}' in ${what} must be a single value.`,
  notValueOrList: (key: string, what: string): string => `'${key}' of ${what} must be a value or a list of values.`,
  notOneOf: (key: string, what: string, allowed: string, value: string): string => `'${key}' of ${what} must be one of ${allowed}, not '${value}'.`,

  badLabName: (v: string): string => `The lab name '${v}' may hold only letters, digits, '.', '_' and '-'.`,
  needsHosts: "The lab file needs a 'hosts' list (client, directors, real servers).",
  duplicateHost: (name: string): string => `Two hosts are named '${name}'; host names must be unique.`,
  needsService: "The lab file needs a 'service' (VIP, port, VRRP settings).",
  badInterface: (v: string): string => `'${v}' is not a valid interface name (at most 15 letters, digits, '_', '.', '-'; no spaces or shell characters).`,
  notHostAddress: (v: string): string => `'${v}' is not an IP address or host name.`,
  badUser: (v: string): string => `'${v}' is not a valid user name (letters, digits, '_', '.', '-', starting with a letter or '_').`,
  badProxyJump: (v: string): string => `'proxyJump' must be a host name from this file, an ~/.ssh/config alias or [user@]host[:port] (comma-separated for a chain), not '${v}'.`,
  badSshConfigHost: (v: string): string => `'sshConfigHost' must be a Host alias from ~/.ssh/config (letters, digits, '_', '.', '-'), not '${v}'.`,
  badHostName: (v: string): string => `The host name '${v}' may hold only letters, digits, '.', '_' and '-' (at most 63).`,
  needsRole: (label: string): string => `${capital(label)} needs a 'role': client, director or real.`,
  directorNotDirector: (label: string, role: string): string => `'director' settings only apply to hosts with role director; ${label} is ${role}.`,
  sameAddress: (a: string, b: string, address: string): string => `Hosts '${a}' and '${b}' have the same address ${address}.`,
  jumpSelf: (name: string): string => `Host '${name}' cannot jump through itself.`,
  noDirector: 'The lab has no host with role director; the keepalived views stay empty.',
  needsVips: "'service' needs 'vips': the virtual address(es), e.g. - 192.168.1.100/24.",
  vipIsHost: (vip: string, host: string): string => `The VIP ${vip} is also the address of host '${host}'; a VIP must be an address no host owns.`,
  badVip: (v: string): string => `'${v}' is not an address with an optional /prefix (e.g. 192.168.1.100/24).`,
  badPrefix: (prefix: string, address: string, max: number): string => `The prefix /${prefix} of ${address} must be from 1 to ${max}.`,
  notIp: (v: string): string => `'${v}' is not an IP address.`,
  needsVrrp: "'service' needs 'vrrp' with at least 'vrid' (keepalived's virtual_router_id).",
  badInstance: (v: string): string => `The instance name '${v}' may hold only letters, digits, '_', '.', '-'.`,
  passTooLong: (first8: string): string => `keepalived uses only the first 8 characters of auth_pass ('${first8}'); the rest is cut off.`,
  badPass: "The VRRP password may not hold spaces, quotes, '#', '!', braces or backslashes (keepalived would split or cut it).",
};

const ru: typeof en = {
  labFile: 'файл лаборатории',
  labFileCap: 'Файл лаборатории',
  ...SECTIONS,
  eachHost: 'Каждый хост',
  aHost: 'хост',
  eachVip: 'Каждый VIP',
  aVip: 'VIP',
  vipAt: (address) => `VIP ${address}`,
  hostNamed: (name) => `хост '${name}'`,
  thisHost: 'этот хост',
  sshOf: (owner) => `${owner} → 'ssh'`,
  directorOf: (owner) => `${owner} → 'director'`,

  yamlSyntax: (message) => `Синтаксическая ошибка YAML: ${message}`,
  yamlErrors: {
    ALIAS_PROPS: 'у ссылки (alias) не может быть тега или якоря.',
    BAD_ALIAS: 'ссылка (alias) указывает на неизвестный якорь.',
    BAD_DIRECTIVE: 'непонятная директива YAML.',
    BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках.',
    BAD_INDENT: 'неверный отступ: строки одного уровня должны начинаться с одного и того же столбца.',
    BAD_PROP_ORDER: 'якорь и тег должны стоять перед значением.',
    BAD_SCALAR_START: 'значение не может начинаться с этого символа; заключите его в кавычки.',
    BLOCK_AS_IMPLICIT_KEY: 'ключ должен быть простым значением в одной строке.',
    BLOCK_IN_FLOW: 'внутри [...] или {...} нельзя использовать блочную запись.',
    DUPLICATE_KEY: 'ключ повторяется; в одном отображении ключи должны быть уникальными.',
    MISSING_CHAR: 'не хватает закрывающего символа (кавычки, ] или }).',
    MULTILINE_IMPLICIT_KEY: 'ключ должен помещаться в одну строку; возможно, пропущено двоеточие или неверен отступ.',
    MULTIPLE_ANCHORS: 'у значения может быть только один якорь.',
    MULTIPLE_DOCS: 'в файле лаборатории должен быть только один документ YAML (без второго ---).',
    MULTIPLE_TAGS: 'у значения может быть только один тег.',
    NON_STRING_KEY: 'ключ должен быть простой строкой.',
    TAB_AS_INDENT: 'для отступов нельзя использовать табуляцию, только пробелы.',
    UNEXPECTED_TOKEN: 'неожиданный символ в этом месте.',
  },
  notMapping: (what) => `${capital(what)}: ожидается отображение — строки вида «ключ: значение».`,
  notList: (what) => `${capital(what)}: ожидается список — строки, начинающиеся с "- ".`,
  unknownKey: (key, what, near, allowed) =>
    `Неизвестный ключ '${key}' (${low(what)}); он игнорируется.${near ? ` Возможно, имелся в виду '${near}'?` : ''} Известные ключи: ${allowed}.`,
  needs: (what, key) => `${capital(what)}: не хватает ключа '${key}'.`,
  notSingle: (key, what) => `'${key}' (${low(what)}) должен быть одним значением, а не списком или отображением.`,
  notInteger: (key, what, min, max, value) =>
    `'${key}' (${low(what)}) должен быть целым числом от ${min} до ${max}${value !== undefined ? `, а не '${value}'` : ''}.`,
  notNumber: (key, what, min, max, value) =>
    `'${key}' (${low(what)}) должен быть числом от ${min} до ${max}${value !== undefined ? `, а не '${value}'` : ''}.`,
  notBoolean: (key, what) => `'${key}' (${low(what)}) должен быть true или false.`,
  entryNotSingle: (key, what) => `Каждый элемент '${key}' (${low(what)}) должен быть одним значением.`,
  notValueOrList: (key, what) => `'${key}' (${low(what)}) должен быть значением или списком значений.`,
  notOneOf: (key, what, allowed, value) => `'${key}' (${low(what)}) должен быть одним из: ${allowed}, а не '${value}'.`,

  badLabName: (v) => `Имя лаборатории '${v}' может содержать только буквы, цифры, '.', '_' и '-'.`,
  needsHosts: "В файле лаборатории нужен список 'hosts' (клиент, директоры, реальные серверы).",
  duplicateHost: (name) => `Два хоста называются '${name}'; имена хостов должны быть уникальными.`,
  needsService: "В файле лаборатории нужен раздел 'service' (VIP, порт, настройки VRRP).",
  badInterface: (v) => `'${v}' — недопустимое имя интерфейса (не более 15 букв, цифр, '_', '.', '-'; без пробелов и символов оболочки).`,
  notHostAddress: (v) => `'${v}' не является ни IP-адресом, ни именем хоста.`,
  badUser: (v) => `'${v}' — недопустимое имя пользователя (буквы, цифры, '_', '.', '-'; начинается с буквы или '_').`,
  badProxyJump: (v) => `'proxyJump' должен быть именем хоста из этого файла, псевдонимом из ~/.ssh/config или [user@]host[:port] (для цепочки — через запятую), а не '${v}'.`,
  badSshConfigHost: (v) => `'sshConfigHost' должен быть псевдонимом Host из ~/.ssh/config (буквы, цифры, '_', '.', '-'), а не '${v}'.`,
  badHostName: (v) => `Имя хоста '${v}' может содержать только буквы, цифры, '.', '_' и '-' (не более 63 символов).`,
  needsRole: (label) => `${capital(label)}: не хватает ключа 'role' — client, director или real.`,
  directorNotDirector: (label, role) => `Настройки 'director' действуют только для хостов с ролью director, а у ${label.replace(/^хост /, 'хоста ').replace(/^этот хост$/, 'этого хоста')} роль ${role}.`,
  sameAddress: (a, b, address) => `У хостов '${a}' и '${b}' одинаковый адрес ${address}.`,
  jumpSelf: (name) => `Хост '${name}' не может быть промежуточным хостом для самого себя.`,
  noDirector: 'В лаборатории нет хоста с ролью director; представления keepalived останутся пустыми.',
  needsVips: "В 'service' нужен ключ 'vips' — виртуальный адрес (или адреса), например - 192.168.1.100/24.",
  vipIsHost: (vip, host) => `VIP ${vip} совпадает с адресом хоста '${host}'; VIP должен быть адресом, которым не владеет ни один хост.`,
  badVip: (v) => `'${v}' — не адрес с необязательным /префиксом (например, 192.168.1.100/24).`,
  badPrefix: (prefix, address, max) => `Префикс /${prefix} у ${address} должен быть от 1 до ${max}.`,
  notIp: (v) => `'${v}' не является IP-адресом.`,
  needsVrrp: "В 'service' нужен раздел 'vrrp' хотя бы с 'vrid' (virtual_router_id в keepalived).",
  badInstance: (v) => `Имя экземпляра '${v}' может содержать только буквы, цифры, '_', '.', '-'.`,
  passTooLong: (first8) => `keepalived использует только первые 8 символов auth_pass ('${first8}'); остальное отбрасывается.`,
  badPass: "Пароль VRRP не может содержать пробелы, кавычки, '#', '!', фигурные скобки и обратную косую черту (keepalived разрежет или обрежет его).",
};

/** 'Каждый хост' in the middle of a sentence. */
function low(s: string): string {
  return s.replace(/^Каждый/, 'каждый');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type InventoryStrings = typeof en;
export const INVENTORY_TEXTS: Record<Lang, InventoryStrings> = { en, ru };

export function inventoryTexts(lang: Lang | undefined): InventoryStrings {
  return INVENTORY_TEXTS[lang ?? 'en'];
}
