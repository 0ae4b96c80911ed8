// One pass that reads every number the way keepalived does; the four number rules
// (invalid-number, negative-number, out-of-range, too-many-decimals) report from it.
import { ConfigDocument, Statement } from '../../ast';
import { KeepalivedVersion, KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Severity, Token } from '../../types';
import { Rule } from '../rule';
import { plainInRange, rangeText, readNumber } from './numberParsing';
import { KeywordNumber, numberSpecFor } from './numberSpecs';
import { numberItemSites } from './numberItems';
import { advertIntFindings } from './advertInt';
import { perDocument } from './shared';
import { endsWithSemicolon } from './semicolon';
import { reportFindings } from './findings';
import { itemFindings } from './itemSyntax';
import { msg } from '../../i18n';

export type NumberCode = 'invalid-number' | 'negative-number' | 'out-of-range' | 'too-many-decimals';

export interface NumberFinding {
  code: NumberCode;
  token: Token;
  message: string;
  severity?: Severity;
  /** Replacement text offered as a quick fix. */
  replacement?: string;
}

/** A number somewhere in the configuration and how to talk about it. */
export interface NumberSite {
  token: Token;
  spec: KeywordNumber;
  /** What the number is, for messages: `priority`, `the weight of track_script chk`. */
  subject: string;
  statement: Statement;
}

const UNIT_SUFFIX = /^([0-9]+(?:\.[0-9]*)?)(ms|s|sec|secs|seconds?|us|m|min)$/i;

function describeRange(spec: KeywordNumber): string {
  const shown = { ...spec, ...spec.shown };
  if (shown.kind === 'decimal' && shown.max === Infinity) return msg().atLeast(shown.min);
  const [low, high] = rangeText(shown).slice(1, -1).split(', ');
  return msg().between(low, high);
}

function consequence(site: NumberSite): string {
  if (site.spec.onReject) return site.spec.onReject;
  const def = site.statement.schema?.default;
  if (typeof def === 'number' || (typeof def === 'string' && def.length < 40)) return msg().ignoresKeepsDefault(def);
  return msg().numberIgnored();
}

function checkSite(site: NumberSite, out: NumberFinding[]): void {
  const { token, spec, subject } = site;
  // A trailing ';' is reported once, by semicolon-in-value.
  if (endsWithSemicolon(token)) return;
  const text = token.text;
  const r = readNumber(text, spec);
  // Nearly every number is fine: leave before building the messages' helpers.
  if (!r.problems.length && (!spec.replaced || !r.accepted || r.value === undefined || spec.replaced[r.value] === undefined)) return;
  const add = (f: Omit<NumberFinding, 'token'>) => out.push({ token, severity: spec.logOnly ? 'warning' : f.severity, ...f });
  const logNote = spec.logOnly ? msg().onlyLogged() : '';
  for (const p of r.problems) {
    switch (p.code) {
      case 'negative-number':
        add({ code: 'negative-number', message: msg().negativeNumber(subject, text, consequence(site), logNote) });
        break;
      case 'invalid-number': {
        const unit = UNIT_SUFFIX.exec(text);
        const whole = spec.kind !== 'decimal' && /^[0-9]+\.[0-9]+$/.test(text);
        let hint = '';
        let replacement: string | undefined;
        if (unit) {
          hint = msg().writeBareNumber(spec.kind === 'decimal' ? msg().ofSeconds() : '');
          if (/^s|sec/i.test(unit[2])) replacement = unit[1];
        } else if (whole) {
          hint = msg().wholeNumbersOnly();
          replacement = String(Math.round(Number(text)));
        }
        add({ code: 'invalid-number', message: msg().invalidNumber(subject, text, spec.kind === 'decimal' ? 'number' : msg().wholeNumber(), consequence(site), hint, logNote), replacement });
        break;
      }
      case 'out-of-range': {
        const clamp = r.value === undefined ? undefined : r.value < spec.min ? spec.min : spec.max;
        add({
          code: 'out-of-range',
          message: msg().numberOutOfRange(subject, describeRange(spec), text, consequence(site), logNote),
          replacement: clamp !== undefined && Number.isFinite(clamp) ? String(clamp) : undefined,
        });
        break;
      }
      case 'too-many-decimals':
        add({
          code: 'too-many-decimals',
          message: msg().numberTooManyDecimals(subject, spec.digits ?? 6, p.rounded, logNote),
          replacement: p.rounded,
        });
        break;
    }
  }
  const becomes = r.accepted && r.value !== undefined ? spec.replaced?.[r.value] : undefined;
  if (becomes !== undefined) {
    const why = r.value === 0 ? msg().acceptedForCompatibility() : msg().isNotAllowed();
    add({ code: 'out-of-range', message: msg().numberOutOfRangeReplaced(subject, text, why, becomes, logNote), replacement: String(becomes) });
  }
}

/** Per version, a test for keywords whose first argument is a number (a fixed function, so the index remembers its answer). */
const numericTests = new Map<KeepalivedVersion, (kw: KeywordSchema) => boolean>();

function isNumeric(version: KeepalivedVersion): (kw: KeywordSchema) => boolean {
  let test = numericTests.get(version);
  if (!test) numericTests.set(version, (test = (kw) => numberSpecFor(kw, version) !== undefined));
  return test;
}

function keywordSites(doc: ConfigDocument, version: KeepalivedVersion): NumberSite[] {
  const sites: NumberSite[] = [];
  for (const s of statementIndex(doc).where(isNumeric(version))) {
    const spec = numberSpecFor(s.schema!, version);
    const token = s.args[0];
    if (!spec || !token) continue;
    // Nearly every value is a plain number in range: checkSite would find nothing to say.
    if (plainInRange(token.text, spec) && spec.replaced?.[Number(token.text)] === undefined) continue;
    sites.push({ token, spec, subject: s.keyword.text, statement: s });
  }
  return sites;
}

export const numberFindings = perDocument((doc: ConfigDocument, version: KeepalivedVersion): NumberFinding[] => {
  const out: NumberFinding[] = [];
  for (const site of [...keywordSites(doc, version), ...numberItemSites(doc, version)]) checkSite(site, out);
  // Only when the value itself was read cleanly (otherwise it was reported above).
  const flagged = new Set(out.map((f) => f.token));
  out.push(...advertIntFindings(doc, version).filter((f) => !flagged.has(f.token)));
  return out;
});

/** A rule that reports the findings of one code from the shared number pass. */
export function numberRule(code: NumberCode, severity: Severity, title: string, example: string): Rule {
  return {
    code,
    severity,
    title,
    example,
    blockLocal: true,
    check(ctx) {
      for (const f of numberFindings(ctx.doc, ctx.options.version)) {
        if (f.code !== code) continue;
        ctx.report({ message: f.message, file: f.token.file, range: f.token.range, severity: f.severity, data: f.replacement !== undefined ? { replacement: f.replacement, quoted: f.token.quoted } : undefined });
      }
      // Numbers inside list entries that the address pass reads (group entries).
      reportFindings(ctx, code, itemFindings(ctx.doc, ctx.options.version));
    },
    fixes(diag) {
      const replacement = diag.data?.replacement;
      if (typeof replacement !== 'string') return [];
      return [{ title: msg().changeNumberTo(replacement), isPreferred: code === 'too-many-decimals', edits: [{ file: diag.file, range: diag.range, newText: replacement }] }];
    },
  };
}
