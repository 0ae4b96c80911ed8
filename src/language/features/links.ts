// Document links for include patterns: a click opens the included file.
import * as path from 'node:path';
import { DocumentLink } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { UriOf, fileToUri } from './uri';
import { msg, withLang } from '../i18n';

/** documentLinks, with texts in the analysis' language. */
export function documentLinks(analysis: Analysis, file = analysis.doc.file, uriOf: UriOf = fileToUri): DocumentLink[] {
  return withLang(analysis.options.lang, () => documentLinksIn(analysis, file, uriOf));
}

function documentLinksIn(analysis: Analysis, file = analysis.doc.file, uriOf: UriOf = fileToUri): DocumentLink[] {
  const out: DocumentLink[] = [];
  const seen = new Set<string>();
  for (const ref of analysis.doc.read.includes) {
    if (ref.file !== file) continue;
    const k = `${ref.range.start.line}:${ref.range.start.character}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const base = path.dirname(file);
    if (ref.resolved.length === 1) {
      out.push({ range: ref.range, target: uriOf(ref.resolved[0]), tooltip: msg().openIncludedFile(path.relative(base, ref.resolved[0]) || ref.resolved[0]) });
    } else if (ref.resolved.length > 1) {
      // A link has one target: the first file read; the tooltip lists them all.
      const names = ref.resolved.map((f) => path.relative(base, f) || f);
      out.push({ range: ref.range, target: uriOf(ref.resolved[0]), tooltip: msg().includeReadsFiles(names.length, names.join(', ')) });
    }
  }
  return out;
}
