// The walkthrough steps' checks and explanations in English and Russian: the two tables have the
// same texts (keys and arities), a step judged in Russian gives the same verdict in Russian words
// (commands, keywords, MASTER/BACKUP and addresses as they are), English is unchanged, and the
// lab report says honestly in which language a run's checks were written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEPLOY_TEXTS } from '../../src/lab/deploy';
import { CHECK_TEXTS } from '../../src/lab/exercises/checkTexts';
import { formatStepResult, makeContext, Outputs, stepById, StepResult, STEPS } from '../../src/lab/exercises';
import { buildCli, runCli } from '../cli/support';
import { generateLabConfigs, lintConfig } from '../../src/lab/generate';
import { reasonIn } from '../../src/lab/exercises/common';
import { curlExitText } from '../../src/lab/exercises/shellSnippets';
import { ipvsUnavailableReason } from '../../src/lab/topology/parsers/ipvsadm';
import { NsLab } from '../../src/lab/nslab';
import { plan } from '../../src/lab/planner';
import { planInput } from '../../src/lab/exercises/steps/activeActive';
import { assembleRun, renderReport } from '../../src/lab/report';
import { REPO } from '../support/fixtures';
import { addr, outputs, page, realServerProbe, rec, sections } from './recorded';

const inv = new NsLab({ name: 'unit' }).inventory();

const director = (host: 'lb1' | 'lb2', vip: boolean, state: 'MASTER' | 'BACKUP', reals = ['198.51.100.21', '198.51.100.22']): string => sections({
  keepalived: [0, 'pid=80\nkeepalived -n -l -D'],
  json: [0, JSON.stringify([{ data: { iname: 'VI_1', state: state === 'MASTER' ? 2 : 1, base_priority: host === 'lb1' ? 150 : 100, vrid: 51 } }])],
  data: [0, ''],
  log: [0, ''],
  addr: [0, addr(host, vip)],
  ipvs: [0, ['IP Virtual Server version 1.2.1 (size=4096)', 'Prot LocalAddress:Port Scheduler Flags', '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn', 'TCP  198.51.100.100:80 rr', ...reals.map((r) => `  -> ${r}:80              Route   1      0          0`)].join('\n')],
  ipvsstats: [0, ''],
});

const CYRILLIC = /[А-Яа-яЁё]/;

/** Every key path of a table with the arity of its functions. */
function shape(o: unknown, prefix = ''): string[] {
  if (typeof o === 'function') return [`${prefix}/${o.length}`];
  if (typeof o === 'string') return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k)).sort();
}
function strings(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (typeof o !== 'object' || !o) return [];
  return Object.entries(o).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('walkthrough checks in English and Russian', () => {
  it('en and ru have the same texts with the same arities, none empty, the Russian ones in Russian', () => {
    assert.deepEqual(shape(CHECK_TEXTS.ru), shape(CHECK_TEXTS.en));
    for (const [k, v] of strings(CHECK_TEXTS.ru)) {
      assert.ok(v.trim(), `ru.${k} is empty`);
      assert.match(v, CYRILLIC, `ru.${k} is not translated: ${v}`);
    }
    assert.deepEqual(shape(DEPLOY_TEXTS.ru), shape(DEPLOY_TEXTS.en), 'deploy texts');
    for (const [k, f] of Object.entries(DEPLOY_TEXTS.ru)) assert.match((f as (...a: unknown[]) => string)('lb1', '/x', 1), CYRILLIC, `deploy ${k}`);
  });

  const healthy = (): Outputs => outputs(rec('director:lb1', 'lb1', director('lb1', true, 'MASTER')), rec('director:lb2', 'lb2', director('lb2', false, 'BACKUP')));

  it('VRRP judged in Russian: the same verdict and checks, in Russian words, commands and states verbatim', () => {
    const step = stepById('vrrp');
    const en = step.check(healthy(), makeContext(inv), {});
    const ru = step.check(healthy(), makeContext(inv, {}, {}, 'ru'), {});
    assert.equal(en.status, 'passed', JSON.stringify(en.checks.filter((c) => !c.ok)));
    assert.equal(ru.status, en.status);
    assert.deepEqual(ru.checks.map((c) => [c.ok, c.host]), en.checks.map((c) => [c.ok, c.host]));
    assert.deepEqual(ru.measurements, en.measurements);
    // English exactly as before the tables.
    assert.deepEqual(en.checks.map((c) => c.what), [
      'exactly one director holds the VIP 198.51.100.100',
      'lb1 (priority 150) is MASTER and holds the VIP',
      'lb2 (priority 100) is BACKUP without the VIP',
      'ipvsadm -Ln on lb1 lists 198.51.100.100:80 with 198.51.100.21 and 198.51.100.22',
      'ipvsadm -Ln on lb2 lists 198.51.100.100:80 with 198.51.100.21 and 198.51.100.22',
    ]);
    assert.equal(en.explanation[0], 'lb1 won the election with priority 150 and holds 198.51.100.100/24; it sends a VRRP advert every 1 s. lb2 stays BACKUP as long as it hears them; after 3 missed adverts (about 3.6 s) it takes the VIP.');
    assert.deepEqual(ru.checks.map((c) => c.what), [
      'VIP 198.51.100.100 держит ровно один директор',
      'lb1 (приоритет 150) — MASTER и держит VIP',
      'lb2 (приоритет 100) — BACKUP без VIP',
      'ipvsadm -Ln на lb1 показывает 198.51.100.100:80 с 198.51.100.21 и 198.51.100.22',
      'ipvsadm -Ln на lb2 показывает 198.51.100.100:80 с 198.51.100.21 и 198.51.100.22',
    ]);
    assert.equal(ru.explanation[0], 'lb1 победил на выборах с приоритетом 150 и держит 198.51.100.100/24; он рассылает объявление VRRP каждые 1 с. lb2 остаётся BACKUP, пока слышит их; после 3 пропущенных объявлений (примерно 3,6 с) он забирает VIP.');
    for (const p of ru.explanation) assert.match(p, CYRILLIC);
  });

  it('a split brain and an unreachable host, in Russian: every failed check has a Russian fix', () => {
    const step = stepById('vrrp');
    const o = outputs(rec('director:lb1', 'lb1', director('lb1', true, 'MASTER')), rec('director:lb2', 'lb2', '', undefined, 'connect ECONNREFUSED 198.51.100.12:22'));
    const en = step.check(o, makeContext(inv), {});
    const ru = step.check(o, makeContext(inv, {}, {}, 'ru'), {});
    assert.equal(ru.status, 'failed');
    assert.deepEqual(ru.checks.map((c) => c.ok), en.checks.map((c) => c.ok));
    assert.equal(en.checks[0].what, 'lb2 can be reached over SSH');
    assert.equal(ru.checks[0].what, 'lb2 доступен по SSH');
    assert.equal(ru.checks[0].detail, 'connect ECONNREFUSED 198.51.100.12:22', 'the error as it was');
    for (const c of ru.checks.filter((x) => !x.ok)) assert.match(c.fix ?? '', CYRILLIC, c.what);
  });

  it('directors judged in Russian, with the IPVS stop in Russian', () => {
    const step = stepById('directors');
    const tools = 'has_keepalived=1\nhas_ipvsadm=1\nhas_curl=0\nkeepalived_version=Keepalived v2.2.7';
    const noIpvs = 'ipvs=0\nipvsadm_rc=2\nipvsadm_out: Can\'t initialize ipvs: Protocol not available\nipvsadm_out: Are you sure that IP Virtual Server is built in the kernel or as module?';
    const o = outputs(rec('tools:lb1', 'lb1', tools), rec('ipvs:lb1', 'lb1', noIpvs), rec('tools:lb2', 'lb2', tools), rec('ipvs:lb2', 'lb2', noIpvs));
    const en = step.check(o, makeContext(inv), {});
    const ru = step.check(o, makeContext(inv, {}, {}, 'ru'), {});
    assert.equal(ru.status, en.status);
    assert.equal(en.checks.find((c) => !c.ok)?.what, 'curl is installed on lb1');
    assert.equal(ru.checks.find((c) => !c.ok)?.what, 'curl установлен на lb1');
    assert.match(en.explanation.join('\n'), /^Stop here for load balancing/m);
    assert.match(ru.explanation.join('\n'), /^Балансировка нагрузки здесь заканчивается/m);
    assert.match(ru.explanation.join('\n'), /^lb1: В этом ядре нет IPVS/m);
    assert.doesNotMatch(ru.explanation.join('\n'), /This kernel|the director cannot/);
  });

  /** en and ru verdicts of one step over the same outputs: same status, same checks passing, Russian words. */
  function both(id: string, o: Outputs, measured: Record<string, unknown> = {}): { en: ReturnType<typeof judge>; ru: ReturnType<typeof judge> } {
    const en = judge(id, o, measured, 'en');
    const ru = judge(id, o, measured, 'ru');
    assert.equal(ru.status, en.status);
    assert.deepEqual(ru.checks.map((c) => [c.ok, c.host]), en.checks.map((c) => [c.ok, c.host]));
    assert.deepEqual(ru.measurements, en.measurements);
    assert.equal(ru.explanation.length, en.explanation.length);
    for (const c of ru.checks) assert.match(c.what, CYRILLIC, c.what);
    // A fix is in Russian unless it is only a command (then it is the same command).
    ru.checks.forEach((c, i) => {
      if (!c.ok && c.fix && c.fix !== en.checks[i].fix) assert.match(c.fix, CYRILLIC, c.fix);
    });
    return { en, ru };
  }
  function judge(id: string, o: Outputs, measured: Record<string, unknown>, lang: 'en' | 'ru') {
    return stepById(id).check(o, makeContext(inv, {}, {}, lang), measured);
  }

  describe('traffic', () => {
    const stats = (conns: number, inPkts: number, per: [number, number][]): string => [
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port               Conns   InPkts  OutPkts  InBytes OutBytes',
      '  -> RemoteAddress:Port',
      `TCP  198.51.100.100:80                  ${conns}      ${inPkts}        0    ${inPkts * 60}        0`,
      `  -> 198.51.100.21:80                   ${per[0][0]}      ${per[0][1]}        0     ${per[0][1] * 60}        0`,
      `  -> 198.51.100.22:80                   ${per[1][0]}      ${per[1][1]}        0     ${per[1][1] * 60}        0`,
    ].join('\n');
    const st = (host: 'lb1' | 'lb2', vip: boolean, conns: number, inPkts: number, per: [number, number][]): string => sections({ addr: [0, addr(host, vip)], stats: [0, stats(conns, inPkts, per)] });
    const before = { lb1: st('lb1', true, 5, 30, [[3, 18], [2, 12]]), lb2: st('lb2', false, 0, 0, [[0, 0], [0, 0]]) };
    const requests = Array.from({ length: 20 }, (_, i) => ({ index: i + 1, curlExit: 0, httpCode: 200, who: i % 2 ? 'web2' : 'web1' }));

    it('passes in Russian with the numbers of the English verdict', () => {
      const { en, ru } = both('traffic', outputs(rec('stats:lb1', 'lb1', st('lb1', true, 25, 150, [[13, 78], [12, 72]])), rec('stats:lb2', 'lb2', st('lb2', false, 0, 0, [[0, 0], [0, 0]]))), { before, requests });
      assert.equal(en.status, 'passed');
      assert.equal(en.explanation[0], '20 requests through 198.51.100.100: web1 10, web2 10 — round robin hands connections to the real servers in turn.');
      assert.equal(ru.explanation[0], 'Запросов через 198.51.100.100: 20; ответили web1 10, web2 10 — round robin отдаёт соединения реальным серверам по очереди.');
      assert.match(ru.explanation[1], /^Их учёл только lb1 \(Conns \+20; web1 Conns \+10 InPkts \+60; web2 Conns \+10 InPkts \+60\)/);
      assert.match(ru.explanation[2], /^OutPkts \+0: при прямой маршрутизации/);
    });

    it('fails in Russian when the BACKUP counted traffic too', () => {
      const { en, ru } = both('traffic', outputs(rec('stats:lb1', 'lb1', st('lb1', true, 10, 60, [[6, 36], [4, 24]])), rec('stats:lb2', 'lb2', st('lb2', false, 3, 9, [[2, 6], [1, 3]]))), { before, requests });
      assert.equal(en.status, 'failed');
      assert.deepEqual(ru.checks.filter((c) => !c.ok).map((c) => c.what), ['MASTER lb1 учёл соединения', 'BACKUP lb2 ничего не учёл']);
    });
  });

  describe('real servers', () => {
    const real = realServerProbe;

    it('the seed\'s /24 on lo, judged in Russian: the same failures, the route quoted as the host printed it', () => {
      const { en, ru } = both('real-servers', outputs(
        rec('real:web1', 'web1', real(24, 'local 198.51.100.10 dev lo table local src 198.51.100.100 uid 0')),
        rec('real:web2', 'web2', real(32, '198.51.100.10 dev eth0 src 198.51.100.22 uid 0')),
        rec('page:web1', 'client', '\n@@code=000\n@@rc=28\n'),
        rec('page:web2', 'client', page('web1')),
      ));
      assert.equal(en.status, 'failed');
      assert.equal(en.checks.find((c) => !c.ok)?.what, 'web1 has the VIP 198.51.100.100 on lo as /32');
      assert.equal(ru.checks.find((c) => !c.ok)?.what, 'у web1 VIP 198.51.100.100 на lo как /32');
      assert.equal(ru.checks.find((c) => !c.ok)?.fix, 'ip addr del 198.51.100.100/24 dev lo; ip addr add 198.51.100.100/32 dev lo');
      assert.match(ru.explanation[0], /^Почему \/32: на web1 `ip route get 198\.51\.100\.10` выводит «local 198\.51\.100\.10 dev lo table local src 198\.51\.100\.100 uid 0»\. Это неисправность/);
      assert.match(ru.explanation[1], /^Зачем настройки ARP: arp_ignore=1/);
      assert.match(ru.checks.filter((c) => !c.ok)[3].detail!, /на странице имя web1/);
    });
  });

  describe('keepalived config', () => {
    const configs = Object.fromEntries(generateLabConfigs(inv).map((g) => [g.host, g.config]));
    const state = (host: string, o: { conf?: string; test?: [number, string]; running?: boolean } = {}): string => sections({
      conf: [0, (o.conf ?? configs[host]).replace(/\n$/, '')],
      test: o.test ?? [0, ''],
      running: o.running === false ? [1, ''] : [0, 'pid=80\nkeepalived -n -l -D'],
      script: [0, '-rwxr-xr-x 1 root root 300 Jan  1 00:00 /etc/keepalived/check_real_servers.sh'],
    });
    const measured = (deploy: Record<string, string>): Record<string, unknown> => ({
      source: 'generated', configs, lint: Object.fromEntries(Object.entries(configs).map(([h, c]) => [h, lintConfig(h, c)])), deploy,
    });

    it('passes in Russian with the pair, script and virtual_server explained from the configs', () => {
      const { en, ru } = both('keepalived-config', outputs(rec('state:lb1', 'lb1', state('lb1')), rec('state:lb2', 'lb2', state('lb2'))), measured({ lb1: 'unchanged', lb2: 'unchanged' }));
      assert.equal(en.status, 'passed', JSON.stringify(en.checks.filter((c) => !c.ok)));
      assert.match(en.explanation[0], /^Both directors run vrrp_instance \S+ with virtual_router_id \d+/);
      assert.match(ru.explanation[0], /^Оба директора выполняют vrrp_instance \S+ с virtual_router_id \d+, auth_type PASS и VIP 198\.51\.100\.100/);
      assert.match(ru.explanation.join('\n'), /virtual_server 198\.51\.100\.100 80 \(DR\) перечисляет 198\.51\.100\.21:80 и 198\.51\.100\.22:80:/);
    });

    it('a config keepalived -t refuses and a deploy that failed, in Russian', () => {
      const { en, ru } = both('keepalived-config', outputs(
        rec('state:lb1', 'lb1', state('lb1', { test: [1, "Unknown keyword 'advert_intx'"], running: false })),
        rec('state:lb2', 'lb2', state('lb2')),
      ), measured({ lb1: 'not deployed: keepalived -t refused the config (exit 1)', lb2: 'unchanged' }));
      assert.equal(en.status, 'failed');
      const failed = ru.checks.filter((c) => !c.ok);
      assert.deepEqual(failed.map((c) => c.what), ['конфигурация развёрнута на lb1', 'keepalived -t принимает конфигурацию lb1', 'keepalived работает на lb1']);
      assert.equal(failed[0].detail, 'не развёрнута: keepalived -t refused the config (exit 1)');
      assert.equal(failed[1].detail, "Unknown keyword 'advert_intx'", 'keepalived\'s own words as it printed them');
    });
  });

  describe('InActConn', () => {
    it('the lingering entries explained in Russian from the recorded connection table and timeouts', () => {
      const recorded = fs.readFileSync(path.join(REPO, 'test', 'lab', 'recorded', 'ipvsadm-Lnc.txt'), 'utf8').trim();
      const list = ['IP Virtual Server version 1.2.1 (size=4096)', 'Prot LocalAddress:Port Scheduler Flags', '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
        'TCP  198.51.100.100:80 rr', '  -> 198.51.100.21:80              Route   1      1          1', '  -> 198.51.100.22:80              Route   1      0          1'].join('\n');
      const o = outputs(
        rec('conns:lb1', 'lb1', sections({ addr: [0, addr('lb1', true)], conns: [0, recorded], timeout: [0, 'Timeout (tcp tcpfin udp): 900 120 300'], list: [0, list] })),
        rec('conns:lb2', 'lb2', sections({ addr: [0, addr('lb2', false)], conns: [0, 'IPVS connection entries\npro expire state       source             virtual            destination'], timeout: [0, 'Timeout (tcp tcpfin udp): 900 120 300'], list: [0, list.split('\n').slice(0, 4).join('\n')] })),
      );
      const requests = Array.from({ length: 3 }, (_, i) => ({ index: i + 1, curlExit: 0, httpCode: 200, who: 'web1' }));
      const { en, ru } = both('inactconn', o, { requests });
      assert.equal(en.status, 'passed');
      assert.match(en.explanation[0], /lb1 lists 3 connection entries for 198\.51\.100\.100:80: 1 in FIN_WAIT with 1:47 left/);
      assert.equal(ru.checks[1].detail, '3 записи для 198.51.100.100:80 (FIN_WAIT: 1, TIME_WAIT: 1, ESTABLISHED: 1); ipvsadm -Ln: ActiveConn 1, InActConn 2');
      assert.match(ru.explanation[0], /^Сразу после 3 запросов, на которые пришли ответы, lb1 показывает 3 записи о соединениях с 198\.51\.100\.100:80: в FIN_WAIT — 1, осталось 1:47, /);
      assert.match(ru.explanation[1], /tcpfin 120 с/);
      assert.match(ru.explanation[2], /не conntrack из netfilter/);
      assert.match(ru.explanation[2], /около 2:00\./);
    });
  });

  describe('failover', () => {
    it('the measured failover and preemption explained in Russian with the same numbers', () => {
      const measured = { master: 'lb1', backup: 'lb2', vipMovedMs: 1234, recoveredMs: 1500, failedDuringFailover: 2, preemptMs: 2100, releasedMs: 2050, failedDuringPreemption: 1, requestsOk: 40, requestsTotal: 43 };
      const { en, ru } = both('failover', healthy(), measured);
      assert.equal(en.status, 'passed', JSON.stringify(en.checks.filter((c) => !c.ok)));
      assert.equal(en.checks[0].what, 'lb2 took the VIP over after keepalived stopped on lb1');
      assert.equal(en.checks[0].detail, 'after 1.23 s');
      assert.equal(ru.checks[0].what, 'lb2 забрал VIP после остановки keepalived на lb1');
      assert.equal(ru.checks[0].detail, 'через 1,23 с');
      assert.equal(ru.checks[1].detail, 'через 1,50 с, неудачных запросов: 2');
      assert.match(en.explanation[0], /instead of waiting for 3 missed adverts \(about 3\.6 s with advert_int 1;/);
      assert.match(ru.explanation[0], /не дожидаясь 3 пропущенных объявлений \(около 3,6 с при advert_int 1;/);
      assert.match(ru.explanation[1], /^Запросы: ответов 40 из 43; во время переключения неудачных: 2/);
      assert.match(ru.explanation[2], /VIP вернулся на lb1 через 2,10 с, неудачных запросов: 1\. .*`nopreempt`/);
    });
  });

  describe('active-active', () => {
    it('the seed\'s question planned in Russian: the same numbers, the planner\'s reasoning and layout in Russian', () => {
      const p = plan(planInput(makeContext(inv)));
      const measured = { plan: p, configs: {}, lint: {}, deployed: false };
      const { en, ru } = both('active-active', {}, measured);
      assert.equal(en.status, 'passed');
      assert.match(en.checks[0].what, /^\d+ VIPs keep every link below .* after \d+ failure\(s\)$/);
      assert.match(ru.checks[0].what, /^при \d+ VIP после отказов \(\d+\) ни один канал не загружен выше /);
      assert.deepEqual(ru.explanation.slice(0, -1), plan(p.input, 'ru').reasoning);
      assert.ok(ru.explanation.at(-1)!.startsWith('Распределение:\n'));
      assert.ok(en.explanation.at(-1)!.startsWith('Layout:\n'));
      for (const para of ru.explanation) assert.match(para, CYRILLIC);
    });

    it('numbers no layout fits: the planner\'s problem in Russian', () => {
      const bad = plan({ ...planInput(makeContext(inv)), directors: 2, failures: 2 });
      assert.equal(bad.ok, false);
      const { ru } = both('active-active', {}, { plan: bad, configs: {}, lint: {}, deployed: false });
      assert.equal(ru.status, 'failed');
      assert.match(ru.checks[0].detail ?? '', CYRILLIC);
    });
  });

  it('the plain-text result (CLI, output channel) in Russian: the frame, the checks and the explanation; English unchanged', () => {
    const step = stepById('vrrp');
    const o = outputs(rec('director:lb1', 'lb1', director('lb1', true, 'MASTER')), rec('director:lb2', 'lb2', '', undefined, 'connect ECONNREFUSED 198.51.100.12:22'));
    const result = (lang: 'en' | 'ru'): StepResult => {
      const v = step.check(o, makeContext(inv, {}, {}, lang), {});
      return { step: 'vrrp', index: 5, title: step.title, lab: 'unit', status: v.status, startedAt: '', finishedAt: '', durationMs: 2345, commands: Object.values(o), checks: v.checks, explanation: v.explanation, measurements: {}, lang };
    };
    const en = formatStepResult(result('en'));
    assert.ok(en.startsWith('Step 5/9 — Verify VRRP: FAILED (2.3 s)\n  ✗ lb2 can be reached over SSH — connect ECONNREFUSED 198.51.100.12:22\n      fix: Check the host is up'), en);
    assert.match(en, /\n {2}2 command\(s\) ran, 1 could not \(--verbose shows them\)\n$/);
    const ru = formatStepResult(result('ru'), { lang: 'ru' });
    assert.ok(ru.startsWith('Шаг 5/9 — Проверить VRRP: НЕ ПРОЙДЕН (2,3 с)\n  ✗ lb2 доступен по SSH — connect ECONNREFUSED 198.51.100.12:22\n      исправление: Проверьте, что хост включён'), ru);
    assert.match(ru, /\n {2}Почему:\n/);
    assert.match(ru, /\n {2}выполнено команд: 2, не выполнилось: 1 \(их показывает --verbose\)\n$/);
    assert.equal(CHECK_TEXTS.en.format.summary(5, 9, 4), '5 of 9 steps passed, 4 stopped for lack of IPVS.');
    assert.equal(CHECK_TEXTS.en.format.summary(9, 9, 0), '9 of 9 steps passed.');
    assert.equal(CHECK_TEXTS.ru.format.summary(5, 9, 4), 'Пройдено шагов: 5 из 9, остановлено из-за отсутствия IPVS: 4.');
  });

  it('the CLI lists the steps in its language (--lang ru, or LANG=ru_RU)', function () {
    this.timeout(120_000);
    buildCli();
    const ru = runCli(['lab', 'step', '--lang', 'ru']);
    assert.equal(ru.code, 0, ru.stderr);
    assert.ok(ru.stdout.startsWith('Шаги мастера (keepalived-lab lab step ID):\n   1  reach              Подключиться к лаборатории\n'), ru.stdout);
    assert.match(ru.stdout, /directors {10}Подготовить директоры \(нужен IPVS\)/);
    assert.match(runCli(['lab', 'step'], { env: { LANG: 'ru_RU.UTF-8' } }).stdout, /^Шаги мастера/);
    assert.ok(runCli(['lab', 'step']).stdout.startsWith('Steps of the walkthrough (keepalived-lab lab step ID):\n   1  reach              Reach the lab\n'));
  });

  it('every step\'s commands are the same in Russian, only what they do (shown while they run) is said in Russian', () => {
    for (const step of STEPS) {
      const specs = (lang: 'en' | 'ru') => {
        const ctx = makeContext(inv, { deployPlan: true }, {}, lang);
        return [...(step.apply?.(ctx) ?? []).flat(), ...step.verify(ctx)];
      };
      const en = specs('en');
      const ru = specs('ru');
      assert.deepEqual(ru.map((c) => [c.key, c.host, c.command, c.sudo]), en.map((c) => [c.key, c.host, c.command, c.sudo]), step.id);
      for (const c of ru) assert.match(c.title, CYRILLIC, `${step.id}: ${c.title}`);
    }
    assert.equal(stepById('reach').verify(makeContext(inv))[0].title, 'host name, kernel, tool versions', 'English unchanged');
  });

  it('the reasons the parsers give in English are recognised and said in Russian; anything unknown is kept', () => {
    const en = CHECK_TEXTS.en.reasons;
    const noIpvs = ipvsUnavailableReason(2, "Can't initialize ipvs: Protocol not available\nAre you sure that IP Virtual Server is built in the kernel or as module?")!;
    assert.equal(noIpvs, en.noIpvs('Protocol not available'), 'the table says what the parser says');
    assert.equal(ipvsUnavailableReason(127, ''), en.ipvsadmMissing);
    for (const code of [0, 6, 7, 28, 52, 56, 127, 35]) assert.equal(curlExitText(code), en.curl[code] ?? en.curlExit(code));
    assert.equal(reasonIn(noIpvs, 'ru'), 'В этом ядре нет IPVS (Protocol not available): директор не может передавать трафик реальным серверам. keepalived всё равно может выполнять VRRP (--vrrp) и перемещать VIP.');
    assert.equal(reasonIn(noIpvs, 'en'), noIpvs);
    assert.equal(reasonIn(curlExitText(7), 'ru'), 'соединение отклонено (там никто не слушает или нет маршрута)');
    assert.equal(reasonIn(curlExitText(35), 'ru'), 'код выхода curl 35');
    assert.equal(reasonIn('HTTP 503', 'ru'), 'HTTP 503');
    assert.equal(reasonIn(en.procMissing, 'ru'), 'В этом ядре нет IPVS (нет /proc/net/ip_vs).');
  });

  it('the lab report says in which language a run\'s checks were written, and shows the explanation only in its own', () => {
    const step = stepById('vrrp');
    const result = (lang: 'en' | 'ru'): StepResult => {
      const v = step.check(healthy(), makeContext(inv, {}, {}, lang), {});
      return {
        step: 'vrrp', index: step.index, title: step.title, lab: inv.name, status: v.status, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z',
        durationMs: 1000, commands: Object.values(healthy()), checks: v.checks, explanation: v.explanation, measurements: v.measurements ?? {}, lang,
      };
    };
    const ruRun = assembleRun([result('ru')]);
    const ruReport = renderReport(ruRun, { lang: 'ru' });
    assert.match(ruReport, /\*\*Проверки:\*\*\n\n- ✓ VIP 198\.51\.100\.100 держит ровно один директор/);
    assert.ok(!ruReport.includes('записаны мастером на английском'), 'a Russian run is not "recorded in English"');
    assert.ok(ruReport.includes('lb1 победил на выборах'), 'the Russian explanation is in the Russian report');
    const enOfRu = renderReport(ruRun, { lang: 'en' });
    assert.ok(enOfRu.includes('**Checks:** (written by the walkthrough in Russian)'));
    assert.ok(!enOfRu.includes('lb1 победил'), 'no Russian explanation in the English report');
    const ruOfEn = renderReport(assembleRun([result('en')]), { lang: 'ru' });
    assert.ok(ruOfEn.includes('**Проверки:** (записаны мастером на английском)'));
    // A run saved before runs had a language is English.
    const { lang: _drop, ...old } = result('en');
    void _drop;
    assert.ok(renderReport(assembleRun([old]), { lang: 'ru' }).includes('(записаны мастером на английском)'));
    assert.ok(!renderReport(assembleRun([old]), { lang: 'en' }).includes('written by the walkthrough'));
  });
});
