// Step 1: reach every host over SSH, read the versions of the tools the lab uses, and find out
// whether the directors' kernel has IPVS (loading ip_vs when it is a module).
import { LOAD_IPVS, parseKeyValues } from '../shellSnippets';
import { checkTexts } from '../checkTexts';
import { ipvsFrom, noIpvsStop, reasonIn, unreachableChecks } from '../common';
import { Check, StepDefinition } from '../types';

const ABOUT = [
  'echo "hostname=$(hostname)"',
  'echo "kernel=$(uname -r)"',
  'for p in keepalived ipvsadm nginx curl; do if command -v $p >/dev/null 2>&1 || [ -x /usr/sbin/$p ]; then echo "has_$p=1"; else echo "has_$p=0"; fi; done',
  "echo \"keepalived_version=$(keepalived --version 2>&1 | sed -n 's/^Keepalived v\\([^ ]*\\).*/\\1/p' | head -n 1)\"",
  "echo \"ipvsadm_version=$(dpkg-query -W -f='${Version}' ipvsadm 2>/dev/null)\"",
  "echo \"nginx_version=$(nginx -v 2>&1 | sed -n 's:.*nginx/\\([^ ]*\\).*:\\1:p')\"",
  "echo \"curl_version=$(curl --version 2>/dev/null | head -n 1 | cut -d' ' -f2)\"",
].join('\n');

/** The IPVS facts of a director: /proc/net/ip_vs and what ipvsadm says. */
export const IPVS_STATE = `if [ -e /proc/net/ip_vs ]; then echo ipvs=1; else echo ipvs=0; fi
o=$(ipvsadm -Ln 2>&1); echo "ipvsadm_rc=$?"; printf '%s\\n' "$o" | head -n 4 | sed 's/^/ipvsadm_out: /'`;

export function ipvsOfDirector(text: string): { available: true } | { available: false; reason: string } {
  const kv = parseKeyValues(text);
  const said = text.split('\n').filter((l) => l.startsWith('ipvsadm_out: ')).map((l) => l.slice(13)).join('\n');
  if (kv.ipvs === '1' && kv.ipvsadm_rc === '0') return { available: true };
  if (kv.ipvsadm_rc === undefined) return { available: false, reason: 'ipvsadm did not run' };
  const v = ipvsFrom(Number(kv.ipvsadm_rc), said);
  if (v.available && kv.ipvs !== '1') return { available: false, reason: 'This kernel has no IPVS (/proc/net/ip_vs is missing).' };
  return v;
}

export const reachStep: StepDefinition = {
  id: 'reach',
  index: 1,
  title: 'Reach the lab',
  goal: 'Connect to every host of the lab over SSH, read the versions of keepalived, ipvsadm, nginx and curl, and check that the directors\' kernel has IPVS (the in-kernel load balancer keepalived drives): /proc/net/ip_vs exists, or `modprobe ip_vs` loads it.',
  roles: ['client', 'director', 'real'],
  ipvs: 'partial',
  apply: (ctx) => [ctx.directors.map((d) => ({ key: `modprobe:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.loadIpvs, command: LOAD_IPVS, sudo: true, timeoutMs: 20_000 }))],
  verify: (ctx) => [
    ...ctx.inventory.hosts.map((h) => ({ key: `about:${h.name}`, host: h.name, title: checkTexts(ctx.lang).titles.about, command: ABOUT, timeoutMs: 20_000 })),
    ...ctx.directors.map((d) => ({ key: `ipvs:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.ipvsInKernel, command: IPVS_STATE, sudo: true, timeoutMs: 20_000 })),
  ],
  check(outputs, ctx) {
    const t = checkTexts(ctx.lang).reach;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const versions: Record<string, Record<string, string>> = {};
    const explanation: string[] = [];
    for (const h of ctx.inventory.hosts) {
      const r = outputs[`about:${h.name}`];
      if (!r || r.error) continue;
      const kv = parseKeyValues(r.stdout);
      versions[h.name] = kv;
      const tools = ['keepalived', 'ipvsadm', 'nginx', 'curl'].map((tool) => `${tool} ${kv[`has_${tool}`] === '1' ? kv[`${tool}_version`] || t.installed : t.missing}`);
      checks.push({ ok: true, host: h.name, what: t.answersWhat(h.name, h.role), detail: t.answersDetail(kv.hostname, kv.kernel, tools.join(', ')) });
    }
    const noIpvs: string[] = [];
    for (const d of ctx.directors) {
      const r = outputs[`ipvs:${d.name}`];
      if (!r || r.error) continue;
      const st = ipvsOfDirector(r.stdout);
      if (st.available) checks.push({ ok: true, host: d.name, what: t.hasIpvsWhat(d.name), detail: r.stdout.split('\n').find((l) => l.startsWith('ipvsadm_out: IP Virtual Server'))?.slice(13) });
      else {
        noIpvs.push(d.name);
        explanation.push(`${d.name}: ${reasonIn(st.reason, ctx.lang)}`);
      }
    }
    const missing = (role: string, tools: string[]): string[] =>
      ctx.inventory.hosts.filter((h) => h.role === role && versions[h.name]).flatMap((h) => tools.filter((tool) => versions[h.name][`has_${tool}`] !== '1').map((tool) => t.lacks(h.name, tool)));
    const gaps = [...missing('real', ['nginx']), ...missing('director', ['keepalived', 'ipvsadm']), ...missing('client', ['curl'])];
    if (gaps.length) explanation.push(t.notInstalled(gaps.join(', ')));
    if (noIpvs.length) explanation.push(noIpvsStop(ctx.lang));
    else if (ctx.directors.length && checks.every((c) => c.ok)) explanation.push(t.allIpvs);
    const failed = checks.some((c) => !c.ok);
    return { status: failed ? 'failed' : noIpvs.length ? 'no-ipvs' : 'passed', checks, explanation, measurements: { versions, noIpvs } };
  },
};

