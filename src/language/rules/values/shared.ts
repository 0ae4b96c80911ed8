// Small helpers shared by the value rules.
import { ConfigDocument, Statement } from '../../ast';
import { statementIndex } from '../../statementIndex';
import { KeepalivedVersion, KeywordSchema } from '../../schema';
import { Range, Token } from '../../types';
import { msgLang } from '../../i18n';

/** Schema path of a keyword, e.g. `vrrp_instance/priority` (independent of how the file nests includes). */
export function schemaPath(kw: KeywordSchema): string {
  let p = paths.get(kw);
  if (p === undefined) paths.set(kw, (p = [...kw.parentPath, kw.name].join('/')));
  return p;
}

/** Schema entries never change: their paths are computed once. */
const paths = new WeakMap<KeywordSchema, string>();

/** Known statements of the document (keywords keepalived recognises in their block), in reading order. */
export function knownStatements(doc: ConfigDocument): readonly Statement[] {
  return statementIndex(doc).known;
}

export function spanOf(tokens: readonly Token[]): Range {
  return { start: tokens[0].range.start, end: tokens[tokens.length - 1].range.end };
}

/** Memoises a per-document computation (several rules share one pass over the tree); per version and message language. */
export function perDocument<T>(compute: (doc: ConfigDocument, version: KeepalivedVersion) => T): (doc: ConfigDocument, version: KeepalivedVersion) => T {
  const cache = new WeakMap<ConfigDocument, Map<string, T>>();
  return (doc, version) => {
    let byVersion = cache.get(doc);
    if (!byVersion) cache.set(doc, (byVersion = new Map()));
    const key = `${version}\0${msgLang()}`;
    if (!byVersion.has(key)) byVersion.set(key, compute(doc, version));
    return byVersion.get(key) as T;
  };
}
