// A call's applications and decisions straight into IndexedDB (beside seedCallAndOrganisation's call
// and organisation): hundreds of cases at the stage where letters are made, with no letter yet.
import type { Page } from '@playwright/test';
import { SEED_CALL, SEED_ORG } from '../pages/applications-seed';
import { putRows } from './raw-db';

const AT = '2020-02-01T08:00:00.000Z';
const APPLIED_ORE = 2_500_000;

interface DecidedCall {
  count: number;
  /** The first `decided` applications have a decision; the rest are received only. All by default. */
  decided?: number;
  title: (n: number) => string;
  outcome: 'avslatt' | 'delvis_innvilget';
  grantedOre: number;
  /** The first decision is locked (its letter sent). */
  lockFirst?: boolean;
}

export const applicationId = (i: number) => `app-${String(i).padStart(5, '0')}`;
export const decisionId = (i: number) => `dec-${i}`;

export async function seedDecidedCall(page: Page, call: DecidedCall): Promise<void> {
  const decided = call.decided ?? call.count;
  const applications = Array.from({ length: call.count }, (_, i) => ({
    id: applicationId(i),
    createdAt: AT,
    updatedAt: AT,
    callId: SEED_CALL.id,
    organisationId: SEED_ORG.id,
    title: call.title(i + 1),
    description: 'Beskrivelse',
    kind: 'aktivitet',
    subGoals: ['A'],
    targetGroups: [],
    amountAppliedOre: APPLIED_ORE,
    totalBudgetOre: 3_000_000,
    budgetLines: [],
    periodFrom: '2020-03-01',
    periodTo: '2020-12-31',
    location: 'norge',
    imdiSameActivity: false,
    receptionCentre: false,
    volunteersInvolved: 3,
    receivedDate: '2020-02-01',
    status: i < decided ? 'vedtatt' : 'mottatt',
  }));
  const decisions = Array.from({ length: decided }, (_, i) => ({
    id: decisionId(i),
    createdAt: AT,
    updatedAt: AT,
    applicationId: applicationId(i),
    callId: SEED_CALL.id,
    outcome: call.outcome,
    amountAppliedOre: APPLIED_ORE,
    amountGrantedOre: call.grantedOre,
    justification: 'Rammen er brukt opp.',
    conditions: '',
    decidedAt: '2020-03-01',
    decidedBy: 'Kari Nordmann',
    ...(call.lockFirst && i === 0 ? { lockedAt: '2020-03-03T10:00:00.000Z' } : {}),
  }));
  await putRows(page, { applications, decisions });
}
