import * as assert from 'node:assert/strict';
import { CommandRecord } from '../../src/lab/exercises/types';
import { parseKeyValues } from '../../src/lab/exercises/shellSnippets';
import { codeBlock, lastRecord, outcomes, overallStatus, renderReport, WalkthroughRun } from '../../src/lab/report';
import { en } from '../../src/lab/report/i18n/en';
import { ru } from '../../src/lab/report/i18n/ru';
import { parseSections } from '../../src/lab/topology/parsers/system';
import { ipvsRun, LNC_LB1, STATS_LB1, STATS_LB2 } from './ipvsRun';
import { copy, recordedRun, step, top } from './support';

const NOW = new Date('2026-11-25T04:00:00Z');
const render = (run: WalkthroughRun, lang: 'en' | 'ru' = 'en'): string => renderReport(run, { lang, now: NOW, version: '9.9.9' });

/** The report's section with this heading (up to the next heading of the same level). */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}`);
  assert.ok(start >= 0, `no section ${heading}`);
  const next = md.indexOf('\n## ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
}

/** Lines of a command's output that a report must show (the first and last few, not markers). */
function sampleLines(text: string): string[] {
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('@@keepalived-lab') && l.length < 300);
  return [...lines.slice(0, 3), ...lines.slice(-3)];
}

describe('report: rendering a recorded run (namespace lab, no IPVS)', () => {
  const run = recordedRun();
  const md = render(run);
  const mdRu = render(run, 'ru');

  it('says at the top that the load balancing did not run, and names every step that stopped', () => {
    const head = top(md);
    assert.equal(overallStatus(run), 'no-ipvs');
    assert.doesNotMatch(head, /All \d+ steps passed/);
    assert.ok(head.includes(en.verdictNoIpvs(3, 9)));
    for (const s of run.steps.filter((x) => x.status === 'no-ipvs')) assert.ok(head.includes(en.problemStep(s.index, en.stepTitle[s.step], en.status['no-ipvs'])), s.step);
    const said = lastRecord(step(run, 'reach'), 'ipvs:lb1')!.stdout.split('\n').find((l) => l.includes("Can't initialize ipvs"))!.replace('ipvsadm_out: ', '');
    assert.ok(head.includes(said), 'quotes what ipvsadm said on the lab');
    const headRu = top(mdRu);
    assert.ok(headRu.includes(ru.verdictNoIpvs(3, 9)));
    assert.match(headRu, /Нет IPVS/);
  });

  it('shows the config read back from each director, with keepalived -t\'s verdict from the director', () => {
    const configs = section(md, en.configsHeading);
    for (const host of ['lb1', 'lb2']) {
      const rec = lastRecord(step(run, 'keepalived-config'), `state:${host}`)!;
      const s = parseSections(rec.stdout);
      assert.ok(configs.includes(s.get('conf')!.text), `${host}'s deployed config`);
      assert.ok(configs.includes(`${host}$ keepalived -t -f /etc/keepalived/keepalived.conf`));
      assert.equal(s.get('test')!.code, 0);
      assert.ok(configs.includes(en.keepalivedTestOk));
    }
    assert.ok(configs.includes(`**${en.analyzerHeading}**: ${en.noFindings}`));
  });

  it('shows every step\'s commands with their real output', () => {
    for (const s of run.steps) {
      const keys = [...new Set(s.commands.map((c) => c.key))];
      for (const key of keys) {
        const rec = lastRecord(s, key)!;
        for (const l of sampleLines(rec.stdout)) assert.ok(md.includes(l), `${s.step} ${key}: ${l}`);
        if (!rec.command.includes('@@keepalived-lab')) assert.ok(md.includes(rec.command.split('\n')[0]), `${s.step} ${key}: command`);
      }
    }
  });

  it('shows the ipvsadm statistics as the directors printed them and the requests that failed', () => {
    const traffic = section(md, en.trafficHeading);
    for (const host of ['lb1', 'lb2']) {
      const rec = lastRecord(step(run, 'traffic'), `stats:${host}`)!;
      assert.ok(traffic.includes(`${host}$ ipvsadm -Ln --stats --exact\n${parseSections(rec.stdout).get('stats')!.text}`));
    }
    const req = lastRecord(step(run, 'traffic'), 'requests')!.stdout.split('\n').filter((l) => l.startsWith('@@req'));
    const refused = req.filter((l) => / 7 000 /.test(l)).length;
    assert.ok(traffic.includes(en.requestsSummary(req.length, 0, req.length, '198.51.100.100')));
    assert.ok(traffic.includes(`| failed: connection refused | ${refused} |`));
  });

  it('shows the failover as measured, and the lab with its addresses in a Mermaid picture', () => {
    const f = step(run, 'failover').measurements as { vipMovedMs: number; preemptMs: number };
    const fo = section(md, en.failoverHeading);
    assert.ok(fo.includes(`| ${en.foVipMoved} | ${en.seconds(f.vipMovedMs / 1000)} |`));
    assert.ok(fo.includes(`| ${en.foPreempt} | ${en.seconds(f.preemptMs / 1000)} |`));
    assert.ok(!fo.includes(en.foLost), 'no lost-request count without IPVS');
    const lab = section(md, en.labHeading);
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(lab)![1];
    for (const [h, a] of [['lb1', '198.51.100.11'], ['lb2', '198.51.100.12'], ['web1', '198.51.100.21'], ['web2', '198.51.100.22'], ['client', '198.51.100.10']]) {
      assert.match(mermaid, new RegExp(`"${h}[^"]*<br/>${a.replace(/\./g, '\\.')}`), h);
    }
    assert.match(mermaid, /lb1 · MASTER/);
    const versions = parseKeyValues(lastRecord(step(run, 'reach'), 'about:lb1')!.stdout);
    assert.ok(lab.includes(`| lb1 | ${versions.kernel} | ${versions.keepalived_version} |`));
  });

  it('answers question 3 from the planner\'s plan, with why fewer VIPs do not work', () => {
    const p = section(md, en.plannerHeading);
    assert.ok(p.includes(en.plannerAnswer(6, '250 Mbit/s', 2, true)));
    assert.match(p, /Not 3: 3 VIPs of 500 Mbit\/s each: .* 2 × 500 Mbit\/s = 1 Gbit\/s, 100% of its link — exactly full/);
    assert.match(p, /Not 4: 4 VIPs cannot be shared evenly/);
    const pr = section(mdRu, ru.plannerHeading);
    assert.match(pr, /Не 3: 3 VIP по 500 Мбит\/с/);
    assert.match(pr, /Ответ: 6 VIP по 250 Мбит\/с, каждый директор — MASTER для 2/);
  });

  it('is in Russian when asked, the recorded outputs unchanged', () => {
    for (const h of [ru.labHeading, ru.configsHeading, ru.trafficHeading, ru.inactconnHeading, ru.failoverHeading, ru.plannerHeading, ru.stepsHeading]) assert.ok(mdRu.includes(`\n## ${h}`), h);
    const conf = parseSections(lastRecord(step(run, 'keepalived-config'), 'state:lb1')!.stdout).get('conf')!.text;
    assert.ok(mdRu.includes(conf));
    assert.doesNotMatch(mdRu, /\n## (The lab|Traffic through|Failover)\n/);
  });
});

describe('report: a run that is not green says so at the top', () => {
  it('names a failed step and the checks that did not hold, before anything else', () => {
    const run = copy(recordedRun());
    const s = step(run, 'real-servers');
    s.status = 'failed';
    s.checks.push({ ok: false, host: 'web1', what: 'web1 has the VIP 198.51.100.100 on lo as /32', detail: '198.51.100.100 is not on lo', fix: 'ip addr add 198.51.100.100/32 dev lo' });
    for (const lang of ['en', 'ru'] as const) {
      const t = lang === 'en' ? en : ru;
      const head = top(render(run, lang));
      assert.ok(head.includes(t.verdictIncomplete(2, 9)), lang);
      assert.ok(head.includes(t.problemStep(2, t.stepTitle['real-servers'], t.status.failed)), lang);
      assert.ok(head.includes('✗ web1 has the VIP 198.51.100.100 on lo as /32 — 198.51.100.100 is not on lo'), lang);
      assert.ok(!head.includes(t.verdictGreen(9)));
    }
  });

  it('counts a step without a result as not run', () => {
    const run = copy(recordedRun());
    run.steps = run.steps.filter((s) => s.step !== 'active-active' && s.step !== 'failover');
    const head = top(render(run));
    assert.ok(head.includes(en.problemStep(8, en.stepTitle.failover, en.status['not-run'])));
    assert.ok(head.includes(en.problemStep(9, en.stepTitle['active-active'], en.status['not-run'])));
    assert.equal(outcomes(run).filter((o) => o.status === 'not-run').length, 2);
    assert.ok(render(run).includes(en.sectionNotRun(en.stepTitle.failover)));
  });

  it('reports an error and a cancel with their words, and results left out as stale', () => {
    const run = copy(recordedRun());
    step(run, 'vrrp').status = 'error';
    step(run, 'vrrp').error = 'lb2: connection refused\n    at stack';
    step(run, 'traffic').status = 'cancelled';
    run.leftOut = [{ step: 'failover', startedAt: '2026-11-24T10:00:00.000Z', reason: 'stale', after: 'vrrp' }];
    const head = top(render(run));
    assert.ok(head.includes(en.problemError('lb2: connection refused')));
    assert.ok(!head.includes('at stack'));
    assert.ok(head.includes(en.problemCancelled));
    assert.ok(head.includes(en.leftOutStale('failover', '2026-11-24 10:00:00 UTC', 'vrrp')));
  });
});

describe('report: rendering a run with IPVS', () => {
  const run = ipvsRun();
  const md = render(run);
  const mdRu = render(run, 'ru');

  it('is green only when every step passed', () => {
    assert.equal(overallStatus(run), 'passed');
    assert.ok(top(md).includes(en.verdictGreen(9)));
    assert.ok(top(mdRu).includes(ru.verdictGreen(9)));
    assert.doesNotMatch(top(md), /No IPVS|FAILED|NOT RUN/);
  });

  it('shows the distribution, both directors\' statistics, and explains them from the numbers', () => {
    const traffic = section(md, en.trafficHeading);
    assert.ok(traffic.includes('| web1 | 10 | 50% |'));
    assert.ok(traffic.includes('| web2 | 10 | 50% |'));
    assert.ok(traffic.includes(`lb1$ ipvsadm -Ln --stats --exact\n${STATS_LB1}`));
    assert.ok(traffic.includes(`lb2$ ipvsadm -Ln --stats --exact\n${STATS_LB2}`));
    assert.ok(traffic.includes(en.onlyMasterCounts('lb1', 20, 120, [{ name: 'lb2', conns: 0 }])));
    assert.ok(traffic.includes(en.outPktsZeroDr('lb1', 0, 120, 20)));
    assert.ok(section(mdRu, ru.trafficHeading).includes('| web1 | 10 | 50 % |'));
  });

  it('explains InActConn from the captured ipvsadm -Lnc entries', () => {
    const s = section(md, en.inactconnHeading);
    for (const line of LNC_LB1.split('\n').slice(2)) {
      const [pro, expire, state, source, virtual, destination] = line.trim().split(/\s+/);
      assert.ok(s.includes(`| ${pro} | ${expire} | ${state} | ${source} | ${virtual} | ${destination} |`), line);
    }
    assert.ok(s.includes(en.inactconnObserved('lb1', 10, 3, '198.51.100.100:80', [{ state: 'FIN_WAIT', count: 1, left: '1:47' }, { state: 'TIME_WAIT', count: 2, left: '1:58–1:59' }], 3, 0)));
    assert.ok(s.includes(en.inactconnTimeouts(900, 120, 300)));
    assert.ok(s.includes(en.inactconnWhy('2:00')));
    assert.match(section(mdRu, ru.inactconnHeading), /1 в состоянии FIN_WAIT, осталось 1:47; 2 в состоянии TIME_WAIT, осталось 1:58–1:59/);
  });

  it('shows the failover timing, the lost requests and the request timeline', () => {
    const s = section(md, en.failoverHeading);
    assert.ok(s.includes(`| ${en.foLost} | 3 |`));
    assert.ok(s.includes(`| ${en.foRecovered} | ${en.seconds(1.466)} |`));
    assert.ok(s.includes('✓×6 (web1 6) → ✗×3 (connection refused: 2, no answer in time: 1) → ✓×20 (web2 20) → ✗×1 (connection refused: 1) → ✓×8 (web1 8)'));
    assert.ok(s.includes(en.failoverRequests(34, 38, 3, en.seconds(1.466))));
  });
});

describe('report: commands and outputs', () => {
  it('shortens a long output in the middle and shows its first and last lines', () => {
    const run = copy(recordedRun());
    const rec: CommandRecord = { ...copy(step(run, 'reach').commands[0]), key: 'long', command: 'seq 1 300', stdout: Array.from({ length: 300 }, (_, i) => `n=${i + 1}`).join('\n') + '\n' };
    step(run, 'reach').commands.push(rec);
    const md = render(run);
    assert.ok(md.includes(`lb1$ seq 1 300\nn=1\n`));
    assert.ok(md.includes(en.linesOmitted(255)));
    assert.ok(md.includes('n=300\n```'));
    assert.ok(!md.includes('n=150\n'));
  });

  it('keeps an output holding a code fence inside its block', () => {
    const block = codeBlock('before\n```\nafter', 'text');
    assert.ok(block.startsWith('````text\n'));
    assert.ok(block.endsWith('\n````'));
  });
});
