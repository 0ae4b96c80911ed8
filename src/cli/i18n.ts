// The command line's own texts (help, usage and I/O errors, the lint summary) in English and
// Russian. Findings come from the language service's catalogue (src/language/i18n); the lint
// output format (file:line:col: severity code: message, JSON, SARIF) never changes, only the
// message text does. The language: --lang, else LC_ALL / LC_MESSAGES / LANG.
import { Lang, msgLang } from '../language/i18n';
import { ruPlural } from '../language/i18n/plural';

type Arg = string | number;

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
  // format
  formatSummary: () => `lay keepalived.conf files out canonically (as the editor's Format Document)`,
  formatHelp: (indent: Arg) => `Usage: keepalived-lab format [options] FILE...

Rewrites keepalived.conf files in one layout: one statement per line, indentation by block
depth, single blank lines, comments kept (the editor's Format Document does the same). It only
changes what keepalived reads the same way, and writes a file only when the new text parses to
the same statements as the old. Files that a FILE includes are not touched unless given too.

Options:
  --check        change nothing: print the files that are not formatted, exit 1 if there are any
  --indent N     indent with N spaces, 1 to 16 (default: ${indent})
  --tabs         indent with tabs
  --lang en|ru   language of the messages (default from LC_ALL, LC_MESSAGES or LANG)
  -h, --help     show this help

FILE '-' reads standard input and writes the formatted text to standard output.
The files that were (or with --check would be) changed are printed, one per line; a summary goes
to stderr. A file is replaced whole (written beside it, then renamed over it) and keeps its
permissions and owner; a file that is not valid UTF-8 is left as it is.
Exit status: 0 done (--check: every file formatted), 1 (--check) some file is not formatted,
2 usage or file problems.
`,
  indentOrTabs: () => `--indent and --tabs exclude each other`,
  badIndent: (given: Arg) => `--indent needs a number of spaces from 1 to 16 (got '${given}')`,
  stdinOnce: () => `'-' (standard input) can be given only once`,
  notUtf8: (file: Arg) => `'${file}' is not valid UTF-8 text; it is left as it is`,
  formatWouldChangeMeaning: (file: Arg) => `'${file}' was not formatted: the formatted text would not read the same to keepalived (please report this)`,
  cannotWrite: (file: Arg, why: Arg) => `cannot write '${file}': ${why}; the file is unchanged`,
  formatSummaryLine: (changed: number, total: number) => `${changed} of ${total} ${total === 1 ? 'file' : 'files'} reformatted`,
  formatCheckSummary: (changed: number, total: number) => `${changed} of ${total} ${total === 1 ? 'file is' : 'files are'} not formatted`,
  noSpace: () => `no space left on the device`,
  readOnlyFs: () => `the file system is read-only`,
  // lint
  lintSummary: () => `check keepalived.conf files and report problems`,
  lintHelp: () => `Usage: keepalived-lab lint [options] [FILE...]

Checks keepalived.conf files (and the files they include) and prints what keepalived
would silently do differently from what the file seems to say.

Options:
  --format text|json|sarif|github
                               output format (default: text)
                                 text   file:line:col: severity code: message, summary on stderr
                                 json   a JSON array of {file, line, column, endLine, endColumn,
                                        severity, code, message}
                                 sarif  SARIF 2.1.0 (GitHub code scanning)
                                 github GitHub Actions annotations (::error file=...,line=...::),
                                        summary on stderr
  --keepalived-version 2.2|2.4 the keepalived version the file is for (default: 2.2, Debian 12)
  --config-id ID               keepalived's config id (-i) for @ID lines (default: this host's name)
  --stdin-filename NAME        with FILE '-' (standard input): the name to show for it, and the
                               folder its relative includes are found in (default: <stdin>
                               in the current folder)
  --severity CODE=LEVEL        change a rule's severity; LEVEL is error, warning, information,
                               hint or off (may be given several times)
  --lang en|ru                 language of the messages (default from LC_ALL, LC_MESSAGES or LANG)
  -h, --help                   show this help

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or file problems
(or an internal error of the checker).
Files included by another file on the command line are checked as part of it.
FILE '-' reads the config from standard input, e.g.
  ssh lb1 cat /etc/keepalived/keepalived.conf | keepalived-lab lint -
Without FILE, the file keepalived itself reads: /etc/keepalived/keepalived.conf.
`,
  unknownFormat: (format: Arg) => `unknown format '${format}' (use text, json, sarif or github)`,
  unsupportedVersion: (version: Arg, versions: Arg) => `unsupported keepalived version '${version}' (use ${versions})`,
  or: () => ` or `,
  configIdEmpty: () => `option '--config-id' needs a non-empty value`,
  noFile: () => `no FILE given`,
  noFileNoDefault: (def: Arg) => `no FILE given, and keepalived's default ${def} does not exist`,
  stdinNameEmpty: () => `option '--stdin-filename' needs a non-empty value`,
  stdinNameWithoutDash: () => `option '--stdin-filename' names standard input, so it needs FILE '-' too`,
  cannotReadStdin: (why: Arg) => `cannot read standard input: ${why}`,
  stdinUnavailable: () => `there is none here`,
  stdinTooLarge: (max: Arg, verb: Arg) => `cannot ${verb} standard input: it is more than the ${max} bytes keepalived-lab reads`,
  readingStdin: () => `keepalived-lab: reading the config from standard input (end it with Ctrl+D)\n`,
  severityExpects: (entry: Arg) => `--severity expects CODE=LEVEL, got '${entry}'`,
  unknownRuleCode: (code: Arg) => `unknown rule code '${code}' in --severity`,
  unknownLevel: (level: Arg, entry: Arg, levels: Arg) => `unknown level '${level}' in --severity ${entry} (use ${levels})`,
  internalErrorChecking: (arg: Arg, detail: Arg) => `keepalived-lab: internal error while checking '${arg}': ${detail}\n`,
  githubHidden: (shown: Arg, errors: Arg, warnings: Arg, notices: Arg) => `keepalived-lab: GitHub shows ${shown} annotations of each kind per step; not shown there, only in this log: ${errors} errors, ${warnings} warnings, ${notices} notices\n`,
  sarifTruncated: (max: Arg, total: Arg) => `keepalived-lab: SARIF output keeps the first ${max} of ${total} findings (GitHub code scanning's limit per run)\n`,
  cannotRead: (arg: Arg, why: Arg) => `cannot read '${arg}': ${why}`,
  isDirectory: (arg: Arg, verb: Arg) => `cannot ${verb} '${arg}': it is a directory, not a file`,
  notRegularFile: (arg: Arg, verb: Arg) => `cannot ${verb} '${arg}': it is not a regular file`,
  tooLarge: (arg: Arg, size: Arg, max: Arg, verb: Arg) => `cannot ${verb} '${arg}': it is ${size} bytes, more than the ${max} bytes keepalived-lab reads`,
  verbLint: () => `lint`,
  verbFormat: () => `format`,
  noSuchFile: () => `no such file`,
  permissionDenied: () => `permission denied`,
  notADirectory: () => `a part of the path is not a directory`,
  isADirectory: () => `it is a directory, not a file`,
  tooManyLinks: () => `too many symbolic links`,
  summary: (errors: number, warnings: number, files: number) =>
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  // lab, plan
  labHelp: () => `Usage: keepalived-lab lab SUBCOMMAND [options]

The local namespace lab (Linux, root):
  up [--name N] [--with-keepalived]   build client, lb1, lb2, web1, web2 in network namespaces
                                      (198.51.100.0/24, VIP 198.51.100.100) with sshd and nginx,
                                      and write its keepalived-lab.yaml; --with-keepalived also
                                      deploys and starts a sample keepalived pair on lb1/lb2
  down [--name N]                     remove the lab (safe to repeat)
  status [--name N]                   show whether the lab's hosts run

Lab files:
  init [--template | --vagrant FILE | --nslab [--name N]] [-o FILE] [--force]
                                      write keepalived-lab.yaml: the seed lab's template (default),
                                      from \`vagrant ssh-config\` output, or for the namespace lab
  check [FILE]                        validate a lab file (default ./keepalived-lab.yaml)

Live state over SSH:
  state [FILE] [--json]               read every host's state: keepalived, VRRP state, VIP holder,
                                      IPVS table, real servers' VIP/ARP/nginx, client's view

Guided walkthrough and doctor (keepalived-lab lab step --help for their options):
  step [ID] [FILE]                    run one step of the walkthrough and verify it (no ID: list them)
  run-all [FILE]                      run every step in order
  doctor [FILE]                       find the seed lab's mistakes on the live lab, each with its fix

Report and host check (keepalived-lab lab report --help, lab check-on-host --help):
  report [FILE] [--lang ru|en] [-o OUT] [--run RUN] [--compare A B]
                                      the Markdown lab report of the last walkthrough run
  check-on-host HOST CONFIG [FILE]    check CONFIG with the keepalived of lab host HOST

Options:
  -h, --help                          show this help
  --lang en|ru                        language of messages (default from LC_ALL, LC_MESSAGES or LANG)

Exit status: 0 ok, 1 problems found (invalid lab file, unreachable hosts), 2 usage or setup errors.
`,
  planHelp: () => `Usage: keepalived-lab plan --directors N --traffic BW --link BW --failures F [options]

Finds the smallest number of VIPs, and which director is MASTER and BACKUP for each, so that
N directors share BW of incoming traffic and, after any F of them fail, no director's link is
full. Shows the reasoning, including why fewer VIPs do not work.

Options:
  --directors N        number of directors (default 3)
  --traffic BW         incoming traffic, e.g. 1.5G, 800M, 1.5Gbit/s (default 1.5G)
  --link BW            link speed of each director (default 1G)
  --failures F         directors that may be down at the same time (default 1)
  --headroom P         share of each link to keep free after failures, e.g. 10% (default: any)
  --uneven             allow directors to be MASTER for different numbers of VIPs
  --generate DIR       write DIR/<director>/keepalived.conf for the layout, the health check
                       script and real-servers.sh (VIPs on lo), each config checked by our analyzer
  --lab FILE           take directors, real servers, VIP and VRRP settings from a lab file
                       (default: example addresses in 198.51.100.0/24)
  --json               print the plan as JSON
  --lang en|ru         language of messages (default from LC_ALL, LC_MESSAGES or LANG)
  -h, --help           show this help

The defaults are the seed's question: 3 directors, 1.5 Gbit/s, 1 Gbit/s links, 1 failure.
Exit status: 0 a plan was found (and the configs are clean), 1 no plan or analyzer findings, 2 usage.
`,
  guideHelp: () => `Guided walkthrough and doctor (over SSH, on the hosts of the lab file):
  step [ID] [FILE]                    run one step (by id or number) and verify it; no ID lists the steps
  run-all [FILE]                      run every step in order, stopping at a failed one
  doctor [FILE] [--json]              look for the seed lab's mistakes on the live lab, each with its fix

Step options:
  --requests N                        requests for the traffic steps (default 20)
  --no-install                        report missing packages instead of installing them with apt-get
  --own-config HOST=FILE              keepalived-config: deploy your own config for HOST (repeat per director)
  --check-deployed                    keepalived-config: only check the configs already on the directors
  --directors N --traffic BW --link BW --failures N
                                      active-active: the planner's inputs (default: the seed's 3, 1.5G, 1G, 1)
  --deploy-plan                       active-active: deploy the planned configs when the lab has that many directors
  --verify-only                       only run the step's verification
  --continue                          run-all: go on after a failed step
  --verbose                           print every command with its output
  --json                              print the results as JSON
  --save DIR | --no-save              where each run's JSON goes (default $XDG_STATE_HOME/keepalived-lab/runs/LAB)

Exit status of step/run-all: 0 passed, 1 failed, 2 usage or setup error, 3 stopped because the kernel has no IPVS.
Exit status of doctor: 0 nothing found, 1 findings.
`,
  reportHelp: () => `Usage: keepalived-lab lab report [FILE] [options]

Writes the lab report (Markdown) of the last walkthrough run: the lab and its topology, the
directors' keepalived.conf with our analyzer's and keepalived -t's findings, the traffic and
ipvsadm statistics, the InActConn answer, the failover, the VIP planner, and every step with
the exact commands and their real output. Failed, skipped or IPVS-less steps are named at the top.

  FILE                   the lab file (default ./keepalived-lab.yaml): names the lab whose runs
                         are read and describes its hosts
  --run PATH             report on this run instead: a run file (*.run.json), a step result, a
                         directory of step results, or the output of 'lab run-all --json' (repeatable)
  --runs DIR             where the walkthrough saved its results
                         (default $XDG_STATE_HOME/keepalived-lab/runs/LAB)
  --lang ru|en           language (default from LC_ALL, LC_MESSAGES or LANG: ru* gives Russian)
  -o, --output FILE      write the report there, and the run it was made from next to it
                         (FILE.md -> FILE.run.json) so it can be made again or compared
  --no-save-run          with -o: do not write the .run.json
  --json                 print the run (the .run.json content) instead of the report
  --compare A B          compare two runs (run files, step results or directories) instead

Exit status: 0 every step passed; 1 a step failed, had an error, was cancelled or did not run;
3 the only shortfall is that the directors' kernel has no IPVS; 2 usage errors or no run found.
`,
  checkOnHostHelp: () => `Usage: keepalived-lab lab check-on-host HOST CONFIG [FILE] [--json]

Uploads CONFIG to a temporary file on the lab host HOST (from the lab file FILE, default
./keepalived-lab.yaml), runs that host's own keepalived -t on it, removes the file, and prints
keepalived's findings on CONFIG's lines. Findings that depend on the host (a missing
interface, script user or script file) are marked.

Exit status: 0 no findings, 1 findings, 2 usage, lab file or connection problems.
`,
  labUnknownSub: (sub: Arg) => `unknown subcommand '${sub}' (use up, down, status, init, check, state, step, run-all, doctor, report or check-on-host)`,
  labDownRoot: () => `keepalived-lab lab down: must be run as root.\n`,
  fileExists: (target: Arg) => `${target} exists (use --force to replace it)`,
  checkTodo: (list: Arg) => `Check the TODO comments for: ${list}\n`,
  nslabNotUp: (name: Arg) => `the namespace lab '${name}' is not up (keepalived-lab lab up)`,
  nslabBadName: (name: Arg) => `--name '${name}': a namespace lab's name is 1-8 lower-case letters or digits, starting with a letter`,
  wrote: (target: Arg) => `Wrote ${target}\n`,
  labFileMissing: (file: Arg) => `${file} does not exist (keepalived-lab lab init writes one)`,
  labCheckSummary: (errors: Arg, warnings: Arg) => `${errors} error(s), ${warnings} warning(s)\n`,
  nslabRemoved: (list: Arg) => `Removed: ${list}\n`,
  nslabNothing: (name: Arg) => `Namespace lab '${name}' was not up; nothing to remove.\n`,
  checkOnHostArgs: () => `check-on-host needs HOST and CONFIG`,
  fileMissing: (file: Arg) => `${file} does not exist`,
  noSuchHost: (host: Arg, hosts: Arg) => `the lab has no host '${host}' (hosts: ${hosts})`,
  compareNeedsTwo: (count: Arg) => `--compare needs two runs (got ${count})`,
  reportNoRun: (file: Arg) => `no lab file (${file}) and no --run: say which run to report on`,
  runKept: (file: Arg) => `Run kept in ${file}\n`,
  needsCountAtLeast: (name: Arg, min: Arg, given: Arg) => `--${name} needs a whole number of at least ${min} (got '${given}')`,
  needsBandwidth: (name: Arg, given: Arg) => `--${name} needs a bandwidth such as 1.5G, 800M or 1Gbit/s (got '${given}')`,
  ownConfigSpec: (given: Arg) => `--own-config needs HOST=FILE (got '${given}')`,
  ownConfigMissing: (file: Arg) => `--own-config: ${file} does not exist`,
  guideLabFileMissing: (file: Arg) => `${file} does not exist (keepalived-lab lab init writes one, keepalived-lab lab up builds a local lab)`,
  headroomShare: (given: Arg) => `--headroom needs a share such as 10% or 0.1 (got '${given}')`,
  headroomBelow: (given: Arg) => `--headroom must be below 100% (got '${given}')`,
  needsCount: (name: Arg, given: Arg) => `--${name} needs a whole number (got '${given}')`,
  notLabFile: (file: Arg) => `${file} is not a valid lab file (keepalived-lab lab check ${file})`,
  planDirectorsMismatch: (lab: Arg, plan: Arg) => `the lab file has ${lab} directors, the plan ${plan}: drop --lab or --directors`,
  nslabUp: (name: Arg, seconds: Arg, file: Arg, ssh: Arg, hosts: Arg, ipvs: number, down: Arg) => `Namespace lab '${name}' is up (${seconds} s).
  lab file:  ${file}
  ssh:       ${ssh}
${hosts}
  VIP 198.51.100.100/24; this kernel ${ipvs ? 'has' : 'has no'} IPVS.
Take it down with: ${down}
`,
  nslabStatus: (name: Arg, up: number) => `Namespace lab '${name}': ${up ? 'up' : 'down'}\n`,
  nslabHost: (pid: number, sshUp: number) => `${pid ? `running (pid ${pid})` : 'not running'}${pid ? `, sshd ${sshUp ? 'listening' : 'NOT listening'}` : ''}`,
  nslabFile: (file: Arg) => `  lab file: ${file}\n`,
  planLayout: (vips: Arg, each: Arg) => `Layout (${vips} VIPs, ${each} each):`,
  planFailures: () => `Every tolerated failure:`,
  planWritten: (dir: Arg) => `Configs written to ${dir}:`,
  planLint: (file: Arg, errors: Arg, warnings: Arg) => `  ${file}: ${errors} error(s), ${warnings} warning(s) from our analyzer`,
  planCheckScript: (file: Arg, target: Arg) => `  ${file}: install it as ${target} (mode 755, owned by root) on every director`,
  planRealServers: (file: Arg) => `  ${file}: run it on every real server (every VIP on lo as /32)`,
  labSummary: () => `run the local namespace lab, write and check lab files, read a lab's live state`,
  planSummary: () => `plan active-active VIPs: how many, and which director is MASTER/BACKUP for each`,
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
  formatSummary: () => `привести файлы keepalived.conf к единому виду (как «Форматировать документ» в редакторе)`,
  formatHelp: (indent) => `Использование: keepalived-lab format [параметры] ФАЙЛ...

Переписывает файлы keepalived.conf в едином виде: одна инструкция в строке, отступ по глубине
блока, не больше одной пустой строки подряд, комментарии сохраняются (то же делает
«Форматировать документ» в редакторе). Меняется только то, что keepalived читает одинаково, и файл
записывается, только если новый текст разбирается в те же инструкции, что и старый. Файлы, которые
ФАЙЛ подключает, не трогаются, если они не указаны сами.

Параметры:
  --check        ничего не менять: вывести неотформатированные файлы, код 1, если такие есть
  --indent N     отступ в N пробелов, от 1 до 16 (по умолчанию ${indent})
  --tabs         отступ табуляцией
  --lang en|ru   язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)
  -h, --help     показать эту справку

ФАЙЛ '-' читает стандартный ввод и пишет отформатированный текст в стандартный вывод.
Изменённые (с --check — требующие изменения) файлы выводятся по одному в строке; итог — в stderr.
Файл заменяется целиком (пишется рядом и переименовывается поверх старого) и сохраняет права и
владельца; файл, который не является корректным UTF-8, остаётся как есть.
Код выхода: 0 — готово (--check: все файлы отформатированы), 1 (--check) — есть
неотформатированные файлы, 2 — ошибка в командной строке или с файлом.
`,
  indentOrTabs: () => `--indent и --tabs нельзя указывать вместе`,
  badIndent: (given) => `--indent ожидает число пробелов от 1 до 16 (указано '${given}')`,
  stdinOnce: () => `'-' (стандартный ввод) можно указать только один раз`,
  notUtf8: (file) => `'${file}' — не корректный текст UTF-8; файл оставлен как есть`,
  formatWouldChangeMeaning: (file) => `'${file}' не отформатирован: keepalived прочитал бы отформатированный текст иначе (сообщите об этом, пожалуйста)`,
  cannotWrite: (file, why) => `не удаётся записать '${file}': ${why}; файл не изменён`,
  formatSummaryLine: (changed, total) => `переформатировано ${changed} из ${total} ${total % 10 === 1 && total % 100 !== 11 ? 'файла' : 'файлов'}`,
  formatCheckSummary: (changed, total) => `не отформатировано ${changed} из ${total} ${total % 10 === 1 && total % 100 !== 11 ? 'файла' : 'файлов'}`,
  noSpace: () => `на устройстве нет места`,
  readOnlyFs: () => `файловая система только для чтения`,
  lintSummary: () => `проверить файлы keepalived.conf и сообщить о проблемах`,
  lintHelp: () => `Использование: keepalived-lab lint [параметры] [ФАЙЛ...]

Проверяет файлы keepalived.conf (и подключаемые ими файлы) и сообщает, что keepalived
молча сделает не так, как, казалось бы, написано в файле.

Параметры:
  --format text|json|sarif|github
                               формат вывода (по умолчанию text)
                                 text   file:line:col: severity code: message, итог в stderr
                                 json   массив JSON из {file, line, column, endLine, endColumn,
                                        severity, code, message}
                                 sarif  SARIF 2.1.0 (GitHub code scanning)
                                 github аннотации GitHub Actions (::error file=...,line=...::),
                                        итог в stderr
  --keepalived-version 2.2|2.4 версия keepalived, для которой файл (по умолчанию 2.2, Debian 12)
  --config-id ID               config id keepalived (-i) для строк @ID (по умолчанию имя этого хоста)
  --stdin-filename ИМЯ         с ФАЙЛОМ '-' (стандартный ввод): имя, под которым его показывать, и
                               папка, где искать его относительные include (по умолчанию <stdin>
                               в текущей папке)
  --severity CODE=LEVEL        изменить важность правила; LEVEL — error, warning, information,
                               hint или off (можно указать несколько раз)
  --lang en|ru                 язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)
  -h, --help                   показать эту справку

Код выхода: 0 — ошибок нет (предупреждения допустимы), 1 — найдены ошибки, 2 — ошибка
в командной строке или с файлом (или внутренняя ошибка проверки).
Файлы, которые подключает другой файл из командной строки, проверяются как его часть.
ФАЙЛ '-' читает конфигурацию со стандартного ввода, например
  ssh lb1 cat /etc/keepalived/keepalived.conf | keepalived-lab lint -
Без ФАЙЛА — файл, который читает сам keepalived: /etc/keepalived/keepalived.conf.
`,
  unknownFormat: (format) => `неизвестный формат '${format}' (используйте text, json, sarif или github)`,
  unsupportedVersion: (version, versions) => `версия keepalived '${version}' не поддерживается (используйте ${versions})`,
  or: () => ` или `,
  configIdEmpty: () => `параметру '--config-id' нужно непустое значение`,
  noFile: () => `не указан ФАЙЛ`,
  noFileNoDefault: (def) => `не указан ФАЙЛ, а файла keepalived по умолчанию ${def} нет`,
  stdinNameEmpty: () => `параметру '--stdin-filename' нужно непустое значение`,
  stdinNameWithoutDash: () => `параметр '--stdin-filename' называет стандартный ввод, поэтому нужен и ФАЙЛ '-'`,
  cannotReadStdin: (why) => `не удаётся прочитать стандартный ввод: ${why}`,
  stdinUnavailable: () => `его здесь нет`,
  stdinTooLarge: (max, verb) => `не удаётся ${verb} стандартный ввод: в нём больше ${max} байт, которые читает keepalived-lab`,
  readingStdin: () => `keepalived-lab: читаю конфигурацию со стандартного ввода (завершите её Ctrl+D)\n`,
  severityExpects: (entry) => `--severity ожидает CODE=LEVEL, указано '${entry}'`,
  unknownRuleCode: (code) => `неизвестный код правила '${code}' в --severity`,
  unknownLevel: (level, entry, levels) => `неизвестный уровень '${level}' в --severity ${entry} (используйте ${levels})`,
  internalErrorChecking: (arg, detail) => `keepalived-lab: внутренняя ошибка при проверке '${arg}': ${detail}\n`,
  githubHidden: (shown, errors, warnings, notices) => `keepalived-lab: GitHub показывает по ${shown} аннотаций каждого вида на шаг; не показаны там, есть только в этом журнале: ошибок ${errors}, предупреждений ${warnings}, замечаний ${notices}\n`,
  sarifTruncated: (max, total) => `keepalived-lab: в выводе SARIF оставлены первые ${max} из ${total} находок (ограничение GitHub code scanning на один запуск)\n`,
  cannotRead: (arg, why) => `не удаётся прочитать '${arg}': ${why}`,
  isDirectory: (arg, verb) => `не удаётся ${verb} '${arg}': это каталог, а не файл`,
  notRegularFile: (arg, verb) => `не удаётся ${verb} '${arg}': это не обычный файл`,
  tooLarge: (arg, size, max, verb) => `не удаётся ${verb} '${arg}': размер ${size} байт, больше ${max} байт, которые читает keepalived-lab`,
  verbLint: () => `проверить`,
  verbFormat: () => `отформатировать`,
  noSuchFile: () => `файла нет`,
  permissionDenied: () => `доступ запрещён`,
  notADirectory: () => `часть пути — не каталог`,
  isADirectory: () => `это каталог, а не файл`,
  tooManyLinks: () => `слишком много символических ссылок`,
  summary: (errors, warnings, files) =>
    `${errors} ${ruPlural(errors, 'ошибка', 'ошибки', 'ошибок')}, ${warnings} ${ruPlural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')} в ${files} ${files % 10 === 1 && files % 100 !== 11 ? 'файле' : 'файлах'}`,
  // lab, plan
  labHelp: () => `Использование: keepalived-lab lab ПОДКОМАНДА [параметры]

Локальная лаборатория в сетевых пространствах имён (Linux, root):
  up [--name N] [--with-keepalived]   создать client, lb1, lb2, web1, web2 в сетевых пространствах имён
                                      (198.51.100.0/24, VIP 198.51.100.100) с sshd и nginx
                                      и записать её keepalived-lab.yaml; --with-keepalived ещё
                                      разворачивает и запускает пример пары keepalived на lb1/lb2
  down [--name N]                     удалить лабораторию (можно повторять)
  status [--name N]                   показать, работают ли хосты лаборатории

Файлы лаборатории:
  init [--template | --vagrant FILE | --nslab [--name N]] [-o FILE] [--force]
                                      записать keepalived-lab.yaml: шаблон лаборатории из задания
                                      (по умолчанию), из вывода \`vagrant ssh-config\` или для
                                      лаборатории в пространствах имён
  check [FILE]                        проверить файл лаборатории (по умолчанию ./keepalived-lab.yaml)

Текущее состояние по SSH:
  state [FILE] [--json]               прочитать состояние каждого хоста: keepalived, состояние VRRP,
                                      кто держит VIP, таблица IPVS, VIP/ARP/nginx на реальных
                                      серверах, что видит клиент

Пошаговое прохождение и диагностика (параметры: keepalived-lab lab step --help):
  step [ID] [FILE]                    выполнить один шаг прохождения и проверить его (без ID — список)
  run-all [FILE]                      выполнить все шаги по порядку
  doctor [FILE]                       найти в работающей лаборатории ошибки из задания, для каждой — исправление

Отчёт и проверка на хосте (keepalived-lab lab report --help, lab check-on-host --help):
  report [FILE] [--lang ru|en] [-o OUT] [--run RUN] [--compare A B]
                                      отчёт о лабораторной работе (Markdown) по последнему прохождению
  check-on-host HOST CONFIG [FILE]    проверить CONFIG с помощью keepalived хоста HOST

Параметры:
  -h, --help                          показать эту справку
  --lang en|ru                        язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)

Код выхода: 0 — всё в порядке, 1 — найдены проблемы (неверный файл лаборатории, недоступные
хосты), 2 — ошибка в командной строке или в настройке.
`,
  planHelp: () => `Использование: keepalived-lab plan --directors N --traffic BW --link BW --failures F [параметры]

Находит наименьшее число VIP и то, какой директор для каждого из них MASTER и BACKUP, чтобы
N директоров делили BW входящего трафика и после отказа любых F из них канал ни одного
директора не был переполнен. Показывает рассуждение, в том числе почему меньшего числа VIP
не хватает.

Параметры:
  --directors N        число директоров (по умолчанию 3)
  --traffic BW         входящий трафик, например 1.5G, 800M, 1.5Gbit/s (по умолчанию 1.5G)
  --link BW            скорость канала каждого директора (по умолчанию 1G)
  --failures F         сколько директоров могут отказать одновременно (по умолчанию 1)
  --headroom P         доля канала, которая должна остаться свободной после отказов,
                       например 10% (по умолчанию — любая)
  --uneven             разрешить директорам быть MASTER для разного числа VIP
  --generate DIR       записать DIR/<директор>/keepalived.conf для этой схемы, скрипт проверки
                       и real-servers.sh (VIP на lo); каждый конфиг проверяется нашим анализатором
  --lab FILE           взять директоров, реальные серверы, VIP и настройки VRRP из файла
                       лаборатории (по умолчанию — примеры адресов из 198.51.100.0/24)
  --json               вывести план в JSON
  --lang en|ru         язык сообщений (по умолчанию из LC_ALL, LC_MESSAGES или LANG)
  -h, --help           показать эту справку

Значения по умолчанию — вопрос из задания: 3 директора, 1.5 Гбит/с, каналы по 1 Гбит/с, 1 отказ.
Код выхода: 0 — план найден (и конфиги чистые), 1 — плана нет или анализатор нашёл проблемы,
2 — ошибка в командной строке.
`,
  guideHelp: () => `Пошаговое прохождение и диагностика (по SSH, на хостах из файла лаборатории):
  step [ID] [FILE]                    выполнить один шаг (по id или номеру) и проверить его; без ID — список шагов
  run-all [FILE]                      выполнить все шаги по порядку, остановившись на неудачном
  doctor [FILE] [--json]              найти в работающей лаборатории ошибки из задания, для каждой — исправление

Параметры шагов:
  --requests N                        число запросов в шагах с трафиком (по умолчанию 20)
  --no-install                        сообщать о недостающих пакетах, а не ставить их через apt-get
  --own-config HOST=FILE              keepalived-config: развернуть свой конфиг для HOST (для каждого директора)
  --check-deployed                    keepalived-config: только проверить конфиги, уже лежащие на директорах
  --directors N --traffic BW --link BW --failures N
                                      active-active: входные данные планировщика (по умолчанию из задания: 3, 1.5G, 1G, 1)
  --deploy-plan                       active-active: развернуть запланированные конфиги, если директоров в лаборатории столько же
  --verify-only                       только проверка шага
  --continue                          run-all: продолжать после неудачного шага
  --verbose                           выводить каждую команду вместе с её выводом
  --json                              вывести результаты в JSON
  --save DIR | --no-save              куда сохранять JSON каждого прохождения (по умолчанию $XDG_STATE_HOME/keepalived-lab/runs/LAB)

Код выхода step/run-all: 0 — пройден, 1 — не пройден, 2 — ошибка в командной строке или настройке, 3 — остановлен, потому что в ядре нет IPVS.
Код выхода doctor: 0 — ничего не найдено, 1 — есть находки.
`,
  reportHelp: () => `Использование: keepalived-lab lab report [FILE] [параметры]

Пишет отчёт о лабораторной работе (Markdown) по последнему прохождению: лаборатория и её
топология, keepalived.conf директоров с находками нашего анализатора и keepalived -t, трафик
и статистика ipvsadm, ответ про InActConn, переключение, планировщик VIP и каждый шаг
с точными командами и их настоящим выводом. Неудачные, пропущенные и шаги без IPVS названы в начале.

  FILE                   файл лаборатории (по умолчанию ./keepalived-lab.yaml): задаёт лабораторию,
                         чьи прохождения читаются, и описывает её хосты
  --run PATH             отчёт по этому прохождению: файл прохождения (*.run.json), результат шага,
                         каталог результатов шагов или вывод 'lab run-all --json' (можно повторять)
  --runs DIR             где прохождение сохранило свои результаты
                         (по умолчанию $XDG_STATE_HOME/keepalived-lab/runs/LAB)
  --lang ru|en           язык (по умолчанию из LC_ALL, LC_MESSAGES или LANG: ru* — русский)
  -o, --output FILE      записать отчёт туда, а рядом — прохождение, по которому он сделан
                         (FILE.md -> FILE.run.json), чтобы его можно было сделать снова или сравнить
  --no-save-run          вместе с -o: не записывать .run.json
  --json                 вывести прохождение (содержимое .run.json) вместо отчёта
  --compare A B          сравнить два прохождения (файлы прохождений, результаты шагов или каталоги)

Код выхода: 0 — все шаги пройдены; 1 — шаг не пройден, завершился ошибкой, был отменён или не
выполнялся; 3 — единственная недостача в том, что в ядре директоров нет IPVS; 2 — ошибка
в командной строке или прохождение не найдено.
`,
  checkOnHostHelp: () => `Использование: keepalived-lab lab check-on-host HOST CONFIG [FILE] [--json]

Загружает CONFIG во временный файл на хост лаборатории HOST (из файла лаборатории FILE, по
умолчанию ./keepalived-lab.yaml), запускает на нём keepalived -t самого этого хоста, удаляет
файл и выводит находки keepalived по строкам CONFIG. Находки, зависящие от хоста (нет
интерфейса, пользователя скриптов или файла скрипта), помечены.

Код выхода: 0 — находок нет, 1 — есть находки, 2 — ошибка в командной строке, в файле
лаборатории или с подключением.
`,
  labUnknownSub: (sub) => `неизвестная подкоманда '${sub}' (используйте up, down, status, init, check, state, step, run-all, doctor, report или check-on-host)`,
  labDownRoot: () => `keepalived-lab lab down: нужно запускать от root.\n`,
  fileExists: (target) => `${target} уже есть (чтобы заменить, укажите --force)`,
  checkTodo: (list) => `Проверьте комментарии TODO для: ${list}\n`,
  nslabNotUp: (name) => `лаборатория '${name}' не запущена (keepalived-lab lab up)`,
  nslabBadName: (name) => `--name '${name}': имя лаборатории в пространствах имён — от 1 до 8 строчных латинских букв или цифр, первая — буква`,
  wrote: (target) => `Записан ${target}\n`,
  labFileMissing: (file) => `${file} не существует (его создаёт keepalived-lab lab init)`,
  labCheckSummary: (errors, warnings) => `ошибок: ${errors}, предупреждений: ${warnings}\n`,
  nslabRemoved: (list) => `Удалено: ${list}\n`,
  nslabNothing: (name) => `Лаборатория '${name}' не была запущена; удалять нечего.\n`,
  checkOnHostArgs: () => `для check-on-host нужны HOST и CONFIG`,
  fileMissing: (file) => `${file} не существует`,
  noSuchHost: (host, hosts) => `в лаборатории нет хоста '${host}' (хосты: ${hosts})`,
  compareNeedsTwo: (count) => `для --compare нужны два прохождения (указано ${count})`,
  reportNoRun: (file) => `нет файла лаборатории (${file}) и не указан --run: укажите, по какому прохождению делать отчёт`,
  runKept: (file) => `Прохождение сохранено в ${file}\n`,
  needsCountAtLeast: (name, min, given) => `для --${name} нужно целое число не меньше ${min} (указано '${given}')`,
  needsBandwidth: (name, given) => `для --${name} нужна полоса пропускания, например 1.5G, 800M или 1Gbit/s (указано '${given}')`,
  ownConfigSpec: (given) => `для --own-config нужно HOST=FILE (указано '${given}')`,
  ownConfigMissing: (file) => `--own-config: ${file} не существует`,
  guideLabFileMissing: (file) => `${file} не существует (его создаёт keepalived-lab lab init, а keepalived-lab lab up строит локальную лабораторию)`,
  headroomShare: (given) => `для --headroom нужна доля, например 10% или 0.1 (указано '${given}')`,
  headroomBelow: (given) => `--headroom должен быть меньше 100% (указано '${given}')`,
  needsCount: (name, given) => `для --${name} нужно целое число (указано '${given}')`,
  notLabFile: (file) => `${file} — неверный файл лаборатории (keepalived-lab lab check ${file})`,
  planDirectorsMismatch: (lab, plan) => `в файле лаборатории директоров ${lab}, в плане ${plan}: уберите --lab или --directors`,
  nslabUp: (name, seconds, file, ssh, hosts, ipvs, down) => `Лаборатория '${name}' запущена (${seconds} с).
  файл лаборатории: ${file}
  ssh:              ${ssh}
${hosts}
  VIP 198.51.100.100/24; в этом ядре ${ipvs ? 'есть' : 'нет'} IPVS.
Остановить: ${down}
`,
  nslabStatus: (name, up) => `Лаборатория '${name}': ${up ? 'запущена' : 'остановлена'}\n`,
  nslabHost: (pid, sshUp) => `${pid ? `работает (pid ${pid})` : 'не работает'}${pid ? `, sshd ${sshUp ? 'принимает соединения' : 'НЕ принимает соединения'}` : ''}`,
  nslabFile: (file) => `  файл лаборатории: ${file}\n`,
  planLayout: (vips, each) => `Схема (VIP: ${vips}, по ${each} на каждый):`,
  planFailures: () => `Все допустимые отказы:`,
  planWritten: (dir) => `Конфиги записаны в ${dir}:`,
  planLint: (file, errors, warnings) => `  ${file}: ошибок: ${errors}, предупреждений: ${warnings} (по нашему анализатору)`,
  planCheckScript: (file, target) => `  ${file}: установите его как ${target} (права 755, владелец root) на каждом директоре`,
  planRealServers: (file) => `  ${file}: запустите его на каждом реальном сервере (каждый VIP на lo как /32)`,
  labSummary: () => `запустить локальную лабораторию, записать и проверить файлы лаборатории, прочитать её состояние`,
  planSummary: () => `спланировать VIP для active-active: сколько их и какой директор для каждого MASTER/BACKUP`,
};

export const CLI_MESSAGES: Record<Lang, CliMessages> = { en: enCli, ru: ruCli };

/** The command line's texts in the language of this run. */
export function cliMsg(): CliMessages {
  return CLI_MESSAGES[msgLang()];
}
