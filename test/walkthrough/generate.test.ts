// The configs the walkthrough generates: clean for our analyzer, consistent between the
// directors, and accepted by the real keepalived -t (in a throwaway network and mount
// namespace, with the health check script in place).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  CHECK_SCRIPT_PATH, checkScript, comparePair, configFacts, documentationAddressing, generateActiveActive, generateLabConfigs, lintConfig,
} from '../../src/lab/generate';
import { Inventory, seedLabInventory } from '../../src/lab/inventory';
import { NsLab } from '../../src/lab/nslab';
import { plan, PlanSuccess } from '../../src/lab/planner';

const REQUIRE = process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1';
const nslab = new NsLab({ name: 'gen' }).inventory();
const unicast: Inventory = { ...nslab, service: { ...nslab.service, vrrp: { ...nslab.service.vrrp, unicast: true } } };
const labs: [string, Inventory][] = [['namespace lab', nslab], ['seed lab template', seedLabInventory()], ['unicast', unicast]];

/** keepalived -t on a config, in its own network namespace (veths named like the config's interfaces) with the check script mounted. */
function keepalivedTest(config: string, interfaces: string[]): { code: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kal-gen-'));
  const ns = `kalgen${process.pid}${Math.floor(Math.random() * 1e6)}`;
  try {
    fs.writeFileSync(path.join(dir, 'keepalived.conf'), config);
    const etc = path.join(dir, 'etc');
    fs.mkdirSync(etc, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(etc, path.basename(CHECK_SCRIPT_PATH)), checkScript(nslab), { mode: 0o755 });
    spawnSync('ip', ['netns', 'add', ns]);
    interfaces.forEach((ifname, i) => spawnSync('ip', ['netns', 'exec', ns, 'ip', 'link', 'add', ifname, 'type', 'veth', 'peer', 'name', `kpeer${i}`]));
    const r = spawnSync('ip', ['netns', 'exec', ns, 'unshare', '-m', 'sh', '-c', `mount --bind ${etc} /etc/keepalived && keepalived -t -f ${path.join(dir, 'keepalived.conf')}`], { encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, stderr: r.stderr };
  } finally {
    spawnSync('ip', ['netns', 'del', ns]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function oracleOrSkip(ctx: Mocha.Context): void {
  const why = !fs.existsSync('/usr/sbin/keepalived') ? 'keepalived is not installed' : process.getuid?.() !== 0 ? 'network namespaces need root' : undefined;
  if (!why) return;
  if (REQUIRE) throw new Error(`keepalived -t must run here (KEEPALIVED_LAB_REQUIRE_ORACLE=1): ${why}`);
  console.log(`      (skipped: ${why})`);
  ctx.skip();
}

describe('generated keepalived configs', () => {
  for (const [name, inv] of labs) {
    describe(name, () => {
      const gen = generateLabConfigs(inv);

      it('our analyzer finds no error or warning', () => {
        for (const g of gen) {
          const l = lintConfig(g.host, g.config);
          assert.deepEqual(l.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), [], `${g.host}:\n${g.config}`);
        }
      });

      it('the directors agree on VRID, authentication and VIP, with distinct priorities and one MASTER', () => {
        const facts = gen.map((g) => ({ host: g.host, facts: configFacts(g.host, g.config) }));
        assert.deepEqual(comparePair(facts), []);
        const inst = facts.map((f) => f.facts.instances[0]);
        assert.equal(new Set(inst.map((i) => i.vrid)).size, 1);
        assert.equal(inst[0].vrid, inv.service.vrrp.vrid);
        assert.equal(new Set(inst.map((i) => i.priority)).size, 2);
        assert.deepEqual(inst.map((i) => i.state), ['MASTER', 'BACKUP']);
        assert.deepEqual(inst[0].vips, [`${inv.service.vips[0].address}/${inv.service.vips[0].prefix}`]);
        for (const f of facts) {
          assert.equal(f.facts.scriptSecurity, true);
          assert.equal(f.facts.scriptUser, 'root');
          assert.equal(f.facts.scripts[0].script, CHECK_SCRIPT_PATH, 'the vrrp_script has an absolute path');
          assert.deepEqual(f.facts.instances[0].trackScripts, ['chk_real_servers']);
          const vs = f.facts.virtualServers[0];
          assert.equal(vs.lbKind, 'DR');
          assert.deepEqual(vs.reals, inv.hosts.filter((h) => h.role === 'real').map((h) => `${h.address}:${inv.service.port}`));
          assert.match(gen[0].config, /TCP_CHECK/);
          assert.match(gen[0].config, /lb_algo rr/);
        }
        if (inv.service.vrrp.unicast) assert.deepEqual(facts[0].facts.instances[0].unicastPeers, [inv.hosts.find((h) => h.name === gen[1].host)!.address]);
      });

      it('keepalived -t accepts each config', function () {
        oracleOrSkip(this);
        for (const g of gen) {
          const iface = inv.hosts.find((h) => h.name === g.host)!.interface;
          const r = keepalivedTest(g.config, [iface]);
          assert.equal(r.code, 0, `${g.host}: ${r.stderr}`);
          assert.equal(r.stderr.trim(), '');
        }
      });
    });
  }

  it('the namespace lab gets priorities 150 and 100', () => {
    assert.deepEqual(generateLabConfigs(nslab).map((g) => [g.host, g.priority, g.state]), [['lb1', 150, 'MASTER'], ['lb2', 100, 'BACKUP']]);
  });

  it('the health check script tries every real server by absolute path', () => {
    const s = checkScript(nslab);
    assert.match(s, /^#!\/bin\/sh\n/);
    assert.match(s, /\/usr\/bin\/curl .* http:\/\/198\.51\.100\.21:80\/ && exit 0/);
    assert.match(s, /\/usr\/bin\/curl .* http:\/\/198\.51\.100\.22:80\/ && exit 0/);
    assert.match(s, /exit 1\n$/);
  });

  it('keepalived -t accepts the active-active configs of the seed question', function () {
    oracleOrSkip(this);
    const p = plan({ directors: 3, trafficBps: 1.5e9, linkBps: 1e9, failures: 1 }) as PlanSuccess;
    for (const c of generateActiveActive(p, documentationAddressing(p.input.names, p.vips))) {
      const r = keepalivedTest(c.config, ['eth0']);
      assert.equal(r.code, 0, `${c.host}: ${r.stderr}`);
    }
  });
});
