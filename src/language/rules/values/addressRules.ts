// Rules reporting the address pass (itemSyntax.ts): addresses, prefixes, address options,
// routes and policy rules.
import { Position } from '../../types';
import { Rule } from '../rule';
import { replacementFix, reportFindings } from './findings';
import { itemFindings } from './itemSyntax';
import { msg } from '../../i18n';

function fromItems(code: string, severity: Rule['severity'], title: string, example: string, fixes?: Rule['fixes']): Rule {
  return {
    code,
    severity,
    title,
    example,
    blockLocal: true,
    check(ctx) {
      reportFindings(ctx, code, itemFindings(ctx.doc, ctx.options.version));
    },
    fixes,
  };
}

export const invalidAddress = fromItems('invalid-address', 'error', 'An IP address keepalived cannot parse (typos, missing octets, host names, %scope).', 'virtual_ipaddress {\n  192.168.1.300/24\n}');

export const invalidPrefix = fromItems('invalid-prefix', 'error', 'A bad /prefix (out of range, host bits set) or one that keepalived silently drops.', 'virtual_ipaddress {\n  192.168.1.100/33\n}', (diag) => replacementFix(diag));

export const invalidAddressOption = fromItems(
  'invalid-address-option',
  'error',
  'A wrong word in an address entry: unknown option, option without value, two addresses on one line.',
  'virtual_ipaddress { 10.0.0.1 10.0.0.2 }',
  (diag) => {
    if (!diag.data?.splitLine) return [];
    const prevEnd = diag.data.prevEnd as Position;
    const indent = ' '.repeat(Number(diag.data.indent ?? 4));
    return [{ title: msg().addressOnOwnLine(), isPreferred: true, edits: [{ file: diag.file, range: { start: prevEnd, end: diag.range.start }, newText: '\n' + indent }] }];
  },
);

export const invalidRoute = fromItems('invalid-route', 'error', 'A virtual_routes/static_routes entry keepalived rejects (unknown word, no destination, mixed families).', 'virtual_routes {\n  10.1.0.0/24 va 10.0.0.254\n}');

export const invalidRule = fromItems('invalid-rule', 'error', 'A virtual_rules/static_rules entry keepalived rejects (unknown option, no action, bad preference).', 'virtual_rules {\n  from 10.1.0.0/24 lookup\n}');

export const ruleWithoutPreference = fromItems('rule-without-preference', 'warning', 'A policy rule without a preference; keepalived picks one and warns that it is probably not what you want.', 'static_rules {\n  from 192.168.100.0/24 table 1\n}');

export const routeNotTracked = fromItems(
  'route-not-tracked',
  'warning',
  "A route without 'dev' that keepalived 2.2 cannot track (it says so at start-up).",
  'virtual_routes {\n  192.168.112.0/24 via 192.168.100.254\n}',
  (diag) => {
    const end = diag.data?.lineEnd as Position | undefined;
    if (!end) return [];
    return [{ title: msg().addNoTrack(), isPreferred: false, edits: [{ file: diag.file, range: { start: end, end }, newText: ` no_track` }] }];
  },
);
