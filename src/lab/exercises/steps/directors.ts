// Step 3: the directors. ipvsadm and keepalived installed (curl too: the generated health check
// uses it), and ip_vs loaded when the kernel has it as a module.
import { checkTexts } from '../checkTexts';
import { noIpvsStop, reasonIn, unreachableChecks } from '../common';
import { ensureProgram, LOAD_IPVS, parseKeyValues } from '../shellSnippets';
import { Check, StepDefinition } from '../types';
import { IPVS_STATE, ipvsOfDirector } from './reach';

const TOOLS = `for p in keepalived ipvsadm curl; do if command -v $p >/dev/null 2>&1 || [ -x /usr/sbin/$p ]; then echo "has_$p=1"; else echo "has_$p=0"; fi; done
echo "keepalived_version=$(keepalived --version 2>&1 | head -n 1)"`;

export const directorsStep: StepDefinition = {
  id: 'directors',
  index: 3,
  title: 'Prepare the directors',
  goal: 'On each director: ipvsadm (to look at the IPVS table) and keepalived (VRRP for the VIP, and the IPVS table from its virtual_server blocks) installed, and the ip_vs kernel module loaded. keepalived fills the IPVS table itself: you do not add services with ipvsadm by hand as the seed lab did.',
  roles: ['director'],
  ipvs: 'required',
  apply(ctx) {
    const install = ctx.options.install !== false;
    return [ctx.directors.map((d) => ({
      key: `setup:${d.name}`,
      host: d.name,
      title: checkTexts(ctx.lang).titles.installDirector,
      command: ['set -e', ensureProgram('keepalived', 'keepalived', install), ensureProgram('ipvsadm', 'ipvsadm', install), ensureProgram('curl', 'curl', install), LOAD_IPVS].join('\n'),
      sudo: true,
      timeoutMs: 300_000,
    }))];
  },
  verify: (ctx) => ctx.directors.flatMap((d) => [
    { key: `tools:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.toolsInstalled, command: TOOLS },
    { key: `ipvs:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.ipvsInKernel, command: IPVS_STATE, sudo: true },
  ]),
  check(outputs, ctx) {
    const t = checkTexts(ctx.lang).directors;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    const noIpvs: string[] = [];
    if (ctx.directors.length < 2) checks.push({ ok: false, what: t.twoWhat, detail: t.twoDetail(ctx.directors.length), fix: t.twoFix });
    for (const d of ctx.directors) {
      const tr = outputs[`tools:${d.name}`];
      if (tr && !tr.error) {
        const kv = parseKeyValues(tr.stdout);
        for (const tool of ['keepalived', 'ipvsadm', 'curl']) {
          checks.push({ ok: kv[`has_${tool}`] === '1', host: d.name, what: t.installedWhat(tool, d.name), fix: `apt-get install ${tool}` });
        }
        if (kv.keepalived_version) explanation.push(`${d.name}: ${kv.keepalived_version}`);
      }
      const i = outputs[`ipvs:${d.name}`];
      if (i && !i.error) {
        const st = ipvsOfDirector(i.stdout);
        if (st.available) checks.push({ ok: true, host: d.name, what: t.loadedWhat(d.name), detail: i.stdout.split('\n').find((l) => l.includes('IP Virtual Server'))?.replace('ipvsadm_out: ', '') });
        else {
          noIpvs.push(d.name);
          explanation.push(`${d.name}: ${reasonIn(st.reason, ctx.lang)}`);
        }
      }
    }
    if (noIpvs.length) explanation.push(noIpvsStop(ctx.lang));
    return { status: checks.some((c) => !c.ok) ? 'failed' : noIpvs.length ? 'no-ipvs' : 'passed', checks, explanation, measurements: { noIpvs } };
  },
};
