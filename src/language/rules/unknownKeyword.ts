// Unknown keywords: typos, keywords of another block, keywords newer than the target keepalived.
import { blockPath } from '../ast';
import { childrenOf, existsIn, keywordsNamed, pathString } from '../schema';
import { closest } from '../util/strings';
import { Rule } from './rule';
import { statementIndex } from '../statementIndex';
import { msg } from '../i18n';

export const unknownKeyword: Rule = {
  code: 'unknown-keyword',
  blockLocal: true,
  severity: 'error',
  title: 'A keyword keepalived does not know in this block (typo, or a keyword of another block).',
  example: 'vrrp_instance VI_1 {\n  priorty 100\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).notKnown) {
      if (s.status !== 'unknown') continue;
      const word = s.keyword.text;
      const parentKw = s.parent?.schema;
      const here = s.parent ? blockPath(s.parent).join(' > ') : msg().topLevelHere();
      const siblings = Object.values(childrenOf(parentKw)).filter((k) => existsIn(k, ctx.options.version));
      const elsewhere = keywordsNamed(word).filter((k) => existsIn(k, ctx.options.version));
      let message: string;
      const suggestions = closest(word, siblings.map((k) => k.name));
      if (word === '}') {
        message = msg().closeBraceUnknownKeyword(here);
      } else if (elsewhere.length) {
        const places = [...new Set(elsewhere.map((k) => (k.parentPath.length ? k.parentPath.join(' > ') : msg().topLevelElsewhere())))];
        message = msg().keywordBelongsElsewhere(word, here, places.slice(0, 3).join(', '));
      } else {
        message = msg().unknownKeywordHere(word, here, (suggestions.length ? msg().keywordDidYouMean(suggestions.map((x) => `'${x}'`).join(msg().keywordDidYouMeanOr())) : ''));
      }
      ctx.report({ message, file: s.file, range: s.keyword.range, data: { suggestions, misplacedIn: elsewhere.map(pathString) } });
    }
  },
  fixes(diag, ctx) {
    const suggestions = (diag.data?.suggestions as string[] | undefined) ?? [];
    void ctx;
    return suggestions.map((s, i) => ({
      title: msg().changeKeywordTo(s),
      isPreferred: i === 0 && suggestions.length === 1,
      edits: [{ file: diag.file, range: diag.range, newText: s }],
    }));
  },
};

export const keywordTooNew: Rule = {
  code: 'keyword-too-new',
  blockLocal: true,
  severity: 'error',
  title: 'A keyword that exists only in a newer keepalived than the target version.',
  example: '# target 2.2\nvrrp_instance VI_1 {\n  no_virtual_ipaddress\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).notKnown) {
      if (s.status !== 'too-new') continue;
      ctx.report({
        message: msg().keywordTooNew(s.keyword.text, ctx.options.version, s.schema?.kind !== 'keyword' ? msg().blockContentsReadAsEnclosing() : ''),
        file: s.file,
        range: s.keyword.range,
      });
    }
  },
};
