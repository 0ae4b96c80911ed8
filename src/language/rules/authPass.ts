// VRRPv2 simple passwords are 8 bytes on the wire; keepalived cuts longer ones.
import { statementIndex } from '../statementIndex';
import { Rule } from './rule';

export const authPassTruncated: Rule = {
  code: 'auth-pass-truncated',
  severity: 'warning',
  title: 'An auth_pass longer than 8 characters, which keepalived truncates.',
  example: 'authentication {\n  auth_type PASS\n  auth_pass netology_secret\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).named('auth_pass')) {
      if (s.parent?.keyword.text !== 'authentication') continue;
      const pass = s.args[0];
      if (!pass || pass.text.length <= 8) continue;
      const effective = pass.text.slice(0, 8);
      ctx.report({
        message: `auth_pass is ${pass.text.length} characters; keepalived uses only the first 8 ('${effective}') and reports "Truncating auth_pass to 8 characters". Both directors still match if they truncate the same way, but the extra characters add no security.`,
        file: s.file,
        range: pass.range,
        data: { effective, quoted: pass.quoted },
      });
    }
  },
  fixes(diag) {
    const effective = String(diag.data?.effective ?? '');
    const text = diag.data?.quoted ? `"${effective}"` : effective;
    return [{ title: `Shorten to '${effective}' (what keepalived uses)`, isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: text }] }];
  },
};
