// Timeline source: every decision, a new one naming that it replaces an earlier one.
import type { DecisionOutcome } from '@renderer/domain/decision';
import { formatKroner } from '@renderer/domain/screening/format';
import type { TimelineSource } from './types';

const OUTCOME: Record<DecisionOutcome, string> = {
  innvilget: 'innvilget',
  delvis_innvilget: 'delvis innvilget',
  avslatt: 'avslått',
  avvist: 'avvist',
};

export const decisionEvents: TimelineSource = async (db, applicationId) => {
  const decisions = await db.decisions.where('applicationId').equals(applicationId).toArray();
  return decisions.map((d) => ({
    date: d.decidedAt,
    stage: 'vedtatt',
    label: `${d.supersedesDecisionId ? 'Nytt vedtak' : 'Vedtak'}: ${OUTCOME[d.outcome]}${d.amountGrantedOre > 0 ? `, ${formatKroner(d.amountGrantedOre)}` : ''}`,
    detail: `Fattet av ${d.decidedBy}`,
  }));
};
