// smtp_server takes an IP address or a host name, resolved with getaddrinfo(): numeric IPv4 in
// any inet_aton form (127.1, 0x7f000001), IPv6 with an optional %scope, else a name looked up in
// /etc/hosts or DNS. Anything else ("192.0.2.1/24", "[2001:db8::1]", "192.0.2.300") fails and
// keepalived reports "Invalid smtp server ADDR PORT" and ignores the line. A name that does not
// resolve depends on the host running keepalived, so only words that cannot be a name are flagged.
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Rule } from '../rule';
import { replacementFix } from './findings';
import { isIPv6 } from './ipAddress';
import { endsWithSemicolon } from './semicolon';
import { schemaPath } from './shared';
import { msg } from '../../i18n';

/** glibc's inet_aton: 1-4 dot-separated parts, each decimal, 0-octal or 0x-hex, the last one filling the rest. */
export function isInetAton(text: string): boolean {
  const parts = text.split('.');
  if (parts.length > 4) return false;
  const values: number[] = [];
  for (const p of parts) {
    let v: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) v = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(p)) v = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) v = Number(p);
    else return false;
    values.push(v);
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255)) return false;
  return last <= 2 ** (8 * (4 - values.length)) - 1;
}

interface Problem {
  why: string;
  /** The address without the part keepalived cannot read, when that is the obvious fix. */
  replacement?: string;
}

function problemOf(text: string): Problem | undefined {
  if (text.startsWith('[')) {
    const inner = text.replace(/^\[([^\]]*)\].*$/, '$1');
    return { why: msg().hasBrackets(), replacement: inner !== text && isIPv6(inner) ? inner : undefined };
  }
  if (text.includes('/')) {
    const addr = text.slice(0, text.indexOf('/'));
    return { why: msg().hasPrefix(), replacement: isInetAton(addr) || isIPv6(addr) ? addr : undefined };
  }
  if (text.includes(':')) {
    // The %scope names an interface of the host: only the address part is checked here.
    const addr = text.split('%')[0];
    return isIPv6(addr) ? undefined : { why: msg().notValidIpv6() };
  }
  const v4 = /^[0-9.]+(?=[-%]|$)/.exec(text)?.[0];
  if (v4 === undefined) return undefined; // a host name: whether it resolves depends on the host
  if (text.length > v4.length) {
    const why = text[v4.length] === '-' ? msg().hasRange() : msg().hasScope();
    return { why, replacement: isInetAton(v4) ? v4 : undefined };
  }
  return isInetAton(text) ? undefined : { why: msg().notValidIpv4() };
}

const isSmtpServer = (kw: KeywordSchema) => schemaPath(kw) === 'global_defs/smtp_server';

export const invalidSmtpServer = {
  code: 'invalid-smtp-server',
  severity: 'error',
  title: 'An smtp_server that is neither an IP address nor a host name (a /prefix, [brackets], a bad address).',
  example: 'global_defs {\n  smtp_server 192.0.2.25/24\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isSmtpServer)) {
      const t = s.args[0];
      // A trailing ';' is reported by semicolon-in-value.
      if (!t || endsWithSemicolon(t)) continue;
      const p = problemOf(t.text);
      if (!p) continue;
      const port = s.args[1]?.text ?? '25';
      ctx.report({
        message: msg().invalidSmtpServer(t.text, p.why, t.text, port),
        file: t.file,
        range: t.range,
        data: p.replacement ? { replacement: p.replacement, original: t.text } : undefined,
      });
    }
  },
  fixes: (diag) => replacementFix(diag),
} satisfies Rule;
