// A granted decision whose letter went out on a given day: what an appeal is registered against.
import { decideApplication, markLetterSent, saveDecisionLetter } from '@renderer/services/decisions';
import type { ServiceContext } from '@renderer/services/context';
import { seedApplication } from '../services/applications.fixtures';

export const LETTER_PDF = new TextEncoder().encode('%PDF-1.7 vedtaksbrev');

export async function seedSentDecision(ctx: ServiceContext, sentDate = '2020-03-16') {
  const seeded = await seedApplication(ctx);
  const decision = await decideApplication(ctx, {
    applicationId: seeded.applicationId,
    outcome: 'avslatt',
    justification: 'Tiltaket bidrar i mindre grad til målene enn de andre søknadene.',
  });
  const letter = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: LETTER_PDF });
  await markLetterSent(ctx, letter.id, sentDate);
  return { ...seeded, decisionId: decision.id, letterId: letter.id };
}

export const appealInput = (decisionId: string, patch: Record<string, unknown> = {}) => ({
  decisionId,
  receivedDate: '2020-04-06',
  appellant: 'Bergen Røde Kors v/ styreleder',
  request: 'Vi ber om at søknaden innvilges.',
  text: 'Vi mener kommunen har lagt for lite vekt på frivillig innsats.',
  signed: true,
  channel: 'e-post' as const,
  ...patch,
});
