// Helpers for the value rule tests: findings of one rule, fixes applied to a text, small configs.
import { Analysis, Fix, KaDiagnostic, fixesFor } from '../../../src/language';
import { lint } from '../../support/fixtures';

export const FILE = '/virtual/keepalived.conf';
type Opts = Parameters<typeof lint>[1];

export function only(a: Analysis, code: string): KaDiagnostic[] {
  return a.diagnostics.filter((d) => d.code === code);
}

/** Findings of `code` for `text`. */
export function findings(text: string, code: string, opts: Opts = {}): KaDiagnostic[] {
  return only(lint(text, opts), code);
}

/** 1-based lines of a rule's findings. */
export function lines(text: string, code: string, opts: Opts = {}): number[] {
  return findings(text, code, opts).map((d) => d.range.start.line + 1);
}

/** The source text a finding points at. */
export function marked(text: string, d: KaDiagnostic): string {
  const l = text.split('\n')[d.range.start.line];
  return l.slice(d.range.start.character, d.range.end.line === d.range.start.line ? d.range.end.character : undefined);
}

export function apply(text: string, fix: Fix, file = FILE): string {
  const offsets = [0];
  for (const l of text.split('\n')) offsets.push(offsets[offsets.length - 1] + l.length + 1);
  const at = (p: { line: number; character: number }) => (p.line >= offsets.length - 1 ? text.length : offsets[p.line] + p.character);
  const edits = fix.edits.filter((e) => e.file === file).sort((x, y) => at(y.range.start) - at(x.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

/** Applies the preferred (or first) fix of the first finding of `code`. */
export function fixed(text: string, code: string, opts: Opts = {}): string {
  const a = lint(text, opts);
  const d = only(a, code)[0];
  if (!d) throw new Error(`no ${code} finding`);
  const list = fixesFor(d, a);
  const fix = list.find((f) => f.isPreferred) ?? list[0];
  if (!fix) throw new Error(`no fix for ${code}`);
  return apply(text, fix);
}

/** A valid VRRP instance with extra lines inside. */
export function vi(extra: string[] = [], vip = '192.0.2.10'): string {
  return ['vrrp_instance VI_1 {', '  interface eth0', '  virtual_router_id 51', ...extra.map((l) => `  ${l}`), '  virtual_ipaddress {', `    ${vip}`, '  }', '}', ''].join('\n');
}

/** A valid virtual server with lines in the virtual_server block and in its real server. */
export function vs(vsLines: string[] = [], rsLines: string[] = [], header = '192.0.2.100 80', rsHeader = '198.51.100.2 80'): string {
  return [`virtual_server ${header} {`, '  lb_algo rr', '  lb_kind NAT', '  protocol TCP', ...vsLines.map((l) => `  ${l}`), `  real_server ${rsHeader} {`, ...rsLines.map((l) => `    ${l}`), '  }', '}', ''].join('\n');
}
