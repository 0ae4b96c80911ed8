// The topology picture (src/lab/view/topologyPicture.ts): parsed back as XML, the arrow of each VIP
// ends on the box of the director that holds it, failover moves it, what was not read is drawn as
// such, hostile host names stay text, the request counts of the last traffic step are shown, and
// the planner's picture has the planned layout plus one panel per failure.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sax from 'sax';
import { Inventory } from '../../src/lab/inventory/types';
import { plan, PlanSuccess } from '../../src/lab/planner';
import { WalkthroughRun } from '../../src/lab/report/run';
import { StepResult } from '../../src/lab/exercises/types';
import { HostState, LabState, parseIpvsList, summarize } from '../../src/lab/topology';
import { exampleInput, exampleInventory, exampleSvg } from '../../src/lab/view/topologyExample';
import { topologyStrings } from '../../src/lab/view/topologyStrings';
import { esc, planPanels, renderPlanSvg, renderTopologySvg, TopologyInput, trafficCountsOf } from '../../src/lab/view/topologyPicture';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent?: El;
}

/** Parses the SVG with a strict XML parser (throws on anything not well-formed) into a small tree. */
function parse(svg: string): El {
  const p = sax.parser(true, { xmlns: false });
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  let cur = root;
  p.onerror = (e) => {
    throw e;
  };
  p.onopentag = (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '', parent: cur };
    cur.children.push(el);
    cur = el;
  };
  p.onclosetag = () => {
    cur = cur.parent!;
  };
  p.ontext = (t) => {
    for (let e: El | undefined = cur; e; e = e.parent) e.text += t;
  };
  p.write(svg).close();
  assert.equal(root.children.length, 1, 'one root element');
  assert.equal(root.children[0].name, 'svg');
  return root.children[0];
}

function all(el: El, pred: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (e: El): void => {
    if (pred(e)) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

const kind = (root: El, k: string): El[] => all(root, (e) => e.attrs['data-kind'] === k);

function hostBox(root: El, name: string): { x: number; y: number; w: number; h: number; el: El } {
  const g = all(root, (e) => e.attrs['data-kind'] === 'host' && e.attrs['data-host'] === name)[0];
  assert.ok(g, `a box for ${name}`);
  const rect = g.children.find((c) => c.name === 'rect')!;
  return { x: Number(rect.attrs.x), y: Number(rect.attrs.y), w: Number(rect.attrs.width), h: Number(rect.attrs.height), el: g };
}

function endOf(pathEl: El): { x: number; y: number } {
  const m = /L (-?[\d.]+) (-?[\d.]+)$/.exec(pathEl.attrs.d);
  assert.ok(m, `a straight path: ${pathEl.attrs.d}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** The arrows from VIPs, each checked to end on the top edge of the box of the director it names. */
function holderArrows(root: El): string[] {
  return kind(root, 'holder-arrow').map((a) => {
    const to = a.attrs['data-to'];
    const box = hostBox(root, to);
    const end = endOf(a);
    assert.ok(end.x >= box.x && end.x <= box.x + box.w, `the arrow to ${to} ends over its box (x ${end.x} in ${box.x}..${box.x + box.w})`);
    assert.ok(Math.abs(end.y - box.y) <= 2, `the arrow to ${to} ends at the top of its box (y ${end.y} vs ${box.y})`);
    assert.equal(box.el.attrs['data-role'], 'director');
    return to;
  });
}

const INV: Inventory = exampleInventory();
const TABLE = parseIpvsList('TCP  198.51.100.100:80 rr\n  -> 198.51.100.21:80              Route   1      0          3\n  -> 198.51.100.22:80              Route   0      0          0\n');

function director(name: string, st: 'MASTER' | 'BACKUP' | 'FAULT' | 'STOP', holds: boolean, running = true): HostState {
  const h = INV.hosts.find((x) => x.name === name)!;
  return {
    name, role: 'director', address: h.address, reachable: true, durationMs: 3,
    director: {
      keepalived: { running, ...(running ? { pid: 9 } : {}), vrrpOnly: false },
      instances: [{ name: 'VI_1', state: st, priority: name === 'lb1' ? 150 : 100, source: 'json' }],
      vips: [{ address: '198.51.100.100', prefix: 24, present: holds }],
      holdsVip: holds,
      ipvs: { available: true, table: TABLE },
      recentTransitions: [],
    },
  };
}

function real(name: string, ok = true): HostState {
  const h = INV.hosts.find((x) => x.name === name)!;
  return {
    name, role: 'real', address: h.address, reachable: true, durationMs: 3,
    real: {
      vipsOnLo: [{ address: '198.51.100.100', prefix: 24, present: ok, ...(ok ? { actualPrefix: 32 } : {}) }],
      vipPrefixProblems: [], arp: {}, arpOk: ok, nginxRunning: ok,
      http: ok ? { url: 'http://x/', status: 200 } : { url: 'http://x/', error: 'connection refused' },
    },
  };
}

const CLIENT: HostState = { name: 'client', role: 'client', address: '198.51.100.10', reachable: true, durationMs: 2, client: { vipChecks: [{ url: 'http://198.51.100.100:80/', status: 200 }] } };

function stateOf(hosts: HostState[], inv = INV): LabState {
  return { ...summarize(inv, hosts, 0), readAt: new Date('2026-01-02T03:04:05Z'), durationMs: 120 };
}

function input(hosts: HostState[], extra: Partial<TopologyInput> = {}): TopologyInput {
  return { inventory: INV, state: stateOf(hosts), ...extra };
}

describe('topology picture', () => {
  it('draws the VIP with an arrow to the director that holds it, MASTER/BACKUP badges per instance, and the path to the real servers', () => {
    const root = parse(renderTopologySvg(input([CLIENT, director('lb1', 'MASTER', true), director('lb2', 'BACKUP', false), real('web1'), real('web2')])));
    assert.deepEqual(holderArrows(root), ['lb1']);
    const vip = kind(root, 'vip')[0];
    assert.equal(vip.attrs['data-vip'], '198.51.100.100/24');
    assert.equal(vip.attrs['data-holders'], 'lb1');
    const states = kind(root, 'vrrp-state').map((b) => `${b.attrs['data-instance']}=${b.attrs['data-state']}`);
    assert.deepEqual(states, ['VI_1=MASTER', 'VI_1=BACKUP']);
    assert.match(hostBox(root, 'lb1').el.text, /VI_1 150.*MASTER.*holds the VIP/s);
    assert.doesNotMatch(hostBox(root, 'lb2').el.text, /holds the VIP/);
    // Forwarding arrows leave only the holder, one to each real server of its IPVS table (weight 0 dashed).
    assert.deepEqual(kind(root, 'forward-arrow').map((a) => `${a.attrs['data-from']}>${a.attrs['data-to']}:${a.attrs['data-weight']}:${a.attrs['stroke-dasharray'] ?? '-'}`), ['lb1>web1:1:-', 'lb1>web2:0:5 4']);
    // A holder without IPVS forwards nothing: no arrow is drawn.
    const noIpvs = director('lb1', 'MASTER', true);
    noIpvs.director!.ipvs = { available: false, reason: 'no IPVS' };
    const bare = parse(renderTopologySvg(input([noIpvs, director('lb2', 'BACKUP', false), real('web1'), real('web2')])));
    assert.deepEqual(kind(bare, 'forward-arrow'), []);
    assert.match(hostBox(bare, 'web1').el.text, /no IPVS in the kernel/);
    // Health from the holder's IPVS table: web2 has weight 0 there.
    assert.match(hostBox(root, 'web1').el.text, /ready.*in IPVS on lb1, weight 1/s);
    assert.equal(all(hostBox(root, 'web1').el, (e) => e.attrs['data-kind'] === 'health')[0].attrs['data-health'], 'ok');
    assert.match(hostBox(root, 'web2').el.text, /weight 0 on lb1/);
    assert.equal(all(hostBox(root, 'web2').el, (e) => e.attrs['data-kind'] === 'health')[0].attrs['data-health'], 'warn');
    assert.match(root.text, /read at 03:04:05 UTC in 120 ms/);
  });

  it('after a failover the arrow points at the new holder; a stopped keepalived and a broken real server show as such', () => {
    const before = parse(renderTopologySvg(input([director('lb1', 'MASTER', true), director('lb2', 'BACKUP', false), real('web1'), real('web2')])));
    const after = parse(renderTopologySvg(input([director('lb1', 'STOP', false, false), director('lb2', 'MASTER', true), real('web1'), real('web2', false)])));
    assert.deepEqual(holderArrows(before), ['lb1']);
    assert.deepEqual(holderArrows(after), ['lb2']);
    assert.match(hostBox(after, 'lb1').el.text, /keepalived stopped/);
    assert.match(hostBox(after, 'lb2').el.text, /MASTER.*holds the VIP/s);
    const web2 = hostBox(after, 'web2').el;
    assert.match(web2.text, /nginx not running/);
    assert.match(web2.text, /HTTP: connection refused/);
    assert.equal(all(web2, (e) => e.attrs['data-kind'] === 'health')[0].attrs['data-health'], 'bad');
  });

  it('split brain: arrows to both holders and the words; no holder: no arrow and the words', () => {
    const split = parse(renderTopologySvg(input([director('lb1', 'MASTER', true), director('lb2', 'MASTER', true)])));
    assert.deepEqual(holderArrows(split).sort(), ['lb1', 'lb2']);
    assert.match(kind(split, 'vip')[0].text, /split brain: 2 directors hold it/);
    const none = parse(renderTopologySvg(input([director('lb1', 'BACKUP', false), director('lb2', 'BACKUP', false)])));
    assert.deepEqual(holderArrows(none), []);
    assert.match(kind(none, 'vip')[0].text, /no director holds it/);
  });

  it('draws what was not read or could not be read honestly: no holder arrow, no guessed state', () => {
    const unread = parse(renderTopologySvg({ inventory: INV }));
    assert.deepEqual(holderArrows(unread), []);
    assert.deepEqual(kind(unread, 'vrrp-state'), []);
    assert.match(kind(unread, 'vip')[0].text, /holder unknown \(not read yet\)/);
    for (const h of INV.hosts) assert.match(hostBox(unread, h.name).el.text, /not read yet/, h.name);
    assert.equal(hostBox(unread, 'lb1').el.children[0].attrs['stroke-dasharray'], '5 4', 'an unread host is drawn dashed');
    const reading = parse(renderTopologySvg({ inventory: INV, reading: true }));
    assert.match(hostBox(reading, 'lb1').el.text, /reading…/);

    const down: HostState = { name: 'lb1', role: 'director', address: '198.51.100.11', reachable: false, error: 'lb1 did not answer within 5 s', durationMs: 5000 };
    const partly = parse(renderTopologySvg(input([down, director('lb2', 'BACKUP', false)])));
    assert.match(hostBox(partly, 'lb1').el.text, /unreachable.*lb1 did not answer within 5 s/s);
    assert.match(kind(partly, 'vip')[0].text, /on none of the directors that could be read/, 'an unreadable director might hold it: the picture does not say nobody does');
    assert.match(hostBox(partly, 'web1').el.text, /not in the last reading/);
    const failed = parse(renderTopologySvg({ inventory: INV, error: 'no route to host' }));
    assert.match(failed.text, /could not read: no route to host/);
  });

  it('keeps hostile host names as text (escaped, control characters replaced) and the document well-formed', () => {
    const evil = '</text><script>alert(1)</script><text x="0">&amp;\u0001"\'';
    const inv: Inventory = { ...INV, name: 'lab<&>"\'', hosts: INV.hosts.map((h) => (h.name === 'lb1' ? { ...h, name: evil } : h)) };
    const hosts = [{ ...director('lb1', 'MASTER', true), name: evil }, director('lb2', 'BACKUP', false), { ...real('web1'), reachable: false, error: '<b>refused</b> & "gone"' }];
    const svg = renderTopologySvg({ inventory: inv, state: stateOf(hosts, inv) });
    const root = parse(svg);
    const names = new Set(all(root, () => true).map((e) => e.name));
    assert.ok(!names.has('script'), 'no element comes from a host name');
    assert.deepEqual([...names].filter((n) => !['svg', 'title', 'desc', 'defs', 'marker', 'path', 'rect', 'text', 'g'].includes(n)), []);
    assert.ok(!svg.includes('\u0001'), 'no control character reaches the XML');
    const box = hostBox(root, evil.replace('\u0001', '\uFFFD'));
    assert.match(box.el.text, /<\/text><script>/, 'the name is shown as text');
    assert.deepEqual(holderArrows(root), [evil.replace('\u0001', '\uFFFD')]);
    assert.match(hostBox(root, 'web1').el.text, /<b>refused<\/b> & "gone"/);
    assert.match(root.text, /lab<&>"'/);
    assert.equal(esc('a<b>&"\'\uD800'), 'a&lt;b&gt;&amp;&quot;&#39;\uFFFD');
  });

  it('shows the request counts of the last traffic step per real server (from the run the report uses)', () => {
    const step = {
      step: 'traffic', index: 6, title: 'Send traffic through the VIP', lab: 'lab', status: 'passed', startedAt: '2026-01-02T03:00:00Z', finishedAt: '2026-01-02T03:00:09Z', durationMs: 9000,
      commands: [], checks: [], explanation: [], measurements: { requests: 20, answered: 19, failed: 1, byHost: { web1: 12, web2: 7 }, failures: { timeout: 1 } },
    } as unknown as StepResult;
    const run: WalkthroughRun = { lab: 'lab', steps: [step], sources: [], leftOut: [] };
    const traffic = trafficCountsOf(run);
    assert.deepEqual(traffic, { requests: 20, answered: 19, byHost: { web1: 12, web2: 7 }, at: '2026-01-02T03:00:09Z' });
    const root = parse(renderTopologySvg(input([director('lb1', 'MASTER', true), real('web1'), real('web2')], { traffic })));
    const count = (h: string): string => all(hostBox(root, h).el, (e) => e.attrs['data-kind'] === 'requests')[0]?.text;
    assert.equal(count('web1'), '12 of 20 requests');
    assert.equal(count('web2'), '7 of 20 requests');
    assert.match(root.text, /Requests: last traffic step, 03:00:09 UTC \(19 of 20 answered\)/);
    assert.equal(trafficCountsOf({ ...run, steps: [] }), undefined, 'no traffic step: no counts');
    const refused = { ...step, status: 'no-ipvs', measurements: { requests: 5, answered: 0, failed: 5, byHost: {}, failures: { 'connection refused': 5 } } } as unknown as StepResult;
    assert.deepEqual(trafficCountsOf({ ...run, steps: [refused] }), { requests: 5, answered: 0, byHost: {}, at: '2026-01-02T03:00:09Z' }, 'requests refused without IPVS still count (0 answered)');
    const none = parse(renderTopologySvg(input([director('lb1', 'MASTER', true), real('web1')])));
    assert.deepEqual(kind(none, 'requests'), []);
    assert.match(none.text, /no traffic step has run yet/);
    const ru = parse(renderTopologySvg(input([director('lb1', 'MASTER', true), real('web1'), real('web2')], { traffic: { requests: 21, answered: 21, byHost: { web1: 11, web2: 10 } } }), { lang: 'ru' }));
    assert.equal(all(hostBox(ru, 'web1').el, (e) => e.attrs['data-kind'] === 'requests')[0].text, '11 из 21 запроса');
    assert.match(hostBox(ru, 'lb1').el.text, /держит VIP/);
    assert.match(hostBox(ru, 'web1').el.text, /готов/);
  });

  it('follows the theme through CSS variables (attributes only, no <style>), or uses concrete light/dark colours for a file', () => {
    const inp = input([CLIENT, director('lb1', 'MASTER', true), director('lb2', 'BACKUP', false), real('web1'), real('web2')]);
    const css = renderTopologySvg(inp);
    assert.match(css, /fill="var\(--vscode-foreground/);
    assert.doesNotMatch(css, /<style|\sstyle="|\sclass="/, 'nothing a strict CSP or the walkthrough page would drop');
    const light = renderTopologySvg(inp, { theme: 'light' });
    const dark = renderTopologySvg(inp, { theme: 'dark' });
    for (const [name, svg, bg] of [['light', light, '#ffffff'], ['dark', dark, '#1e1e1e']] as const) {
      assert.doesNotMatch(svg, /var\(|currentColor/, `${name}: concrete colours only`);
      const root = parse(svg);
      const back = root.children.find((c) => c.name === 'rect')!;
      assert.equal(back.attrs.fill, bg, `${name}: an opaque background of its own`);
      assert.equal(back.attrs.width, root.attrs.width);
    }
    assert.notEqual(light, dark);
  });

  it('the planner picture: the planned layout and one panel per director down, arrows to who serves each VIP', () => {
    const p = plan({ directors: 3, trafficBps: 1.5e9, linkBps: 1e9, failures: 1 }) as PlanSuccess;
    assert.ok(p.ok);
    const root = parse(renderPlanSvg(p));
    const panels = kind(root, 'plan-panel');
    assert.equal(panels.length, 3 + 1, 'N+1 layouts');
    assert.deepEqual(panels.map((x) => x.attrs['data-failed']), ['', 'lb1', 'lb2', 'lb3']);
    panels.forEach((panel, k) => {
      const arrows = all(panel, (e) => e.attrs['data-kind'] === 'plan-arrow');
      assert.equal(arrows.length, p.vips, 'every VIP is served');
      const failed = panel.attrs['data-failed'];
      assert.ok(arrows.every((a) => a.attrs['data-to'] !== failed), 'never by the director that is down');
      if (k === 0) assert.deepEqual(arrows.map((a) => a.attrs['data-to']), p.layout.map((v) => p.input.names[v.order[0]]), 'planned: each VIP on its MASTER');
      else {
        // The arrows end on the boxes of the directors they name, and each survivor serves 3 VIPs (750 Mbit/s).
        const boxes = all(panel, (e) => e.attrs['data-kind'] === 'plan-director');
        for (const a of arrows) {
          const box = boxes.find((b) => b.attrs['data-host'] === a.attrs['data-to'])!.children.find((c) => c.name === 'rect')!;
          const end = endOf(a);
          assert.ok(end.x >= Number(box.attrs.x) && end.x <= Number(box.attrs.x) + Number(box.attrs.width));
        }
        assert.deepEqual(boxes.map((b) => b.attrs['data-down'] === 'true' ? 'down' : b.attrs['data-vips']), p.input.names.map((n) => (n === failed ? 'down' : '3')));
        assert.match(panel.text, /750 Mbit\/s \(75% of the link\)/);
      }
    });
    assert.deepEqual(planPanels(p).map((x) => x.failed), [[], [0], [1], [2]]);
    // Addresses instead of numbers, Russian words, and a plan that tolerates no failure still shows each director down.
    const ru = parse(renderPlanSvg(plan({ directors: 2, trafficBps: 1e9, linkBps: 1e9, failures: 0, names: ['a<1>', 'b'] }), { lang: 'ru', vipAddresses: ['203.0.113.1', '203.0.113.2'] }));
    assert.equal(kind(ru, 'plan-panel').length, 3);
    assert.match(ru.text, /Отказал a<1>.*отказов больше, чем заложено в план/s);
    assert.ok(kind(ru, 'plan-arrow').some((a) => a.attrs['data-vip'] === '203.0.113.1'));
    const none = parse(renderPlanSvg(plan({ directors: 2, trafficBps: 5e9, linkBps: 1e9, failures: 1 })));
    assert.equal(kind(none, 'no-plan').length, 1);
    assert.match(none.text, /No plan:/);
  });

  it('its words: the same keys and arities in en and ru, and the Russian ones translated', () => {
    const en = topologyStrings('en') as unknown as Record<string, unknown>;
    const ru = topologyStrings('ru') as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
    const same: string[] = [];
    for (const k of Object.keys(en)) {
      const e = en[k];
      const r = ru[k];
      assert.equal(typeof r, typeof e, k);
      if (typeof e === 'function') {
        assert.equal((r as () => string).length, (e as () => string).length, `${k}: same arguments`);
        const args = Array.from({ length: (e as () => string).length }, (_, i) => (k === 'failed' ? ['lb1'] : i + 2));
        if ((e as (...a: unknown[]) => string)(...args) === (r as (...a: unknown[]) => string)(...args)) same.push(k);
      } else if (JSON.stringify(e) === JSON.stringify(r)) same.push(k);
    }
    // keepalived's state words and the abbreviations stay as they are; everything else is Russian.
    assert.deepEqual(same.sort(), ['http', 'httpOk', 'legendBackup', 'legendMaster', 'vip', 'vipN'].sort());
    assert.equal(topologyStrings('ru').requests(1, 1), '1 из 1 запроса');
    assert.equal(topologyStrings('ru').requests(3, 11), '3 из 11 запросов');
    assert.equal(topologyStrings('ru').vipSplitBrain(2), 'split brain: VIP держат 2 директора');
  });

  it('media/topology.svg is what the renderer draws now (npm run gen:topology-media writes it)', () => {
    const file = path.resolve(__dirname, '..', '..', '..', 'media', 'topology.svg');
    assert.equal(fs.readFileSync(file, 'utf8'), exampleSvg('en'), 'regenerate media/topology.svg with node scripts/gen-topology-media.mjs');
    const root = parse(exampleSvg('en'));
    assert.deepEqual(holderArrows(root), ['lb1']);
    parse(exampleSvg('ru'));
    assert.equal(exampleInput().traffic?.requests, 20);
  });
});
