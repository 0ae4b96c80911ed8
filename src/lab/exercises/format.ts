// Plain-text rendering of steps and their results, for the CLI and logs.
import type { Lang } from '../../language/i18n';
import { checkTexts } from './checkTexts';
import { stepTexts } from './i18n';
import { STEPS } from './steps';
import { StepResult } from './types';

function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (/^\s/.test(para) || para.includes('  ')) {
      out.push(indent + para);
      continue;
    }
    let line = '';
    for (const word of para.split(' ')) {
      if (line && (line + ' ' + word).length > width) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out;
}

export interface FormatOptions {
  /** Print every command with its output. */
  verbose?: boolean;
  width?: number;
  /** Language of the frame (status, headings); the checks are in the run's own language. Default English. */
  lang?: Lang;
}

export function formatStepResult(r: StepResult, opts: FormatOptions = {}): string {
  const width = opts.width ?? 96;
  const lang = opts.lang ?? 'en';
  const t = checkTexts(lang).format;
  const title = lang === 'en' ? r.title : stepTexts(r.step, lang).title;
  const lines: string[] = [t.head(r.index, STEPS.length, title, t.status[r.status], t.secs(r.durationMs))];
  for (const c of r.checks) {
    lines.push(`  ${c.ok ? '✓' : '✗'} ${c.what}${c.detail && !c.detail.includes('\n') ? ` — ${c.detail}` : ''}`);
    if (c.detail?.includes('\n')) lines.push(...c.detail.split('\n').map((l) => `      ${l}`));
    if (!c.ok && c.fix) lines.push(...wrap(t.fix(c.fix), width - 6, '      '));
  }
  if (r.explanation.length) {
    lines.push(`  ${t.why}`);
    for (const p of r.explanation) lines.push(...wrap(p, width - 4, '    '), '');
    if (lines[lines.length - 1] === '') lines.pop();
  }
  if (opts.verbose) {
    lines.push(`  ${t.commands}`);
    for (const c of r.commands) {
      lines.push(`    [${c.phase}] ${c.host}: ${c.title} — ${c.error ? t.couldNotRun(c.error) : t.exit(c.code)} (${c.durationMs} ms)`);
      const body = (c.stdout + (c.stderr ? `\n${c.stderr}` : '')).trim();
      if (body) lines.push(...body.split('\n').slice(0, 40).map((l) => `        ${l}`), ...(body.split('\n').length > 40 ? ['        ...'] : []));
    }
  } else lines.push(`  ${t.ran(r.commands.length, r.commands.filter((c) => c.error).length)}`);
  if (r.error && r.status === 'error') lines.push(`  ${t.error(r.error.split('\n')[0])}`);
  if (r.savedTo) lines.push(`  ${t.saved(r.savedTo)}`);
  return lines.join('\n') + '\n';
}

export function formatStepList(lang: Lang = 'en'): string {
  const t = checkTexts(lang).format;
  return STEPS.map((s) => `  ${String(s.index).padStart(2)}  ${s.id.padEnd(18)} ${stepTexts(s, lang).title}${s.ipvs === 'required' ? t.needsIpvs : ''}`).join('\n') + '\n';
}
