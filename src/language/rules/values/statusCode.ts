// HTTP_GET/SSL_GET url status_code: codes or ranges (200-299) between 100 and 599.
import { Rule } from '../rule';
import { replacementFix } from './findings';
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { schemaPath } from './shared';
import { msg } from '../../i18n';

/** Reads one status_code word like keepalived: a code or a FROM-TO range, both 100-599, FROM <= TO. */
export function statusCodeValid(word: string): boolean {
  const m = /^[ \t]*\+?(\d+)(?:-[ \t]*\+?(\d+))?$/.exec(word);
  if (!m) return false;
  const min = Number(m[1]);
  const max = m[2] !== undefined ? Number(m[2]) : min;
  return min >= 100 && max <= 599 && min <= max;
}

function isStatusCode(kw: KeywordSchema): boolean {
  return /\/url\/status_code$/.test(schemaPath(kw));
}

export const invalidStatusCode: Rule = {
  code: 'invalid-status-code',
  blockLocal: true,
  severity: 'error',
  title: 'An HTTP status code (or range) outside 100-599 in a url block.',
  example: 'url {\n  path /\n  status_code 2xx\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isStatusCode)) {
      for (const t of s.args) {
        if (statusCodeValid(t.text)) continue;
        const hint = /^[1-5]xx$/i.test(t.text) ? msg().statusRangeHint(t.text[0], t.text[0]) : '';
        ctx.report({
          message: msg().invalidStatusCodeValue(t.text, hint),
          file: t.file,
          range: t.range,
          data: hint ? { replacement: `${t.text[0]}00-${t.text[0]}99` } : undefined,
        });
      }
    }
  },
  fixes: (diag) => replacementFix(diag),
};
