// What a grant obliges the grantee to (R12, R13): report and accounts, audit, use within the year.
import type { CallRules } from '../call';

/** At or above the threshold (100 000 kr in 2020) the accounts must be audited (R12). */
export function isAuditRequired(grantedOre: number, rules: Pick<CallRules, 'auditThresholdOre'>): boolean {
  return grantedOre > 0 && grantedOre >= rules.auditThresholdOre;
}

/** The call's due date for annual report and accounts (Oslo e.g. 1 February the next year). */
export function reportDueDate(rules: Pick<CallRules, 'reportDueDate'>): string {
  return rules.reportDueDate;
}
