// Checks across statements: names, references, scripts, VRRP and LVS semantics.
import { Rule } from '../rule';

export const semanticRules: Rule[] = [];
