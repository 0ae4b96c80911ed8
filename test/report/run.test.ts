import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { StepResult } from '../../src/lab/exercises/types';
import { assembleRun, bundlePathFor, loadRun, readRunFile, RunLoadError, saveRunBundle, snapshotOf } from '../../src/lab/report';
import { Inventory } from '../../src/lab/inventory/types';
import { copy, RECORDED_RUN_DIR, recordedRun } from './support';

function at(r: StepResult, iso: string, status?: StepResult['status']): StepResult {
  return { ...copy(r), startedAt: iso, finishedAt: iso, ...(status ? { status } : {}) };
}

describe('report: runs', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kal-report-run-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads the runner\'s step files from a directory, one result per step in walkthrough order', () => {
    const run = recordedRun();
    const files = fs.readdirSync(RECORDED_RUN_DIR);
    assert.equal(run.steps.length, files.length);
    assert.deepEqual(run.steps.map((s) => s.index), [...run.steps.map((s) => s.index)].sort((a, b) => a - b));
    for (const f of files) {
      const saved = JSON.parse(fs.readFileSync(path.join(RECORDED_RUN_DIR, f), 'utf8')) as StepResult;
      assert.deepEqual(run.steps.find((s) => s.step === saved.step)!.commands, saved.commands);
    }
    assert.equal(run.lab, 'nslab-w5dev');
    assert.equal(run.sources.length, files.length);
  });

  it('keeps a run as one file that reads back as the same run', () => {
    const run = recordedRun();
    const inv: Inventory = {
      file: '', name: run.lab,
      hosts: [{ name: 'lb1', role: 'director', address: '198.51.100.11', interface: 'eth0', ssh: { user: 'root', identityFiles: ['/secret/key'] } }],
      service: { vips: [{ address: '198.51.100.100', prefix: 24 }], port: 80, protocol: 'TCP', scheduler: 'rr', forwarding: 'DR', vrrp: { vrid: 51, advertInt: 1, instance: 'VI_1', unicast: false } },
    };
    const file = saveRunBundle(bundlePathFor(path.join(tmp, 'report.md')), { ...run, snapshot: snapshotOf(inv) });
    assert.equal(file, path.join(tmp, 'report.run.json'));
    assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /secret\/key/, 'no SSH settings in the kept run');
    const back = loadRun([file]);
    assert.deepEqual(back.steps, run.steps.map((s) => ({ ...s })));
    assert.equal(back.snapshot?.hosts[0].address, '198.51.100.11');
    assert.deepEqual(back.sources, run.sources);
  });

  it('reads an array of step results (lab run-all --json) and a single step file', () => {
    const run = recordedRun();
    const arr = path.join(tmp, 'all.json');
    fs.writeFileSync(arr, JSON.stringify(run.steps));
    assert.equal(loadRun([arr]).steps.length, run.steps.length);
    const one = path.join(RECORDED_RUN_DIR, fs.readdirSync(RECORDED_RUN_DIR)[0]);
    assert.equal(readRunFile(one).results.length, 1);
  });

  it('refuses what is not a run, with the file named', () => {
    const bad = path.join(tmp, 'x.json');
    fs.writeFileSync(bad, '{"hello": 1}');
    assert.throws(() => loadRun([bad]), (e: Error) => e instanceof RunLoadError && e.message.includes(bad));
    fs.writeFileSync(bad, 'not json');
    assert.throws(() => loadRun([bad]), /not readable JSON/);
    assert.throws(() => loadRun([path.join(tmp, 'nope')]), /no such file/);
    fs.mkdirSync(path.join(tmp, 'empty'));
    assert.throws(() => loadRun([path.join(tmp, 'empty')]), /No walkthrough step results/);
  });

  it('takes the newest result of each step', () => {
    const run = recordedRun();
    const traffic = run.steps.find((s) => s.step === 'traffic')!;
    const later = at(traffic, '2030-01-01T00:00:00.000Z', 'passed');
    const r = assembleRun([...run.steps, later]);
    assert.equal(r.steps.find((s) => s.step === 'traffic')!.startedAt, later.startedAt);
    assert.equal(r.steps.length, run.steps.length);
  });

  it('leaves out results that ran before a later failure of an earlier step', () => {
    const run = recordedRun();
    const real = run.steps.find((s) => s.step === 'real-servers')!;
    const failedLater = at(real, '2030-01-01T00:00:00.000Z', 'failed');
    const r = assembleRun([...run.steps, failedLater]);
    const kept = r.steps.map((s) => s.step);
    assert.deepEqual(kept, ['reach', 'real-servers']);
    assert.equal(r.steps[1].status, 'failed');
    assert.deepEqual(r.leftOut.filter((l) => l.reason === 'stale').map((l) => l.step), run.steps.slice(2).map((s) => s.step));
    assert.ok(r.leftOut.every((l) => l.reason !== 'stale' || l.after === 'real-servers'));
  });

  it('keeps to the lab of the newest result', () => {
    const run = recordedRun();
    const other = { ...at(run.steps[0], '2030-01-01T00:00:00.000Z'), lab: 'other' };
    const r = assembleRun([...run.steps, other]);
    assert.equal(r.lab, 'other');
    assert.equal(r.steps.length, 1);
    assert.equal(r.leftOut.filter((l) => l.reason === 'other-lab').length, run.steps.length);
  });
});
