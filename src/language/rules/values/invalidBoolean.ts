// Boolean keywords take exactly true/on/yes or false/off/no (lower case) or nothing (= true).
// Two traps: `skip_check_adv_addr false` still enables the option, and in keepalived 2.2
// `vrrp_strict no` / `vrrp_skip_check_adv_addr no` in global_defs ignore the word and enable it.
import { Rule } from '../rule';
import { Position } from '../../types';
import { replacementFix } from './findings';
import { statementRemoval } from './edits';
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { schemaPath } from './shared';
import { endsWithSemicolon } from './semicolon';
import { msg } from '../../i18n';

const TRUE_WORDS = ['true', 'on', 'yes'];
const FALSE_WORDS = ['false', 'off', 'no'];

/** What a near-miss most likely meant. */
function intended(word: string): string | undefined {
  const w = word.toLowerCase();
  if (TRUE_WORDS.includes(w) || ['1', 'enable', 'enabled', 'y'].includes(w)) return TRUE_WORDS.includes(w) ? w : 'true';
  if (FALSE_WORDS.includes(w) || ['0', 'disable', 'disabled', 'n'].includes(w)) return FALSE_WORDS.includes(w) ? w : 'false';
  return undefined;
}

/** Handlers that switch the option on whatever valid word follows (2.2: global ones take no word at all). */
function alwaysEnables(path: string, version: string): 'any-valid' | 'any' | undefined {
  if (path === 'vrrp_instance/skip_check_adv_addr') return 'any-valid';
  if (version === '2.2' && (path === 'global_defs/vrrp_strict' || path === 'global_defs/vrrp_skip_check_adv_addr')) return 'any';
  return undefined;
}

function isBool(kw: KeywordSchema): boolean {
  return kw.type === 'bool';
}

/** Keywords for which alwaysEnables answers in some version. */
function mayAlwaysEnable(kw: KeywordSchema): boolean {
  const path = schemaPath(kw);
  return alwaysEnables(path, '2.2') !== undefined || alwaysEnables(path, '2.4') !== undefined;
}

export const invalidBoolean: Rule = {
  code: 'invalid-boolean',
  blockLocal: true,
  severity: 'error',
  title: 'A yes/no keyword with a word other than true/on/yes/false/off/no (exact lower case).',
  example: 'global_defs {\n  smtp_alert True\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isBool)) {
      const kw = s.schema!;
      const arg = s.args[0];
      if (!arg || endsWithSemicolon(arg)) continue;
      if (alwaysEnables(schemaPath(kw), ctx.options.version) === 'any') continue;
      if (TRUE_WORDS.includes(arg.text) || FALSE_WORDS.includes(arg.text)) continue;
      const fix = intended(arg.text);
      ctx.report({
        message: msg().invalidBoolean(arg.text, kw.name, (fix ? msg().booleanDidYouMean(fix) : '')),
        file: arg.file,
        range: arg.range,
        data: fix ? { replacement: fix } : undefined,
      });
    }
  },
  fixes: (diag) => replacementFix(diag),
};

export const falseStillEnables: Rule = {
  code: 'false-still-enables',
  blockLocal: true,
  severity: 'warning',
  title: 'A "false" word that keepalived ignores: the option is switched on anyway.',
  example: 'vrrp_instance VI_1 {\n  skip_check_adv_addr false\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(mayAlwaysEnable)) {
      const kw = s.schema!;
      const arg = s.args[0];
      if (!arg) continue;
      const mode = alwaysEnables(schemaPath(kw), ctx.options.version);
      if (!mode) continue;
      if (mode === 'any-valid' && !FALSE_WORDS.includes(arg.text)) continue;
      if (mode === 'any' && TRUE_WORDS.includes(arg.text)) continue;
      const removal = { start: s.keyword.range.start, end: s.range.end };
      const message =
        mode === 'any-valid'
          ? msg().falseStillEnables(kw.name, kw.name, arg.text)
          : msg().flagTakesNoValueIn22(kw.name, arg.text);
      ctx.report({ message, file: arg.file, range: arg.range, data: { removeFrom: removal.start, removeTo: removal.end } });
    }
  },
  fixes(diag, ctx) {
    const from = diag.data?.removeFrom as Position | undefined;
    const to = diag.data?.removeTo as Position | undefined;
    if (!from || !to) return [];
    return [{ title: msg().removeLineLeaveOff(), isPreferred: true, edits: [{ file: diag.file, range: statementRemoval(ctx.files.get(diag.file), from, to), newText: '' }] }];
  },
};
