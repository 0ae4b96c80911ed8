import { msg } from '../../i18n';
// Message texts shared by several value rules.

/** keepalived aborts on a missing parameter: say so, and that nothing after it is checked. */
export function fatalMessage(what: string, kw: string): string {
  return msg().missingParameterStopsReading(what, kw);
}

export function crashMessage(what: string): string {
  return msg().missingParameterCrashes(what);
}
