// Plain-text rendering of steps and their results, for the CLI and logs.
import { STEPS } from './steps';
import { StepResult, StepStatus } from './types';

const STATUS_WORDS: Record<StepStatus, string> = {
  passed: 'PASSED',
  failed: 'FAILED',
  'no-ipvs': 'STOPPED: no IPVS in the kernel',
  cancelled: 'CANCELLED',
  error: 'ERROR',
};

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
}

export function formatStepResult(r: StepResult, opts: FormatOptions = {}): string {
  const width = opts.width ?? 96;
  const lines: string[] = [`Step ${r.index}/${STEPS.length} — ${r.title}: ${STATUS_WORDS[r.status]} (${(r.durationMs / 1000).toFixed(1)} s)`];
  for (const c of r.checks) {
    lines.push(`  ${c.ok ? '✓' : '✗'} ${c.what}${c.detail && !c.detail.includes('\n') ? ` — ${c.detail}` : ''}`);
    if (c.detail?.includes('\n')) lines.push(...c.detail.split('\n').map((l) => `      ${l}`));
    if (!c.ok && c.fix) lines.push(...wrap(`fix: ${c.fix}`, width - 6, '      '));
  }
  if (r.explanation.length) {
    lines.push('  Why:');
    for (const p of r.explanation) lines.push(...wrap(p, width - 4, '    '), '');
    if (lines[lines.length - 1] === '') lines.pop();
  }
  if (opts.verbose) {
    lines.push('  Commands:');
    for (const c of r.commands) {
      lines.push(`    [${c.phase}] ${c.host}: ${c.title} — ${c.error ? `could not run: ${c.error}` : `exit ${c.code}`} (${c.durationMs} ms)`);
      const body = (c.stdout + (c.stderr ? `\n${c.stderr}` : '')).trim();
      if (body) lines.push(...body.split('\n').slice(0, 40).map((l) => `        ${l}`), ...(body.split('\n').length > 40 ? ['        ...'] : []));
    }
  } else lines.push(`  ${r.commands.length} command(s) ran${r.commands.some((c) => c.error) ? `, ${r.commands.filter((c) => c.error).length} could not` : ''} (--verbose shows them)`);
  if (r.error && r.status === 'error') lines.push(`  error: ${r.error.split('\n')[0]}`);
  if (r.savedTo) lines.push(`  saved: ${r.savedTo}`);
  return lines.join('\n') + '\n';
}

export function formatStepList(): string {
  return STEPS.map((s) => `  ${String(s.index).padStart(2)}  ${s.id.padEnd(18)} ${s.title}${s.ipvs === 'required' ? ' (needs IPVS)' : ''}`).join('\n') + '\n';
}
