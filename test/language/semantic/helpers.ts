// Helpers for the semantic rule tests: findings of one rule, and applying a quick fix to a text.
import { Analysis, Fix, KaDiagnostic, fixesFor } from '../../../src/language';
import { lint } from '../../support/fixtures';

export const FILE = '/virtual/keepalived.conf';

export function only(a: Analysis, code: string): KaDiagnostic[] {
  return a.diagnostics.filter((d) => d.code === code);
}

/** 1-based lines of a rule's findings. */
export function lines(text: string, code: string, opts: Parameters<typeof lint>[1] = {}): number[] {
  return only(lint(text, opts), code).map((d) => d.range.start.line + 1);
}

/** Applies the edits of a fix that touch FILE to `text`. */
export function apply(text: string, fix: Fix, file = FILE): string {
  const offsets = [0];
  for (const l of text.split('\n')) offsets.push(offsets[offsets.length - 1] + l.length + 1);
  const at = (p: { line: number; character: number }) => (p.line >= offsets.length - 1 ? text.length : offsets[p.line] + p.character);
  const edits = fix.edits.filter((e) => e.file === file).sort((x, y) => at(y.range.start) - at(x.range.start));
  let out = text;
  for (const e of edits) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

/** The fixes of the first finding of `code`, with the analysis they came from. */
export function fixes(text: string, code: string, opts: Parameters<typeof lint>[1] = {}): Fix[] {
  const a = lint(text, opts);
  const d = only(a, code)[0];
  if (!d) throw new Error(`no ${code} finding`);
  return fixesFor(d, a);
}

/** Builds a minimal valid VRRP instance with extra lines. */
export function instance(name: string, vrid: number | undefined, extra: string[] = [], vip = '192.0.2.10'): string {
  return [`vrrp_instance ${name} {`, '  interface eth0', ...(vrid === undefined ? [] : [`  virtual_router_id ${vrid}`]), ...extra.map((l) => `  ${l}`), '  virtual_ipaddress {', `    ${vip}`, '  }', '}', ''].join('\n');
}
