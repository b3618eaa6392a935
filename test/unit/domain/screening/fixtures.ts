// Valid, passing-by-default entities for screening tests; each test changes only what it is about.
import type { Application } from '@renderer/domain/application';
import { defaultCallRules, type Call, type CallRules } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import type { ScreeningInput } from '@renderer/domain/screening/types';
import { screenApplication } from '@renderer/domain/screening/screen-application';

export const KR = 100;
export const NBSP = '\u00a0';
/** "kr 10 000" with the no-break space the reasons use, written readably in tests. */
export const kr = (text: string): string => `kr${NBSP}${text.replace(/ /g, NBSP)}`;

const AT = '2020-01-15T09:00:00.000Z';

export function organisation(patch: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org-1',
    createdAt: AT,
    updatedAt: AT,
    orgnr: '974760673',
    name: 'Frivillig Forening',
    registeredInFrivillighetsregisteret: true,
    registryCheckedAt: '2020-02-03',
    kind: 'frivillig',
    ...patch,
  };
}

export function call(patch: Partial<Omit<Call, 'rules'>> = {}, rules: Partial<CallRules> = {}): Call {
  return {
    id: 'call-1',
    createdAt: AT,
    updatedAt: AT,
    year: 2020,
    title: 'Tilskudd til frivillige organisasjoner 2020',
    municipalityId: '4601',
    deadline: '2020-02-05',
    budgetFrameOre: 2_000_000 * KR,
    status: 'apen',
    ...patch,
    rules: { ...defaultCallRules(2020), ...rules },
  };
}

export function application(patch: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    createdAt: AT,
    updatedAt: AT,
    callId: 'call-1',
    organisationId: 'org-1',
    title: 'Norsktrening på biblioteket',
    description: 'Ukentlig språkkafé',
    kind: 'enkelttiltak',
    subGoals: ['B'],
    targetGroups: ['flyktninger'],
    amountAppliedOre: 40_000 * KR,
    budgetLines: [],
    location: 'norge',
    imdiSameActivity: false,
    receptionCentre: false,
    receivedDate: '2020-02-01',
    status: 'mottatt',
    ...patch,
  };
}

export function input(patch: Partial<ScreeningInput> = {}): ScreeningInput {
  return { application: application(), organisation: organisation(), call: call(), ...patch };
}

/** The result of one rule for an input. */
export function resultOf(rule: string, screeningInput: ScreeningInput) {
  const found = screenApplication(screeningInput).find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
}
