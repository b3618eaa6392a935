// Registering and editing applicant organisations: orgnr and kontonummer MOD11-checked and stored
// as digits, one organisation per orgnr, and its open applications re-screened when it changes.
import type { AppDatabase } from '@renderer/data/db';
import { formatOrgnr, normaliseOrgnr } from '@renderer/domain/identifiers';
import type { Organisation } from '@renderer/domain/organisation';
import { CheckedOrganisationSchema } from '@renderer/domain/organisation-checked';
import { resolveStamp } from './change-log';
import type { ServiceContext } from './context';
import type { EntityPatch, NewEntity } from './entity-writer';
import { EntityNotFoundError, ValidationError } from './errors';
import { assertNotStale, type WriteVersion } from './stale-write';
import { addLogged, parseRow, putLogged, sameJson } from './logged-write';
import { rescreenOpen } from './rescreen-related';
import { screeningTables } from './screening';

/** orgnr and accountNumber may be typed with spaces (and dots for the account). */
export type OrganisationInput = NewEntity<Organisation>;
/** A key set to undefined (or a blank optional text) clears that field. */
export type OrganisationPatch = EntityPatch<Organisation>;

/** Optional fields a form leaves blank mean "none"; a blank would fail the e-mail and MOD11 checks. */
const CLEARED_WHEN_BLANK = ['accountNumber', 'email', 'registryCheckedAt'] as const;

function blanksCleared<T extends Partial<Organisation>>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const key of CLEARED_WHEN_BLANK) {
    const value = out[key];
    if (typeof value === 'string' && value.trim() === '') out[key] = undefined;
  }
  return out as T;
}

/** What the screening reads from an organisation (R1, R2, R5 drift, and the names in reasons). */
const SCREENED_FIELDS = [
  'name',
  'registeredInFrivillighetsregisteret',
  'registryCheckedAt',
  'registrySource',
  'registryFileDate',
  'bankrupt',
  'windingUp',
  'kind',
] as const;

/** The officer answering R1 by hand makes the answer manual; the file's date no longer applies. */
function withRegistrySource(before: Organisation, patch: OrganisationPatch): OrganisationPatch {
  if ('registrySource' in patch) return patch;
  const changed =
    ('registeredInFrivillighetsregisteret' in patch &&
      patch.registeredInFrivillighetsregisteret !== before.registeredInFrivillighetsregisteret) ||
    ('registryCheckedAt' in patch && (patch.registryCheckedAt || undefined) !== before.registryCheckedAt);
  return changed ? { ...patch, registrySource: 'manuell', registryFileDate: undefined } : patch;
}

async function assertOrgnrFree(db: AppDatabase, orgnr: string, ownId: string): Promise<void> {
  const existing = await db.organisations.where('orgnr').equals(orgnr).first();
  if (existing && existing.id !== ownId) {
    throw ValidationError.forField(
      'orgnr',
      `Det finnes allerede en organisasjon med organisasjonsnummer ${formatOrgnr(orgnr)}: ${existing.name}`,
    );
  }
}

/** The organisation with this orgnr (spaces allowed), if any. */
export async function findOrganisationByOrgnr(
  db: AppDatabase,
  orgnr: string,
): Promise<Organisation | undefined> {
  return db.organisations.where('orgnr').equals(normaliseOrgnr(orgnr)).first();
}

export async function createOrganisation(
  ctx: ServiceContext,
  input: OrganisationInput,
): Promise<Organisation> {
  const stamp = await resolveStamp(ctx);
  const row = parseRow(CheckedOrganisationSchema, {
    ...blanksCleared(input),
    id: input.id ?? ctx.newId(),
    createdAt: stamp.at,
    updatedAt: stamp.at,
  });
  const { db } = ctx;
  return db.transaction('rw', db.organisations, db.changeLog, async () => {
    await assertOrgnrFree(db, row.orgnr, row.id);
    await addLogged(db, stamp, 'organisations', row);
    return row;
  });
}

/** Changes an organisation; its open applications are re-screened in the same transaction. */
export async function updateOrganisation(
  ctx: ServiceContext,
  id: string,
  patch: OrganisationPatch,
  version: WriteVersion = {},
): Promise<Organisation> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    const before = await db.organisations.get(id);
    if (!before) throw new EntityNotFoundError('organisations', id);
    assertNotStale('organisations', before, version);
    const after = parseRow(CheckedOrganisationSchema, {
      ...before,
      ...blanksCleared(withRegistrySource(before, patch)),
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: stamp.at,
    });
    if (after.orgnr !== before.orgnr) await assertOrgnrFree(db, after.orgnr, id);
    await putLogged(db, stamp, 'organisations', before, after);
    if (SCREENED_FIELDS.some((f) => !sameJson(before[f], after[f]))) {
      const applications = await db.applications.where('organisationId').equals(id).toArray();
      await rescreenOpen(ctx, stamp, applications);
    }
    return after;
  });
}
