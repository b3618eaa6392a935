// A database with rows in every table, written through the logged services, so a backup test can
// compare table by table.
import type { z } from 'zod';
import type { AppDatabase } from '@renderer/data/db';
import { defaultCallRules, CallSchema } from '@renderer/domain/call';
import { OrganisationSchema } from '@renderer/domain/organisation';
import { ApplicationSchema } from '@renderer/domain/application';
import { ScreeningSchema } from '@renderer/domain/screening';
import { AssessmentSchema } from '@renderer/domain/assessment';
import { ConflictOfInterestSchema } from '@renderer/domain/conflict-of-interest';
import { MeetingSchema } from '@renderer/domain/meeting';
import { DecisionSchema } from '@renderer/domain/decision';
import { LetterSchema } from '@renderer/domain/letter';
import { PaymentSchema } from '@renderer/domain/payment';
import { ReportSchema } from '@renderer/domain/report';
import { AppealSchema } from '@renderer/domain/appeal';
import { AcceptanceSchema } from '@renderer/domain/acceptance';
import { PersonSchema } from '@renderer/domain/person';
import { RecommendationSchema } from '@renderer/domain/recommendation';
import { createEntity, type EntityTableName, type EntityOf, type NewEntity } from '@renderer/services/entity-writer';
import { completeFirstRun } from '@renderer/services/settings';
import { saveImportMapping } from '@renderer/services/import/mappings';
import { addAttachment } from '@renderer/services/attachments';
import { createRepaymentClaim, registerRepaymentPayment } from '@renderer/services/repayments/claims';
import type { ServiceContext } from '@renderer/services/context';
import { BACKUP_TABLES } from '@renderer/services/backup';

async function add<N extends EntityTableName>(
  ctx: ServiceContext,
  table: N,
  schema: z.ZodType<EntityOf<N>>,
  row: NewEntity<EntityOf<N>>,
): Promise<void> {
  await createEntity(ctx, table, schema, row);
}

/** Every byte value, so base64 round trips are tested on all of them. */
export const LETTER_BYTES = Uint8Array.from({ length: 600 }, (_, i) => i % 256);

export async function fillEveryTable(ctx: ServiceContext): Promise<void> {
  await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Saksbehandler' });
  await add(ctx, 'calls', CallSchema, {
    id: 'call-1', year: 2020, title: 'Tilskudd 2020', municipalityId: '4601', deadline: '2020-03-15',
    budgetFrameOre: 200_000_00, status: 'vedtatt', rules: defaultCallRules(2020), subGoalFramesOre: { C: 50_000_00 },
  });
  await add(ctx, 'organisations', OrganisationSchema, {
    id: 'org-1', orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true,
    kind: 'frivillig', accountNumber: '12345678903',
  });
  await add(ctx, 'applications', ApplicationSchema, {
    id: 'app-1', callId: 'call-1', organisationId: 'org-1', title: 'Språkkafé «æøå»', description: '',
    kind: 'enkelttiltak', subGoals: ['A', 'B'], targetGroups: ['flyktninger'], amountAppliedOre: 40_000_00,
    budgetLines: [{ category: 'aktivitet', description: 'Kaffe', amountOre: 5_000_00 }], location: 'norge',
    imdiSameActivity: false, receptionCentre: false, receivedDate: '2020-02-03', status: 'vedtatt',
  });
  await add(ctx, 'screenings', ScreeningSchema, {
    applicationId: 'app-1', results: [{ rule: 'R1', result: 'bestatt', reason: '' }], overrides: [],
    screenedAt: '2020-02-10T09:00:00.000Z',
  });
  await add(ctx, 'people', PersonSchema, { id: 'per', name: 'Per', role: 'utvalgsmedlem', active: true });
  await add(ctx, 'people', PersonSchema, { id: 'liv', name: 'Liv', role: 'leder', active: true });
  await add(ctx, 'assessments', AssessmentSchema, {
    applicationId: 'app-1', personId: 'per', scores: { k1: 5, k10: 3 }, criterionComments: { k1: 'Tydelig' }, source: 'program',
  });
  await add(ctx, 'conflicts', ConflictOfInterestSchema, {
    applicationId: 'app-1', personId: 'liv', ground: 'e', note: 'Styremedlem', declaredBy: 'medlem', declaredDate: '2020-02-11',
  });
  await add(ctx, 'meetings', MeetingSchema, {
    callId: 'call-1', date: '2020-02-20', members: ['Per', 'Liv'], agendaApplicationIds: ['app-1'], minutes: 'Protokoll',
  });
  await add(ctx, 'recommendations', RecommendationSchema, {
    callId: 'call-1', applicationId: 'app-1', amountOre: 30_000_00, reason: '',
  });
  await add(ctx, 'decisions', DecisionSchema, {
    id: 'dec-1', applicationId: 'app-1', callId: 'call-1', outcome: 'delvis_innvilget', amountAppliedOre: 40_000_00,
    amountGrantedOre: 30_000_00, justification: 'Begrenset ramme', conditions: '', decidedAt: '2020-02-25',
    decidedBy: 'Kari Saksbehandler',
  });
  await add(ctx, 'letters', LetterSchema, {
    decisionId: 'dec-1', kind: 'delvis_innvilgelse', language: 'nb', sha256: 'a'.repeat(64), bytes: LETTER_BYTES,
  });
  await add(ctx, 'payments', PaymentSchema, {
    decisionId: 'dec-1', callId: 'call-1', term: 1, amountOre: 30_000_00, dueDate: '2020-03-15', paidDate: '2020-03-14',
  });
  await add(ctx, 'reports', ReportSchema, {
    decisionId: 'dec-1', callId: 'call-1', dueDate: '2021-02-01', annualReportReceived: true, accountsReceived: true,
    auditRequired: false, auditedAccountsReceived: false, approved: true, unusedAmountStated: true, unusedAmountOre: 2_500_00,
  });
  await add(ctx, 'appeals', AppealSchema, {
    decisionId: 'dec-1', receivedDate: '2020-03-05', withinDeadline: true, ownReview: 'opprettholdt',
  });
  await add(ctx, 'acceptances', AcceptanceSchema, {
    decisionId: 'dec-1', status: 'akseptert', receivedDate: '2020-03-02', channel: 'e-post',
  });
  const claim = await createRepaymentClaim(ctx, {
    decisionId: 'dec-1', basis: 'ubrukte_midler', amountOre: 2_500_00, reason: 'Ubrukt tilskudd', decidedAt: '2021-03-01',
    deadline: '2021-04-01', accountNumber: '1234.56.78903',
  });
  await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-10', amountOre: 1_000_00 });
  await saveImportMapping(ctx, { name: 'Søknadsportalen', headers: ['Org.nr'], mapping: { orgnr: 'Org.nr' } });
  await addAttachment(ctx, {
    ownerTable: 'decisions', ownerId: 'dec-1', fileName: 'årsrapport.pdf', mimeType: 'application/pdf', bytes: LETTER_BYTES,
  });
}

/** Every table's rows in primary-key order. */
export async function dumpTables(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) out[name] = await db.table(name).toArray();
  return out;
}
