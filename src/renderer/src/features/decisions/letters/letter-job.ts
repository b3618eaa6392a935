// Gathers what a decision letter needs from the database into one plain input for the worker:
// the decision, its application, organisation, call and screening, the letterhead stored in
// settings (or the starting one built from the municipality and officer) with the deciding
// officer's own contact details, the dated law references, and the municipality's texts in the
// letter's language (its edits in Innstillinger over the standard ones).
import type { AppDatabase } from '@renderer/data/db';
import type { Decision } from '@renderer/domain/decision';
import { effectiveLetterhead, letterCaseOfficer, missingLetterheadFields } from '@renderer/domain/decisions/letterhead';
import { letterKindForOutcome } from '@renderer/domain/decisions/letter-kind';
import { missingReasonLanguage } from '@renderer/domain/decisions/reason-language';
import { screeningBasisOf } from '@renderer/domain/decisions/screening-basis';
import { effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import { SETTINGS_ID, type LetterLanguage } from '@renderer/domain/settings';
import type { LetterJob } from '@renderer/workers/letters/letters-client';
import { letterFileName } from './letter-file-name';

export interface PreparedLetter {
  job: LetterJob;
  decision: Decision;
  fileName: string;
}

/** Why no letter can be made yet; the letter panel shows what to fill in before this is thrown. */
export class LetterPrerequisiteError extends Error {}

export async function prepareLetters(
  db: AppDatabase,
  decisionIds: readonly string[],
  language: LetterLanguage,
  letterDate: string,
): Promise<PreparedLetter[]> {
  const tables = [db.decisions, db.applications, db.organisations, db.calls, db.settings, db.municipalities, db.screenings];
  return db.transaction('r', tables, async () => {
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
      const letterhead = effectiveLetterhead(settings?.letterhead, kommune, officer);
      if (missingLetterheadFields(letterhead).length > 0) {
        throw new LetterPrerequisiteError('Brevmalen mangler kommunens postadresse. Fyll den ut under Innstillinger → Brevmal.');
      }
      if (missingReasonLanguage(decision, language)) {
        throw new LetterPrerequisiteError(
          `Begrunnelsen i vedtaket for «${application.title}» finnes ikke på nynorsk. Skriv den på nynorsk før brevet lages.`,
        );
      }
      const screening = await db.screenings.where('applicationId').equals(application.id).first();
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
            letterhead: {
              ...letterhead,
              caseOfficer: letterCaseOfficer(
                decision.decidedBy,
                { officerName: officer, officerPhone: settings?.officerPhone, officerEmail: settings?.officerEmail },
                letterhead,
              ),
            },
            texts,
            ...(screening ? { screeningBasis: screeningBasisOf(screening) } : {}),
            ...(settings?.lawReferences ? { lawReferences: settings.lawReferences } : {}),
          },
        },
      });
    }
    return out;
  });
}
