// Shared setup of the live lab tests: one namespace lab with a unique name, brought up
// once and always taken down (even when a test or the setup fails).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Inventory, LabHost, loadInventory } from '../../src/lab/inventory';
import { NsLab, nsLabUnsupportedReason } from '../../src/lab/nslab';
import { PoolOptions, SshPool } from '../../src/lab/ssh';

export const REQUIRE_LAB = process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1';

/** Skips the suite when the machine cannot run the lab, unless CI requires it. */
export function labOrSkip(ctx: Mocha.Context): void {
  const why = nsLabUnsupportedReason();
  if (!why) return;
  if (REQUIRE_LAB) throw new Error(`The lab tests must run here (KEEPALIVED_LAB_REQUIRE_ORACLE=1) but cannot: ${why}`);
  console.log(`      (lab tests skipped: ${why})`);
  ctx.skip();
}

export interface LiveLab {
  lab: NsLab;
  inventory: Inventory;
  tmp: string;
  /** A pool on the lab's own key and known_hosts, with a private trust store. */
  pool(opts?: Partial<PoolOptions>): SshPool;
  host(name: string, change?: (h: LabHost) => LabHost): LabHost;
}

/**
 * Only one namespace lab fits in 198.51.100.0/24 on a machine. When another one (an editor-host
 * run, another developer's tests) holds it, wait for it instead of failing; never touch it.
 */
async function upWhenFree(lab: NsLab): Promise<Awaited<ReturnType<NsLab['up']>>> {
  const deadline = Date.now() + Number(process.env.KEEPALIVED_LAB_LIVE_WAIT_S || 600) * 1000;
  for (;;) {
    try {
      return await lab.up();
    } catch (e) {
      if (!/Another lab already uses/.test((e as Error).message) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

export async function startLab(): Promise<LiveLab> {
  const name = 'kt' + randomBytes(3).toString('hex').replace(/[^a-z0-9]/g, '').slice(0, 5);
  const lab = new NsLab({ name });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `kal-${name}-`));
  const pools: SshPool[] = [];
  try {
    const st = await upWhenFree(lab);
    const r = loadInventory(st.inventoryFile);
    if (!r.inventory) throw new Error(`The lab wrote an invalid inventory: ${JSON.stringify(r.diagnostics)}`);
    const inventory = r.inventory;
    let n = 0;
    const live: LiveLab & { pools: SshPool[] } = {
      lab,
      inventory,
      tmp,
      pools,
      pool(opts = {}) {
        const p = new SshPool({ inventory, sshConfig: '/dev/null', agentSocket: '', trustStoreFile: path.join(tmp, `trust-${n++}.json`), ...opts });
        pools.push(p);
        return p;
      },
      host(hostName, change = (h) => h) {
        const h = inventory.hosts.find((x) => x.name === hostName)!;
        return change(JSON.parse(JSON.stringify(h)) as LabHost);
      },
    };
    return live;
  } catch (e) {
    await lab.down().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

export async function stopLab(live: LiveLab | undefined): Promise<void> {
  if (!live) return;
  for (const p of (live as LiveLab & { pools: SshPool[] }).pools) await p.closeAll().catch(() => undefined);
  await live.lab.down();
  fs.rmSync(live.tmp, { recursive: true, force: true });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `fn` until it returns a truthy value or the time is up; returns the value and the time it took. */
export async function waitFor<T>(fn: () => Promise<T | undefined | false>, timeoutMs: number, stepMs = 200): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const v = await fn();
      if (v) return { value: v as T, ms: Date.now() - started };
    } catch (e) {
      last = e;
    }
    await sleep(stepMs);
  }
  throw new Error(`condition not reached within ${timeoutMs} ms${last ? ` (last error: ${(last as Error).message})` : ''}`);
}
