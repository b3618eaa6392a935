// The organisation of an import row, created or updated by orgnr. Decided in memory against the
// organisation as it stands so far in the import (read once for all rows); commit-import.ts writes
// the result with the rest of the batch.
import type { Organisation } from '@renderer/domain/organisation';
import { CheckedOrganisationSchema } from '@renderer/domain/organisation-checked';
import type { ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { parseRow, sameJson } from '../logged-write';
import type { ImportRowOrganisation } from './import-row';

/** What the screening reads from an organisation: a change re-screens all its applications. */
const SCREENED_FIELDS = ['name', 'registeredInFrivillighetsregisteret', 'registryCheckedAt', 'kind'] as const;

export interface UpsertOutcome {
  organisation: Organisation;
  /** The row as it was before this row of the file; undefined when it is new. */
  before: Organisation | undefined;
  change: 'created' | 'updated' | 'unchanged';
  screenedFieldsChanged: boolean;
}

/**
 * New organisations are 'frivillig' (the file cannot say otherwise; the officer corrects kind for
 * drift). An existing one takes the row's name and the contact details the row gives; its registry
 * status only while the officer has not checked the registry (registryCheckedAt), which wins.
 */
export function upsertOrganisation(
  ctx: Pick<ServiceContext, 'newId'>,
  stamp: ChangeStamp,
  before: Organisation | undefined,
  fields: ImportRowOrganisation,
): UpsertOutcome {
  if (!before) {
    const row = parseRow(CheckedOrganisationSchema, {
      ...fields,
      kind: 'frivillig',
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
    });
    return { organisation: row, before, change: 'created', screenedFieldsChanged: true };
  }
  const merged: Organisation = {
    ...before,
    name: fields.name,
    registeredInFrivillighetsregisteret: before.registryCheckedAt
      ? before.registeredInFrivillighetsregisteret
      : fields.registeredInFrivillighetsregisteret,
    contactPerson: fields.contactPerson ?? before.contactPerson,
    email: fields.email ?? before.email,
    phone: fields.phone ?? before.phone,
    accountNumber: fields.accountNumber ?? before.accountNumber,
  };
  if (sameJson(parseRow(CheckedOrganisationSchema, merged), before)) {
    return { organisation: before, before, change: 'unchanged', screenedFieldsChanged: false };
  }
  const after = parseRow(CheckedOrganisationSchema, { ...merged, updatedAt: stamp.at });
  return {
    organisation: after,
    before,
    change: 'updated',
    screenedFieldsChanged: SCREENED_FIELDS.some((f) => !sameJson(before[f], after[f])),
  };
}
