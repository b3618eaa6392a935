// Keeping acceptance reminders (aksept_purring): the PDF as made, with its SHA-256, on the decision.
// Only for a grant still waiting for acceptance: an accepted or lapsed grant gets no reminder.
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { LetterSchema, type Letter } from '@renderer/domain/letter';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { addLogged, parseRow } from '../logged-write';
import { parseOrThrow } from '../validate';
import { assertAwaitsAcceptance, grantCaseTables, loadGrantCase } from './grant-case';

export interface SaveReminderInput {
  decisionId: string;
  language: LetterLanguage;
  bytes: Uint8Array;
}

export async function saveAcceptanceReminder(ctx: ServiceContext, input: SaveReminderInput): Promise<Letter> {
  const language = parseOrThrow(letterLanguageSchema, input.language);
  const sha256 = await sha256Hex(input.bytes);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantCaseTables(db), db.changeLog], async () => {
    const g = await loadGrantCase(db, input.decisionId);
    assertAwaitsAcceptance(g);
    if (g.acceptance) {
      throw ValidationError.forField('', `Tilskuddet til «${g.application.title}» er allerede ${g.acceptance.status === 'akseptert' ? 'akseptert' : 'bortfalt'}; det trengs ingen purring.`);
    }
    const row = parseRow(LetterSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: g.decision.id,
      kind: 'aksept_purring',
      language,
      sha256,
      bytes: input.bytes,
    });
    await addLogged(db, stamp, 'letters', row);
    return row;
  });
}
