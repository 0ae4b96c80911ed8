// Controlling keepalived on a lab host with plain shell (no systemd assumed): start, stop,
// reload, read its log. Without IPVS in the kernel keepalived runs with --vrrp, because
// the full daemon would exit ("IPVS: Can't initialize ipvs") and take VRRP down with it.
import type { Lang } from '../language/i18n';
import { ExecOptions, ExecResult } from './ssh/connection';

/** Anything that runs a shell command on a host: an SSH connection, or the namespace lab's nsenter. */
export interface HostRunner {
  exec(command: string, opts?: ExecOptions): Promise<ExecResult>;
}

export const KEEPALIVED_CONF = '/etc/keepalived/keepalived.conf';
export const KEEPALIVED_LOG = '/var/log/keepalived.log';

/** Shell functions every control script starts with. */
export const KEEPALIVED_SH = `
ka_pid() { p=$(cat /run/keepalived.pid 2>/dev/null) && [ -n "$p" ] && kill -0 "$p" 2>/dev/null && echo "$p"; }
has_ipvs() { [ -e /proc/net/ip_vs ] || modprobe ip_vs 2>/dev/null; }
use_systemd() { [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1 && systemctl cat keepalived >/dev/null 2>&1; }
ka_log() {
  if [ -s ${KEEPALIVED_LOG} ]; then tail -n "$1" ${KEEPALIVED_LOG}
  elif [ -d /run/systemd/system ] && command -v journalctl >/dev/null 2>&1; then journalctl -u keepalived -n "$1" --no-pager -o short-iso
  else for f in /var/log/syslog /var/log/messages; do [ -f "$f" ] && grep -h -i keepalived "$f" | tail -n "$1"; done; fi
}
`;

export const START_SCRIPT = `${KEEPALIVED_SH}
if p=$(ka_pid); then echo "keepalived is already running (pid $p)"; exit 0; fi
command -v keepalived >/dev/null 2>&1 || { echo "keepalived is not installed on this host (apt-get install keepalived)" >&2; exit 127; }
if has_ipvs; then mode=full; args=""; else mode=vrrp-only; args="--vrrp"; fi
if [ "$mode" = full ] && use_systemd; then
  systemctl start keepalived || exit $?
  how=systemd
else
  setsid nohup keepalived $args -n -l -D -f ${KEEPALIVED_CONF} >>${KEEPALIVED_LOG} 2>&1 </dev/null &
  how=direct
fi
i=0; while [ $i -lt 50 ]; do p=$(ka_pid) && break; sleep 0.1; i=$((i+1)); done
sleep 0.5
if p=$(ka_pid); then echo "keepalived started (pid $p, $how, $mode)"
else echo "keepalived did not stay up; its last log lines:" >&2; ka_log 15 >&2; exit 1; fi
`;

export const STOP_SCRIPT = `${KEEPALIVED_SH}
if use_systemd && systemctl is-active -q keepalived; then systemctl stop keepalived && echo "keepalived stopped (systemd)"; exit $?; fi
p=$(ka_pid) || { echo "keepalived is not running"; exit 0; }
kill -TERM "$p"
i=0; while kill -0 "$p" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
if kill -0 "$p" 2>/dev/null; then echo "keepalived (pid $p) did not stop within 10 s" >&2; exit 1; fi
echo "keepalived stopped (pid $p)"
`;

/** Reload when running (SIGHUP re-reads the config), start otherwise. */
export const RELOAD_OR_START_SCRIPT = `${KEEPALIVED_SH}
if p=$(ka_pid); then
  if use_systemd && systemctl is-active -q keepalived; then systemctl reload keepalived || exit $?; else kill -HUP "$p"; fi
  sleep 1
  if p=$(ka_pid); then echo "keepalived reloaded (pid $p)"; exit 0; fi
  echo "keepalived exited after the reload; its last log lines:" >&2; ka_log 15 >&2; exit 1
fi
${START_SCRIPT}`;

export function logScript(lines = 200): string {
  return `${KEEPALIVED_SH}\nka_log ${Math.max(1, Math.floor(lines))}`;
}

export class KeepalivedControlError extends Error {
  constructor(message: string, readonly result: ExecResult) {
    super(message);
    this.name = 'KeepalivedControlError';
  }
}

// What a failed start/stop/reload says in each UI language (ru has en's type); keepalived's own
// output after the colon stays as it printed it.
const enControl = {
  starting: 'Starting keepalived',
  stopping: 'Stopping keepalived',
  reloading: 'Reloading keepalived',
  failed: (what: string, exit: string | number | null | undefined, output: string): string => `${what} failed (exit ${exit}): ${output}`,
};
const ruControl: typeof enControl = {
  starting: 'Запуск keepalived',
  stopping: 'Остановка keepalived',
  reloading: 'Перезагрузка конфигурации keepalived',
  failed: (what, exit, output) => `${what}: ошибка (код выхода ${exit}): ${output}`,
};
export const KEEPALIVED_CONTROL_TEXTS: Record<Lang, typeof enControl> = { en: enControl, ru: ruControl };

/** ExecOptions plus the language of the failure message (default English). */
export type ControlOptions = ExecOptions & { lang?: Lang };

async function runScript(runner: HostRunner, script: string, what: keyof Omit<typeof enControl, 'failed'>, opts: ControlOptions): Promise<string> {
  const { lang, ...execOpts } = opts;
  const r = await runner.exec(script, { sudo: true, timeoutMs: 30_000, ...execOpts });
  const t = KEEPALIVED_CONTROL_TEXTS[lang ?? 'en'];
  if (r.code !== 0) throw new KeepalivedControlError(t.failed(t[what], r.code ?? r.signal, (r.stderr || r.stdout).trim()), r);
  return r.stdout.trim();
}

export function startKeepalived(runner: HostRunner, opts: ControlOptions = {}): Promise<string> {
  return runScript(runner, START_SCRIPT, 'starting', opts);
}

export function stopKeepalived(runner: HostRunner, opts: ControlOptions = {}): Promise<string> {
  return runScript(runner, STOP_SCRIPT, 'stopping', opts);
}

export function reloadOrStartKeepalived(runner: HostRunner, opts: ControlOptions = {}): Promise<string> {
  return runScript(runner, RELOAD_OR_START_SCRIPT, 'reloading', opts);
}

export async function keepalivedLog(runner: HostRunner, lines = 200, opts: ExecOptions = {}): Promise<string> {
  const r = await runner.exec(logScript(lines), { sudo: true, timeoutMs: 15_000, ...opts });
  return r.stdout;
}
