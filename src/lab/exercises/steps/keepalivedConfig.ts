// Step 4: keepalived's configuration. Generate both directors' configs from the lab file (or
// take the user's own, or the ones already deployed), check them with our analyzer, deploy
// them through the validated path (keepalived -t on the director before anything is
// replaced), install the health check script, and start keepalived.
import { deployConfig, DeployError } from '../../deploy';
import { checkTexts } from '../checkTexts';
import { KEEPALIVED_CONF, KEEPALIVED_SH, reloadOrStartKeepalived, startKeepalived } from '../../keepalived';
import { CHECK_SCRIPT_NAME, CHECK_SCRIPT_PATH, checkScript, comparePair, configFacts, generateDirectorConfig, lintConfig, LintResult } from '../../generate';
import { shellQuote } from '../../shell';
import { parseSections, section } from '../../topology/parsers/system';
import { ran, unreachableChecks } from '../common';
import { Check, StepDefinition } from '../types';

export type ConfigSource = 'generated' | 'own' | 'deployed';

export interface KeepalivedConfigMeasured {
  source: ConfigSource;
  /** The config of each director that was checked (and deployed unless `deployed`). */
  configs: Record<string, string>;
  lint: Record<string, LintResult>;
  /** What happened on each director: deployed, unchanged, or why not. */
  deploy: Record<string, string>;
  /** Set when nothing could be deployed (analyzer errors, missing configs). */
  blocked?: string;
}

const INSTALL_SCRIPT = `umask 022; f=${shellQuote(CHECK_SCRIPT_PATH)}; t="$f.new"
mkdir -p "$(dirname "$f")"; cat > "$t" && chmod 755 "$t"
if cmp -s "$t" "$f"; then rm -f "$t"; echo script=unchanged; else mv -f "$t" "$f"; echo script=installed; fi`;

export const keepalivedConfigStep: StepDefinition = {
  id: 'keepalived-config',
  index: 4,
  title: 'Configure keepalived',
  goal: 'Generate both directors\' keepalived.conf from the lab file: the same virtual_router_id, authentication and VIP, priorities 150 and 100, a vrrp_script with an absolute path run under enable_script_security and script_user, and a virtual_server (DR, round robin) with both real servers behind a TCP check. Our analyzer reviews them (no warning allowed), each director\'s own `keepalived -t` checks them before they replace anything, then keepalived starts. You can check your own configs instead.',
  roles: ['director'],
  ipvs: 'none',
  async procedure(api) {
    const { ctx } = api;
    const m: KeepalivedConfigMeasured = { source: ctx.options.checkDeployed ? 'deployed' : ctx.options.ownConfigs ? 'own' : 'generated', configs: {}, lint: {}, deploy: {} };
    if (m.source === 'deployed') {
      for (const d of ctx.directors) {
        const r = await api.exec({ key: `read:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.readConf(KEEPALIVED_CONF), command: `cat ${KEEPALIVED_CONF}`, sudo: true });
        if (ran(r)) m.configs[d.name] = r.stdout;
        else m.deploy[d.name] = `could not read ${KEEPALIVED_CONF}: ${r.error ?? r.stderr.trim()}`;
      }
    } else if (m.source === 'own') {
      for (const d of ctx.directors) {
        const text = ctx.options.ownConfigs![d.name];
        if (text === undefined) m.deploy[d.name] = 'no config given for this director';
        else m.configs[d.name] = text;
      }
    } else {
      for (const d of ctx.directors) m.configs[d.name] = generateDirectorConfig(ctx.inventory, d).config;
    }
    for (const [host, text] of Object.entries(m.configs)) m.lint[host] = lintConfig(host, text, ctx.lang);
    const lintErrors = Object.values(m.lint).filter((l) => l.errors > 0 || (m.source === 'generated' && l.warnings > 0));
    if (m.source === 'deployed') return m as unknown as Record<string, unknown>;
    const tk = checkTexts(ctx.lang).keepalivedConfig;
    if (Object.keys(m.configs).length < ctx.directors.length) m.blocked = tk.missingConfigs(ctx.directors.filter((d) => !m.configs[d.name]).map((d) => d.name).join(', '));
    else if (lintErrors.length) m.blocked = tk.analyzerBlocked(m.source === 'generated', lintErrors.map((l) => l.name).join(', '));
    if (m.blocked) return m as unknown as Record<string, unknown>;

    for (const d of ctx.directors) {
      const text = m.configs[d.name];
      if (text.includes(CHECK_SCRIPT_PATH)) {
        await api.exec({ key: `script:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.installScript(CHECK_SCRIPT_PATH), command: INSTALL_SCRIPT, sudo: true }, { phase: 'apply', stdin: checkScript(ctx.inventory) });
      }
      const now = await api.exec({ key: `current:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.readRunning(KEEPALIVED_CONF), command: `cat ${KEEPALIVED_CONF} 2>/dev/null; true`, sudo: true }, { phase: 'apply' });
      const normalized = text.endsWith('\n') ? text : text + '\n';
      if (ran(now) && now.stdout === normalized) m.deploy[d.name] = 'unchanged';
      else {
        api.progress(tk.deploying(d.name));
        const t0 = Date.now();
        try {
          const r = await deployConfig(await api.connection(d.name), text, { signal: api.signal, reload: false, lang: ctx.lang });
          m.deploy[d.name] = `deployed${r.backupPath ? `, previous config kept as ${r.backupPath}` : ''}`;
          api.record({ key: `deploy:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.deployConf, command: `upload; keepalived -t -f <tmp>; back up and replace ${KEEPALIVED_CONF}`, code: 0, stdout: `${m.deploy[d.name]}\n${r.validationOutput}`, stderr: '', durationMs: Date.now() - t0 });
        } catch (e) {
          const msg = e instanceof DeployError ? `${e.message}` : (e as Error).message;
          m.deploy[d.name] = `not deployed: ${msg}`;
          api.record({ key: `deploy:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.deployConf, command: `upload; keepalived -t -f <tmp>; back up and replace ${KEEPALIVED_CONF}`, code: 1, stdout: '', stderr: msg, durationMs: Date.now() - t0 });
          continue;
        }
      }
      // Start when stopped; reload when running with an older config (a reload keeps VRRP state).
      const t1 = Date.now();
      try {
        const conn = await api.connection(d.name);
        const msg = m.deploy[d.name] === 'unchanged'
          ? await startKeepalived(conn, { signal: api.signal, lang: ctx.lang })
          : await reloadOrStartKeepalived(conn, { signal: api.signal, lang: ctx.lang });
        api.record({ key: `start:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.startOrReload, command: 'keepalived control', code: 0, stdout: msg, stderr: '', durationMs: Date.now() - t1 });
      } catch (e) {
        m.deploy[d.name] += `; keepalived did not start: ${(e as Error).message}`;
        api.record({ key: `start:${d.name}`, host: d.name, title: checkTexts(ctx.lang).titles.startOrReload, command: 'keepalived control', code: 1, stdout: '', stderr: (e as Error).message, durationMs: Date.now() - t1 });
      }
    }
    return m as unknown as Record<string, unknown>;
  },
  verify: (ctx) => ctx.directors.map((d) => ({
    key: `state:${d.name}`,
    host: d.name,
    title: checkTexts(ctx.lang).titles.confState,
    sudo: true,
    command: [
      KEEPALIVED_SH,
      section('conf', `cat ${KEEPALIVED_CONF}`),
      section('test', `keepalived -t -f ${KEEPALIVED_CONF}`),
      section('running', `p=$(ka_pid) && echo "pid=$p" && tr '\\0' ' ' < /proc/$p/cmdline`),
      section('script', `ls -l ${CHECK_SCRIPT_PATH}`),
    ].join('\n'),
  })),
  check(outputs, ctx, measured) {
    const m = measured as unknown as KeepalivedConfigMeasured;
    const t = checkTexts(ctx.lang).keepalivedConfig;
    const checks: Check[] = unreachableChecks(outputs, ctx.lang);
    const explanation: string[] = [];
    if (m.blocked) checks.push({ ok: false, what: t.blockedWhat, detail: m.blocked, fix: m.source === 'generated' ? t.blockedFixGenerated : t.blockedFixOwn });
    for (const [host, l] of Object.entries(m.lint ?? {})) {
      const bad = l.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      checks.push({
        ok: bad.length === 0,
        host,
        what: t.lintWhat(host),
        detail: bad.length ? bad.slice(0, 5).map((f) => t.lintLine(f.line, f.severity, f.code, f.message)).join('\n') : t.notes(l.findings.length),
        fix: t.lintFix,
      });
    }
    const facts: { host: string; facts: ReturnType<typeof configFacts> }[] = [];
    let vrrpOnly = false;
    for (const d of ctx.directors) {
      const rec = outputs[`state:${d.name}`];
      if (!rec || rec.error) continue;
      const s = parseSections(rec.stdout);
      const conf = s.get('conf');
      const test = s.get('test');
      const running = s.get('running');
      if (m.deploy?.[d.name] && m.deploy[d.name] !== 'unchanged' && !m.deploy[d.name].startsWith('deployed')) {
        const note = m.deploy[d.name];
        checks.push({ ok: false, host: d.name, what: t.deployedWhat(d.name), detail: note.startsWith('not deployed: ') ? t.notDeployed(note.slice('not deployed: '.length)) : note, fix: t.deployedFix });
      }
      if (m.source !== 'deployed' && m.configs?.[d.name] !== undefined) {
        const want = m.configs[d.name].endsWith('\n') ? m.configs[d.name] : m.configs[d.name] + '\n';
        checks.push({ ok: conf?.code === 0 && conf.text + '\n' === want, host: d.name, what: t.sameConfigWhat(KEEPALIVED_CONF, d.name), fix: t.againFix });
      }
      if (conf?.code === 0) facts.push({ host: d.name, facts: configFacts(d.name, conf.text) });
      checks.push({ ok: test?.code === 0, host: d.name, what: t.testWhat(d.name), detail: test?.text.trim() || t.noMessages, fix: t.testFix });
      checks.push({ ok: running?.code === 0, host: d.name, what: t.runsWhat(d.name), detail: running?.code === 0 ? running.text.trim().replace(/\n/g, ', ') : t.noProcess, fix: t.runsFix });
      if (/(^|\s)(--vrrp|-P)(\s|$)/.test(running?.text ?? '')) vrrpOnly = true;
    }
    for (const p of comparePair(facts, ctx.lang)) checks.push({ ok: false, what: t.agreeWhat(p.code), detail: p.message, fix: p.fix });
    if (facts.length >= 2 && !comparePair(facts).length) {
      const i = facts.map((f) => ({ host: f.host, inst: f.facts.instances[0] })).filter((x) => x.inst);
      if (i.length) {
        explanation.push(t.pair(i[0].inst.name, i[0].inst.vrid, i[0].inst.authType, i[0].inst.vips.join(', '), i.map((x) => `${x.host} ${x.inst.priority}`).join(', ')));
      }
      const script = facts[0].facts.scripts.find((s) => s.name === CHECK_SCRIPT_NAME);
      if (script) explanation.push(t.script(CHECK_SCRIPT_NAME, script.script, facts[0].facts.scriptUser ?? '?'));
      const vs = facts[0].facts.virtualServers[0];
      if (vs) explanation.push(t.virtualServer(`${vs.address} ${vs.port ?? ''}`, vs.lbKind ?? 'NAT', vs.reals.join(t.and)));
    }
    if (vrrpOnly) explanation.push(t.vrrpOnly);
    if (m.source === 'own') explanation.push(t.own);
    return { status: checks.some((c) => !c.ok) ? 'failed' : 'passed', checks, explanation, measurements: { deploy: m.deploy ?? {}, source: m.source } };
  },
};

