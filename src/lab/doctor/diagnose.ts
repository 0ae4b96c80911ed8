// The lab doctor's judgement, pure: from what was read on the hosts to findings, each with what
// is wrong, what keepalived or the kernel does because of it, and the fix. It looks for the
// mistakes of the seed lab (split brain, the VIP as /24 on lo, missing ARP settings, equal or
// mismatched VRRP settings, a health check that fails) and for a lab that simply is not up.
import { comparePair, configFacts, ConfigFacts, lintConfig } from '../generate/lint';
import { parseDirectorProbe, parseRealServerProbe, DirectorState } from '../topology/probes';
import { parseSections } from '../topology/parsers/system';
import type { Lang } from '../report/i18n';
import { DoctorInputs } from './collect';
import { doctorStrings } from './i18n';

export type FindingCode =
  | 'host-unreachable'
  | 'keepalived-not-running'
  | 'keepalived-config-invalid'
  | 'split-brain'
  | 'no-vip-holder'
  | 'vrid-mismatch'
  | 'auth-mismatch'
  | 'vip-mismatch'
  | 'priority-equal'
  | 'instance-missing'
  | 'ipvs-missing'
  | 'vip-prefix-on-lo'
  | 'vip-missing-on-lo'
  | 'arp-sysctls'
  | 'real-server-down'
  | 'health-script-failing'
  | 'config-findings';

export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning';
  hosts: string[];
  message: string;
  fix: string;
}

export interface DoctorReport {
  lab: string;
  findings: Finding[];
  /** What was looked at, so that "no findings" says something. */
  checked: string[];
}

function hostPrefix(a: string): number {
  return a.includes(':') ? 128 : 32;
}

/** The findings in `lang` (English by default). */
export function diagnose(inputs: DoctorInputs, lang: Lang = 'en'): DoctorReport {
  const t = doctorStrings(lang);
  const inv = inputs.inventory;
  const findings: Finding[] = [];
  const checked: string[] = [];
  const add = (f: Finding): void => void findings.push(f);
  const port = inv.service.port;

  for (const h of [...inputs.directors, ...inputs.reals, ...(inputs.client ? [inputs.client] : [])]) {
    if (!h.error) continue;
    const real = inputs.reals.includes(h);
    add({
      code: 'host-unreachable',
      severity: 'error',
      hosts: [h.name],
      message: t.unreachable(h.name, String(h.error), real),
      fix: real ? t.unreachableFixReal(h.name) : t.unreachableFix,
    });
  }

  // Directors: keepalived, its config, VIP holders, IPVS.
  const states = new Map<string, DirectorState>();
  const configs: { host: string; facts: ConfigFacts }[] = [];
  for (const d of inputs.directors) {
    if (!d.text) continue;
    const st = parseDirectorProbe(d.text, inv);
    states.set(d.name, st);
    const s = parseSections(d.text);
    const conf = s.get('conf');
    const ktest = s.get('ktest');
    if (!st.keepalived.running) {
      add({ code: 'keepalived-not-running', severity: 'error', hosts: [d.name], message: t.notRunning(d.name), fix: t.notRunningFix });
    }
    if (!conf || conf.code !== 0) {
      add({ code: 'keepalived-config-invalid', severity: 'error', hosts: [d.name], message: t.noConfig(d.name, conf?.text.trim() ?? ''), fix: t.noConfigFix });
      continue;
    }
    if (ktest && ktest.code !== 0) {
      add({ code: 'keepalived-config-invalid', severity: 'error', hosts: [d.name], message: t.rejected(d.name, Number(ktest.code), ktest.text.trim().split('\n').slice(0, 4).join(' / ')), fix: t.rejectedFix });
    }
    const facts = configFacts(d.name, conf.text);
    configs.push({ host: d.name, facts });
    const lint = lintConfig(d.name, conf.text);
    const bad = lint.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    if (bad.length) {
      add({ code: 'config-findings', severity: 'warning', hosts: [d.name], message: t.analyzer(bad.length, d.name, `${bad.slice(0, 3).map((f) => t.line(f.line, f.message)).join(' ')}${bad.length > 3 ? ' …' : ''}`), fix: t.analyzerFix });
    }
    const runs = parseSections(d.scripts ?? '');
    facts.scripts.filter((x) => x.script).forEach((x, i) => {
      const r = runs.get(`script${i}`);
      if (!r) return;
      if (r.code !== 0) {
        const said = r.text.split('\n').slice(1).join(' ').trim();
        add({ code: 'health-script-failing', severity: 'error', hosts: [d.name], message: t.scriptFails(x.name, d.name, String(x.script), r.code === 124 ? t.byTimeout : String(r.code), said.slice(0, 160)), fix: t.scriptFailsFix(String(x.script), d.name) });
      }
    });
    checked.push(t.checkedDirector(d.name, facts.scripts.length));
  }

  for (const p of comparePair(configs, lang)) {
    add({ code: p.code, severity: p.code === 'priority-equal' || p.code === 'vip-mismatch' ? 'warning' : 'error', hosts: configs.map((c) => c.host), message: p.message, fix: p.fix });
  }
  if (configs.length >= 2) checked.push(t.checkedPair(configs.map((c) => c.host).join(t.and)));

  for (const v of inv.service.vips) {
    const holders = [...states].filter(([, s]) => s.vips.some((x) => x.address === v.address && x.present)).map(([n]) => n);
    if (holders.length > 1) {
      const byHand = holders.filter((n) => {
        const inst = states.get(n)!.instances;
        return states.get(n)!.keepalived.running && inst.length > 0 && inst.every((i) => i.state !== 'MASTER');
      });
      const stopped = holders.filter((n) => !states.get(n)!.keepalived.running);
      const why = byHand.length
        ? t.byHand(byHand.join(', '))
        : stopped.length
          ? t.killed(stopped.join(', '))
          : t.bothMaster;
      const culprit = byHand[0] ?? stopped[0];
      add({
        code: 'split-brain',
        severity: 'error',
        hosts: holders,
        message: t.splitBrain(holders.join(t.and), v.address, why),
        fix: culprit ? t.splitBrainFixDel(culprit, `ip addr del ${v.address}/${states.get(culprit)!.vips.find((x) => x.address === v.address)?.actualPrefix ?? v.prefix} dev ${states.get(culprit)!.vips.find((x) => x.address === v.address)?.interface ?? 'IFACE'}`) : t.splitBrainFix,
      });
    }
    const running = [...states].filter(([, s]) => s.keepalived.running);
    if (holders.length === 0 && running.length) {
      add({ code: 'no-vip-holder', severity: 'error', hosts: running.map(([n]) => n), message: t.noHolder(v.address, running.map(([n]) => n).join(', '), running.map(([n, s]) => `${n} ${s.instances.map((i) => i.state).join('/') || '?'}`).join(', ')), fix: t.noHolderFix });
    }
  }
  const noIpvs = [...states].filter(([, s]) => !s.ipvs.available);
  if (noIpvs.length) {
    add({ code: 'ipvs-missing', severity: 'error', hosts: noIpvs.map(([n]) => n), message: (noIpvs[0][1].ipvs as { reason: string }).reason, fix: t.noIpvsFix });
  }

  // Real servers.
  const clientView = parseSections(inputs.client?.text ?? '');
  for (const r of inputs.reals) {
    if (!r.text) {
      const seen = clientView.get(`real:${r.name}`);
      if (seen && (seen.code !== 0 || !(Number(seen.text.trim()) > 0))) {
        add({ code: 'real-server-down', severity: 'error', hosts: [r.name], message: t.realDownSeen(r.name, port, inputs.client!.name, String(seen.code)), fix: t.realDownSeenFix(r.name) });
      }
      continue;
    }
    const host = inv.hosts.find((h) => h.name === r.name)!;
    const st = parseRealServerProbe(r.text, host, inv);
    const route = parseSections(r.text).get('route')?.text.trim();
    for (const v of st.vipsOnLo) {
      const want = hostPrefix(v.address);
      if (!v.present) {
        if (inv.service.forwarding === 'DR') add({ code: 'vip-missing-on-lo', severity: 'error', hosts: [r.name], message: t.vipMissing(r.name, v.address), fix: t.onHost(r.name, `ip addr add ${v.address}/${want} dev lo`) });
      } else if (v.actualPrefix !== want) {
        add({ code: 'vip-prefix-on-lo', severity: 'error', hosts: [r.name], message: t.vipPrefix(r.name, v.address, Number(v.actualPrefix), route ? route.split('\n')[0] : ''), fix: t.onHost(r.name, `ip addr del ${v.address}/${v.actualPrefix} dev lo; ip addr add ${v.address}/${want} dev lo`) });
      }
    }
    // The kernel takes the larger of conf/all and the interface's own value, so conf/all covers
    // the lab interface whatever its name; lo alone does not (the request arrives on eth*).
    if (inv.service.forwarding !== 'NAT' && ((st.arp.allIgnore ?? 0) < 1 || (st.arp.allAnnounce ?? 0) < 2)) {
      add({ code: 'arp-sysctls', severity: 'error', hosts: [r.name], message: t.arp(r.name, `${st.arp.allIgnore}/${st.arp.allAnnounce}`, `${st.arp.loIgnore}/${st.arp.loAnnounce}`), fix: t.onHost(r.name, 'sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.lo.arp_ignore=1 net.ipv4.conf.lo.arp_announce=2') });
    }
    const seen = clientView.get(`real:${r.name}`);
    const code = seen ? Number(seen.text.trim()) : (st.http.status ?? 0);
    const answered = seen ? seen.code === 0 && code > 0 && code < 500 : st.http.status !== undefined && st.http.status < 500;
    if (!st.nginxRunning || !answered) {
      add({ code: 'real-server-down', severity: 'error', hosts: [r.name], message: t.realDown(r.name, port, seen ? inputs.client!.name : '', !st.nginxRunning ? t.nginxNotRunning : seen && seen.code !== 0 ? t.curlExit(String(seen.code)) : code ? t.http(code) : ''), fix: t.realDownFix(r.name, port) });
    }
    checked.push(t.checkedReal(r.name));
  }
  return { lab: inv.name, findings, checked };
}
