import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import { describe, expect, it } from 'vitest';
import { OrganisationSchema, type Organisation } from '@renderer/domain/organisation';
import { DecisionSchema } from '@renderer/domain/decision';
import { LetterSchema } from '@renderer/domain/letter';
import { createEntity, deleteEntity, updateEntity, type NewEntity } from '@renderer/services/entity-writer';
import { EntityNotFoundError, ValidationError } from '@renderer/services/errors';
import { FIXED_NOW, testContext, validationErrorOf } from './test-context';

const organisation: NewEntity<Organisation> = {
  orgnr: '974760673',
  name: 'Bergen Røde Kors',
  registeredInFrivillighetsregisteret: true,
  kind: 'frivillig',
  contactPerson: 'Kari Nordmann',
  email: 'kari@example.no',
};

describe('createEntity', () => {
  it('stores the parsed row with id and timestamps, and logs its creation', async () => {
    const ctx = testContext();
    const created = await createEntity(ctx, 'organisations', OrganisationSchema, {
      ...organisation,
      name: '  Bergen Røde Kors  ',
    });

    const expected = { ...organisation, id: 'id-1', createdAt: FIXED_NOW, updatedAt: FIXED_NOW };
    expect(created).toEqual(expected);
    expect(await ctx.db.organisations.get('id-1')).toEqual(expected);
    expect(await ctx.db.changeLog.toArray()).toEqual([
      {
        id: 1,
        at: FIXED_NOW,
        actor: 'Kari Saksbehandler',
        entity: 'organisations',
        entityId: 'id-1',
        action: 'opprettet',
        before: null,
        after: expected,
        prevHash: GENESIS_HASH,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
  });

  it('throws Norwegian messages per field for bad input and writes nothing', async () => {
    const ctx = testContext();
    const error = await validationErrorOf(
      createEntity(ctx, 'organisations', OrganisationSchema, {
        ...organisation,
        orgnr: '12345',
        email: 'ikke-en-adresse',
        name: ' ',
      }),
    );
    expect(error.fieldErrors).toEqual({
      orgnr: 'Organisasjonsnummeret må ha 9 siffer',
      email: 'Ugyldig e-postadresse',
      name: 'Organisasjonsnavnet må fylles ut',
    });
    expect(await ctx.db.organisations.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it('writes no change-log row when the entity itself cannot be stored', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    // Same orgnr again breaks the unique index inside the transaction.
    await expect(createEntity(ctx, 'organisations', OrganisationSchema, organisation)).rejects.toThrow();
    expect(await ctx.db.organisations.count()).toBe(1);
    expect(await ctx.db.changeLog.count()).toBe(1);
  });

  it('leaves the entity unwritten when the change-log row fails', async () => {
    const ctx = testContext();
    ctx.db.changeLog.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(createEntity(ctx, 'organisations', OrganisationSchema, organisation)).rejects.toThrow(
      'disk full',
    );
    expect(await ctx.db.organisations.count()).toBe(0);
  });

  it('logs binary content by its size, not its bytes', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'letters', LetterSchema, {
      decisionId: 'd1',
      kind: 'avslag',
      language: 'nb',
      sha256: 'a'.repeat(64),
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    expect((await ctx.db.letters.get('id-1'))?.bytes).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect((await ctx.db.changeLog.toArray())[0]?.after).toMatchObject({ bytes: { byteLength: 4 } });
  });
});

describe('updateEntity', () => {
  it('merges the patch, bumps updatedAt, and logs before and after', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    const later = { ...ctx, now: () => new Date('2020-03-02T12:00:00.000Z') };

    const updated = await updateEntity(later, 'organisations', OrganisationSchema, 'id-1', {
      registeredInFrivillighetsregisteret: false,
      contactPerson: undefined,
    });

    expect(updated).toMatchObject({
      name: 'Bergen Røde Kors',
      registeredInFrivillighetsregisteret: false,
      createdAt: FIXED_NOW,
      updatedAt: '2020-03-02T12:00:00.000Z',
    });
    expect(updated).not.toHaveProperty('contactPerson');
    const last = await ctx.db.changeLog.orderBy('id').last();
    expect(last).toMatchObject({
      action: 'endret',
      entityId: 'id-1',
      before: { registeredInFrivillighetsregisteret: true, contactPerson: 'Kari Nordmann' },
      after: { registeredInFrivillighetsregisteret: false, updatedAt: '2020-03-02T12:00:00.000Z' },
    });
  });

  it('keeps the stored row when the patched row is invalid', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    await expect(
      updateEntity(ctx, 'organisations', OrganisationSchema, 'id-1', { orgnr: 'abc' }),
    ).rejects.toThrow('Organisasjonsnummeret må ha 9 siffer');
    expect((await ctx.db.organisations.get('id-1'))?.orgnr).toBe('974760673');
    expect(await ctx.db.changeLog.count()).toBe(1);
  });

  it('rolls the entity back when the change-log row fails', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    ctx.db.changeLog.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(
      updateEntity(ctx, 'organisations', OrganisationSchema, 'id-1', { name: 'Nytt navn' }),
    ).rejects.toThrow('disk full');
    expect((await ctx.db.organisations.get('id-1'))?.name).toBe('Bergen Røde Kors');
  });

  it('checks cross-field rules on the whole row after the patch', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'decisions', DecisionSchema, {
      applicationId: 'a1',
      callId: 'c1',
      outcome: 'innvilget',
      amountAppliedOre: 5_000_000,
      amountGrantedOre: 5_000_000,
      justification: '',
      conditions: '',
      decidedAt: '2020-05-01',
      decidedBy: 'Kari',
    });
    const error = await validationErrorOf(
      updateEntity(ctx, 'decisions', DecisionSchema, 'id-1', { outcome: 'avslatt', amountGrantedOre: 0 }),
    );
    expect(error.fieldErrors).toEqual({
      justification: 'Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut',
    });
  });

  it('refuses when the caller’s assertion on the stored row fails, and marks overrides', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    const refuse = () => {
      throw new ValidationError([{ path: '', message: 'Låst' }]);
    };
    await expect(
      updateEntity(ctx, 'organisations', OrganisationSchema, 'id-1', { name: 'X Y' }, { assert: refuse }),
    ).rejects.toThrow('Låst');

    await updateEntity(ctx, 'organisations', OrganisationSchema, 'id-1', { name: 'X Y' }, {
      action: 'overstyrt',
    });
    expect((await ctx.db.changeLog.orderBy('id').last())?.action).toBe('overstyrt');
  });

  it('throws EntityNotFoundError for an unknown id', async () => {
    const ctx = testContext();
    await expect(
      updateEntity(ctx, 'organisations', OrganisationSchema, 'nope', { name: 'X' }),
    ).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});

describe('deleteEntity', () => {
  it('removes the row and logs what it was', async () => {
    const ctx = testContext();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    await deleteEntity(ctx, 'organisations', 'id-1');

    expect(await ctx.db.organisations.count()).toBe(0);
    expect(await ctx.db.changeLog.orderBy('id').last()).toMatchObject({
      action: 'slettet',
      entityId: 'id-1',
      before: { orgnr: '974760673' },
      after: null,
    });
  });

  it('throws EntityNotFoundError and logs nothing for an unknown id', async () => {
    const ctx = testContext();
    await expect(deleteEntity(ctx, 'organisations', 'nope')).rejects.toBeInstanceOf(EntityNotFoundError);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });
});
