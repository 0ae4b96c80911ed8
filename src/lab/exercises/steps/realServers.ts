// Step 2: the real servers. nginx serving a page that names the host, the VIP on lo as a host
// address (/32), and the ARP settings that keep a real server from answering for the VIP.
import { parseIpOAddr, parseSections, parseSysctl, section } from '../../topology/parsers/system';
import { checkTexts } from '../checkTexts';
import { clientHost, out, reasonIn, unreachableChecks } from '../common';
import {
  ARP_SYSCTLS, curlExitText, curlOnce, ENSURE_NGINX_RUNNING, ensurePage, ensureProgram, ensureVipOnLo, hostPrefix, httpUrl,
  pageNames, parseCurlOnce, READ_ARP_SYSCTLS,
} from '../shellSnippets';
import { Check, StepContext, StepDefinition } from '../types';

/** The address a real server's reply to the client goes to (the client, else a director). */
function peerAddress(ctx: StepContext): string {
  return (ctx.clients[0] ?? ctx.directors[0]).address;
}

export interface RealServerFacts {
  vipOnLo?: { prefix: number; label?: string };
  arp: { allIgnore?: number; allAnnounce?: number; loIgnore?: number; loAnnounce?: number };
  nginxRunning: boolean;
  routeToClient: string;
  /** `ip route get` says the client's address is local (lo claims its network). */
  routeBroken: boolean;
}

export function realServerFacts(text: string, vipAddress: string): RealServerFacts {
  const s = parseSections(text);
  const lo = parseIpOAddr(s.get('lo')?.text ?? '').find((a) => a.address === vipAddress);
  const sys = parseSysctl(s.get('sysctl')?.text ?? '');
  const n = (k: string): number | undefined => (sys[k] === undefined ? undefined : Number(sys[k]));
  const route = (s.get('route')?.text ?? '').trim().split('\n')[0] ?? '';
  return {
    ...(lo ? { vipOnLo: { prefix: lo.prefix, ...(lo.label ? { label: lo.label } : {}) } } : {}),
    arp: {
      allIgnore: n('net.ipv4.conf.all.arp_ignore'),
      allAnnounce: n('net.ipv4.conf.all.arp_announce'),
      loIgnore: n('net.ipv4.conf.lo.arp_ignore'),
      loAnnounce: n('net.ipv4.conf.lo.arp_announce'),
    },
    nginxRunning: s.get('nginx')?.code === 0,
    routeToClient: route,
    routeBroken: /^local\s/.test(route) || /\bdev lo\b/.test(route),
  };
}

export function arpOk(a: RealServerFacts['arp']): boolean {
  return (a.allIgnore ?? 0) >= 1 && (a.loIgnore ?? 0) >= 1 && (a.allAnnounce ?? 0) >= 2 && (a.loAnnounce ?? 0) >= 2;
}

export const realServersStep: StepDefinition = {
  id: 'real-servers',
  index: 2,
  title: 'Prepare the real servers',
  goal: 'On each real server: nginx installed and running with a page that names the host, the VIP on lo as a /32 host address (so the server accepts packets sent to the VIP, which is what direct routing delivers), and arp_ignore=1 / arp_announce=2 for all and lo (so it never answers ARP for the VIP: only the director may). Then the client fetches each real server\'s page directly.',
  roles: ['real', 'client'],
  ipvs: 'none',
  apply(ctx) {
    const install = ctx.options.install !== false;
    const vips = ctx.inventory.service.vips.map((v) => v.address);
    return [[
      ...ctx.reals.map((r) => ({
        key: `setup:${r.name}`,
        host: r.name,
        title: checkTexts(ctx.lang).titles.realSetup,
        command: ['set -e', ensureProgram('nginx', 'nginx', install), ENSURE_NGINX_RUNNING, ensurePage(r.name), ...vips.map(ensureVipOnLo), ARP_SYSCTLS].join('\n'),
        sudo: true,
        timeoutMs: 300_000,
      })),
      ...ctx.clients.map((c) => ({ key: `setup:${c.name}`, host: c.name, title: checkTexts(ctx.lang).titles.curlClient, command: ensureProgram('curl', 'curl', install), sudo: true, timeoutMs: 300_000 })),
    ]];
  },
  verify(ctx) {
    const port = ctx.inventory.service.port;
    return [
      ...ctx.reals.map((r) => ({
        key: `real:${r.name}`,
        host: r.name,
        title: checkTexts(ctx.lang).titles.realProbe,
        command: [
          section('lo', 'ip -o addr show dev lo'),
          section('sysctl', READ_ARP_SYSCTLS),
          section('nginx', 'pidof nginx'),
          section('route', `ip route get ${peerAddress(ctx)}`),
        ].join('\n'),
      })),
      ...ctx.reals.map((r) => ({ key: `page:${r.name}`, host: clientHost(ctx), title: checkTexts(ctx.lang).titles.fetchPage(r.name), command: curlOnce(httpUrl(r.address, port)) })),
    ];
  },
  check(outputs, ctx) {
    const t = checkTexts(ctx.lang).realServers;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const v = ctx.inventory.service.vips[0];
    const names = ctx.reals.map((r) => r.name);
    const explanation: string[] = [];
    const measurements: Record<string, unknown> = {};
    if (!ctx.reals.length) checks.push({ ok: false, what: t.haveRealsWhat, fix: t.haveRealsFix });
    for (const r of ctx.reals) {
      const rec = outputs[`real:${r.name}`];
      if (rec && !rec.error) {
        const f = realServerFacts(rec.stdout, v.address);
        measurements[r.name] = f;
        const want = hostPrefix(v.address);
        checks.push({
          ok: f.vipOnLo?.prefix === want,
          host: r.name,
          what: t.vipOnLoWhat(r.name, v.address, want),
          detail: f.vipOnLo ? t.loHas(`${v.address}/${f.vipOnLo.prefix}`, f.vipOnLo.label) : t.notOnLo(v.address),
          fix: f.vipOnLo ? `ip addr del ${v.address}/${f.vipOnLo.prefix} dev lo; ip addr add ${v.address}/${want} dev lo` : `ip addr add ${v.address}/${want} dev lo`,
        });
        checks.push({
          ok: arpOk(f.arp),
          host: r.name,
          what: t.arpWhat(r.name),
          detail: `all ${f.arp.allIgnore}/${f.arp.allAnnounce}, lo ${f.arp.loIgnore}/${f.arp.loAnnounce} (arp_ignore/arp_announce)`,
          fix: 'sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.lo.arp_ignore=1 net.ipv4.conf.lo.arp_announce=2',
        });
        checks.push({ ok: f.nginxRunning, host: r.name, what: t.nginxWhat(r.name), fix: t.nginxFix });
        checks.push({
          ok: !f.routeBroken && f.routeToClient !== '',
          host: r.name,
          what: t.routeWhat(r.name, peerAddress(ctx)),
          detail: `ip route get ${peerAddress(ctx)}: ${f.routeToClient || t.noAnswer}`,
          fix: t.routeFix(v.address, f.vipOnLo?.prefix ?? 24, want),
        });
      }
      const page = outputs[`page:${r.name}`];
      if (page && !page.error) {
        const p = parseCurlOnce(page.stdout);
        const who = pageNames(p.body, names);
        checks.push({
          ok: p.curlExit === 0 && p.httpCode === 200 && who === r.name,
          host: r.name,
          what: t.pageWhat(r.name, httpUrl(r.address, ctx.inventory.service.port)),
          detail: p.curlExit !== 0 ? reasonIn(curlExitText(p.curlExit), ctx.lang) : t.pageDetail(p.httpCode, who, p.body.trim().slice(0, 120)),
          fix: who && who !== r.name ? t.otherHostFix(r.address) : t.pageFix(r.name, ctx.inventory.service.port),
        });
      }
    }
    const first = ctx.reals.find((r) => measurements[r.name]);
    if (first) {
      const f = measurements[first.name] as RealServerFacts;
      explanation.push(t.why32(first.name, peerAddress(ctx), f.routeToClient, f.routeBroken, first.interface), t.whyArp);
    }
    const pages = ctx.reals.filter((r) => outputs[`page:${r.name}`]).map((r) => `${r.name}: "${parseCurlOnce(out(outputs, `page:${r.name}`)).body.trim().slice(0, 80)}"`);
    if (pages.length) explanation.push(t.ownPages(pages.join('; ')));
    return { status: checks.some((c) => !c.ok) ? 'failed' : 'passed', checks, explanation, measurements };
  },
};
