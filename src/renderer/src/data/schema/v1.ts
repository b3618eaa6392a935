// Version 1: every table and the indexes the screens query by. Never edit once released.
import type { SchemaVersion } from './schema-version';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    municipalities: 'id, name',
    settings: 'id',
    calls: 'id, year, municipalityId, status, deadline',
    organisations: 'id, &orgnr, name',
    applications:
      'id, callId, organisationId, status, externalId, [callId+status], receivedDate, amountAppliedOre',
    screenings: 'id, applicationId',
    assessments: 'id, applicationId, assessor, [applicationId+assessor]',
    conflicts: 'id, applicationId, assessor, [applicationId+assessor]',
    meetings: 'id, callId, date, *agendaApplicationIds',
    decisions: 'id, applicationId, outcome, decidedAt, supersedesDecisionId',
    // Never index `bytes`: letters hold whole PDFs.
    letters: 'id, decisionId, kind, createdAt',
    payments: 'id, decisionId, dueDate, paidDate, [decisionId+term]',
    reports: 'id, decisionId, dueDate',
    appeals: 'id, decisionId, receivedDate',
    changeLog: '++id, [entity+entityId], at, actor',
  },
};
