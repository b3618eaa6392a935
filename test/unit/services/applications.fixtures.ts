// Valid inputs for the call, organisation and application services; each test changes what it is about.
import type { ApplicationInput } from '@renderer/services/applications';
import type { CallInput } from '@renderer/services/calls';
import type { OrganisationInput } from '@renderer/services/organisations';
import { createApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { createOrganisation } from '@renderer/services/organisations';
import type { ServiceContext } from '@renderer/services/context';

export const KR = 100;
/** Norges Røde Kors: a real orgnr with a valid MOD11 check digit. */
export const RODE_KORS = '864139442';
/** Valid MOD11 orgnr numbers for further organisations. */
export const ORGNR = ['910000004', '910000012', '910000020'] as const;
export const ACCOUNT = '12345678903';

export function callInput(patch: Partial<CallInput> = {}): CallInput {
  return {
    year: 2020,
    title: 'Tilskudd til frivillige organisasjoner 2020',
    municipalityId: '4601',
    deadline: '2020-02-05',
    budgetFrameOre: 2_000_000 * KR,
    ...patch,
  };
}

export function organisationInput(patch: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    orgnr: RODE_KORS,
    name: 'Bergen Røde Kors',
    registeredInFrivillighetsregisteret: true,
    kind: 'frivillig',
    ...patch,
  };
}

export function applicationInput(
  callId: string,
  organisationId: string,
  patch: Partial<ApplicationInput> = {},
): ApplicationInput {
  return {
    callId,
    organisationId,
    title: 'Norsktrening på biblioteket',
    kind: 'enkelttiltak',
    subGoals: ['B'],
    targetGroups: ['flyktninger'],
    amountAppliedOre: 40_000 * KR,
    receivedDate: '2020-02-01',
    ...patch,
  };
}

/** An open call and one organisation, created through the services. */
export async function seedCallAndOrganisation(ctx: ServiceContext) {
  const call = await createCall(ctx, callInput());
  await changeCallStatus(ctx, call.id, 'apen');
  const organisation = await createOrganisation(ctx, organisationInput());
  return { callId: call.id, organisationId: organisation.id };
}

export async function seedApplication(ctx: ServiceContext, patch: Partial<ApplicationInput> = {}) {
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const application = await createApplication(ctx, applicationInput(callId, organisationId, patch));
  return { callId, organisationId, applicationId: application.id };
}
