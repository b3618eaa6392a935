// Keeping decision letters: the PDF bytes as generated, their SHA-256, and when they were sent.
// Marking a letter sent locks its decision (a later change is then a new decision).
import { letterKindForOutcome } from '@renderer/domain/decisions/letter-kind';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { isoDateSchema } from '@renderer/domain/common';
import { LetterSchema, type Letter } from '@renderer/domain/letter';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { formatIsoDate } from '@renderer/domain/screening/format';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';

export interface SaveLetterInput {
  decisionId: string;
  language: LetterLanguage;
  /** The rendered PDF. */
  bytes: Uint8Array;
}

/** Stores a generated letter for a decision; its kind follows the decision's outcome. */
export async function saveDecisionLetter(ctx: ServiceContext, input: SaveLetterInput): Promise<Letter> {
  const language = parseOrThrow(letterLanguageSchema, input.language);
  // Hashing is WebCrypto, not Dexie: it must finish before the transaction opens.
  const sha256 = await sha256Hex(input.bytes);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.decisions, db.letters, db.changeLog, async () => {
    const decision = await db.decisions.get(input.decisionId);
    if (!decision) throw new EntityNotFoundError('decisions', input.decisionId);
    const row = parseRow(LetterSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: decision.id,
      kind: letterKindForOutcome(decision.outcome),
      language,
      sha256,
      bytes: input.bytes,
    });
    await addLogged(db, stamp, 'letters', row);
    return row;
  });
}

/** Records the date a letter went out and locks its decision. */
export async function markLetterSent(ctx: ServiceContext, letterId: string, sentDate: string): Promise<Letter> {
  const date = parseOrThrow(isoDateSchema, sentDate);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.decisions, db.letters, db.changeLog, async () => {
    const letter = await db.letters.get(letterId);
    if (!letter) throw new EntityNotFoundError('letters', letterId);
    if (letter.sentDate) {
      throw ValidationError.forField('sentDate', `Brevet er allerede markert som sendt ${formatIsoDate(letter.sentDate)}.`);
    }
    const decision = await db.decisions.get(letter.decisionId);
    if (!decision) throw new EntityNotFoundError('decisions', letter.decisionId);
    // A letter made before the decision was last changed tells the old decision.
    if (!decision.lockedAt && letter.createdAt < decision.updatedAt) {
      throw ValidationError.forField('', 'Vedtaket er endret etter at brevet ble laget. Lag brevet på nytt før det sendes.');
    }
    const sent: Letter = { ...letter, sentDate: date, updatedAt: stamp.at };
    await putLogged(db, stamp, 'letters', letter, sent);
    if (!decision.lockedAt) {
      await putLogged(db, stamp, 'decisions', decision, { ...decision, lockedAt: stamp.at, updatedAt: stamp.at });
    }
    return sent;
  });
}
