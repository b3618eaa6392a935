// Gathers what acceptance reminders need: the grants' organisations and the letterhead and letter
// texts stored in settings (the same as the decision letters use), for the chosen language.
import type { AppDatabase } from '@renderer/data/db';
import type { AcceptanceReminderInput } from '@renderer/documents/pdf/acceptance-reminder-letter';
import { acceptanceDeadline } from '@renderer/domain/decisions/deadlines';
import { effectiveLetterhead } from '@renderer/domain/decisions/letterhead';
import { effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import { SETTINGS_ID, type LetterLanguage } from '@renderer/domain/settings';
import type { GrantRow } from '@renderer/services/queries/payments-overview';
import { letterFileName } from '../../decisions/letters/letter-file-name';

export interface ReminderJob {
  decisionId: string;
  fileName: string;
  input: AcceptanceReminderInput;
}

export async function prepareReminders(
  db: AppDatabase,
  grants: readonly GrantRow[],
  language: LetterLanguage,
  letterDate: string,
): Promise<ReminderJob[]> {
  return db.transaction('r', [db.organisations, db.calls, db.settings, db.municipalities], async () => {
    const settings = await db.settings.get(SETTINGS_ID);
    const municipality = settings ? await db.municipalities.get(settings.municipalityId) : undefined;
    const texts = effectiveLetterTexts(language, settings?.letterTexts);
    const jobs: ReminderJob[] = [];
    for (const g of grants) {
      const [organisation, call] = await Promise.all([db.organisations.get(g.application.organisationId), db.calls.get(g.application.callId)]);
      if (!organisation || !call) continue;
      const kommune = municipality ?? { name: call.municipalityId, email: '', phone: '' };
      jobs.push({
        decisionId: g.decision.id,
        fileName: letterFileName(organisation.orgnr, g.application.title, 'aksept_purring'),
        input: {
          language,
          letterDate,
          decisionLetterDate: g.letterDate,
          acceptanceDeadline: acceptanceDeadline(g.letterDate),
          decision: g.decision,
          application: g.application,
          organisation,
          call,
          municipality: kommune,
          letterhead: effectiveLetterhead(settings?.letterhead, kommune, settings?.officerName ?? ''),
          texts,
        },
      });
    }
    return jobs;
  });
}
