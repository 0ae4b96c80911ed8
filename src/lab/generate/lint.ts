// Our own analyzer over configs that live in memory (generated, or read from a director),
// and the VRRP facts of a config read with our parser: what the directors of one pair must
// agree on (VRID, authentication, VIPs) and what they must not (priorities).
import { analyze, childrenNamed, firstChild, KaDiagnostic, OverlayFileSystem, Statement, walk } from '../../language';
import type { Lang } from '../report/i18n';
import { PAIR_STRINGS } from './pairStrings';

export interface LintFinding {
  severity: KaDiagnostic['severity'];
  code: string;
  /** 1-based line. */
  line: number;
  message: string;
}

export interface LintResult {
  name: string;
  findings: LintFinding[];
  errors: number;
  warnings: number;
}

function virtualPath(name: string): string {
  return `/keepalived-lab/${name.replace(/[^A-Za-z0-9_.-]/g, '_')}/keepalived.conf`;
}

function analyzeText(name: string, text: string, lang?: Lang) {
  const file = virtualPath(name);
  return analyze(file, text, { configId: name, fs: new OverlayFileSystem(new Map([[file, text]])), ...(lang ? { lang } : {}) });
}

/** Runs every rule of our analyzer on a config held in memory (includes are not followed); the messages in lang (default English). */
export function lintConfig(name: string, text: string, lang?: Lang): LintResult {
  const a = analyzeText(name, text, lang);
  const findings = a.diagnostics.map((d) => ({ severity: d.severity, code: d.code, line: d.range.start.line + 1, message: d.message }));
  return {
    name,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

export interface VrrpInstanceFacts {
  name: string;
  state?: string;
  priority?: number;
  vrid?: number;
  interface?: string;
  authType?: string;
  authPass?: string;
  /** The VIPs as address/prefix (prefix defaulted to /32 or /128 as keepalived does). */
  vips: string[];
  trackScripts: string[];
  unicastPeers: string[];
}

export interface VrrpScriptFacts {
  name: string;
  /** The command as keepalived reads it (quotes removed). */
  script?: string;
}

export interface ConfigFacts {
  instances: VrrpInstanceFacts[];
  scripts: VrrpScriptFacts[];
  scriptSecurity: boolean;
  scriptUser?: string;
  virtualServers: { address: string; port?: number; lbKind?: string; reals: string[] }[];
}

function arg(s: Statement | undefined, i = 0): string | undefined {
  return s?.args[i]?.text;
}

function num(s: Statement | undefined): number | undefined {
  const t = arg(s);
  if (t === undefined || !/^\d+$/.test(t)) return undefined;
  return Number(t);
}

/** keepalived keeps only the first 8 characters of a PASS password. */
export function effectiveAuthPass(type: string | undefined, pass: string | undefined): string | undefined {
  if (pass === undefined) return undefined;
  return type?.toUpperCase() === 'PASS' ? pass.slice(0, 8) : pass;
}

function vipOf(tokens: string[]): string | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  if (first.includes('/')) return first;
  return `${first}/${first.includes(':') ? 128 : 32}`;
}

/** The VRRP-relevant facts of a config, read with our parser. */
export function configFacts(name: string, text: string): ConfigFacts {
  const a = analyzeText(name, text);
  const facts: ConfigFacts = { instances: [], scripts: [], scriptSecurity: false, virtualServers: [] };
  walk(a.doc.statements, (s) => {
    if (s.status !== 'known') return;
    const kw = s.keyword.text;
    if (kw === 'enable_script_security' && s.parent?.keyword.text === 'global_defs') facts.scriptSecurity = true;
    if (kw === 'script_user' && s.parent?.keyword.text === 'global_defs') facts.scriptUser = arg(s);
    if (kw === 'vrrp_script' && !s.parent) {
      const script = firstChild(s, 'script');
      facts.scripts.push({ name: arg(s) ?? '', ...(script ? { script: script.args.map((t) => t.text).join(' ') } : {}) });
    }
    if (kw === 'virtual_server' && !s.parent) {
      facts.virtualServers.push({
        address: arg(s) ?? '',
        ...(arg(s, 1) && /^\d+$/.test(arg(s, 1)!) ? { port: Number(arg(s, 1)) } : {}),
        ...(arg(firstChild(s, 'lb_kind')) ? { lbKind: arg(firstChild(s, 'lb_kind')) } : {}),
        reals: childrenNamed(s, 'real_server').map((r) => [arg(r), arg(r, 1)].filter(Boolean).join(':')),
      });
    }
    if (kw !== 'vrrp_instance' || s.parent) return;
    const auth = firstChild(s, 'authentication');
    const authType = arg(auth ? firstChild(auth, 'auth_type') : undefined);
    const authPass = arg(auth ? firstChild(auth, 'auth_pass') : undefined);
    const vipBlock = firstChild(s, 'virtual_ipaddress');
    const track = firstChild(s, 'track_script');
    const peers = firstChild(s, 'unicast_peer');
    facts.instances.push({
      name: arg(s) ?? '',
      ...(arg(firstChild(s, 'state')) ? { state: arg(firstChild(s, 'state'))!.toUpperCase() } : {}),
      ...(num(firstChild(s, 'priority')) !== undefined ? { priority: num(firstChild(s, 'priority')) } : {}),
      ...(num(firstChild(s, 'virtual_router_id')) !== undefined ? { vrid: num(firstChild(s, 'virtual_router_id')) } : {}),
      ...(arg(firstChild(s, 'interface')) ? { interface: arg(firstChild(s, 'interface')) } : {}),
      ...(authType ? { authType: authType.toUpperCase() } : {}),
      ...(authPass !== undefined ? { authPass } : {}),
      vips: (vipBlock?.items ?? []).map((i) => vipOf(i.tokens.map((t) => t.text))).filter((x): x is string => !!x),
      trackScripts: (track?.items ?? []).map((i) => i.tokens[0]?.text).filter((x): x is string => !!x),
      unicastPeers: (peers?.items ?? []).map((i) => i.tokens[0]?.text).filter((x): x is string => !!x),
    });
  });
  return facts;
}

export interface PairProblem {
  code: 'vrid-mismatch' | 'auth-mismatch' | 'vip-mismatch' | 'priority-equal' | 'instance-missing';
  message: string;
  fix: string;
}

/**
 * What is wrong between the directors' configs: instances that should form one VRRP router
 * (matched by VRID, else by name) must share VRID, authentication and VIPs, and differ in priority.
 */
/** Differences between the directors' VRRP settings that break the pair, in `lang` (English by default). */
export function comparePair(configs: { host: string; facts: ConfigFacts }[], lang: Lang = 'en'): PairProblem[] {
  const t = PAIR_STRINGS[lang];
  const out: PairProblem[] = [];
  if (configs.length < 2) return out;
  const names = [...new Set(configs.flatMap((c) => c.facts.instances.map((i) => i.name)))];
  for (const name of names) {
    const per = configs.map((c) => ({ host: c.host, inst: c.facts.instances.find((i) => i.name === name) }));
    const missing = per.filter((p) => !p.inst).map((p) => p.host);
    const present = per.filter((p): p is { host: string; inst: VrrpInstanceFacts } => !!p.inst);
    if (missing.length && present.length) {
      // An instance another director has under another name but the same VRID is compared below by VRID.
      const vrids = new Set(present.map((p) => p.inst.vrid));
      const sameVridElsewhere = configs.filter((c) => missing.includes(c.host)).every((c) => c.facts.instances.some((i) => vrids.has(i.vrid)));
      if (!sameVridElsewhere) {
        out.push({
          code: 'instance-missing',
          message: t.missing(name, present.map((p) => p.host).join(', '), missing.join(', ')),
          fix: t.missingFix(missing.join(', ')),
        });
      }
    }
    if (present.length < 2) continue;
    const show = (f: (i: VrrpInstanceFacts) => unknown): string => present.map((p) => `${p.host}: ${String(f(p.inst) ?? t.none)}`).join(', ');
    if (new Set(present.map((p) => p.inst.vrid)).size > 1) {
      out.push({
        code: 'vrid-mismatch',
        message: t.vrid(name, show((i) => i.vrid)),
        fix: t.vridFix,
      });
    }
    const auth = (i: VrrpInstanceFacts): string => (i.authType ? `${i.authType} ${effectiveAuthPass(i.authType, i.authPass) ?? ''}`.trim() : 'none');
    if (new Set(present.map((p) => auth(p.inst))).size > 1) {
      out.push({
        code: 'auth-mismatch',
        message: t.auth(name, present.map((p) => `${p.host}: ${p.inst.authType ?? t.noAuth}`).join(', '), present.every((p) => p.inst.authType)),
        fix: t.authFix,
      });
    }
    const vips = (i: VrrpInstanceFacts): string => [...i.vips].sort().join(' ');
    if (new Set(present.map((p) => vips(p.inst))).size > 1) {
      out.push({
        code: 'vip-mismatch',
        message: t.vips(name, show((i) => i.vips.join(' ') || t.none)),
        fix: t.vipsFix,
      });
    }
    const prios = present.map((p) => p.inst.priority ?? 100);
    if (new Set(prios).size < prios.length) {
      out.push({
        code: 'priority-equal',
        message: t.priority(name, present.map((p) => `${p.host} (${p.inst.priority ?? t.defaultPriority})`).join(t.and)),
        fix: t.priorityFix,
      });
    }
  }
  return out;
}
