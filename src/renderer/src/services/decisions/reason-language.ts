// Giving a decision its reasons in the other written language, e.g. the nynorsk text a nynorsk
// letter needs. Only while the decision is open: once its letter is sent, it is final.
import { DecisionSchema, type Decision } from '@renderer/domain/decision';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';

export async function setDecisionReason(
  ctx: ServiceContext,
  decisionId: string,
  language: LetterLanguage,
  text: string,
): Promise<Decision> {
  const lang = parseOrThrow(letterLanguageSchema, language);
  const value = text.trim();
  if (!value) {
    throw ValidationError.forField(
      lang === 'nn' ? 'justificationNn' : 'justification',
      `Skriv begrunnelsen på ${lang === 'nn' ? 'nynorsk' : 'bokmål'}`,
    );
  }
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.decisions, db.changeLog, async () => {
    const before = await db.decisions.get(decisionId);
    if (!before) throw new EntityNotFoundError('decisions', decisionId);
    if (before.lockedAt) {
      throw ValidationError.forField('', 'Brevet om vedtaket er sendt, så vedtaket kan ikke endres. Endre vedtaket på saken.');
    }
    const after = parseRow(DecisionSchema, {
      ...before,
      ...(lang === 'nn' ? { justificationNn: value } : { justification: value }),
      updatedAt: stamp.at,
    });
    await putLogged(db, stamp, 'decisions', before, after);
    return after;
  });
}
