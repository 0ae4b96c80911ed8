// The real-IPVS stage (npm run test:qemu): the whole walkthrough through our code against the
// lab inside a QEMU VM whose kernel has IPVS, reached through ProxyJump over the VM's
// 127.0.0.1 SSH forward. Traffic through the VIP must reach both real servers, the counters
// must be DR's, failover must keep requests flowing, and the doctor must find nothing.
// Skipped when QEMU or the image is missing, failing instead when KEEPALIVED_LAB_REQUIRE_ORACLE=1.
import * as assert from 'node:assert/strict';
import { runDoctor } from '../../src/lab/doctor';
import { runAll, runStep, StepResult } from '../../src/lab/exercises';
import { FailoverMeasured } from '../../src/lab/exercises/steps/failover';
import { SshPool } from '../../src/lab/ssh';
import { QemuLab, qemuUnavailableReason, startQemuLab } from './vm';

const REQUIRE = process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1';

describe('walkthrough on the QEMU lab (real IPVS)', function () {
  this.timeout(900_000);
  let lab: QemuLab | undefined;
  let pool: SshPool;
  const results = new Map<string, StepResult>();

  before(async function () {
    const why = qemuUnavailableReason();
    if (why) {
      if (REQUIRE) throw new Error(`The QEMU stage must run here (KEEPALIVED_LAB_REQUIRE_ORACLE=1) but cannot: ${why}`);
      console.log(`      (QEMU stage skipped: ${why})`);
      this.skip();
    }
    lab = await startQemuLab((l) => console.log(`      (${l})`));
    pool = lab.pool();
  });
  after(async () => {
    await lab?.stop();
  });

  const failed = (r: StepResult): string => `${r.step}: ${r.status} ${JSON.stringify(r.checks.filter((c) => !c.ok))} ${r.error ?? ''}`;

  it('runs every step of the walkthrough, and every step passes', async () => {
    const t = Date.now();
    const all = await runAll(pool, lab!.inventory, { continueOnFailure: true, options: { requests: 20 } });
    for (const r of all.results) results.set(r.step, r);
    console.log(`      (walkthrough took ${((Date.now() - t) / 1000).toFixed(0)} s: ${all.results.map((r) => `${r.step} ${(r.durationMs / 1000).toFixed(1)} s`).join(', ')})`);
    assert.deepEqual(all.results.filter((r) => r.status !== 'passed').map(failed), []);
    assert.equal(all.results.length, 9);
  });

  it('the directors\' kernel has IPVS and keepalived runs the full daemon (not --vrrp)', () => {
    const reach = results.get('reach')!;
    assert.deepEqual((reach.measurements as { noIpvs: string[] }).noIpvs, []);
    const cfg = results.get('keepalived-config')!;
    assert.ok(!cfg.explanation.some((e) => /--vrrp/.test(e)), 'keepalived is not limited to VRRP here');
    const vrrp = results.get('vrrp')!;
    assert.ok(vrrp.checks.some((c) => c.ok && /ipvsadm -Ln on lb2 lists 198\.51\.100\.100:80 with 198\.51\.100\.21 and 198\.51\.100\.22/.test(c.what)), 'the BACKUP has the full IPVS table too');
  });

  it('traffic through the VIP reaches both real servers; only the MASTER counts, OutPkts 0', () => {
    const m = results.get('traffic')!.measurements as { answered: number; byHost: Record<string, number>; deltas: Record<string, { holdsVip: boolean; service: { conns: number; inPkts: number; outPkts: number } }> };
    assert.equal(m.answered, 20);
    assert.ok(m.byHost.web1 >= 8 && m.byHost.web2 >= 8, `round robin: ${JSON.stringify(m.byHost)}`);
    assert.equal(m.byHost.web1 + m.byHost.web2, 20);
    assert.equal(m.deltas.lb1.holdsVip, true);
    assert.ok(m.deltas.lb1.service.conns >= 20, `MASTER Conns +${m.deltas.lb1.service.conns}`);
    assert.ok(m.deltas.lb1.service.inPkts >= 20 * 4);
    assert.equal(m.deltas.lb1.service.outPkts, 0, 'direct routing: no reply passes the director');
    assert.equal(m.deltas.lb2.service.conns, 0, 'the BACKUP sees nothing');
    console.log(`      (${JSON.stringify(m.byHost)}; lb1 Conns +${m.deltas.lb1.service.conns} InPkts +${m.deltas.lb1.service.inPkts} OutPkts +${m.deltas.lb1.service.outPkts})`);
  });

  it('InActConn: the finished connections stay in the table, explained from the data', () => {
    const r = results.get('inactconn')!;
    const m = r.measurements as { inActConn: number; byState: Record<string, { count: number; maxLeft: number }>; timeouts: { tcpfin: number } };
    assert.ok(m.inActConn > 0);
    assert.ok(Object.keys(m.byState).some((s) => s !== 'ESTABLISHED'));
    assert.ok(m.timeouts.tcpfin > 0);
    assert.match(r.explanation.join('\n'), /connection entries for 198\.51\.100\.100:80/);
    console.log(`      (${JSON.stringify(m.byState)}, InActConn ${m.inActConn})`);
  });

  it('failover with traffic: the VIP moves, requests recover, the old MASTER takes it back', () => {
    const f = results.get('failover')!.measurements as FailoverMeasured;
    assert.equal(f.noIpvs, undefined);
    assert.ok(f.vipMovedMs !== undefined && f.vipMovedMs < 15_000, `VIP moved after ${f.vipMovedMs} ms`);
    assert.ok(f.recoveredMs !== undefined && f.recoveredMs < 20_000, `requests recovered after ${f.recoveredMs} ms`);
    assert.ok(f.preemptMs !== undefined);
    assert.ok((f.okBefore ?? 0) > 0, 'requests succeeded before the failover');
    assert.ok(Object.keys(f.answeredAfter ?? {}).length >= 1, 'and after the preemption');
    console.log(`      (VIP on lb2 after ${f.vipMovedMs} ms, requests OK again after ${f.recoveredMs} ms with ${f.failedDuringFailover} failed; back on lb1 after ${f.preemptMs} ms; ${f.requestsOk}/${f.requestsTotal} requests answered)`);
  });

  it('the doctor finds nothing on the healthy lab', async () => {
    const r = await runDoctor(pool, lab!.inventory);
    assert.deepEqual(r.findings, []);
  });

  it('a real server whose nginx stops leaves the IPVS table, and traffic goes to the other', async () => {
    await pool.exec('web2', 'nginx -s stop');
    try {
      const t = Date.now();
      for (;;) {
        const list = (await pool.exec('lb1', 'ipvsadm -Ln')).stdout;
        if (!list.includes('198.51.100.22:80')) break;
        if (Date.now() - t > 30_000) assert.fail(`web2 still in the table:\n${list}`);
        await new Promise((r) => setTimeout(r, 500));
      }
      const r = await runStep(pool, lab!.inventory, 'traffic', { options: { requests: 6 } });
      const m = r.measurements as { answered: number; byHost: Record<string, number> };
      assert.equal(m.answered, 6);
      assert.deepEqual(m.byHost, { web1: 6 });
      const d = await runDoctor(pool, lab!.inventory);
      assert.deepEqual(d.findings.map((f) => f.code), ['real-server-down']);
    } finally {
      await pool.exec('web2', 'nginx');
    }
  });
});
