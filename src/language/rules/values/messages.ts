import { msg } from '../../i18n';
// Message texts shared by several value rules.

/** keepalived aborts on a missing parameter: say so, and that nothing after it is checked. */
export function fatalMessage(what: string, kw: string): string {
  return msg().messages(what, kw);
}

export function crashMessage(what: string): string {
  return msg().messages2(what);
}
