// Timeline events of an application's repayment claims (R13): the claim, its letter, each payment
// that came in, and the day it was settled.
import { remainingOre, settledDate } from '@renderer/domain/repayments/settlement';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import type { TimelineEvent, TimelineSource } from './types';

const BASIS: Record<string, string> = {
  ubrukte_midler: 'ubrukte midler',
  brudd_pa_vilkar: 'brukt i strid med vilkårene',
  feil_opplysninger: 'gitt på uriktige eller ufullstendige opplysninger',
};

export const repaymentEvents: TimelineSource = async (db, applicationId) => {
  return db.transaction('r', [db.decisions, db.repayments, db.letters], async () => {
    const decisionIds = (await db.decisions.where('applicationId').equals(applicationId).toArray()).map((d) => d.id);
    if (decisionIds.length === 0) return [];
    const claims = await db.repayments.where('decisionId').anyOf(decisionIds).toArray();
    const letters = await db.letters.bulkGet(claims.flatMap((c) => (c.letterId ? [c.letterId] : [])));
    const sentOf = new Map(letters.flatMap((l) => (l?.sentDate ? [[l.id, l.sentDate] as const] : [])));
    const events: TimelineEvent[] = [];
    for (const c of claims) {
      events.push({
        date: c.decidedAt,
        stage: 'tilbakebetaling',
        label: `Krav om tilbakebetaling: ${formatMoney(c.amountOre)}`,
        detail: `Grunnlag: ${BASIS[c.basis] ?? c.basis}. Frist ${formatDate(c.deadline)}. Vedtatt av ${c.decidedBy}`,
      });
      const sent = c.letterId ? sentOf.get(c.letterId) : undefined;
      if (sent) events.push({ date: sent, stage: 'tilbakebetaling', label: 'Brev med krav om tilbakebetaling sendt' });
      let paid = 0;
      for (const p of c.payments.toSorted((a, b) => a.date.localeCompare(b.date) || a.registeredAt.localeCompare(b.registeredAt))) {
        paid += p.amountOre;
        const left = Math.max(0, c.amountOre - paid);
        events.push({
          date: p.date,
          stage: 'tilbakebetaling',
          label: `Innbetalt ${formatMoney(p.amountOre)}`,
          detail: left > 0 ? `Igjen av kravet: ${formatMoney(left)}` : 'Hele kravet er betalt',
        });
      }
      if (c.withdrawn) {
        events.push({ date: c.withdrawn.date, stage: 'tilbakebetaling', label: `Kravet på ${formatMoney(c.amountOre)} er trukket`, detail: c.withdrawn.reason });
      }
      const settled = settledDate(c);
      if (settled && remainingOre(c) === 0) {
        events.push({ date: settled, stage: 'tilbakebetaling', label: `Kravet på ${formatMoney(c.amountOre)} er betalt i sin helhet` });
      }
    }
    return events;
  });
};
