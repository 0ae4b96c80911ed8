// Codes produced while reading and parsing (quotes, braces, includes, sequences).
// They are declared here so that severities can be overridden and docs list them.
import { Rule } from './rule';

export const syntaxRules: Rule[] = [
  { code: 'unterminated-quote', severity: 'error', title: 'A double quote is opened and never closed on its line.', example: 'router_id "lb1' },
  { code: 'line-too-long', severity: 'error', title: 'A line longer than 1022 bytes, which keepalived cuts or drops.' },
  { code: 'nul-byte', severity: 'error', title: 'A line with NUL bytes, which keepalived drops.' },
  { code: 'missing-open-brace', severity: 'error', title: "A block keyword not followed by '{'.", example: 'vrrp_instance VI_1\n  state MASTER' },
  { code: 'missing-close-brace', severity: 'error', title: "A block that is never closed with '}'.", example: 'vrrp_instance VI_1 {\n  state MASTER\n' },
  { code: 'extra-close-brace', severity: 'error', title: "A '}' without a matching '{'.", example: '}' },
  { code: 'unexpected-open-brace', severity: 'error', title: "A '{' where keepalived expects none (usually after an unknown keyword); keepalived ignores it.", example: 'vrrp_instance VI_1 {\n  bogus {\n  }\n}' },
  { code: 'block-closed-early', severity: 'error', title: "A '}' that closes the enclosing block because keepalived ignored an earlier '{'.", example: 'vrrp_instance VI_1 {\n  bogus {\n  }\n  priority 100\n}' },
  { code: 'include-missing', severity: 'error', title: 'An included file that does not exist.', example: 'include /etc/keepalived/missing.conf' },
  { code: 'include-no-match', severity: 'warning', title: 'An include pattern that matches no file.', example: 'include conf.d/*.conf' },
  { code: 'include-not-regular', severity: 'error', title: 'An included path that is a directory, a device or an executable file.', example: 'include /dev/zero' },
  { code: 'include-cycle', severity: 'error', title: 'Files that include each other.', example: '# a.conf\ninclude a.conf' },
  { code: 'include-unreadable', severity: 'error', title: 'An included file that cannot be read.' },
  { code: 'invalid-sequence', severity: 'error', title: 'A malformed ~SEQ(...) or ~LST(...) line.', example: '~SEQ(i, 5, 1, 1) vrrp_instance VI_$i { }' },
  { code: 'definition-parameters', severity: 'error', title: 'Wrong parameters to ${_ENV ...} or ${_RANDOM ...}.', example: 'router_id ${_ENV}' },
  { code: 'input-too-large', severity: 'error', title: 'The configuration expands to more lines than the checker reads.' },
];
