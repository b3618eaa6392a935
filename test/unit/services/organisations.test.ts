// Organisations: MOD11-checked identifiers stored as digits, one per orgnr, re-screening on change.
import { describe, expect, it } from 'vitest';
import {
  createOrganisation,
  findOrganisationByOrgnr,
  updateOrganisation,
} from '@renderer/services/organisations';
import { EntityNotFoundError } from '@renderer/services/errors';
import { FIXED_NOW, testContext, validationErrorOf } from './test-context';
import { ACCOUNT, ORGNR, RODE_KORS, organisationInput, seedApplication } from './applications.fixtures';

const CHECK_DIGIT = 'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.';

describe('createOrganisation', () => {
  it('stores orgnr and kontonummer as digits when typed with spaces and dots, and logs the creation', async () => {
    const ctx = testContext();
    const created = await createOrganisation(
      ctx,
      organisationInput({ orgnr: '864 139 442', accountNumber: '1234.56.78903', email: '' }),
    );
    expect(created).toEqual({
      id: 'id-1',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
      orgnr: RODE_KORS,
      accountNumber: ACCOUNT,
      name: 'Bergen Røde Kors',
      registeredInFrivillighetsregisteret: true,
      kind: 'frivillig',
    });
    expect(await ctx.db.organisations.get('id-1')).toEqual(created);
    expect(await ctx.db.changeLog.toArray()).toMatchObject([
      { entity: 'organisations', entityId: 'id-1', action: 'opprettet', before: null, actor: 'Kari Saksbehandler' },
    ]);
  });

  it.each(['864139443', '123456789'])('refuses orgnr %s with the check-digit message and writes nothing', async (orgnr) => {
    const ctx = testContext();
    const error = await validationErrorOf(createOrganisation(ctx, organisationInput({ orgnr })));
    expect(error.fieldErrors).toEqual({ orgnr: CHECK_DIGIT });
    expect(await ctx.db.organisations.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it('explains a short or blank orgnr', async () => {
    const ctx = testContext();
    expect((await validationErrorOf(createOrganisation(ctx, organisationInput({ orgnr: '864 139' })))).fieldErrors.orgnr).toBe(
      'Organisasjonsnummeret må ha 9 siffer (har 6).',
    );
    expect((await validationErrorOf(createOrganisation(ctx, organisationInput({ orgnr: ' ' })))).fieldErrors.orgnr).toBe(
      'Organisasjonsnummeret må fylles ut',
    );
  });

  it('checks the kontonummer with MOD11', async () => {
    const ctx = testContext();
    const error = await validationErrorOf(createOrganisation(ctx, organisationInput({ accountNumber: '1234.56.78904' })));
    expect(error.fieldErrors).toEqual({ accountNumber: 'Kontonummeret er ikke gyldig: kontrollsifferet stemmer ikke.' });
    expect(await ctx.db.organisations.count()).toBe(0);
  });

  it('refuses a second organisation with the same orgnr, naming the first', async () => {
    const ctx = testContext();
    await createOrganisation(ctx, organisationInput());
    const error = await validationErrorOf(
      createOrganisation(ctx, organisationInput({ orgnr: '864 139 442', name: 'Røde Kors igjen' })),
    );
    expect(error.fieldErrors).toEqual({
      orgnr: 'Det finnes allerede en organisasjon med organisasjonsnummer 864 139 442: Bergen Røde Kors',
    });
    expect(await ctx.db.organisations.count()).toBe(1);
    expect(await ctx.db.changeLog.count()).toBe(1);
  });
});

describe('findOrganisationByOrgnr', () => {
  it('finds by orgnr typed with spaces', async () => {
    const ctx = testContext();
    const created = await createOrganisation(ctx, organisationInput());
    expect(await findOrganisationByOrgnr(ctx.db, '864 139 442')).toEqual(created);
    expect(await findOrganisationByOrgnr(ctx.db, ORGNR[0])).toBeUndefined();
  });
});

describe('updateOrganisation', () => {
  it('changes fields, clears a blank account number, and logs before and after', async () => {
    const ctx = testContext();
    const created = await createOrganisation(ctx, organisationInput({ accountNumber: ACCOUNT }));
    const later = '2020-03-02T08:00:00.000Z';
    ctx.now = () => new Date(later);
    const updated = await updateOrganisation(ctx, created.id, { phone: '55 00 00 00', accountNumber: ' ' });

    expect(updated).toMatchObject({ phone: '55 00 00 00', updatedAt: later, createdAt: FIXED_NOW });
    expect(updated).not.toHaveProperty('accountNumber');
    const [, change] = await ctx.db.changeLog.orderBy('id').toArray();
    expect(change).toMatchObject({ action: 'endret', entityId: created.id, before: { accountNumber: ACCOUNT } });
  });

  it('refuses taking another organisation’s orgnr and writes nothing', async () => {
    const ctx = testContext();
    await createOrganisation(ctx, organisationInput());
    const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Annen forening' }));
    const error = await validationErrorOf(updateOrganisation(ctx, other.id, { orgnr: RODE_KORS }));
    expect(error.fieldErrors.orgnr).toContain('Bergen Røde Kors');
    expect((await ctx.db.organisations.get(other.id))?.orgnr).toBe(ORGNR[0]);
    expect(await ctx.db.changeLog.count()).toBe(2);
  });

  it('re-screens R1 of its applications when the registry flag changes, in the same transaction', async () => {
    const ctx = testContext();
    const { organisationId, applicationId } = await seedApplication(ctx);
    const r1 = async () =>
      (await ctx.db.screenings.where('applicationId').equals(applicationId).first())?.results.find((r) => r.rule === 'R1');
    expect((await r1())?.result).toBe('bestatt');

    await updateOrganisation(ctx, organisationId, { registeredInFrivillighetsregisteret: false });

    expect((await r1())?.result).toBe('ikke_bestatt');
    const last = await ctx.db.changeLog.orderBy('id').last();
    expect(last).toMatchObject({ entity: 'screenings', action: 'endret' });
  });

  it('refuses an unknown organisation', async () => {
    const ctx = testContext();
    await expect(updateOrganisation(ctx, 'nope', { name: 'X' })).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});
