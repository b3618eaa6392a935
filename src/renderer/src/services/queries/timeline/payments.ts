// Timeline source: payment terms paid (R11). Released but unpaid terms are plans, not events.
import { formatMoney } from '@renderer/domain/vocabulary/format';
import type { TimelineSource } from './types';

export const paymentEvents: TimelineSource = async (db, applicationId) => {
  const decisionIds = await db.decisions.where('applicationId').equals(applicationId).primaryKeys();
  const payments = await db.payments.where('decisionId').anyOf(decisionIds).toArray();
  // Same-day terms in term order; the merge keeps a source's order for equal dates and stages.
  payments.sort((a, b) => (a.paidDate ?? '').localeCompare(b.paidDate ?? '') || a.term - b.term);
  return payments.flatMap((p) =>
    p.paidDate ? [{ date: p.paidDate, stage: 'utbetalt' as const, label: `Utbetalt termin ${p.term}: ${formatMoney(p.amountOre)}` }] : [],
  );
};
