// Reminder letters (purring) for reports that have not come in: each letter is kept like the
// decision letters (bytes + SHA-256) under the grant's decision, dated and registered as sent the
// day it is made. Many letters are one transaction.
import { isoDateSchema } from '@renderer/domain/common';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { LetterSchema, type Letter } from '@renderer/domain/letter';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError } from '../errors';
import { addLogged, parseRow } from '../logged-write';
import { parseOrThrow } from '../validate';

export interface ReminderLetterInput {
  decisionId: string;
  bytes: Uint8Array;
}

export async function saveReminderLetters(
  ctx: ServiceContext,
  letters: readonly ReminderLetterInput[],
  language: LetterLanguage,
  letterDate: string,
): Promise<Letter[]> {
  const lang = parseOrThrow(letterLanguageSchema, language);
  const date = parseOrThrow(isoDateSchema, letterDate);
  const hashes = await Promise.all(letters.map((l) => sha256Hex(l.bytes)));
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.decisions, db.letters, db.changeLog, async () => {
    const decisions = await db.decisions.bulkGet(letters.map((l) => l.decisionId));
    const rows = letters.map((l, i) => {
      if (!decisions[i]) throw new EntityNotFoundError('decisions', l.decisionId);
      return parseRow(LetterSchema, {
        id: ctx.newId(),
        createdAt: stamp.at,
        updatedAt: stamp.at,
        decisionId: l.decisionId,
        kind: 'purring',
        language: lang,
        sentDate: date,
        sha256: hashes[i],
        bytes: l.bytes,
      });
    });
    for (const row of rows) await addLogged(db, stamp, 'letters', row);
    return rows;
  });
}
