// Releasing a grant's payment terms (R11): only once the acceptance is recorded, never for a lapsed
// grant, and only what the current decision grants beyond what earlier decisions already paid.
import { PaymentSchema, type Payment } from '@renderer/domain/payment';
import { grantTerms, paidTotalOre } from '@renderer/domain/payments/grant-terms';
import { resolveStamp, type ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { writeLoggedBatch } from '../logged-batch';
import { parseRow } from '../logged-write';
import { assertAwaitsAcceptance, grantCaseTables, loadGrantCase, type GrantCase } from '../acceptance/grant-case';

/** Norwegian reason the grant's terms may not be released, or null. */
export function releaseProblem(g: GrantCase): string | null {
  const title = `«${g.application.title}»`;
  if (g.acceptance?.status === 'bortfalt') return `Tilskuddet til ${title} har falt bort og kan ikke utbetales.`;
  if (g.acceptance?.status !== 'akseptert') {
    return `Aksepten av vilkårene for ${title} er ikke registrert. Terminene kan frigis først når aksepten er mottatt.`;
  }
  if (g.payments.some((p) => p.decisionId === g.decision.id)) return `Terminene for ${title} er allerede frigitt.`;
  return null;
}

/** The payment rows to add for an accepted grant; throws when they may not be released. */
export function planRelease(g: GrantCase, stamp: ChangeStamp, newId: () => string): Payment[] {
  assertAwaitsAcceptance(g);
  const problem = releaseProblem(g);
  if (problem) throw ValidationError.forField('', problem);
  const paidBefore = paidTotalOre(g.payments.filter((p) => p.decisionId !== g.decision.id));
  return grantTerms(g.decision.amountGrantedOre, g.call.rules, g.call.year, g.letterDate, paidBefore).map((term) =>
    parseRow(PaymentSchema, {
      id: newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: g.decision.id,
      callId: g.decision.callId,
      term: term.term,
      amountOre: term.amountOre,
      dueDate: term.dueDate,
    }),
  );
}

/** Releases the terms of an accepted grant whose terms are not yet released (e.g. a new decision). */
export async function releaseTerms(ctx: ServiceContext, decisionId: string): Promise<Payment[]> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const g = await loadGrantCase(db, decisionId);
    const rows = planRelease(g, stamp, ctx.newId);
    await writeLoggedBatch(db, stamp, rows.map((p) => ({ table: 'payments', before: undefined, after: p })));
    return rows;
  });
}
