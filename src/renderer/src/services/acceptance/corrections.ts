// Correcting the officer's mistakes in acceptance (R11): an acceptance can be corrected, or undone
// while nothing of the grant is paid (the released, unpaid terms go with it); a lapse can be undone
// when the freed amount still fits in the call's frame. Each is one logged transaction.
import { acceptanceChannelSchema, AcceptanceSchema, type Acceptance, type AcceptanceChannel } from '@renderer/domain/acceptance';
import { isoDateSchema } from '@renderer/domain/common';
import { frameProblem } from '@renderer/domain/decisions/frame-check';
import { formatDate } from '@renderer/domain/vocabulary/format';
import { appendChangeLog, resolveStamp } from '../change-log';
import { appendChangeLogBatch } from '../change-log-batch';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';
import { grantCaseTables, loadGrantCase, type GrantCase } from './grant-case';
import { lapsedDecisionIds } from './lapsed';

export interface CorrectAcceptanceInput {
  decisionId: string;
  receivedDate: string;
  channel: AcceptanceChannel;
  note?: string;
}

function acceptedOf(g: GrantCase): Acceptance {
  if (g.acceptance?.status !== 'akseptert') {
    throw ValidationError.forField('', `Det er ingen registrert aksept for «${g.application.title}» å rette eller angre.`);
  }
  return g.acceptance;
}

/** Corrects the date, channel and note of a recorded acceptance. */
export async function correctAcceptance(ctx: ServiceContext, input: CorrectAcceptanceInput): Promise<Acceptance> {
  const receivedDate = parseOrThrow(isoDateSchema, input.receivedDate);
  const channel = parseOrThrow(acceptanceChannelSchema, input.channel);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const g = await loadGrantCase(db, input.decisionId);
    const before = acceptedOf(g);
    const sent = g.sentLetter?.sentDate ?? g.letterDate;
    if (sent && receivedDate < sent) {
      throw ValidationError.forField('receivedDate', `Aksepten kan ikke ha kommet før vedtaksbrevet ble sendt (${formatDate(sent)}).`);
    }
    // A term paid before the corrected date would break the rule that payment waits for acceptance.
    const paidEarlier = g.payments.filter((p) => p.decisionId === g.decision.id && p.paidDate && p.paidDate < receivedDate);
    if (paidEarlier.length > 0) {
      const first = paidEarlier.map((p) => p.paidDate!).sort()[0]!;
      throw ValidationError.forField('receivedDate', `En termin ble utbetalt ${formatDate(first)}. Aksepten kan ikke ha kommet etter det.`);
    }
    const after = parseRow(AcceptanceSchema, { ...before, receivedDate, channel, note: input.note?.trim() || undefined, updatedAt: stamp.at });
    await putLogged(db, stamp, 'acceptances', before, after);
    return after;
  });
}

/**
 * Undoes a recorded acceptance: the grant waits for acceptance again and its released terms are
 * withdrawn. Refused once a term of the grant is paid.
 */
export async function undoAcceptance(ctx: ServiceContext, decisionId: string): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  await db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const g = await loadGrantCase(db, decisionId);
    const acceptance = acceptedOf(g);
    const own = g.payments.filter((p) => p.decisionId === g.decision.id);
    const paid = own.filter((p) => p.paidDate).sort((a, b) => a.term - b.term)[0];
    if (paid) {
      throw ValidationError.forField(
        '',
        `Aksepten for «${g.application.title}» kan ikke angres: termin ${paid.term} ble utbetalt ${formatDate(paid.paidDate!)}. ` +
          'Pengene er gått ut på grunnlag av aksepten; rett heller datoen, eller lag et krav om tilbakebetaling.',
      );
    }
    await db.payments.bulkDelete(own.map((p) => p.id));
    await db.acceptances.delete(acceptance.id);
    await appendChangeLogBatch(db, stamp, [
      ...own.map((p) => ({ entity: 'payments' as const, entityId: p.id, action: 'slettet' as const, before: p, after: null })),
      { entity: 'acceptances', entityId: acceptance.id, action: 'slettet', before: acceptance, after: null },
    ]);
  });
}

/**
 * Undoes a recorded lapse: the grant waits for acceptance again and its amount counts in the frame.
 * Refused when the freed amount has since been granted to others so the frame would be exceeded.
 */
export async function undoLapse(ctx: ServiceContext, decisionId: string): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  await db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const g = await loadGrantCase(db, decisionId);
    const title = `«${g.application.title}»`;
    if (g.acceptance?.status !== 'bortfalt') throw ValidationError.forField('', `Tilskuddet til ${title} er ikke registrert som bortfalt.`);
    if (!g.isCurrent) {
      throw ValidationError.forField('', `Vedtaket for ${title} er erstattet av et nytt vedtak, så bortfallet kan ikke angres.`);
    }
    const [applications, decisions] = await Promise.all([
      db.applications.where('callId').equals(g.call.id).toArray(),
      db.decisions.where('callId').equals(g.call.id).toArray(),
    ]);
    const lapsed = await lapsedDecisionIds(db, decisions.map((d) => d.id));
    lapsed.delete(g.decision.id);
    // "Before" counts the lapsed grant as nothing; "after" counts it again.
    const freed = decisions.map((d) => (d.id === g.decision.id ? { ...d, amountGrantedOre: 0, subGoalSplitOre: undefined } : d));
    const problem = frameProblem(g.call, applications, freed, decisions, [g.decision], lapsed);
    if (problem) {
      throw ValidationError.forField('', `Bortfallet for ${title} kan ikke angres, fordi beløpet er brukt i nye vedtak. ${problem}`);
    }
    await db.acceptances.delete(g.acceptance.id);
    await appendChangeLog(db, stamp, { entity: 'acceptances', entityId: g.acceptance.id, action: 'slettet', before: g.acceptance, after: null });
  });
}
