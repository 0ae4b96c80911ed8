// The lab doctor's judgement, pure: from what was read on the hosts to findings, each with what
// is wrong, what keepalived or the kernel does because of it, and the fix. It looks for the
// mistakes of the seed lab (split brain, the VIP as /24 on lo, missing ARP settings, equal or
// mismatched VRRP settings, a health check that fails) and for a lab that simply is not up.
import { comparePair, configFacts, ConfigFacts, lintConfig } from '../generate/lint';
import { parseDirectorProbe, parseRealServerProbe, DirectorState } from '../topology/probes';
import { parseSections } from '../topology/parsers/system';
import { DoctorInputs } from './collect';

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

export function diagnose(inputs: DoctorInputs): DoctorReport {
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
      message: `${h.name} could not be read: ${h.error}${real ? ' A real server that stops answering its own network often has the VIP on lo with the network\'s prefix (the seed\'s /24): lo then claims every neighbour\'s address, replies go nowhere, and SSH from that network fails too.' : ''}`,
      fix: real
        ? `From ${h.name}'s console (or another way in): ip -o addr show dev lo; if the VIP is there with a prefix other than /32, ip addr del VIP/PREFIX dev lo; ip addr add VIP/32 dev lo. Otherwise check that the host is up and its SSH settings in the lab file.`
        : 'Check that the host is up and its SSH settings in the lab file (keepalived-lab lab check).',
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
      add({ code: 'keepalived-not-running', severity: 'error', hosts: [d.name], message: `keepalived is not running on ${d.name}: this director will not take the VIP if the other one fails.`, fix: `Start it (service keepalived start, or keepalived-lab's start command) and read its log if it stops again.` });
    }
    if (!conf || conf.code !== 0) {
      add({ code: 'keepalived-config-invalid', severity: 'error', hosts: [d.name], message: `${d.name} has no readable /etc/keepalived/keepalived.conf: ${conf?.text.trim() || 'not read'}.`, fix: 'Deploy a config (the Configure keepalived step).' });
      continue;
    }
    if (ktest && ktest.code !== 0) {
      add({ code: 'keepalived-config-invalid', severity: 'error', hosts: [d.name], message: `keepalived -t rejects ${d.name}'s config (exit ${ktest.code}): ${ktest.text.trim().split('\n').slice(0, 4).join(' / ') || 'no message'}. A running keepalived keeps its old config until restarted; a restart will fail.`, fix: 'Fix what keepalived -t says; deploy through keepalived-lab, which checks with keepalived -t before replacing anything.' });
    }
    const facts = configFacts(d.name, conf.text);
    configs.push({ host: d.name, facts });
    const lint = lintConfig(d.name, conf.text);
    const bad = lint.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    if (bad.length) {
      add({ code: 'config-findings', severity: 'warning', hosts: [d.name], message: `Our analyzer finds ${bad.length} problem(s) in ${d.name}'s keepalived.conf: ${bad.slice(0, 3).map((f) => `line ${f.line}: ${f.message}`).join(' ')}${bad.length > 3 ? ' …' : ''}`, fix: `Open the config in the editor (or run keepalived-lab lint on a copy): each finding comes with an explanation and most with a quick fix.` });
    }
    const runs = parseSections(d.scripts ?? '');
    facts.scripts.filter((x) => x.script).forEach((x, i) => {
      const r = runs.get(`script${i}`);
      if (!r) return;
      if (r.code !== 0) {
        const said = r.text.split('\n').slice(1).join(' ').trim();
        add({ code: 'health-script-failing', severity: 'error', hosts: [d.name], message: `vrrp_script ${x.name} on ${d.name} fails: "${x.script}" exits ${r.code === 124 ? 'by timeout' : r.code}${said ? ` (${said.slice(0, 160)})` : ''}. keepalived puts the instances tracking it into FAULT (or lowers their priority by its weight), so ${d.name} gives the VIP up or never takes it.`, fix: `Run "${x.script}" on ${d.name} by hand and make it succeed when the director is healthy; give the program by its absolute path (no PATH in keepalived's environment, no systemctl without systemd).` });
      }
    });
    checked.push(`${d.name}: keepalived, config (keepalived -t and our analyzer), ${facts.scripts.length} health script(s), VIP, IPVS`);
  }

  for (const p of comparePair(configs)) {
    add({ code: p.code, severity: p.code === 'priority-equal' || p.code === 'vip-mismatch' ? 'warning' : 'error', hosts: configs.map((c) => c.host), message: p.message, fix: p.fix });
  }
  if (configs.length >= 2) checked.push(`VRRP settings compared between ${configs.map((c) => c.host).join(' and ')}`);

  for (const v of inv.service.vips) {
    const holders = [...states].filter(([, s]) => s.vips.some((x) => x.address === v.address && x.present)).map(([n]) => n);
    if (holders.length > 1) {
      const byHand = holders.filter((n) => {
        const inst = states.get(n)!.instances;
        return states.get(n)!.keepalived.running && inst.length > 0 && inst.every((i) => i.state !== 'MASTER');
      });
      const stopped = holders.filter((n) => !states.get(n)!.keepalived.running);
      const why = byHand.length
        ? ` keepalived on ${byHand.join(', ')} is not MASTER, so the address there was added by hand (ip addr add): keepalived never removes an address it did not add.`
        : stopped.length
          ? ` keepalived on ${stopped.join(', ')} is not running: killed with -9 it leaves its VIP behind.`
          : ' Both are MASTER: they do not hear each other\'s adverts (different VRID or password, or VRRP is filtered).';
      const culprit = byHand[0] ?? stopped[0];
      add({
        code: 'split-brain',
        severity: 'error',
        hosts: holders,
        message: `Split brain: ${holders.join(' and ')} both hold the VIP ${v.address}. Clients reach whichever answered ARP last, and connections break at random.${why}`,
        fix: culprit ? `On ${culprit}: ip addr del ${v.address}/${states.get(culprit)!.vips.find((x) => x.address === v.address)?.actualPrefix ?? v.prefix} dev ${states.get(culprit)!.vips.find((x) => x.address === v.address)?.interface ?? 'IFACE'}` : 'Make the directors hear each other: the same virtual_router_id and authentication on both, VRRP (protocol 112) allowed between them.',
      });
    }
    const running = [...states].filter(([, s]) => s.keepalived.running);
    if (holders.length === 0 && running.length) {
      add({ code: 'no-vip-holder', severity: 'error', hosts: running.map(([n]) => n), message: `No director holds the VIP ${v.address} although keepalived runs on ${running.map(([n]) => n).join(', ')}: the instances are in ${running.map(([n, s]) => `${n} ${s.instances.map((i) => i.state).join('/') || '?'}`).join(', ')}.`, fix: 'An instance in FAULT has a failing tracked script or interface: look at the health-check finding and keepalived\'s log.' });
    }
  }
  const noIpvs = [...states].filter(([, s]) => !s.ipvs.available);
  if (noIpvs.length) {
    add({ code: 'ipvs-missing', severity: 'error', hosts: noIpvs.map(([n]) => n), message: (noIpvs[0][1].ipvs as { reason: string }).reason, fix: 'Load the module (modprobe ip_vs) or use a kernel with IPVS (any stock distribution kernel; a VM if this is a container).' });
  }

  // Real servers.
  const clientView = parseSections(inputs.client?.text ?? '');
  for (const r of inputs.reals) {
    if (!r.text) {
      const seen = clientView.get(`real:${r.name}`);
      if (seen && (seen.code !== 0 || !(Number(seen.text.trim()) > 0))) {
        add({ code: 'real-server-down', severity: 'error', hosts: [r.name], message: `${r.name} does not answer on port ${port} from ${inputs.client!.name} either (curl exit ${seen.code}).`, fix: `Fix ${r.name}'s network first (see the finding above), then check nginx.` });
      }
      continue;
    }
    const host = inv.hosts.find((h) => h.name === r.name)!;
    const st = parseRealServerProbe(r.text, host, inv);
    const route = parseSections(r.text).get('route')?.text.trim();
    for (const v of st.vipsOnLo) {
      const want = hostPrefix(v.address);
      if (!v.present) {
        if (inv.service.forwarding === 'DR') add({ code: 'vip-missing-on-lo', severity: 'error', hosts: [r.name], message: `${r.name} does not have the VIP ${v.address} on lo: with direct routing the director hands it packets addressed to the VIP, and it drops them.`, fix: `On ${r.name}: ip addr add ${v.address}/${want} dev lo` });
      } else if (v.actualPrefix !== want) {
        add({ code: 'vip-prefix-on-lo', severity: 'error', hosts: [r.name], message: `${r.name} has the VIP on lo as ${v.address}/${v.actualPrefix}: lo then claims the whole /${v.actualPrefix} network, so ${r.name} treats its neighbours' addresses as its own${route ? ` (ip route get: "${route.split('\n')[0]}")` : ''} and stops answering the client, the directors and the health checks.`, fix: `On ${r.name}: ip addr del ${v.address}/${v.actualPrefix} dev lo; ip addr add ${v.address}/${want} dev lo` });
      }
    }
    // The kernel takes the larger of conf/all and the interface's own value, so conf/all covers
    // the lab interface whatever its name; lo alone does not (the request arrives on eth*).
    if (inv.service.forwarding !== 'NAT' && ((st.arp.allIgnore ?? 0) < 1 || (st.arp.allAnnounce ?? 0) < 2)) {
      add({ code: 'arp-sysctls', severity: 'error', hosts: [r.name], message: `${r.name} has arp_ignore/arp_announce all ${st.arp.allIgnore}/${st.arp.allAnnounce}, lo ${st.arp.loIgnore}/${st.arp.loAnnounce} instead of 1/2: with the VIP on lo it answers ARP for the VIP (or announces it), and clients may send their traffic straight to it instead of the director.`, fix: `On ${r.name}: sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.lo.arp_ignore=1 net.ipv4.conf.lo.arp_announce=2` });
    }
    const seen = clientView.get(`real:${r.name}`);
    const code = seen ? Number(seen.text.trim()) : (st.http.status ?? 0);
    const answered = seen ? seen.code === 0 && code > 0 && code < 500 : st.http.status !== undefined && st.http.status < 500;
    if (!st.nginxRunning || !answered) {
      add({ code: 'real-server-down', severity: 'error', hosts: [r.name], message: `${r.name} does not answer on port ${port}${seen ? ` from ${inputs.client!.name}` : ''}${!st.nginxRunning ? ' (nginx is not running)' : seen && seen.code !== 0 ? ` (curl exit ${seen.code})` : code ? ` (HTTP ${code})` : ''}: keepalived's health check drops it from the IPVS table, and the other real servers carry everything.`, fix: `On ${r.name}: start nginx (service nginx start) and check it listens on port ${port} (ss -ltn).` });
    }
    checked.push(`${r.name}: VIP on lo and its prefix, ARP settings, nginx answering`);
  }
  return { lab: inv.name, findings, checked };
}
