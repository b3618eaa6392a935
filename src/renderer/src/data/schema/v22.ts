// Version 22: decisions, payments and reports name their application's call, indexed, so a call's
// decisions, payments and reports are one index range each instead of a read per application or
// decision id (the IMDi export, Vedtak og brev, Oversikt). The upgrade fills it for existing rows:
// a decision from its application, a payment or report from its decision.
import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schema-version';

type WithCall = { callId?: string };

/** Application id -> call id, read on the applications' callId index (keys only). */
async function callOfApplications(tx: Transaction): Promise<Map<string, string>> {
  const callIds = (await tx.table('calls').toCollection().primaryKeys()) as string[];
  const callOf = new Map<string, string>();
  for (const callId of callIds) {
    const ids = (await tx.table('applications').where('callId').equals(callId).primaryKeys()) as string[];
    for (const id of ids) callOf.set(id, callId);
  }
  return callOf;
}

export const v22: SchemaVersion = {
  version: 22,
  stores: {
    decisions: 'id, applicationId, outcome, decidedAt, supersedesDecisionId, callId',
    payments: 'id, decisionId, dueDate, paidDate, [decisionId+term], callId',
    reports: 'id, decisionId, dueDate, callId',
  },
  upgrade: async (tx) => {
    const callOfApplication = await callOfApplications(tx);
    const callOfDecision = new Map<string, string>();
    await tx
      .table('decisions')
      .toCollection()
      .modify((row: WithCall & { id: string; applicationId: string }) => {
        const callId = callOfApplication.get(row.applicationId);
        if (callId === undefined) return;
        row.callId = callId;
        callOfDecision.set(row.id, callId);
      });
    const fromDecision = (row: WithCall & { decisionId: string }) => {
      const callId = callOfDecision.get(row.decisionId);
      if (callId !== undefined) row.callId = callId;
    };
    await tx.table('payments').toCollection().modify(fromDecision);
    await tx.table('reports').toCollection().modify(fromDecision);
  },
};
