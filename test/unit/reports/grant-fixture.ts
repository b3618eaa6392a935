// One call (2020 rules, Bergen), an organisation and granted applications, written straight into the
// tables so report and repayment tests start from a decided, partly paid grant.
import type { AppDatabase } from '@renderer/data/db';
import { defaultCallRules } from '@renderer/domain/call';
import type { Decision } from '@renderer/domain/decision';

export const KR = 100;
const meta = (id: string) => ({ id, createdAt: '2020-01-10T08:00:00.000Z', updatedAt: '2020-01-10T08:00:00.000Z' });

export async function seedCall(db: AppDatabase, frameKr = 500_000): Promise<void> {
  await db.calls.add({
    ...meta('call-1'), year: 2020, title: 'Tilskudd 2020', municipalityId: '4601', deadline: '2020-03-15',
    budgetFrameOre: frameKr * KR, status: 'vedtatt', rules: defaultCallRules(2020),
  });
  await db.organisations.add({
    ...meta('org-1'), orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
  });
}

/** A granted application with its decision; `paidKr` are the terms paid (paid date set). */
export async function seedGrant(
  db: AppDatabase,
  n: number,
  grantedKr: number,
  paidKr: readonly number[] = [],
  decision: Partial<Decision> = {},
): Promise<string> {
  await db.applications.add({
    ...meta(`app-${n}`), callId: 'call-1', organisationId: 'org-1', title: `Tiltak ${n}`, description: '', kind: 'prosjekt',
    subGoals: ['A', 'B'], targetGroups: ['flyktninger'], amountAppliedOre: grantedKr * KR, budgetLines: [], location: 'norge',
    imdiSameActivity: false, receptionCentre: false, receivedDate: '2020-02-01', status: 'vedtatt',
  });
  await db.decisions.add({
    ...meta(`dec-${n}`), applicationId: `app-${n}`, callId: 'call-1', outcome: 'innvilget', amountAppliedOre: grantedKr * KR,
    amountGrantedOre: grantedKr * KR, justification: '', conditions: '', decidedAt: '2020-04-01', decidedBy: 'Kari', ...decision,
  });
  await db.payments.bulkAdd(
    paidKr.map((kr, i) => ({
      ...meta(`pay-${n}-${i + 1}`), decisionId: `dec-${n}`, callId: 'call-1', term: (i + 1) as 1 | 2, amountOre: kr * KR, dueDate: '2020-05-01', paidDate: '2020-05-02',
    })),
  );
  return `dec-${n}`;
}
