// The registry of every diagnostic rule. Each rule lives in its own module.
import { Rule } from './rule';
import { syntaxRules } from './syntax';
import { unknownKeyword, keywordTooNew } from './unknownKeyword';
import { extraArguments } from './extraArguments';
import { authPassTruncated } from './authPass';
import { valueRules } from './values';
import { semanticRules } from './semantic';

export const RULES: readonly Rule[] = [
  ...syntaxRules,
  unknownKeyword,
  keywordTooNew,
  extraArguments,
  authPassTruncated,
  ...valueRules,
  ...semanticRules,
];

const byCode = new Map(RULES.map((r) => [r.code, r]));

export function ruleFor(code: string): Rule | undefined {
  return byCode.get(code);
}
