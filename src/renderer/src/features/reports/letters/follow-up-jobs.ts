// Gathers what a reminder or a repayment claim letter needs into plain inputs for the worker: the
// grant, its application, organisation and call, the report as registered, the letterhead from
// settings, and the municipality's letter texts in the chosen language.
import type { AppDatabase } from '@renderer/data/db';
import { effectiveLetterhead } from '@renderer/domain/decisions/letterhead';
import { isAuditRequired, reportDueDate } from '@renderer/domain/decisions/obligations';
import { effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import { SETTINGS_ID, type LetterLanguage } from '@renderer/domain/settings';
import type { FollowUpJob } from '@renderer/workers/follow-up-letters/follow-up-client';
import { letterFileName } from '../../decisions/letters/letter-file-name';

export interface PreparedFollowUp {
  job: FollowUpJob;
  fileName: string;
}

function tables(db: AppDatabase) {
  return [db.decisions, db.applications, db.organisations, db.calls, db.settings, db.municipalities, db.reports, db.payments, db.repayments];
}

async function letterBasics(db: AppDatabase, language: LetterLanguage) {
  const settings = await db.settings.get(SETTINGS_ID);
  const municipality = settings ? await db.municipalities.get(settings.municipalityId) : undefined;
  return { settings, municipality, texts: effectiveLetterTexts(language, settings?.letterTexts), officer: settings?.officerName ?? '' };
}

export async function prepareReminders(
  db: AppDatabase,
  decisionIds: readonly string[],
  language: LetterLanguage,
  letterDate: string,
  newDeadline: string,
): Promise<PreparedFollowUp[]> {
  return db.transaction('r', tables(db), async () => {
    const { settings, municipality, texts, officer } = await letterBasics(db, language);
    const out: PreparedFollowUp[] = [];
    for (const id of decisionIds) {
      const decision = await db.decisions.get(id);
      const application = decision ? await db.applications.get(decision.applicationId) : undefined;
      const organisation = application ? await db.organisations.get(application.organisationId) : undefined;
      const call = application ? await db.calls.get(application.callId) : undefined;
      if (!decision || !application || !organisation || !call) continue;
      const report = await db.reports.where('decisionId').equals(id).first();
      const kommune = municipality ?? { name: call.municipalityId, email: '', phone: '' };
      out.push({
        fileName: letterFileName(organisation.orgnr, application.title, 'purring'),
        job: {
          kind: 'purring',
          key: id,
          input: {
            language, letterDate, decision, application, organisation, call, municipality: kommune, texts, newDeadline,
            lawReferences: settings?.lawReferences,
            letterhead: effectiveLetterhead(settings?.letterhead, kommune, officer),
            dueDate: report?.dueDate ?? reportDueDate(call.rules),
            report: {
              annualReportReceived: report?.annualReportReceived ?? false,
              accountsReceived: report?.accountsReceived ?? false,
              auditRequired: isAuditRequired(decision.amountGrantedOre, call.rules),
              auditedAccountsReceived: report?.auditedAccountsReceived ?? false,
              unusedAmountStated: report?.unusedAmountStated ?? false,
            },
          },
        },
      });
    }
    return out;
  });
}

export async function prepareClaimLetter(
  db: AppDatabase,
  repaymentId: string,
  language: LetterLanguage,
  letterDate: string,
): Promise<PreparedFollowUp | undefined> {
  return db.transaction('r', tables(db), async () => {
    const claim = await db.repayments.get(repaymentId);
    const decision = claim ? await db.decisions.get(claim.decisionId) : undefined;
    const application = decision ? await db.applications.get(decision.applicationId) : undefined;
    const organisation = application ? await db.organisations.get(application.organisationId) : undefined;
    const call = application ? await db.calls.get(application.callId) : undefined;
    if (!claim || !decision || !application || !organisation || !call) return undefined;
    const { settings, municipality, texts, officer } = await letterBasics(db, language);
    const decisions = await db.decisions.where('applicationId').equals(application.id).toArray();
    const payments = await db.payments.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
    const report = claim.reportId ? await db.reports.get(claim.reportId) : undefined;
    const kommune = municipality ?? { name: call.municipalityId, email: '', phone: '' };
    return {
      fileName: letterFileName(organisation.orgnr, application.title, 'tilbakebetalingskrav'),
      job: {
        kind: 'tilbakebetalingskrav',
        key: claim.id,
        input: {
          language, letterDate, claim, decision, application, organisation, call, municipality: kommune, texts,
          lawReferences: settings?.lawReferences,
          letterhead: effectiveLetterhead(settings?.letterhead, kommune, officer),
          paidOre: payments.filter((p) => p.paidDate !== undefined).reduce((s, p) => s + p.amountOre, 0),
          reportReceivedDate: report?.receivedDate,
        },
      },
    };
  });
}
