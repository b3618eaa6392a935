// The formal screening: one result per rule R1–R8, in rule order. Pure: same input, same output.
import type { ScreeningRuleResult } from '../screening';
import { checkR5 } from './amounts';
import { checkR3, checkR4, checkR8 } from './content';
import { checkR6 } from './costs';
import { checkR1, checkR2, checkR7 } from './eligibility';
import type { ScreeningInput } from './types';

const CHECKS = [checkR1, checkR2, checkR3, checkR4, checkR5, checkR6, checkR7, checkR8] as const;

export function screenApplication(input: ScreeningInput): ScreeningRuleResult[] {
  return CHECKS.map((check) => check(input));
}
