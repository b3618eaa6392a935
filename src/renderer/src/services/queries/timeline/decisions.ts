// Timeline source: every decision, a new one naming that it replaces an earlier one.
import { DECISION_OUTCOME_LABELS, formatMoney, lowerFirst } from '@renderer/domain/vocabulary';
import type { TimelineSource } from './types';

export const decisionEvents: TimelineSource = async (db, applicationId) => {
  const decisions = await db.decisions.where('applicationId').equals(applicationId).toArray();
  return decisions.map((d) => ({
    date: d.decidedAt,
    stage: 'vedtatt',
    label: `${d.supersedesDecisionId ? 'Nytt vedtak' : 'Vedtak'}: ${lowerFirst(DECISION_OUTCOME_LABELS[d.outcome])}${d.amountGrantedOre > 0 ? `, ${formatMoney(d.amountGrantedOre)}` : ''}`,
    detail: `Fattet av ${d.decidedBy}`,
  }));
};
