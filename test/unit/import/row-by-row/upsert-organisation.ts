// The organisation of an import row as the program upserted it before batches: read by orgnr and
// written, each awaited. Kept only as the reference for the batch path.
import type { Organisation } from '@renderer/domain/organisation';
import { CheckedOrganisationSchema } from '@renderer/domain/organisation-checked';
import type { ChangeStamp } from '@renderer/services/change-log';
import type { ServiceContext } from '@renderer/services/context';
import { addLogged, parseRow, putLogged, sameJson } from '@renderer/services/logged-write';
import type { ImportRowOrganisation } from '@renderer/services/import/import-row';

/** What the screening reads from an organisation: a change re-screens all its applications. */
const SCREENED_FIELDS = ['name', 'registeredInFrivillighetsregisteret', 'registryCheckedAt', 'kind'] as const;

export interface UpsertOutcome {
  organisation: Organisation;
  change: 'created' | 'updated' | 'unchanged';
  screenedFieldsChanged: boolean;
}

/**
 * New organisations are 'frivillig' (the file cannot say otherwise; the officer corrects kind for
 * drift). An existing one takes the row's name and the contact details the row gives; its registry
 * status only while the officer has not checked the registry (registryCheckedAt), which wins.
 */
export async function upsertOrganisation(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  fields: ImportRowOrganisation,
): Promise<UpsertOutcome> {
  const { db } = ctx;
  const before = await db.organisations.where('orgnr').equals(fields.orgnr).first();
  if (!before) {
    const row = parseRow(CheckedOrganisationSchema, {
      ...fields,
      kind: 'frivillig',
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
    });
    await addLogged(db, stamp, 'organisations', row);
    return { organisation: row, change: 'created', screenedFieldsChanged: true };
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
    return { organisation: before, change: 'unchanged', screenedFieldsChanged: false };
  }
  const after = parseRow(CheckedOrganisationSchema, { ...merged, updatedAt: stamp.at });
  await putLogged(db, stamp, 'organisations', before, after);
  return {
    organisation: after,
    change: 'updated',
    screenedFieldsChanged: SCREENED_FIELDS.some((f) => !sameJson(before[f], after[f])),
  };
}
