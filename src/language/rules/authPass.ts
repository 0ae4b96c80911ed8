// VRRPv2 simple passwords are 8 bytes on the wire; keepalived cuts longer ones.
import { statementIndex } from '../statementIndex';
import { Rule } from './rule';
import { msg } from '../i18n';

export const authPassTruncated: Rule = {
  code: 'auth-pass-truncated',
  blockLocal: true,
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
        message: msg().authPassTruncated(pass.text.length, effective),
        file: s.file,
        range: pass.range,
        data: { effective, quoted: pass.quoted },
      });
    }
  },
  fixes(diag) {
    const effective = String(diag.data?.effective ?? '');
    const text = diag.data?.quoted ? `"${effective}"` : effective;
    return [{ title: msg().shortenAuthPass(effective), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: text }] }];
  },
};
