// Value checks driven by the keyword table (numbers, ranges, enums, booleans, addresses, ...).
import { Rule } from '../rule';

export const valueRules: Rule[] = [];
