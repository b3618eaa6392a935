// Live reads for the appeals pages: every appeal with its application and organisation, and one
// appeal's whole case.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Appeal } from '@renderer/domain/appeal';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import type { Letter } from '@renderer/domain/letter';
import type { Organisation } from '@renderer/domain/organisation';

export interface AppealRow {
  appeal: Appeal;
  application?: Application;
  organisation?: Organisation;
}

/** Newest first. */
export function useAppealRows(): AppealRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const appeals = await db.appeals.orderBy('receivedDate').reverse().toArray();
    const decisions = await db.decisions.bulkGet([...new Set(appeals.map((a) => a.decisionId))]);
    const decisionById = new Map(decisions.flatMap((d) => (d ? [[d.id, d] as const] : [])));
    const applications = await db.applications.bulkGet([...new Set([...decisionById.values()].map((d) => d.applicationId))]);
    const appById = new Map(applications.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    const organisations = await db.organisations.bulkGet([...new Set([...appById.values()].map((a) => a.organisationId))]);
    const orgById = new Map(organisations.flatMap((o) => (o ? [[o.id, o] as const] : [])));
    return appeals.map((appeal) => {
      const application = appById.get(decisionById.get(appeal.decisionId)?.applicationId ?? '');
      return { appeal, application, organisation: orgById.get(application?.organisationId ?? '') };
    });
  }, []);
}

export interface DecisionForAppeal {
  decision: Decision;
  application: Application;
  organisation?: Organisation;
  call?: Call;
  /** The decision letter as sent (first marked sent). */
  sentLetter?: Letter;
  /** True while no later decision has replaced this one. */
  isCurrent: boolean;
}

async function decisionForAppeal(decisionId: string): Promise<DecisionForAppeal | null> {
  const db = getDb();
  const decision = await db.decisions.get(decisionId);
  if (!decision) return null;
  const application = await db.applications.get(decision.applicationId);
  if (!application) return null;
  const [organisation, call, letters, all] = await Promise.all([
    db.organisations.get(application.organisationId),
    db.calls.get(application.callId),
    db.letters.where('decisionId').equals(decision.id).toArray(),
    db.decisions.where('applicationId').equals(application.id).toArray(),
  ]);
  const sentLetter = letters
    .filter((l) => l.sentDate && isDecisionLetterKind(l.kind))
    .sort((a, b) => (a.sentDate ?? '').localeCompare(b.sentDate ?? ''))[0];
  return { decision, application, organisation, call, sentLetter, isCurrent: currentDecisions(all).get(application.id)?.id === decision.id };
}

export function useDecisionForAppeal(decisionId: string): DecisionForAppeal | null | undefined {
  return useLiveQuery(() => decisionForAppeal(decisionId), [decisionId]);
}

export interface AppealCase extends DecisionForAppeal {
  appeal: Appeal;
  forwardingLetter?: Letter;
  newDecision?: Decision;
}

export function useAppealCase(appealId: string): AppealCase | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const appeal = await db.appeals.get(appealId);
    if (!appeal) return null;
    const base = await decisionForAppeal(appeal.decisionId);
    if (!base) return null;
    const [forwardingLetter, newDecision] = await Promise.all([
      appeal.forwardingLetterId ? db.letters.get(appeal.forwardingLetterId) : undefined,
      appeal.newDecisionId ? db.decisions.get(appeal.newDecisionId) : undefined,
    ]);
    return { ...base, appeal, forwardingLetter, newDecision };
  }, [appealId]);
}
