// The language service's entry point: read, parse, index, run every rule.
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigDocument } from './ast';
import { FileSystemHost, NodeFileSystem } from './fileSystem';
import { ConfigModel } from './model';
import { parse } from './parser';
import { Reader } from './reader';
import { RULES, ruleFor } from './rules';
import { Rule, RuleContext } from './rules/rule';
import { KeepalivedVersion } from './schema';
import { Fix, KaDiagnostic, Severity, comparePositions } from './types';
import { Lang, withLang } from './i18n';
import { msg } from './i18n';

export interface AnalysisOptions {
  /** Target keepalived version; keywords newer than it are reported. Default 2.2 (Debian 12). */
  version?: KeepalivedVersion;
  /** keepalived's config id for @id lines; default: this host's name up to the first dot, as keepalived does. */
  configId?: string;
  fs?: FileSystemHost;
  /** Per-rule severity overrides; 'off' silences a rule. */
  severities?: Record<string, Severity | 'off'>;
  /** Language of messages and quick-fix titles; default 'en'. */
  lang?: Lang;
}

export interface Analysis {
  doc: ConfigDocument;
  model: ConfigModel;
  diagnostics: KaDiagnostic[];
  options: Required<Omit<AnalysisOptions, 'severities'>> & { severities: Record<string, Severity | 'off'> };
}

export function defaultConfigId(): string {
  return os.hostname().split('.')[0];
}

/** Analyses `file`; when `text` is given it is used instead of the file's content on disk. */
export function analyze(file: string, text?: string, options: AnalysisOptions = {}): Analysis {
  return analyzeByRule(file, text, options).analysis;
}

/** The options with their defaults filled in. */
export function resolveOptions(options: AnalysisOptions): Analysis['options'] {
  return {
    version: options.version ?? '2.2',
    configId: options.configId ?? defaultConfigId(),
    fs: options.fs ?? new NodeFileSystem(),
    severities: options.severities ?? {},
    lang: options.lang ?? 'en',
  };
}

/**
 * analyze(), also returning each rule's own findings (in RULES order, before severities, dedupe
 * and sorting) for incremental re-analysis, which reuses them per top-level block.
 */
export function analyzeByRule(file: string, text: string | undefined, options: AnalysisOptions): { analysis: Analysis; byRule: KaDiagnostic[][] } {
  const opts = resolveOptions(options);
  return withLang(opts.lang, () => analyzeResolved(file, text, opts));
}

/** The reader and the parser only: the statements keepalived reads, without the model or the rules. */
export function parseConfig(file: string, text?: string, options: AnalysisOptions = {}): ConfigDocument {
  const opts = resolveOptions(options);
  return withLang(opts.lang, () => readAndParse(file, text, opts));
}

function readAndParse(file: string, text: string | undefined, opts: Analysis['options']): ConfigDocument {
  const abs = path.resolve(file);
  const read = new Reader({ fs: opts.fs, configId: opts.configId, version: opts.version }).read(abs, text);
  return parse(abs, read, { version: opts.version });
}

function analyzeResolved(file: string, text: string | undefined, opts: Analysis['options']): { analysis: Analysis; byRule: KaDiagnostic[][] } {
  const doc = readAndParse(file, text, opts);
  const model = new ConfigModel(doc);
  const byRule = RULES.map((rule) => runRule(rule, doc, model, opts.version));
  const diagnostics = finishDiagnostics([...doc.read.diagnostics, ...doc.diagnostics, ...byRule.flat()], opts.severities);
  return { analysis: { doc, model, diagnostics, options: opts }, byRule };
}

/** One rule's findings on a document (none for rules without a check of their own). */
export function runRule(rule: Rule, doc: ConfigDocument, model: ConfigModel, version: KeepalivedVersion): KaDiagnostic[] {
  const found: KaDiagnostic[] = [];
  if (!rule.check) return found;
  const ctx: RuleContext = {
    doc,
    model,
    options: { version },
    report: (r) => found.push({ code: rule.code, severity: r.severity ?? rule.severity, message: r.message, file: r.file, range: r.range, related: r.related, tags: r.tags, data: r.data }),
  };
  try {
    rule.check(ctx);
  } catch (e) {
    // A failing rule must not take the others down; say so instead of crashing.
    found.push({ code: 'internal-error', severity: 'information', message: msg().internalError(rule.code, (e as Error).message), file: doc.file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  }
  return found;
}

/** Reader, parser and rule findings as published: duplicates removed, severities applied, in file order. */
export function finishDiagnostics(found: KaDiagnostic[], severities: Record<string, Severity | 'off'>): KaDiagnostic[] {
  const diagnostics = applySeverities(dedupe(found), severities);
  diagnostics.sort((a, b) => (a.file === b.file ? comparePositions(a.range.start, b.range.start) || a.code.localeCompare(b.code) : a.file.localeCompare(b.file)));
  return diagnostics;
}

/** ~SEQ expansions and repeated includes produce the same finding several times. */
function dedupe(list: KaDiagnostic[]): KaDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}\0${d.code}\0${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function applySeverities(list: KaDiagnostic[], overrides: Record<string, Severity | 'off'>): KaDiagnostic[] {
  const out: KaDiagnostic[] = [];
  for (const d of list) {
    const o = overrides[d.code];
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}

/** The quick fixes for one diagnostic, from the rule that produced it. */
export function fixesFor(diag: KaDiagnostic, analysis: Analysis): Fix[] {
  const rule = ruleFor(diag.code);
  if (!rule?.fixes) return [];
  return withLang(analysis.options.lang, () => rule.fixes!(diag, { files: analysis.doc.read.files, doc: analysis.doc }));
}
