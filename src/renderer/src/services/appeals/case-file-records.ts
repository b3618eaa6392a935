// Everything the case file for IMDi (and the forwarding letter) is made from, read in one
// transaction: the application and its organisation and call, the screening, any assessments,
// the appealed decision and its sent letter, the appeal and its files, and the letterhead.
import type { AppDatabase } from '@renderer/data/db';
import type { Appeal } from '@renderer/domain/appeal';
import type { Application } from '@renderer/domain/application';
import type { Assessment } from '@renderer/domain/assessment';
import type { Attachment } from '@renderer/domain/attachment';
import type { Call } from '@renderer/domain/call';
import type { Decision } from '@renderer/domain/decision';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import { effectiveLetterhead, type Letterhead } from '@renderer/domain/decisions/letterhead';
import type { Letter } from '@renderer/domain/letter';
import type { Organisation } from '@renderer/domain/organisation';
import type { Screening } from '@renderer/domain/screening';
import { SETTINGS_ID, type AppSettings } from '@renderer/domain/settings';
import { EntityNotFoundError } from '../errors';
import { compareNb } from '@renderer/domain/collate';

export interface AppealCaseRecords {
  appeal: Appeal;
  decision: Decision;
  application: Application;
  organisation: Organisation;
  call: Call;
  municipalityName: string;
  letterhead: Letterhead;
  /** The municipality's edits of the standard letter texts (shared labels, closing, contact line). */
  letterTextOverrides?: AppSettings['letterTexts'];
  screening?: Screening;
  /** Each assessor's scores, with the assessor's name (people table). */
  assessments: (Assessment & { assessorName: string })[];
  /** The decision letter as sent (the first one marked sent), if any. */
  decisionLetter?: Letter;
  /** The appeal's files, oldest first. */
  attachments: Attachment[];
}

export async function appealCaseRecords(db: AppDatabase, appealId: string): Promise<AppealCaseRecords> {
  const tables = [
    db.appeals, db.decisions, db.applications, db.organisations, db.calls, db.settings,
    db.municipalities, db.screenings, db.assessments, db.people, db.letters, db.attachments,
  ];
  return db.transaction('r', tables, async () => {
    const appeal = await db.appeals.get(appealId);
    if (!appeal) throw new EntityNotFoundError('appeals', appealId);
    const decision = await db.decisions.get(appeal.decisionId);
    if (!decision) throw new EntityNotFoundError('decisions', appeal.decisionId);
    const application = await db.applications.get(decision.applicationId);
    if (!application) throw new EntityNotFoundError('applications', decision.applicationId);
    const [organisation, call, settings, screenings, assessments, letters, attachments] = await Promise.all([
      db.organisations.get(application.organisationId),
      db.calls.get(application.callId),
      db.settings.get(SETTINGS_ID),
      db.screenings.where('applicationId').equals(application.id).toArray(),
      db.assessments.where('applicationId').equals(application.id).toArray(),
      db.letters.where('decisionId').equals(decision.id).toArray(),
      db.attachments.where('[ownerTable+ownerId]').equals(['appeals', appeal.id]).toArray(),
    ]);
    if (!organisation) throw new EntityNotFoundError('organisations', application.organisationId);
    const people = await db.people.bulkGet([...new Set(assessments.map((a) => a.personId))]);
    const nameOf = new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
    const named = assessments.map((a) => ({ ...a, assessorName: nameOf.get(a.personId) ?? 'Ukjent vurderer' }));
    if (!call) throw new EntityNotFoundError('calls', application.callId);
    const municipality = await db.municipalities.get(call.municipalityId);
    const kommune = municipality ?? { name: call.municipalityId, email: '', phone: '' };
    const sent = letters
      .filter((l) => l.sentDate && isDecisionLetterKind(l.kind))
      .sort((a, b) => (a.sentDate ?? '').localeCompare(b.sentDate ?? '') || a.createdAt.localeCompare(b.createdAt));
    return {
      appeal,
      decision,
      application,
      organisation,
      call,
      municipalityName: kommune.name,
      letterhead: effectiveLetterhead(settings?.letterhead, kommune, settings?.officerName ?? ''),
      letterTextOverrides: settings?.letterTexts,
      screening: screenings.sort((a, b) => b.screenedAt.localeCompare(a.screenedAt))[0],
      assessments: named.sort((a, b) => compareNb(a.assessorName, b.assessorName)),
      decisionLetter: sent[0],
      attachments: attachments.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  });
}
