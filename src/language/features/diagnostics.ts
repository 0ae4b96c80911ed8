// KaDiagnostic <-> LSP Diagnostic. The rule's data travels in Diagnostic.data so that a code
// action request (which only carries the client's copy) can rebuild the original finding.
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location } from 'vscode-languageserver-types';
import { KaDiagnostic, Severity } from '../types';
import { UriOf, fileToUri } from './uri';

export const DIAGNOSTIC_SOURCE = 'keepalived-lab';

const TO_LSP: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const FROM_LSP: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** What we store in Diagnostic.data. */
interface WireData {
  file: string;
  data?: Record<string, unknown>;
}

export function toLspDiagnostic(d: KaDiagnostic, uriOf: UriOf = fileToUri): Diagnostic {
  const tags = d.tags?.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  const related = d.related?.map((r) => DiagnosticRelatedInformation.create(Location.create(uriOf(r.file), r.range), r.message));
  const data: WireData = { file: d.file, data: d.data };
  return {
    range: d.range,
    severity: TO_LSP[d.severity],
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    tags: tags?.length ? tags : undefined,
    relatedInformation: related?.length ? related : undefined,
    data,
  };
}

/** Rebuilds our diagnostic from the client's copy; undefined for diagnostics of other tools. */
export function fromLspDiagnostic(d: Diagnostic, file: string): KaDiagnostic | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') return undefined;
  const wire = (d.data ?? {}) as Partial<WireData>;
  return {
    code: d.code,
    severity: FROM_LSP[d.severity ?? 1] ?? 'error',
    message: typeof d.message === 'string' ? d.message : d.message.value,
    file: typeof wire.file === 'string' ? wire.file : file,
    range: d.range,
    tags: d.tags?.map((t) => (t === DiagnosticTag.Unnecessary ? 'unnecessary' : 'deprecated')),
    data: wire.data,
  };
}
