// The active-active VIP planner: the seed's numbers, minimality against a brute force, every
// failure case re-checked independently, impossible inputs, units, and the CLI.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/cli';
import { CliIo } from '../../src/cli/io';
import { generateActiveActive, documentationAddressing, lintConfig } from '../../src/lab/generate';
import { formatBandwidth, parseBandwidth, plan, PlanInput, PlanSuccess } from '../../src/lab/planner';

const G = 1e9;

/** Who serves each VIP after `failed` are down, computed here without the planner's helpers. */
function loadsAfter(layout: number[][], n: number, failed: number[], perVip: number): number[] {
  const loads = new Array<number>(n).fill(0);
  for (const order of layout) {
    const s = order.find((d) => !failed.includes(d));
    if (s !== undefined) loads[s] += perVip;
  }
  return loads;
}

function subsets(n: number, k: number): number[][] {
  const out: number[][] = [[]];
  for (let size = 1; size <= k; size++) {
    const rec = (start: number, cur: number[]): void => {
      if (cur.length === size) return void out.push(cur);
      for (let i = start; i < n; i++) rec(i + 1, [...cur, i]);
    };
    rec(0, []);
  }
  return out;
}

/** Worst load over every tolerated failure, computed independently of the planner. */
function worstLoad(p: PlanSuccess): number {
  const orders = p.layout.map((x) => x.order);
  let worst = 0;
  for (const failed of subsets(p.input.directors, p.input.failures)) {
    const loads = loadsAfter(orders, p.input.directors, failed, p.perVipBps);
    worst = Math.max(worst, ...loads.filter((_, d) => !failed.includes(d)));
  }
  return worst;
}

/**
 * The smallest V (a multiple of N unless uneven) for which SOME layout keeps every director
 * strictly below the link after any tolerated failure: every multiset of priority orders tried.
 */
function bruteForceMinVips(n: number, f: number, t: number, l: number, maxV: number, uneven = false): number | undefined {
  const len = Math.min(f + 1, n);
  const cands: number[][] = [];
  const rec = (cur: number[]): void => {
    if (cur.length === len) return void cands.push(cur);
    for (let i = 0; i < n; i++) if (!cur.includes(i)) rec([...cur, i]);
  };
  rec([]);
  const fails = subsets(n, f);
  for (let v = n; v <= maxV; v++) {
    if (!uneven && v % n) continue;
    let found = false;
    const pick = (start: number, chosen: number[][]): void => {
      if (found) return;
      if (chosen.length === v) {
        const masters = new Array<number>(n).fill(0);
        for (const o of chosen) masters[o[0]]++;
        if (!uneven && masters.some((m) => m !== v / n)) return;
        if (masters.some((m) => m === 0)) return;
        const ok = fails.every((failed) => loadsAfter(chosen, n, failed, t / v).every((x, d) => failed.includes(d) || x < l - 1e-6));
        if (ok) found = true;
        return;
      }
      for (let c = start; c < cands.length; c++) pick(c, [...chosen, cands[c]]);
    };
    pick(0, []);
    if (found) return v;
  }
  return undefined;
}

function ok(input: PlanInput): PlanSuccess {
  const p = plan(input);
  assert.ok(p.ok, `expected a plan for ${JSON.stringify(input)}: ${(p as { problem?: string }).problem}`);
  return p as PlanSuccess;
}

describe('active-active planner', () => {
  describe('the seed question: 3 directors, 1.5 Gbit/s, 1 Gbit/s links, 1 failure', () => {
    const p = ok({ directors: 3, trafficBps: 1.5 * G, linkBps: 1 * G, failures: 1 });

    it('finds 6 VIPs, 2 MASTER per director, worst case 0.75 Gbit/s', () => {
      assert.equal(p.vips, 6);
      assert.deepEqual(p.mastersPerDirector, [2, 2, 2]);
      assert.equal(p.worst.maxLoadBps, 0.75 * G);
      assert.equal(worstLoad(p), 0.75 * G, 'independent re-check of every failure case');
      assert.equal(p.normal.maxLoadBps, 0.5 * G);
    });

    it('backs the two VIPs of each director up on two different directors', () => {
      for (let d = 0; d < 3; d++) {
        const backups = p.layout.filter((x) => x.order[0] === d).map((x) => x.order[1]);
        assert.equal(backups.length, 2);
        assert.equal(new Set(backups).size, 2, `director ${d}'s VIPs are backed up on ${backups.join(', ')}`);
        assert.ok(!backups.includes(d));
      }
      for (const x of p.layout) assert.deepEqual(x.priorities, [150, 100]);
    });

    it('explains why 3 VIPs leave no headroom and why 4 and 5 are not even', () => {
      const not3 = p.rejected.find((r) => r.vips === 3)!.reason;
      assert.match(not3, /2 × 500 Mbit\/s = 1 Gbit\/s/);
      assert.match(not3, /100%/);
      assert.match(not3, /no headroom/);
      assert.match(p.rejected.find((r) => r.vips === 4)!.reason, /cannot be shared evenly by 3 directors/);
      assert.deepEqual(p.rejected.map((r) => r.vips), [3, 4, 5]);
      const text = p.reasoning.join('\n');
      assert.match(text, /750 Mbit\/s/);
      assert.match(text, /Not 3:/);
      assert.equal(p.unevenAlternative?.vips, 4, 'with an uneven normal load 4 would do, and the reasoning says so');
    });

    it('agrees with a brute force over every layout', () => {
      assert.equal(bruteForceMinVips(3, 1, 1.5 * G, 1 * G, 9), 6);
      assert.equal(bruteForceMinVips(3, 1, 1.5 * G, 1 * G, 9, true), 4);
      assert.equal(ok({ directors: 3, trafficBps: 1.5 * G, linkBps: 1 * G, failures: 1, uneven: true }).vips, 4);
    });

    it('generates configs for the layout that our analyzer finds clean', () => {
      const configs = generateActiveActive(p, documentationAddressing(p.input.names, p.vips));
      assert.equal(configs.length, 3);
      for (const c of configs) {
        const l = lintConfig(c.host, c.config);
        assert.deepEqual(l.findings.filter((x) => x.severity === 'error' || x.severity === 'warning'), [], `${c.host}:\n${c.config}`);
        assert.equal((c.config.match(/^vrrp_instance /gm) ?? []).length, 4, 'each director takes part in 4 VIPs: MASTER of 2, BACKUP of 2');
        assert.equal((c.config.match(/state MASTER/g) ?? []).length, 2);
      }
    });
  });

  describe('minimality on other small cases (brute force)', () => {
    const cases: [number, number, number, number][] = [
      [2, 1, 0.8, 1],
      [3, 1, 1.2, 1],
      [4, 1, 2.5, 1],
      [4, 2, 1.5, 1],
      [3, 0, 2.5, 1],
    ];
    for (const [n, f, t, l] of cases) {
      it(`${n} directors, ${t} Gbit/s, ${l} Gbit/s links, ${f} failure(s)`, () => {
        const p = ok({ directors: n, trafficBps: t * G, linkBps: l * G, failures: f });
        assert.equal(p.vips, bruteForceMinVips(n, f, t * G, l * G, 8));
        assert.ok(worstLoad(p) < l * G);
        assert.equal(worstLoad(p), p.worst.maxLoadBps);
      });
    }
  });

  describe('larger cases stay correct and fast', () => {
    const cases: PlanInput[] = [
      { directors: 6, trafficBps: 4 * G, linkBps: 1 * G, failures: 1 },
      { directors: 5, trafficBps: 2.5 * G, linkBps: 1 * G, failures: 2 },
      { directors: 4, trafficBps: 10 * G, linkBps: 10 * G, failures: 1, headroom: 0.2 },
    ];
    for (const input of cases) {
      it(JSON.stringify(input), () => {
        const t = Date.now();
        const p = ok(input);
        assert.ok(Date.now() - t < 5000);
        const limit = input.headroom ? input.linkBps * (1 - input.headroom) + 1 : input.linkBps;
        const w = worstLoad(p);
        assert.ok(input.headroom ? w <= limit : w < limit, `worst ${w}`);
        assert.ok(p.mastersPerDirector.every((m) => m === p.vips / input.directors));
        // No fewer VIPs can work: the pigeonhole bound rejects every smaller multiple of N.
        for (const r of p.rejected) assert.ok(r.vips < p.vips);
      });
    }
    it('6 directors, 4 Gbit/s, 1 failure: 18 VIPs (12 would put 3 × 333 Mbit/s = 100% on a link)', () => {
      const p = ok({ directors: 6, trafficBps: 4 * G, linkBps: 1 * G, failures: 1 });
      assert.equal(p.vips, 18);
      assert.match(p.rejected.find((r) => r.vips === 12)!.reason, /no headroom/);
    });
  });

  describe('impossible inputs are explained', () => {
    it('more failures than directors can survive', () => {
      const p = plan({ directors: 2, trafficBps: 1 * G, linkBps: 1 * G, failures: 2 });
      assert.equal(p.ok, false);
      assert.match((p as { problem: string }).problem, /leaves no director .* at least 3 directors/);
    });
    it('traffic the surviving links cannot carry, whatever the number of VIPs', () => {
      const p = plan({ directors: 3, trafficBps: 2 * G, linkBps: 1 * G, failures: 1 });
      assert.equal(p.ok, false);
      const problem = (p as { problem: string }).problem;
      assert.match(problem, /exactly full, no headroom/);
      assert.match(problem, /No number of VIPs helps/);
      assert.match(problem, /at least 4 directors/);
      const q = plan({ directors: 2, trafficBps: 3 * G, linkBps: 1 * G, failures: 1 });
      assert.match((q as { problem: string }).problem, /too much.*at least 5 directors/);
    });
    it('a headroom the ideal spread cannot keep', () => {
      const p = plan({ directors: 3, trafficBps: 1.5 * G, linkBps: 1 * G, failures: 1, headroom: 0.3 });
      assert.equal(p.ok, false);
      assert.match((p as { problem: string }).problem, /70% of a 1 Gbit\/s link \(keeping 30% free\)/);
    });
    it('invalid numbers', () => {
      const cases: [PlanInput, RegExp][] = [
        [{ directors: 0, trafficBps: G, linkBps: G, failures: 0 }, /directors must be a whole number of at least 1/],
        [{ directors: 2.5, trafficBps: G, linkBps: G, failures: 0 }, /whole number/],
        [{ directors: 3, trafficBps: -1, linkBps: G, failures: 1 }, /traffic must be more than 0/],
        [{ directors: 3, trafficBps: G, linkBps: NaN, failures: 1 }, /link speed must be more than 0/],
        [{ directors: 3, trafficBps: G, linkBps: G, failures: -1 }, /failures to survive must be a whole number/],
        [{ directors: 3, trafficBps: G, linkBps: G, failures: 1, headroom: 1 }, /headroom/],
        [{ directors: 40, trafficBps: G, linkBps: G, failures: 1 }, /up to 16 directors/],
      ];
      for (const [input, re] of cases) {
        const p = plan(input);
        assert.equal(p.ok, false, JSON.stringify(input));
        assert.match((p as { problem: string }).problem, re);
      }
    });
    it('no failures to survive: one VIP per director is enough when the link takes its share', () => {
      const p = ok({ directors: 2, trafficBps: 1.5 * G, linkBps: 1 * G, failures: 0 });
      assert.equal(p.vips, 2);
      assert.equal(p.worst.maxLoadBps, 0.75 * G);
      assert.deepEqual(p.layout.map((x) => x.order.length), [1, 1]);
    });
  });

  describe('bandwidth units', () => {
    it('reads what people write', () => {
      assert.equal(parseBandwidth('1.5G'), 1.5e9);
      assert.equal(parseBandwidth('1500M'), 1.5e9);
      assert.equal(parseBandwidth('1Gbit/s'), 1e9);
      assert.equal(parseBandwidth('750 mbps'), 7.5e8);
      assert.equal(parseBandwidth('100k'), 1e5);
      assert.equal(parseBandwidth('1e9'), 1e9);
      assert.equal(parseBandwidth('fast'), undefined);
      assert.equal(parseBandwidth('1.5X'), undefined);
      assert.equal(formatBandwidth(7.5e8), '750 Mbit/s');
      assert.equal(formatBandwidth(1.5e9), '1.5 Gbit/s');
    });
  });

  describe('keepalived-lab plan', () => {
    function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
      let out = '';
      let err = '';
      const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: os.tmpdir(), env: {}, stdoutIsTTY: false };
      return runCli(args, io).then((code) => ({ code, out, err }));
    }

    it('prints the plan for the seed\'s numbers and writes clean configs', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kal-plan-'));
      try {
        const r = await cli(['plan', '--directors', '3', '--traffic', '1.5G', '--link', '1G', '--failures', '1', '--generate', dir]);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /Layout \(6 VIPs, 250 Mbit\/s each\)/);
        assert.match(r.out, /Not 3: .*no headroom/);
        for (const d of ['lb1', 'lb2', 'lb3']) {
          const text = fs.readFileSync(path.join(dir, d, 'keepalived.conf'), 'utf8');
          assert.equal(lintConfig(d, text).warnings + lintConfig(d, text).errors, 0);
          assert.match(r.out, new RegExp(`${d}/keepalived.conf: 0 error\\(s\\), 0 warning\\(s\\)`));
        }
        assert.match(fs.readFileSync(path.join(dir, 'real-servers.sh'), 'utf8'), /ip addr replace 198\.51\.100\.106\/32 dev lo/);
        assert.match(fs.readFileSync(path.join(dir, 'keepalived-lab-check.sh'), 'utf8'), /^#!\/bin\/sh/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('exits 1 with the explanation when no plan exists, 2 on bad values', async () => {
      const r = await cli(['plan', '--directors', '3', '--traffic', '2G', '--link', '1G', '--failures', '1']);
      assert.equal(r.code, 1);
      assert.match(r.out, /No number of VIPs helps/);
      const bad = await cli(['plan', '--traffic', 'lots']);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /--traffic needs a bandwidth/);
      const json = JSON.parse((await cli(['plan', '--json'])).out);
      assert.equal(json.vips, 6);
    });
  });
});
