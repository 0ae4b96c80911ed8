// `interface eth0;` names an interface "eth0;": keepalived has no statement separator, so a
// ';' copied from nginx or C style stays part of the word.
import { Statement } from '../../ast';
import { Token } from '../../types';
import { Rule } from '../rule';
import { knownStatements } from './shared';
import { msg } from '../../i18n';

/** A word that ends in ';' (outside quotes), which keepalived keeps as part of the value. */
export function endsWithSemicolon(t: Token): boolean {
  return !t.quoted && t.text.length > 1 && t.text.endsWith(';');
}

function wordsOf(s: Statement): Token[] {
  const kw = s.schema!;
  // Commands are re-read with their own quoting; a ';' there belongs to the shell.
  const args = kw.type === 'script' || kw.type === 'command' ? [] : s.args;
  return [...args, ...s.items.flatMap((i) => i.tokens)];
}

export const semicolonInValue: Rule = {
  code: 'semicolon-in-value',
  blockLocal: true,
  severity: 'error',
  title: "A value ending in ';' - keepalived has no statement separator, so the ';' becomes part of the value.",
  example: 'vrrp_instance VI_1 {\n  interface eth0;\n}',
  check(ctx) {
    for (const s of knownStatements(ctx.doc)) {
      // Most statements have no such word: look before building the word list.
      if (!s.args.some(endsWithSemicolon) && !s.items.some((i) => i.tokens.some(endsWithSemicolon))) continue;
      const words = wordsOf(s);
      for (let i = 0; i < words.length; i++) {
        const t = words[i];
        if (!endsWithSemicolon(t)) continue;
        const value = t.text.slice(0, -1);
        const next = words[i + 1];
        const sameLine = next && next.range.start.line === t.range.start.line && s.args.includes(next);
        const message = msg().semicolonInValue(t.text, describe(s, t), (sameLine ? msg().wordsAfterSemicolonAreArguments(s.keyword.text) : msg().removeSemicolonSentence()));
        const semi = { start: { line: t.range.end.line, character: t.range.end.character - 1 }, end: t.range.end };
        ctx.report({ message, file: t.file, range: t.range, data: { semicolon: semi, value } });
      }
    }
  },
  fixes(diag) {
    const semi = diag.data?.semicolon as typeof diag.range | undefined;
    if (!semi) return [];
    return [{ title: msg().removeSemicolon(), isPreferred: true, edits: [{ file: diag.file, range: semi, newText: '' }] }];
  },
};

function describe(s: Statement, t: Token): string {
  const kw = s.schema!;
  if (kw.type === 'ifname' || (s.items.length && /interface/.test(kw.name))) return msg().semicolonInterfaceNotFound(t.text);
  if (['uint', 'int', 'decimal', 'timer'].includes(kw.type ?? '') || /^[\d.]+;$/.test(t.text)) return msg().semicolonInvalidNumber();
  if (kw.type === 'enum') return msg().semicolonFallsBackToDefault();
  if (kw.kind === 'value_block' && /ip|address|route|rule|peer/.test(kw.name)) return msg().semicolonInvalidAddress();
  return msg().semicolonUsedLiterally(t.text);
}
