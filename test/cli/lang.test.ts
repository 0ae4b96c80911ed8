// keepalived-lab --lang en|ru through the real bin: findings, summary, help and usage errors in
// the chosen language; the default comes from LC_ALL / LC_MESSAGES / LANG; codes and output
// formats do not change.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { REPO } from '../support/fixtures';
import { CLI_MESSAGES } from '../../src/cli/i18n';
import { buildCli, runCli } from './support';

const SEED = path.join('examples', 'seed-lab', 'lb1', 'keepalived.conf');
/** An environment without any locale of the caller's (tests must not depend on the machine). */
const NEUTRAL = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

describe('CLI: --lang and the locale', function () {
  this.timeout(120000);
  before(function () {
    this.timeout(180000);
    buildCli();
  });

  it('LANG=ru_RU.UTF-8: lint findings and the summary are Russian, the line format is the same', () => {
    const r = runCli(['lint', '--config-id', 'lb1', SEED], { cwd: REPO, env: { ...NEUTRAL, LANG: 'ru_RU.UTF-8' } });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /keepalived\.conf:9:\d+: error extra-arguments: keepalived читает только 'priority 100' и молча игнорирует '\/ 50'\./);
    assert.match(r.stdout, /warning auth-pass-truncated: auth_pass длиной 15 символов/);
    assert.match(r.stderr.trimEnd().split('\n').pop()!, /^\d+ ошиб(ка|ки|ок), \d+ предупрежден(ие|ия|ий) в 1 файле$/);
  });

  it('--lang ru wins over an English locale, --lang en over a Russian one, before or after the command', () => {
    const ru = runCli(['lint', '--lang', 'ru', '--config-id', 'lb1', SEED], { cwd: REPO, env: { ...NEUTRAL, LANG: 'en_US.UTF-8' } });
    assert.match(ru.stdout, /error extra-arguments: keepalived читает только 'priority 100'/);
    const ruFirst = runCli(['--lang=ru', 'lint', '--config-id', 'lb1', SEED], { cwd: REPO, env: NEUTRAL });
    assert.equal(ruFirst.stdout, ru.stdout);
    const en = runCli(['lint', '--config-id', 'lb1', '--lang', 'en', SEED], { cwd: REPO, env: { ...NEUTRAL, LC_ALL: 'ru_RU.UTF-8' } });
    assert.match(en.stdout, /error extra-arguments: keepalived reads only 'priority 100' and silently ignores '\/ 50'\./);
    assert.match(en.stderr.trimEnd().split('\n').pop()!, /^\d+ errors?, \d+ warnings? in 1 file$/);
    // Same findings, same positions and codes: only the message text differs.
    const strip = (s: string) => s.split('\n').map((l) => /^(\s*\S+?:\d+:\d+: (?:\w+ [\w-]+|note)):/.exec(l)?.[1] ?? l);
    assert.deepEqual(strip(ru.stdout), strip(en.stdout));
  });

  it('JSON output: same fields and codes, messages in the chosen language', () => {
    const ru = JSON.parse(runCli(['lint', '--format', 'json', '--lang', 'ru', '--config-id', 'lb1', SEED], { cwd: REPO, env: NEUTRAL }).stdout) as { code: string; line: number; message: string }[];
    const en = JSON.parse(runCli(['lint', '--format', 'json', '--config-id', 'lb1', SEED], { cwd: REPO, env: NEUTRAL }).stdout) as { code: string; line: number; message: string }[];
    assert.deepEqual(ru.map((d) => [d.code, d.line]), en.map((d) => [d.code, d.line]));
    for (const d of ru) assert.match(d.message, /[а-яё]/i, d.message);
    for (const d of en) assert.doesNotMatch(d.message, /[а-яё]/i, d.message);
  });

  it('help and usage errors in Russian; --help documents --lang in both languages', () => {
    const help = runCli(['--help'], { env: { ...NEUTRAL, LANG: 'ru_RU.UTF-8' } });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Использование: keepalived-lab КОМАНДА/);
    assert.match(help.stdout, /--lang en\|ru {3}язык сообщений и справки/);
    assert.match(help.stdout, /lint +проверить файлы keepalived\.conf и сообщить о проблемах/);
    const enHelp = runCli(['--help'], { env: NEUTRAL });
    assert.match(enHelp.stdout, /--lang en\|ru {3}language of messages and help/);
    const lintHelp = runCli(['lint', '--help', '--lang', 'ru'], { env: NEUTRAL });
    assert.match(lintHelp.stdout, /^Использование: keepalived-lab lint \[параметры\] \[ФАЙЛ\.\.\.\]/);
    assert.match(runCli(['lint', '--help'], { env: NEUTRAL }).stdout, /--lang en\|ru {17}language of the messages/);

    const missing = runCli(['lint', '--lang', 'ru', 'no-such-file.conf'], { env: NEUTRAL });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /keepalived-lab: не удаётся прочитать 'no-such-file\.conf': файла нет/);
    const bad = runCli(['lint', '--lang', 'ru', '--format', 'xml', SEED], { cwd: REPO, env: NEUTRAL });
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, "keepalived-lab lint: неизвестный формат 'xml' (используйте text, json, sarif или github)\nСправка: 'keepalived-lab lint --help'.\n");
    const unknown = runCli(['frobnicate'], { env: { ...NEUTRAL, LC_MESSAGES: 'ru_RU.UTF-8' } });
    assert.match(unknown.stderr, /^keepalived-lab: неизвестная команда 'frobnicate'/);
  });

  it('a wrong or missing --lang is a usage error naming the choices', () => {
    const wrong = runCli(['lint', '--lang', 'de', SEED], { cwd: REPO, env: NEUTRAL });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--lang must be ru or en \(got 'de'\)/);
    const missing = runCli(['lint', SEED, '--lang'], { cwd: REPO, env: NEUTRAL });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /option '--lang' needs a value/);
  });

  it('the command line\'s own texts exist in both languages, Russian ones really translated', () => {
    const en = CLI_MESSAGES.en as unknown as Record<string, (...a: unknown[]) => string>;
    const ru = CLI_MESSAGES.ru as unknown as Record<string, (...a: unknown[]) => string>;
    assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
    const problems: string[] = [];
    for (const k of Object.keys(en)) {
      const args = Array.from({ length: en[k].length }, (_, i) => (k === 'summary' ? i + 2 : `ARG${i}`));
      const e = en[k](...args);
      const r = ru[k](...args);
      if (!r.trim()) problems.push(`${k}: empty`);
      if (r === e && k !== 'or') problems.push(`${k}: same as English`);
      if (!/[а-яё]/i.test(r) && k !== 'or') problems.push(`${k}: not Russian: ${r}`);
      for (const a of args) if (e.includes(String(a)) && !r.includes(String(a))) problems.push(`${k}: drops ${a}`);
    }
    assert.deepEqual(problems, []);
  });

  it('lab and plan: help and usage errors in Russian, --lang documented', () => {
    const env = { ...NEUTRAL, LANG: 'ru_RU.UTF-8' };
    assert.match(runCli(['lab', '--help'], { env }).stdout, /^Использование: keepalived-lab lab ПОДКОМАНДА/);
    assert.match(runCli(['plan', '--help'], { env }).stdout, /^Использование: keepalived-lab plan .*\n\nНаходит наименьшее число VIP/);
    assert.match(runCli(['lab', 'report', '--help'], { env }).stdout, /^Использование: keepalived-lab lab report/);
    assert.match(runCli(['lab', '--help'], { env: NEUTRAL }).stdout, /--lang en\|ru {24}language of messages/);
    assert.match(runCli(['plan', '--help'], { env: NEUTRAL }).stdout, /--lang en\|ru {9}language of messages/);
    const bad = runCli(['plan', '--traffic', 'lots'], { env });
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, "keepalived-lab plan: для --traffic нужна полоса пропускания, например 1.5G, 800M или 1Gbit/s (указано 'lots')\nСправка: 'keepalived-lab plan --help'.\n");
    const sub = runCli(['lab', 'dance'], { env });
    assert.match(sub.stderr, /^keepalived-lab lab: неизвестная подкоманда 'dance'/);
    // The status of a lab that is not up (reads only): the same table, Russian words.
    const st = runCli(['lab', 'status', '--name', 'kli18n'], { env });
    assert.equal(st.code, 0, st.stderr);
    assert.match(st.stdout, /^Лаборатория 'kli18n': остановлена\n {2}client {2}198\.51\.100\.10 {3}не работает\n/);
    assert.match(runCli(['lab', 'status', '--name', 'kli18n'], { env: NEUTRAL }).stdout, /^Namespace lab 'kli18n': down\n {2}client {2}198\.51\.100\.10 {3}not running\n/);
    // The plan itself: the planner's reasoning and tables in the chosen language, same numbers.
    const ruPlan = runCli(['plan'], { env });
    assert.equal(ruPlan.code, 0, ruPlan.stderr);
    assert.match(ruPlan.stdout, /\nСхема \(VIP: 6, по 250 Мбит\/с на каждый\):\n/);
    assert.match(ruPlan.stdout, /\nВсе допустимые отказы:\n/);
    assert.match(runCli(['plan'], { env: NEUTRAL }).stdout, /\nLayout \(6 VIPs, 250 Mbit\/s each\):\n[\s\S]*\nEvery tolerated failure:\n/);
    const top = runCli(['--help'], { env });
    assert.match(top.stdout, /lab +запустить локальную лабораторию/);
    assert.match(top.stdout, /plan +спланировать VIP для active-active/);
  });
});
