// Acceptance of the conditions (R11): record it (which releases the grant's payment terms in the
// same transaction), or record that the grant lapsed (bortfalt), which frees its amount in the frame.
import { acceptanceChannelSchema, AcceptanceSchema, type Acceptance, type AcceptanceChannel } from '@renderer/domain/acceptance';
import { isoDateSchema } from '@renderer/domain/common';
import { effectiveAcceptanceDeadline } from '@renderer/domain/payments/acceptance-state';
import { formatDate } from '@renderer/domain/vocabulary/format';
import type { Payment } from '@renderer/domain/payment';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { writeLoggedBatch, type LoggedRowWrite } from '../logged-batch';
import { addLogged, parseRow } from '../logged-write';
import { parseOrThrow } from '../validate';
import { assertAwaitsAcceptance, grantCaseTables, loadGrantCase } from './grant-case';
import { planRelease } from '../payments/release';

export interface RecordAcceptanceInput {
  decisionId: string;
  receivedDate: string;
  channel: AcceptanceChannel;
  note?: string;
}

export interface RecordedAcceptance {
  acceptance: Acceptance;
  released: Payment[];
}

/** Records the grantee's acceptance and releases the grant's payment terms, all in one transaction. */
export async function recordAcceptance(ctx: ServiceContext, input: RecordAcceptanceInput): Promise<RecordedAcceptance> {
  const receivedDate = parseOrThrow(isoDateSchema, input.receivedDate);
  const channel = parseOrThrow(acceptanceChannelSchema, input.channel);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const g = await loadGrantCase(db, input.decisionId);
    assertAwaitsAcceptance(g);
    if (g.acceptance?.status === 'akseptert') {
      throw ValidationError.forField('receivedDate', `Aksepten for «${g.application.title}» er allerede registrert (${formatDate(g.acceptance.receivedDate ?? '')}).`);
    }
    if (g.acceptance?.status === 'bortfalt') {
      throw ValidationError.forField('', `Tilskuddet til «${g.application.title}» er registrert som bortfalt og kan ikke aksepteres.`);
    }
    const sent = g.sentLetter.sentDate ?? g.letterDate;
    if (receivedDate < sent) {
      throw ValidationError.forField('receivedDate', `Aksepten kan ikke ha kommet før vedtaksbrevet ble sendt (${formatDate(sent)}).`);
    }
    const acceptance = parseRow(AcceptanceSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: g.decision.id,
      status: 'akseptert',
      receivedDate,
      channel,
      note: input.note?.trim() || undefined,
    });
    const released = planRelease({ ...g, acceptance }, stamp, ctx.newId);
    await writeLoggedBatch(db, stamp, [
      { table: 'acceptances', before: undefined, after: acceptance },
      ...released.map((p): LoggedRowWrite => ({ table: 'payments', before: undefined, after: p })),
    ]);
    return { acceptance, released };
  });
}

export interface RecordLapseInput {
  decisionIds: readonly string[];
  lapsedDate: string;
  note?: string;
}

/**
 * Records that grants lapsed because no acceptance came by the letter's deadline. Every grant is
 * checked first; one that is accepted, not yet overdue or already paid stops them all.
 */
export async function recordLapse(ctx: ServiceContext, input: RecordLapseInput): Promise<Acceptance[]> {
  const lapsedDate = parseOrThrow(isoDateSchema, input.lapsedDate);
  const ids = [...new Set(input.decisionIds)];
  if (ids.length === 0) throw ValidationError.forField('', 'Velg minst ett tilskudd.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const out: Acceptance[] = [];
    for (const id of ids) {
      const g = await loadGrantCase(db, id);
      assertAwaitsAcceptance(g);
      const title = `«${g.application.title}»`;
      if (g.acceptance) {
        throw ValidationError.forField('', `Tilskuddet til ${title} er allerede ${g.acceptance.status === 'akseptert' ? 'akseptert' : 'registrert som bortfalt'}.`);
      }
      const deadline = effectiveAcceptanceDeadline(g.letterDate, g.reminderDates);
      if (lapsedDate <= deadline) {
        throw ValidationError.forField('lapsedDate', `Fristen for aksept for ${title} går ut ${formatDate(deadline)}. Tilskuddet kan først falle bort etter fristen.`);
      }
      const row = parseRow(AcceptanceSchema, {
        id: ctx.newId(),
        createdAt: stamp.at,
        updatedAt: stamp.at,
        decisionId: g.decision.id,
        status: 'bortfalt',
        lapsedDate,
        note: input.note?.trim() || undefined,
      });
      await addLogged(db, stamp, 'acceptances', row);
      out.push(row);
    }
    return out;
  });
}
