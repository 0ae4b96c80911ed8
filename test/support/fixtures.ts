// Helpers for tests: in-memory configs with cursor markers, and the shared/ folder when present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Analysis, AnalysisOptions, OverlayFileSystem, KaDiagnostic, Position } from '../../src/language';

export const REPO = path.resolve(__dirname, '..', '..', '..');
/** ../shared next to the clone (CI and developers have it; users do not). */
export const SHARED = path.resolve(REPO, '..', 'shared');
export const HAVE_SHARED = fs.existsSync(path.join(SHARED, 'keepalived'));

/** Analyses an in-memory config (file name /virtual/keepalived.conf unless given). Extra files may be passed. */
export function lint(text: string, opts: AnalysisOptions & { files?: Record<string, string>; file?: string } = {}): Analysis {
  const file = opts.file ?? '/virtual/keepalived.conf';
  const files = new Map<string, string>([[path.resolve(file), text]]);
  for (const [k, v] of Object.entries(opts.files ?? {})) files.set(path.resolve(k), v);
  return analyze(file, text, { configId: 'testhost', ...opts, fs: opts.fs ?? new OverlayFileSystem(files) });
}

export function codes(a: Analysis | KaDiagnostic[]): string[] {
  const list = Array.isArray(a) ? a : a.diagnostics;
  return list.map((d) => d.code);
}

/** Diagnostics with this code, as "line:code" strings (1-based lines) for compact asserts. */
export function at(a: Analysis, code: string): number[] {
  return a.diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line + 1);
}

/** Removes a `|` cursor marker from the text and returns its position. */
export function cursor(textWithBar: string): { text: string; pos: Position } {
  const i = textWithBar.indexOf('|');
  if (i < 0) throw new Error('no | cursor marker in test text');
  const before = textWithBar.slice(0, i);
  const lines = before.split('\n');
  return { text: before + textWithBar.slice(i + 1), pos: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}
