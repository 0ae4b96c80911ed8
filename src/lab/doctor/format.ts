// The doctor's report as text.
import { DoctorReport } from './diagnose';

export function formatDoctorReport(r: DoctorReport): string {
  const lines = [`Lab doctor — ${r.lab}: ${r.findings.length ? `${r.findings.length} finding(s)` : 'nothing wrong found'}`];
  for (const f of r.findings) {
    lines.push(`  ${f.severity === 'error' ? '✗' : '!'} [${f.code}] ${f.hosts.join(', ')}: ${f.message}`, `      fix: ${f.fix}`);
  }
  lines.push('  Checked:', ...r.checked.map((c) => `    - ${c}`));
  return lines.join('\n') + '\n';
}
