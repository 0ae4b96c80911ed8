// keepalived-lab lab report through the bundled binary, on the recorded namespace-lab run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRun } from '../../src/lab/report';
import { en } from '../../src/lab/report/i18n/en';
import { ru } from '../../src/lab/report/i18n/ru';
import { buildCli, runCli, tempDir } from '../cli/support';
import { copy, RECORDED_RUN_DIR, recordedRun, top } from './support';

const LAB_YAML = `version: 1
name: nslab-w5dev
defaults:
  interface: eth0
  ssh:
    user: root
hosts:
  - { name: client, role: client, address: 198.51.100.10 }
  - { name: lb1, role: director, address: 198.51.100.11, director: { priority: 150 } }
  - { name: lb2, role: director, address: 198.51.100.12, director: { priority: 100 } }
  - { name: web1, role: real, address: 198.51.100.21 }
  - { name: web2, role: real, address: 198.51.100.22 }
service:
  vips: [198.51.100.100/24]
  port: 80
  protocol: TCP
  scheduler: rr
  forwarding: DR
  vrrp: { vrid: 51, advert_int: 1 }
`;

describe('CLI: lab report', function () {
  this.timeout(120_000);
  before(() => buildCli());
  const env = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

  it('writes the report and keeps the run next to it; the kept run makes the same report again', () => {
    const t = tempDir();
    try {
      const r = runCli(['lab', 'report', '--run', RECORDED_RUN_DIR, '--lang', 'ru', '-o', 'out/report.md'], { cwd: t.dir, env });
      assert.equal(r.code, 3, r.stderr);
      const md = fs.readFileSync(path.join(t.dir, 'out', 'report.md'), 'utf8');
      assert.ok(md.startsWith(`# ${ru.title}`));
      assert.ok(top(md).includes(ru.verdictNoIpvs(3, 9)));
      const kept = path.join(t.dir, 'out', 'report.run.json');
      assert.deepEqual(loadRun([kept]).steps, recordedRun().steps);
      assert.ok(md.includes('keepalived-lab lab report --run out/report.run.json --lang ru -o out/report.md'));
      const again = runCli(['lab', 'report', '--run', 'out/report.run.json', '--lang', 'ru'], { cwd: t.dir, env });
      assert.equal(again.code, 3);
      const strip = (s: string): string => s.replace(/отчёт собран [^·]+·/, '').replace(/\nСобрать этот отчёт заново:.*\n/, '\n');
      assert.equal(strip(again.stdout), strip(md));
    } finally {
      t.cleanup();
    }
  });

  it('takes the language from the locale unless --lang says otherwise', () => {
    const ruRun = runCli(['lab', 'report', '--run', RECORDED_RUN_DIR], { env: { ...env, LANG: 'ru_RU.UTF-8' } });
    assert.ok(ruRun.stdout.startsWith(`# ${ru.title}`));
    const cRun = runCli(['lab', 'report', '--run', RECORDED_RUN_DIR], { env: { ...env, LANG: 'ru_RU.UTF-8', LC_ALL: 'C' } });
    assert.ok(cRun.stdout.startsWith(`# ${en.title}`));
    const forced = runCli(['lab', 'report', '--run', RECORDED_RUN_DIR, '--lang', 'en'], { env: { ...env, LANG: 'ru_RU.UTF-8' } });
    assert.ok(forced.stdout.startsWith(`# ${en.title}`));
    const bad = runCli(['lab', 'report', '--run', RECORDED_RUN_DIR, '--lang', 'de'], { env });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--lang must be ru or en/);
  });

  it('reads the runs of the lab file\'s lab and describes its hosts from the lab file', () => {
    const t = tempDir({ 'keepalived-lab.yaml': LAB_YAML });
    try {
      const runs = path.join(t.dir, 'runs');
      fs.cpSync(RECORDED_RUN_DIR, runs, { recursive: true });
      const r = runCli(['lab', 'report', '--runs', 'runs', '--lang', 'en'], { cwd: t.dir, env });
      assert.equal(r.code, 3, r.stderr);
      assert.ok(!r.stdout.includes(en.labDerived));
      assert.ok(r.stdout.includes('| lb1 | director | 198.51.100.11 | eth0 | MASTER, priority 150 |'));
      const none = runCli(['lab', 'report', '--runs', 'nowhere'], { cwd: t.dir, env });
      assert.equal(none.code, 2);
      assert.match(none.stderr, /no such file or directory/);
    } finally {
      t.cleanup();
    }
  });

  it('exits 1 for a run with a failed step, and compares two runs', () => {
    const t = tempDir();
    try {
      const run = copy(recordedRun());
      run.steps[1].status = 'failed';
      fs.writeFileSync(path.join(t.dir, 'failed.json'), JSON.stringify(run.steps));
      const r = runCli(['lab', 'report', '--run', 'failed.json', '--lang', 'en'], { cwd: t.dir, env });
      assert.equal(r.code, 1);
      assert.ok(top(r.stdout).includes(en.problemStep(2, en.stepTitle['real-servers'], en.status.failed)));
      const c = runCli(['lab', 'report', '--compare', RECORDED_RUN_DIR, 'failed.json', '--lang', 'en'], { cwd: t.dir, env });
      assert.equal(c.code, 0, c.stderr);
      assert.ok(c.stdout.includes(`| 2 | ${en.stepTitle['real-servers']} | **passed** | **FAILED** |`));
      const one = runCli(['lab', 'report', '--compare', 'failed.json'], { cwd: t.dir, env });
      assert.equal(one.code, 2);
    } finally {
      t.cleanup();
    }
  });
});
