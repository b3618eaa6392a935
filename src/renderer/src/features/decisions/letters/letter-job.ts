// Gathers what a decision letter needs from the database into one plain input for the worker:
// the decision, its application, organisation and call, the letterhead stored in settings (or the
// starting one built from the municipality and officer), and the municipality's standard texts in
// the letter's language (its edits in Innstillinger over the standard ones).
import type { AppDatabase } from '@renderer/data/db';
import type { Decision } from '@renderer/domain/decision';
import { effectiveLetterhead } from '@renderer/domain/decisions/letterhead';
import { letterKindForOutcome } from '@renderer/domain/decisions/letter-kind';
import { effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import { SETTINGS_ID, type LetterLanguage } from '@renderer/domain/settings';
import type { LetterJob } from '@renderer/workers/letters/letters-client';
import { letterFileName } from './letter-file-name';

export interface PreparedLetter {
  job: LetterJob;
  decision: Decision;
  fileName: string;
}

export async function prepareLetters(
  db: AppDatabase,
  decisionIds: readonly string[],
  language: LetterLanguage,
  letterDate: string,
): Promise<PreparedLetter[]> {
  return db.transaction('r', [db.decisions, db.applications, db.organisations, db.calls, db.settings, db.municipalities], async () => {
    const settings = await db.settings.get(SETTINGS_ID);
    const municipality = settings ? await db.municipalities.get(settings.municipalityId) : undefined;
    const officer = settings?.officerName ?? '';
    const texts = effectiveLetterTexts(language, settings?.letterTexts);
    const out: PreparedLetter[] = [];
    for (const id of decisionIds) {
      const decision = await db.decisions.get(id);
      const application = decision ? await db.applications.get(decision.applicationId) : undefined;
      const organisation = application ? await db.organisations.get(application.organisationId) : undefined;
      const call = application ? await db.calls.get(application.callId) : undefined;
      if (!decision || !application || !organisation || !call) continue;
      // The seed always has the municipality; the number stands in should it ever be missing.
      const kommune = municipality ?? { name: call.municipalityId, email: '', phone: '' };
      out.push({
        decision,
        fileName: letterFileName(organisation.orgnr, application.title, letterKindForOutcome(decision.outcome)),
        job: {
          key: decision.id,
          input: {
            language,
            letterDate,
            decision,
            application,
            organisation,
            call,
            municipality: kommune,
            letterhead: effectiveLetterhead(settings?.letterhead, kommune, officer),
            texts,
          },
        },
      });
    }
    return out;
  });
}
