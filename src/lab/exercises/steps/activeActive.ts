// Step 9 (seed question 3): several VIPs so that every director works. The planner finds the
// smallest number of VIPs and their MASTER/BACKUP layout for the given traffic, link speed and
// failures; the configs for it are generated and checked by our analyzer, and — when asked and
// the lab has as many directors as the plan — deployed to the lab.
import { DEPLOY_TEXTS, deployConfig } from '../../deploy';
import { reloadOrStartKeepalived } from '../../keepalived';
import {
  ActiveActiveAddressing, addressingFromInventory, CHECK_SCRIPT_PATH, checkScript, documentationAddressing, generateActiveActive, lintConfig, LintResult,
  realServerScript,
} from '../../generate';
import { formatBandwidth, layoutTable, plan, Plan, PlanInput } from '../../planner';
import { shellQuote } from '../../shell';
import { parseIpOAddr } from '../../topology/parsers/system';
import { checkTexts } from '../checkTexts';
import { unreachableChecks } from '../common';
import { Check, StepContext, StepDefinition } from '../types';

/** The seed's question: 3 directors, 1.5 Gbit/s in, 1 Gbit/s links, survive 1 failure. */
export const SEED_QUESTION = { directors: 3, trafficBps: 1.5e9, linkBps: 1e9, failures: 1 };

export function planInput(ctx: StepContext): PlanInput {
  const o = ctx.options.plan ?? {};
  const directors = o.directors ?? SEED_QUESTION.directors;
  const labNames = ctx.directors.map((d) => d.name);
  return {
    directors,
    trafficBps: o.trafficBps ?? SEED_QUESTION.trafficBps,
    linkBps: o.linkBps ?? SEED_QUESTION.linkBps,
    failures: o.failures ?? SEED_QUESTION.failures,
    ...(o.headroom !== undefined ? { headroom: o.headroom } : {}),
    ...(labNames.length === directors ? { names: labNames } : {}),
  };
}

export interface ActiveActiveMeasured {
  plan: Plan;
  addressing?: ActiveActiveAddressing;
  configs: Record<string, string>;
  lint: Record<string, LintResult>;
  deployed: boolean;
  deployNote?: string;
}

export const activeActiveStep: StepDefinition = {
  id: 'active-active',
  index: 9,
  title: 'Plan active-active VIPs',
  goal: 'One VIP keeps one director busy and the other idle. With several VIPs every director is MASTER for some of them. Given the number of directors, the incoming traffic, the link speed and how many directors may fail, the planner finds the smallest number of VIPs and who is MASTER and BACKUP for each, so that after any tolerated failure no link is full — and shows why fewer VIPs do not work. It generates the configs (checked by our analyzer) and can deploy them to the lab.',
  roles: ['director', 'real'],
  ipvs: 'none',
  settleMs: 20_000,
  async procedure(api) {
    const { ctx } = api;
    const p = plan(planInput(ctx));
    const m: ActiveActiveMeasured = { plan: p, configs: {}, lint: {}, deployed: false };
    if (!p.ok) return m as unknown as Record<string, unknown>;
    const fromLab = ctx.directors.length === p.input.directors && ctx.inventory.service.vips.length > 0;
    try {
      m.addressing = fromLab ? addressingFromInventory(ctx.inventory, p.vips, ctx.lang) : documentationAddressing(p.input.names, p.vips, ctx.lang);
    } catch (e) {
      m.deployNote = (e as Error).message;
      m.addressing = documentationAddressing(p.input.names, p.vips);
    }
    for (const c of generateActiveActive(p, m.addressing)) {
      m.configs[c.host] = c.config;
      m.lint[c.host] = lintConfig(c.host, c.config, ctx.lang);
    }
    if (!ctx.options.deployPlan) return m as unknown as Record<string, unknown>;
    if (!fromLab) {
      m.deployNote = checkTexts(ctx.lang).activeActive.wrongCount(p.input.directors, ctx.directors.length);
      return m as unknown as Record<string, unknown>;
    }
    if (Object.values(m.lint).some((l) => l.errors || l.warnings)) {
      m.deployNote = checkTexts(ctx.lang).activeActive.analyzerBlocked;
      return m as unknown as Record<string, unknown>;
    }
    const a = m.addressing;
    await Promise.all(ctx.reals.map((r) => api.exec({ key: `vips:${r.name}`, host: r.name, title: checkTexts(ctx.lang).titles.vipsOnLo, command: realServerScript(a, p.vips), sudo: true }, { phase: 'apply' })));
    for (const d of ctx.directors) {
      await api.exec({ key: `script:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.installScript(CHECK_SCRIPT_PATH), command: `umask 022; cat > ${shellQuote(CHECK_SCRIPT_PATH)} && chmod 755 ${shellQuote(CHECK_SCRIPT_PATH)}`, sudo: true }, { phase: 'apply', stdin: checkScript(ctx.inventory) });
      const t0 = Date.now();
      try {
        const conn = await api.connection(d.name);
        const r = await deployConfig(conn, m.configs[d.name], { signal: api.signal, reload: false, lang: ctx.lang });
        const msg = await reloadOrStartKeepalived(conn, { signal: api.signal, lang: ctx.lang });
        api.record({ key: `deploy:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.deployPlanned, command: 'upload; keepalived -t; back up, replace, reload', code: 0, stdout: `${r.backupPath ? `${DEPLOY_TEXTS[ctx.lang].keptAs(r.backupPath)}\n` : ''}${msg}`, stderr: '', durationMs: Date.now() - t0 });
      } catch (e) {
        m.deployNote = `${d.name}: ${(e as Error).message}`;
        api.record({ key: `deploy:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.deployPlanned, command: 'upload; keepalived -t; back up, replace, reload', code: 1, stdout: '', stderr: (e as Error).message, durationMs: Date.now() - t0 });
        return m as unknown as Record<string, unknown>;
      }
    }
    m.deployed = true;
    return m as unknown as Record<string, unknown>;
  },
  verify: (ctx) => (ctx.options.deployPlan ? ctx.directors.map((d) => ({ key: `addr:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.whichVips, command: 'ip -o addr show' })) : []),
  check(outputs, ctx, measured) {
    const m = measured as unknown as ActiveActiveMeasured;
    const t = checkTexts(ctx.lang).activeActive;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    const p = m.plan;
    if (!p) return { status: 'failed', checks: [{ ok: false, what: t.plannerRan }], explanation };
    // The plan is kept (in measurements) in English; its words in another language come from the
    // same pure planner run on the same input.
    const said = ctx.lang === 'en' ? p : plan(p.input, ctx.lang);
    if (!p.ok) {
      checks.push({ ok: false, what: t.layoutExistsWhat, detail: said.ok ? p.problem : said.problem, fix: t.layoutExistsFix });
      return { status: 'failed', checks, explanation: said.reasoning, measurements: { plan: p } };
    }
    checks.push({ ok: true, what: t.vipsWhat(p.vips, formatBandwidth(p.input.linkBps), p.input.failures), detail: t.worstDetail(formatBandwidth(p.worst.maxLoadBps)) });
    for (const [host, l] of Object.entries(m.lint)) {
      checks.push({ ok: l.errors === 0 && l.warnings === 0, host, what: t.lintWhat(host), detail: l.findings.slice(0, 5).map((f) => t.lintLine(f.line, f.code, f.message)).join('\n') || t.clean });
    }
    explanation.push(...said.reasoning);
    explanation.push([t.layout, ...layoutTable(said.ok ? said : p, m.addressing?.vips, ctx.lang)].join('\n'));
    if (ctx.options.deployPlan) {
      if (!m.deployed) checks.push({ ok: false, what: t.deployedWhat, detail: m.deployNote });
      else {
        const a = m.addressing!;
        const held = new Map(ctx.directors.map((d) => [d.name, parseIpOAddr(outputs[`addr:${d.name}`]?.stdout ?? '').filter((x) => x.ifname !== 'lo').map((x) => x.address)]));
        for (const x of p.layout) {
          const address = a.vips[x.vip - 1];
          const want = p.input.names[x.order[0]];
          const have = [...held].filter(([, list]) => list.includes(address)).map(([n]) => n);
          checks.push({ ok: have.length === 1 && have[0] === want, host: want, what: t.heldWhat(address, want), detail: t.heldBy(have) });
        }
        explanation.push(t.deployed);
      }
    } else if (m.deployNote) explanation.push(m.deployNote);
    return { status: checks.some((c) => !c.ok) ? 'failed' : 'passed', checks, explanation, measurements: { plan: p, configs: m.configs, lint: m.lint, deployed: m.deployed } };
  },
};
