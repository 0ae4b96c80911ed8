// The server's settings (section `keepalivedLab`), from initializationOptions and
// workspace/configuration. Anything malformed falls back to the defaults.
import { Severity } from '../language';
import { Lang, langFromLocale } from '../language/i18n';

export interface ServerSettings {
  keepalivedVersion: '2.2' | '2.4';
  /** Per-rule severity overrides by rule code. */
  severity: Record<string, Severity | 'off'>;
  /** keepalived's config id for @id lines; default: this host's short name. */
  configId?: string;
  /** Overrides of the editor's formatting options. */
  format: { insertSpaces?: boolean; tabSize?: number };
  /**
   * Language of diagnostics, hovers and quick fixes: the editor's display language
   * (InitializeParams.locale), or `locale` in initializationOptions when the client sends one.
   */
  lang: Lang;
}

export const DEFAULT_SETTINGS: ServerSettings = { keepalivedVersion: '2.2', severity: {}, format: {}, lang: 'en' };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts `{ keepalivedLab: {...} }` or the section itself. */
export function parseSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  if (!raw || typeof raw !== 'object') return base;
  const obj = raw as Record<string, unknown>;
  const s = (obj.keepalivedLab && typeof obj.keepalivedLab === 'object' ? obj.keepalivedLab : obj) as Record<string, unknown>;
  const out: ServerSettings = { ...base, severity: { ...base.severity }, format: { ...base.format } };
  if (s.keepalivedVersion === '2.2' || s.keepalivedVersion === '2.4') out.keepalivedVersion = s.keepalivedVersion;
  if (s.severity && typeof s.severity === 'object') {
    out.severity = {};
    for (const [code, v] of Object.entries(s.severity as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) out.severity[code] = v as Severity | 'off';
    }
  }
  if (typeof s.configId === 'string') out.configId = s.configId.trim() || undefined;
  if (typeof s.locale === 'string' && s.locale.trim()) out.lang = langFromLocale(s.locale.trim());
  const f = s.format as Record<string, unknown> | undefined;
  if (f && typeof f === 'object') {
    out.format = {};
    if (typeof f.insertSpaces === 'boolean') out.format.insertSpaces = f.insertSpaces;
    if (typeof f.tabSize === 'number' && f.tabSize >= 1 && f.tabSize <= 16) out.format.tabSize = Math.floor(f.tabSize);
  }
  return out;
}
