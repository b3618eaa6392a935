// Marking terms paid on a date: one bulk action, one transaction, one logged batch write
// (logged-batch.ts). All or nothing: a term that may not be paid stops the batch with its name.
import { isoDateSchema } from '@renderer/domain/common';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Payment } from '@renderer/domain/payment';
import { paidTotalOre } from '@renderer/domain/payments/grant-terms';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { resolveStamp } from '../change-log';
import { writeLoggedBatch } from '../logged-batch';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { parseOrThrow } from '../validate';

export async function markTermsPaid(ctx: ServiceContext, paymentIds: readonly string[], paidDate: string): Promise<Payment[]> {
  const date = parseOrThrow(isoDateSchema, paidDate);
  const ids = [...new Set(paymentIds)];
  if (ids.length === 0) throw ValidationError.forField('', 'Velg minst én termin.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [db.payments, db.decisions, db.applications, db.acceptances, db.changeLog], async () => {
    const found = await db.payments.bulkGet(ids);
    const missing = ids.find((_, i) => !found[i]);
    if (missing) throw ValidationError.forField('', `Fant ikke terminen ${missing}. Den kan være slettet i et annet vindu.`);
    const chosen = found as Payment[];

    // Shared data read once: the decisions of every application involved, their acceptances and payments.
    const ownDecisions = await db.decisions.bulkGet([...new Set(chosen.map((p) => p.decisionId))]);
    const applicationIds = [...new Set(ownDecisions.flatMap((d) => (d ? [d.applicationId] : [])))];
    const decisions = await db.decisions.where('applicationId').anyOf(applicationIds).toArray();
    const decisionById = new Map(decisions.map((d) => [d.id, d]));
    const current = currentDecisions(decisions);
    const acceptances = await db.acceptances.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
    const acceptanceOf = new Map(acceptances.map((a) => [a.decisionId, a]));
    const allPayments = await db.payments.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
    const applications = new Map((await db.applications.bulkGet(applicationIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])));

    const paidSoFar = new Map<string, number>();
    for (const p of allPayments) {
      const appId = decisionById.get(p.decisionId)?.applicationId ?? '';
      paidSoFar.set(appId, (paidSoFar.get(appId) ?? 0) + paidTotalOre([p]));
    }

    const updated: Payment[] = [];
    for (const p of chosen.toSorted((a, b) => a.term - b.term)) {
      const decision = decisionById.get(p.decisionId);
      const appId = decision?.applicationId ?? '';
      const name = `«${applications.get(appId)?.title ?? p.decisionId}», termin ${p.term}`;
      if (!decision) throw ValidationError.forField('', `${name}: fant ikke vedtaket.`);
      if (p.paidDate) throw ValidationError.forField('', `${name} er allerede utbetalt ${formatDate(p.paidDate)}.`);
      if (current.get(appId)?.id !== decision.id) {
        throw ValidationError.forField('', `${name}: vedtaket er erstattet av et nytt vedtak, så terminen kan ikke utbetales.`);
      }
      const acceptance = acceptanceOf.get(decision.id);
      if (acceptance?.status !== 'akseptert') {
        throw ValidationError.forField('', `${name}: aksepten av vilkårene er ikke registrert.`);
      }
      if (acceptance.receivedDate && date < acceptance.receivedDate) {
        throw ValidationError.forField('paidDate', `${name}: utbetalingsdatoen kan ikke være før aksepten kom (${formatDate(acceptance.receivedDate)}).`);
      }
      const total = (paidSoFar.get(appId) ?? 0) + p.amountOre;
      if (total > decision.amountGrantedOre) {
        throw ValidationError.forField(
          '',
          `${name}: da ville ${formatMoney(total)} være utbetalt, mer enn innvilget beløp ${formatMoney(decision.amountGrantedOre)}.`,
        );
      }
      paidSoFar.set(appId, total);
      updated.push({ ...p, paidDate: date, updatedAt: stamp.at });
    }
    const beforeById = new Map(chosen.map((p) => [p.id, p]));
    await writeLoggedBatch(db, stamp, updated.map((after) => ({ table: 'payments', before: beforeById.get(after.id)!, after, action: 'endret' })));
    return updated;
  });
}
