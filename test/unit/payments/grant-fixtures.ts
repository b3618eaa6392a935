// A grant whose decision letter is sent, through the services: the start of every payment test.
import { decideApplication, markLetterSent, saveDecisionLetter } from '@renderer/services/decisions';
import type { ServiceContext } from '@renderer/services/context';
import { seedApplication } from '../services/applications.fixtures';

export const LETTER_PDF = new TextEncoder().encode('%PDF-1.7 vedtaksbrev');
/** The letter is made at the test clock's day (2020-03-01) and sent the same day. */
export const SENT = '2020-03-01';
/** Three weeks after the letter's date: the acceptance deadline the letter states. */
export const DEADLINE = '2020-03-22';

export async function seedSentGrant(ctx: ServiceContext, amountAppliedOre = 40_000_00) {
  const seeded = await seedApplication(ctx, { amountAppliedOre });
  const decision = await decideApplication(ctx, { applicationId: seeded.applicationId, outcome: 'innvilget' });
  const letter = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: LETTER_PDF });
  await markLetterSent(ctx, letter.id, SENT);
  return { ...seeded, decisionId: decision.id };
}
