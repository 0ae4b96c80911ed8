// Deploying a keepalived.conf to a director: upload to a temporary file, let that host's
// own keepalived check it (`keepalived -t -f TMP`), keep a timestamped backup of the
// running config, then replace and reload (or start). A config that fails the check never
// replaces the running one.
import { randomBytes } from 'node:crypto';
import type { Lang } from '../language/i18n';
import { KEEPALIVED_CONF, reloadOrStartKeepalived } from './keepalived';
import { SshConnection } from './ssh/connection';
import { shellQuote } from './shell';

export type DeployStage = 'upload' | 'validate' | 'install' | 'reload';

// What a deploy says (progress lines and errors) in each UI language; ru has en's type.
const enDeploy = {
  uploading: (host: string, tmp: string): string => `${host}: uploading the config to ${tmp}`,
  uploadFailed: (host: string, why: string): string => `${host}: the upload failed, nothing was changed: ${why}`,
  checking: (host: string): string => `${host}: checking it with keepalived -t`,
  couldNotCheck: (host: string, why: string): string => `${host}: could not run keepalived -t, nothing was changed: ${why}`,
  rejected: (host: string, code: number | null | undefined): string => `${host}: keepalived -t rejected the config (exit ${code}); the running config was not changed.`,
  installing: (host: string, conf: string): string => `${host}: backing up ${conf} and installing the new config`,
  installFailed: (host: string, why: string): string => `${host}: installing the config failed: ${why}`,
  reloading: (host: string): string => `${host}: reloading keepalived`,
  notRunning: (host: string, why: string): string => `${host}: the new config is installed but keepalived did not run with it: ${why}`,
  previousIn: (path: string): string => `The previous config is in ${path}.`,
  keptAs: (path: string): string => `previous config kept as ${path}`,
  cannotRead: (host: string, conf: string, why: string): string => `${host}: cannot read ${conf}: ${why}`,
};
const ruDeploy: typeof enDeploy = {
  uploading: (host, tmp) => `${host}: загрузка конфигурации в ${tmp}`,
  uploadFailed: (host, why) => `${host}: загрузить не удалось, ничего не изменено: ${why}`,
  checking: (host) => `${host}: проверка через keepalived -t`,
  couldNotCheck: (host, why) => `${host}: не удалось запустить keepalived -t, ничего не изменено: ${why}`,
  rejected: (host, code) => `${host}: keepalived -t отверг конфигурацию (код выхода ${code}); работающая конфигурация не изменена.`,
  installing: (host, conf) => `${host}: резервная копия ${conf} и установка новой конфигурации`,
  installFailed: (host, why) => `${host}: установить конфигурацию не удалось: ${why}`,
  reloading: (host) => `${host}: перезагрузка конфигурации keepalived`,
  notRunning: (host, why) => `${host}: новая конфигурация установлена, но keepalived с ней не работает: ${why}`,
  previousIn: (path) => `Прежняя конфигурация сохранена в ${path}.`,
  keptAs: (path) => `прежняя конфигурация сохранена как ${path}`,
  cannotRead: (host, conf, why) => `${host}: не удалось прочитать ${conf}: ${why}`,
};
export const DEPLOY_TEXTS: Record<Lang, typeof enDeploy> = { en: enDeploy, ru: ruDeploy };

export class DeployError extends Error {
  constructor(
    readonly stage: DeployStage,
    message: string,
    /** keepalived's own words (the -t output, or its log after a failed reload). */
    readonly keepalivedOutput: string,
    /** True when the running config was not touched. */
    readonly oldConfigIntact: boolean,
    readonly backupPath?: string,
  ) {
    super(message);
    this.name = 'DeployError';
  }
}

export interface DeployOptions {
  /** Reload (or start) keepalived after replacing the config (default true). */
  reload?: boolean;
  signal?: AbortSignal;
  /** Progress lines for the output channel. */
  log?: (line: string) => void;
  /** Fixed timestamp for the backup name (tests); default now, as 20261125T021830Z. */
  timestamp?: string;
  /** Language of the progress lines and errors (default English); keepalived's words stay as printed. */
  lang?: Lang;
}

export interface DeployResult {
  host: string;
  /** Where the previous config was saved, when there was one. */
  backupPath?: string;
  /** Messages of `keepalived -t` (warnings), empty when it said nothing. */
  validationOutput: string;
  reloadMessage?: string;
}

export function backupStamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Deploys `configText` as /etc/keepalived/keepalived.conf on the connection's host. */
export async function deployConfig(conn: SshConnection, configText: string, opts: DeployOptions = {}): Promise<DeployResult> {
  const host = conn.target.label;
  const log = opts.log ?? (() => undefined);
  const stamp = opts.timestamp ?? backupStamp();
  const t = DEPLOY_TEXTS[opts.lang ?? 'en'];
  if (!/^[0-9A-Za-z]+$/.test(stamp)) throw new Error(`Bad backup timestamp '${stamp}'.`);
  const tmp = `/tmp/keepalived-lab-${randomBytes(6).toString('hex')}.conf`;
  const conf = KEEPALIVED_CONF;
  const q = shellQuote;

  log(t.uploading(host, tmp));
  try {
    await conn.upload(tmp, configText.endsWith('\n') ? configText : configText + '\n', 0o600);
  } catch (e) {
    throw new DeployError('upload', t.uploadFailed(host, (e as Error).message), '', true);
  }

  log(t.checking(host));
  const removeTmp = (): Promise<unknown> => conn.exec(`rm -f ${q(tmp)}`, { sudo: true, timeoutMs: 5000 }).catch(() => undefined);
  const check = await conn.exec(`keepalived -t -f ${q(tmp)}`, { sudo: true, timeoutMs: 30_000, signal: opts.signal }).catch(async (e: Error) => {
    await removeTmp();
    throw new DeployError('validate', t.couldNotCheck(host, e.message), '', true);
  });
  const messages = (check.stderr + check.stdout).trim();
  if (check.code !== 0) {
    await removeTmp();
    throw new DeployError('validate',
      `${t.rejected(host, check.code)}${messages ? `\n${messages}` : ''}`,
      messages, true);
  }

  log(t.installing(host, conf));
  const install = await conn.exec([
    'set -e',
    `conf=${q(conf)}; new=${q(`${conf}.new-${stamp}`)}; bak=${q(`${conf}.bak-${stamp}`)}`,
    `mkdir -p ${q(conf.replace(/\/[^/]+$/, ''))}`,
    'if [ -e "$conf" ]; then cp -p "$conf" "$bak"; echo "backup=$bak"; fi',
    `cat ${q(tmp)} > "$new"`,
    'if [ -e "$conf" ]; then chmod --reference="$conf" "$new"; else chmod 640 "$new"; fi',
    'mv -f "$new" "$conf"',
    'echo installed',
    `rm -f ${q(tmp)}`,
  ].join('\n'), { sudo: true, timeoutMs: 30_000, signal: opts.signal }).catch(async (e: Error) => {
    await removeTmp();
    throw new DeployError('install', t.installFailed(host, e.message), '', false);
  });
  const backupPath = /backup=(\S+)/.exec(install.stdout)?.[1];
  if (install.code !== 0) {
    await conn.exec(`rm -f ${q(tmp)} ${q(`${conf}.new-${stamp}`)}`, { sudo: true, timeoutMs: 5000 }).catch(() => undefined);
    throw new DeployError('install', t.installFailed(host, (install.stderr || install.stdout).trim()), '', !install.stdout.includes('installed'), backupPath);
  }

  const result: DeployResult = { host, ...(backupPath ? { backupPath } : {}), validationOutput: messages };
  if (opts.reload === false) return result;
  log(t.reloading(host));
  try {
    result.reloadMessage = await reloadOrStartKeepalived(conn, { signal: opts.signal, lang: opts.lang });
  } catch (e) {
    throw new DeployError('reload',
      `${t.notRunning(host, (e as Error).message)}${backupPath ? `\n${t.previousIn(backupPath)}` : ''}`,
      (e as Error).message, false, backupPath);
  }
  return result;
}

/** Reads the director's current keepalived.conf (for opening it in the editor). */
export async function readRemoteConfig(conn: SshConnection, signal?: AbortSignal, lang?: Lang): Promise<string> {
  const r = await conn.exec(`cat ${shellQuote(KEEPALIVED_CONF)}`, { sudo: true, timeoutMs: 15_000, signal });
  if (r.code !== 0) throw new Error(DEPLOY_TEXTS[lang ?? 'en'].cannotRead(conn.target.label, KEEPALIVED_CONF, r.stderr.trim() || `exit ${r.code}`));
  return r.stdout;
}
