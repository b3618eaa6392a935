// Keeping decision letters: the PDF bytes as generated, their SHA-256, and when they were sent.
// Marking a letter sent locks its decision (a later change is then a new decision).
import { letterKindForOutcome } from '@renderer/domain/decisions/letter-kind';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { isoDateSchema } from '@renderer/domain/common';
import { LetterSchema, type Letter } from '@renderer/domain/letter';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { formatDate } from '@renderer/domain/vocabulary/format';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { writeLoggedBatch, type LoggedRowWrite } from '../logged-batch';
import { currentDecisions } from '@renderer/domain/current-decision';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import type { Decision } from '@renderer/domain/decision';
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
      throw ValidationError.forField('sentDate', `Brevet er allerede markert som sendt ${formatDate(letter.sentDate)}.`);
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

/** A decision letter made after the decision's last change: it tells the decision as it stands. */
function isCurrentLetter(letter: Pick<Letter, 'kind' | 'createdAt'>, decision: Pick<Decision, 'updatedAt' | 'lockedAt'>): boolean {
  return isDecisionLetterKind(letter.kind) && (Boolean(decision.lockedAt) || letter.createdAt >= decision.updatedAt);
}

/**
 * «Lag alle brev»: stores the letter only if the decision is current, not locked and has no
 * current letter yet, checked in the writing transaction; so a second run, or a run resumed
 * after an interruption, never makes a second letter. Returns null when the letter was not needed.
 */
export async function saveBatchLetter(ctx: ServiceContext, input: SaveLetterInput): Promise<Letter | null> {
  const [saved] = await saveBatchLetters(ctx, [input]);
  return saved ?? null;
}

/**
 * A group of «Lag alle brev» letters in one transaction and one batch write, each under the same
 * «made once» check as saveBatchLetter (read from the slim letter heads, never the PDFs). Returns,
 * for each input in order, the stored letter or null when it was not needed. A missing decision
 * fails the whole group: nothing of it is stored.
 */
export async function saveBatchLetters(ctx: ServiceContext, inputs: readonly SaveLetterInput[]): Promise<(Letter | null)[]> {
  if (inputs.length === 0) return [];
  const languages = inputs.map((input) => parseOrThrow(letterLanguageSchema, input.language));
  // Hashing is WebCrypto, not Dexie: it must finish before the transaction opens.
  const hashes = await Promise.all(inputs.map((input) => sha256Hex(input.bytes)));
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [db.decisions, db.letters, db.letterHeads, db.changeLog], async () => {
    const ids = inputs.map((input) => input.decisionId);
    const found = await db.decisions.bulkGet(ids);
    const decisions = found.map((decision, i) => {
      if (!decision) throw new EntityNotFoundError('decisions', ids[i]!);
      return decision;
    });
    const siblings = await db.decisions.where('applicationId').anyOf([...new Set(decisions.map((d) => d.applicationId))]).toArray();
    const current = currentDecisions(siblings);
    const heads = await db.letterHeads.where('decisionId').anyOf([...new Set(ids)]).toArray();
    const hasLetter = new Set(heads.filter((h) => isCurrentLetter(h, decisions[ids.indexOf(h.decisionId)]!)).map((h) => h.decisionId));
    const writes: LoggedRowWrite[] = [];
    const saved = decisions.map((decision, i): Letter | null => {
      if (decision.lockedAt) return null;
      if (current.get(decision.applicationId)?.id !== decision.id) return null;
      if (hasLetter.has(decision.id)) return null;
      hasLetter.add(decision.id); // the same decision twice in one group: the first letter counts
      const row = parseRow(LetterSchema, {
        id: ctx.newId(),
        createdAt: stamp.at,
        updatedAt: stamp.at,
        decisionId: decision.id,
        kind: letterKindForOutcome(decision.outcome),
        language: languages[i],
        sha256: hashes[i],
        bytes: inputs[i]!.bytes,
      });
      writes.push({ table: 'letters', before: undefined, after: row });
      return row;
    });
    await writeLoggedBatch(db, stamp, writes);
    return saved;
  });
}

export interface MarkManySentResult {
  sent: Letter[];
  /** Letters left as they were, with why (already sent, made before the decision changed, …). */
  skipped: { letterId: string; message: string }[];
}

/**
 * Marks many letters sent on one date and locks their decisions, in one transaction and one
 * batch write. A letter already sent, or made before its decision last changed, is skipped.
 */
export async function markLettersSent(ctx: ServiceContext, letterIds: readonly string[], sentDate: string): Promise<MarkManySentResult> {
  const date = parseOrThrow(isoDateSchema, sentDate);
  const ids = [...new Set(letterIds)];
  if (ids.length === 0) throw ValidationError.forField('', 'Velg minst ett brev.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.decisions, db.letters, db.changeLog, async () => {
    const letters = await db.letters.bulkGet(ids);
    const decisions = await db.decisions.bulkGet(letters.map((l) => l?.decisionId ?? ''));
    const result: MarkManySentResult = { sent: [], skipped: [] };
    const writes: LoggedRowWrite[] = [];
    const locked = new Set<string>();
    letters.forEach((letter, i) => {
      const decision = decisions[i];
      if (!letter || !decision) throw new EntityNotFoundError('letters', ids[i]!);
      if (letter.sentDate) {
        result.skipped.push({ letterId: letter.id, message: `Brevet er allerede markert som sendt ${formatDate(letter.sentDate)}.` });
        return;
      }
      if (!decision.lockedAt && letter.createdAt < decision.updatedAt) {
        result.skipped.push({ letterId: letter.id, message: 'Vedtaket er endret etter at brevet ble laget. Lag brevet på nytt før det sendes.' });
        return;
      }
      const sent: Letter = { ...letter, sentDate: date, updatedAt: stamp.at };
      writes.push({ table: 'letters', before: letter, after: sent });
      result.sent.push(sent);
      if (!decision.lockedAt && !locked.has(decision.id)) {
        locked.add(decision.id);
        writes.push({ table: 'decisions', before: decision, after: { ...decision, lockedAt: stamp.at, updatedAt: stamp.at } });
      }
    });
    await writeLoggedBatch(db, stamp, writes);
    return result;
  });
}
