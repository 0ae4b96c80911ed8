// The doctor's report as text.
import type { Lang } from '../report/i18n';
import { DoctorReport } from './diagnose';
import { doctorStrings } from './i18n';

export function formatDoctorReport(r: DoctorReport, lang: Lang = 'en'): string {
  const t = doctorStrings(lang);
  const lines = [t.heading(r.lab, r.findings.length)];
  for (const f of r.findings) {
    lines.push(`  ${f.severity === 'error' ? '✗' : '!'} [${f.code}] ${f.hosts.join(', ')}: ${f.message}`, `      ${t.fix} ${f.fix}`);
  }
  lines.push(`  ${t.checked}`, ...r.checked.map((c) => `    - ${c}`));
  return lines.join('\n') + '\n';
}
