// Codes produced while reading and parsing (quotes, braces, includes, sequences), plus the
// lexical checks that need the tree. Reader/parser codes are declared here so that
// severities can be overridden and docs list them.
import { statementIndex } from '../statementIndex';
import { Rule } from './rule';
import { msg } from '../i18n';

/**
 * `nopreempt;` - keepalived has no statement separator, so the ';' makes the keyword unknown.
 * (Values ending in ';' are reported by the value rule semicolon-in-value.)
 */
export const keywordSemicolon: Rule = {
  code: 'keyword-semicolon',
  blockLocal: true,
  severity: 'error',
  title: "A keyword ending in ';', which keepalived does not know (';' ends nothing in keepalived.conf).",
  example: 'vrrp_instance VI_1 {\n  nopreempt;\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).notKnown) {
      const t = s.keyword;
      if (t.quoted || t.text.length < 2 || !t.text.endsWith(';')) continue;
      ctx.report({
        message: msg().keywordSemicolon(t.text),
        file: t.file,
        range: t.range,
      });
    }
  },
  fixes(diag) {
    const end = diag.range.end;
    return [{ title: msg().removeKeywordSemicolon(), isPreferred: true, edits: [{ file: diag.file, range: { start: { line: end.line, character: end.character - 1 }, end }, newText: '' }] }];
  },
};

/** `192.0.2.$n/24` - keepalived substitutes a plain $NAME only before a blank, ',', ')' or the line end. */
export const unsubstitutedDefinition: Rule = {
  code: 'unsubstituted-definition',
  blockLocal: true,
  severity: 'error',
  title: 'A $NAME that keepalived does not replace because of the character after it (write ${NAME}).',
  example: '$NET=192.0.2\nvirtual_ipaddress {\n  $NET.10/24\n}',
  fixes(diag) {
    const name = String(diag.data?.name ?? '');
    // Only where the reference is written in the file (not produced by another definition).
    if (!name || !diag.data?.literal) return [];
    return [{ title: msg().unsubstitutedDefinition(name), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: `\${${name}}` }] }];
  },
};

// All block-local: the reader's and parser's findings lie where the text is and name no other line.
export const syntaxRules: Rule[] = [
  { code: 'unterminated-quote', severity: 'error', blockLocal: true, title: 'A double quote is opened and never closed on its line; keepalived drops the quoted text.', example: 'router_id "lb1' },
  { code: 'line-too-long', severity: 'error', blockLocal: true, title: 'A line of 1023 bytes or more, which keepalived cuts (2.2) or drops (2.4).' },
  { code: 'nul-byte', severity: 'error', blockLocal: true, title: 'A line with a NUL byte, which keepalived cuts (2.2, then miscounts lines) or drops (2.4).' },
  { code: 'byte-order-mark', severity: 'error', blockLocal: true, title: 'A UTF-8 byte order mark at the start of the file, which keepalived reads as part of the first keyword.' },
  { code: 'trailing-backslash', severity: 'error', blockLocal: true, title: "A '\\' at the end of a line: keepalived does not continue lines (except $NAME= definitions).", example: 'vrrp_instance VI_1 {\n  interface eth0 \\\n}' },
  keywordSemicolon,
  unsubstitutedDefinition,
  { code: 'escaped-comment-char', severity: 'error', blockLocal: true, title: "A '\\#' or '\\!' outside global_defs: keepalived 2.2's VRRP/checker processes read it as a comment start.", example: 'vrrp_instance VI_1 {\n  authentication {\n    auth_pass ab\\#cd\n  }\n}' },
  { code: 'missing-open-brace', severity: 'error', blockLocal: true, title: "A block keyword not followed by '{'.", example: 'vrrp_instance VI_1\n  state MASTER' },
  { code: 'missing-close-brace', severity: 'error', blockLocal: true, title: "A '{' that is never closed with '}'.", example: 'vrrp_instance VI_1 {\n  state MASTER\n' },
  { code: 'extra-close-brace', severity: 'error', blockLocal: true, title: "A '}' when every '{' is already closed (keepalived: \"Extra '}' found\").", example: '}' },
  { code: 'stray-close-brace', severity: 'error', blockLocal: true, title: "A '}' whose block keepalived already closed earlier, read as an unknown top-level keyword.", example: 'vrrp_instance VI_1 {\n  bogus {\n  }\n}' },
  { code: 'unexpected-open-brace', severity: 'error', blockLocal: true, title: "A '{' where keepalived expects none (usually after an unknown keyword); keepalived ignores it.", example: 'vrrp_instance VI_1 {\n  bogus {\n  }\n}' },
  { code: 'block-closed-early', severity: 'error', blockLocal: true, title: "A '}' that closes the enclosing block because keepalived ignored an earlier '{'.", example: 'vrrp_instance VI_1 {\n  bogus {\n  }\n  priority 100\n}' },
  { code: 'misread-by-other-process', severity: 'warning', blockLocal: true, title: "A line that keepalived's other processes read as top-level configuration because braces are unbalanced inside a block they skip.", example: 'vrrp_instance VI_1 {\n  virtual_ipaddress\n    10.0.0.1\n  }\n  priority 100\n}' },
  { code: 'include-missing', severity: 'error', blockLocal: true, title: 'An included file that does not exist.', example: 'include /etc/keepalived/missing.conf' },
  { code: 'include-no-match', severity: 'warning', blockLocal: true, title: 'An include pattern that matches no file.', example: 'include conf.d/*.conf' },
  { code: 'include-not-regular', severity: 'error', blockLocal: true, title: 'An included path that is a directory, a device or an executable file.', example: 'include /dev/zero' },
  { code: 'include-cycle', severity: 'error', blockLocal: true, title: 'Files that include each other.', example: '# a.conf\ninclude a.conf' },
  { code: 'include-unreadable', severity: 'error', blockLocal: true, title: 'An included file that cannot be read.' },
  { code: 'undefined-definition', severity: 'warning', blockLocal: true, title: 'A $NAME or ${NAME} that no definition above provides; keepalived leaves it as text (the braces of ${NAME} then count as block braces).', example: 'vrrp_instance VI_1 {\n  interface $IF\n}' },
  { code: 'invalid-sequence', severity: 'error', blockLocal: true, title: 'A malformed ~SEQ(...) or ~LST(...) line.', example: '~SEQ(i, 5, 1, 1) vrrp_instance VI_$i { }' },
  { code: 'definition-parameters', severity: 'error', blockLocal: true, title: 'Wrong parameters to ${_ENV ...} or ${_RANDOM ...}.', example: 'router_id ${_ENV}' },
  { code: 'input-too-large', severity: 'error', blockLocal: true, title: 'The configuration expands to more lines than the checker reads.' },
];
