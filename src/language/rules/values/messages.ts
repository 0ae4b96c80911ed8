// Message texts shared by several value rules.

/** keepalived aborts on a missing parameter: say so, and that nothing after it is checked. */
export function fatalMessage(what: string, kw: string): string {
  return `${what}; keepalived stops reading the configuration here ("Configuration line starting \`${kw}\` is missing a parameter") and exits with status 2, so nothing after this line is checked by keepalived.`;
}

export function crashMessage(what: string): string {
  return `${what}; keepalived crashes on this (segmentation fault) instead of reporting it.`;
}
