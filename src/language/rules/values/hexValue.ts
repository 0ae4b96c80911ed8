// Hex strings: HTTP_GET/SSL_GET digest (an MD5 sum, 32 hex digits) and UDP_CHECK payload / require_reply.
import { Token } from '../../types';
import { Rule } from '../rule';
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { schemaPath, spanOf } from './shared';
import { msg } from '../../i18n';

/** keepalived's hex reader: pairs of hex digits, blanks between bytes; x/X as wildcard nibbles when allowed. */
export function hexProblem(text: string, wildcards: boolean): string | undefined {
  const digit = wildcards ? /[0-9a-fA-FxX]/ : /[0-9a-fA-F]/;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    if (text[i] === ' ' || text[i] === '\t') {
      i++;
      continue;
    }
    if (!digit.test(text[i])) return msg().notHexDigitFirst(text[i]);
    i++;
    if (i < text.length && text[i] !== ' ') {
      if (!digit.test(text[i])) return msg().notHexDigitSecond(text[i]);
      i++;
    }
    bytes++;
  }
  return bytes === 0 ? msg().itIsEmpty() : undefined;
}

function isHexKeyword(kw: KeywordSchema): boolean {
  return /\/url\/digest$|\/UDP_CHECK\/(payload|require_reply)$/.test(schemaPath(kw));
}

export const invalidHex: Rule = {
  code: 'invalid-hex',
  blockLocal: true,
  severity: 'error',
  title: 'A digest or UDP payload that is not a valid hex string.',
  example: 'url {\n  path /\n  digest 9b3a0c85a887a256d6939da88aabd8cd0\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isHexKeyword)) {
      const path = schemaPath(s.schema!);
      if (!s.args.length) continue;
      if (/\/url\/digest$/.test(path)) {
        const t: Token = s.args[0];
        const bad = /[^0-9a-fA-F]/.exec(t.text);
        if (bad) ctx.report({ message: msg().invalidHex(bad[0]), file: t.file, range: t.range });
        else if (t.text.length !== 32) ctx.report({ message: msg().digestWrongLength(t.text.length), file: t.file, range: t.range });
      } else if (/\/UDP_CHECK\/(payload|require_reply)$/.test(path)) {
        const text = s.args.map((a) => a.text).join(' ');
        const problem = hexProblem(text, path.endsWith('require_reply'));
        if (problem) ctx.report({ message: msg().invalidHexString(s.keyword.text, problem), file: s.file, range: spanOf(s.args) });
      }
    }
  },
};
