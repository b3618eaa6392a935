// Applying a read register file: flags, source and date on known organisations, change-log rows and
// R1 re-screening, all in one transaction; a bad file or a failure half-way changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { bytesToStream, readRegisterFile } from '@renderer/documents/register';
import type { RegisterUnit } from '@renderer/domain/register-unit';
import { applyRegister } from '@renderer/services/register/apply-register';
import { createOrganisation, updateOrganisation } from '@renderer/services/organisations';
import { ORGNR, RODE_KORS, organisationInput, seedApplication } from '../services/applications.fixtures';
import { FIXED_NOW, testContext, validationErrorOf } from '../services/test-context';
import { encode, jsonUnit } from './register-files';

const FILE_DATE = '2020-02-01';

function unit(orgnr: string, patch: Partial<RegisterUnit> = {}): RegisterUnit {
  return { orgnr, name: `Enhet ${orgnr}`, registered: true, bankrupt: false, windingUp: false, ...patch };
}

async function r1Of(ctx: ReturnType<typeof testContext>, applicationId: string) {
  const screening = await ctx.db.screenings.where('applicationId').equals(applicationId).first();
  return screening?.results.find((r) => r.rule === 'R1');
}

describe('applyRegister', () => {
  it('registers an unregistered organisation from the file, logs it and re-screens R1 to passed, in one transaction', async () => {
    const ctx = testContext();
    const { organisationId, applicationId } = await seedApplication(ctx);
    await updateOrganisation(ctx, organisationId, { registeredInFrivillighetsregisteret: false });
    const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Ikke i filen' }));
    const gone = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[1], name: 'Nedlagt' }));
    expect((await r1Of(ctx, applicationId))?.result).toBe('ikke_bestatt');
    const logBefore = await ctx.db.changeLog.count();
    const transaction = vi.spyOn(ctx.db, 'transaction');

    const result = await applyRegister(ctx, {
      fileDate: FILE_DATE,
      units: [unit(RODE_KORS), unit(ORGNR[1], { registered: false, windingUp: true }), unit('910000039')],
    });

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(result).toEqual({
      checked: 2,
      nowRegistered: 1,
      noLongerRegistered: 1,
      flagged: 1,
      notFound: 1,
      newerManualCheck: 0,
      updated: 2,
      rescreened: 1,
    });
    expect(await ctx.db.organisations.get(organisationId)).toMatchObject({
      registeredInFrivillighetsregisteret: true,
      registryCheckedAt: FILE_DATE,
      registrySource: 'enhetsregisteret',
      registryFileDate: FILE_DATE,
      bankrupt: false,
      windingUp: false,
      updatedAt: FIXED_NOW,
    });
    expect(await ctx.db.organisations.get(gone.id)).toMatchObject({ registeredInFrivillighetsregisteret: false, windingUp: true });
    expect(await ctx.db.organisations.get(other.id)).toEqual(other);
    const r1 = await r1Of(ctx, applicationId);
    expect(r1).toEqual({
      rule: 'R1',
      result: 'bestatt',
      reason: 'Bergen Røde Kors er registrert i Frivillighetsregisteret (kontrollert mot Enhetsregisteret, fil datert 01.02.2020) (R1)',
    });
    const log = (await ctx.db.changeLog.toArray()).slice(logBefore);
    expect(log.map((e) => [e.entity, e.entityId, e.action])).toEqual([
      ['organisations', organisationId, 'endret'],
      ['organisations', gone.id, 'endret'],
      ['screenings', expect.any(String), 'endret'],
    ]);
    expect(log[0]).toMatchObject({ before: { registeredInFrivillighetsregisteret: false }, after: { registrySource: 'enhetsregisteret' } });
  });

  it('asks the officer to judge R1 for a registered organisation that is konkurs', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    await applyRegister(ctx, { fileDate: FILE_DATE, units: [unit(RODE_KORS, { bankrupt: true })] });
    expect(await r1Of(ctx, applicationId)).toMatchObject({
      result: 'skjonn',
      reason: expect.stringContaining('Bergen Røde Kors er konkurs ifølge Enhetsregisteret'),
    });
  });

  it('writes nothing when the same file is applied twice, and keeps a newer manual answer', async () => {
    const ctx = testContext();
    const { organisationId } = await seedApplication(ctx);
    const input = { fileDate: FILE_DATE, units: [unit(RODE_KORS)] };
    await applyRegister(ctx, input);
    const count = await ctx.db.changeLog.count();
    expect((await applyRegister(ctx, input)).updated).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(count);

    await updateOrganisation(ctx, organisationId, { registeredInFrivillighetsregisteret: false, registryCheckedAt: '2020-02-10' });
    expect(await ctx.db.organisations.get(organisationId)).toMatchObject({ registrySource: 'manuell' });
    expect(await applyRegister(ctx, input)).toMatchObject({ checked: 0, newerManualCheck: 1, updated: 0 });
    expect(await ctx.db.organisations.get(organisationId)).toMatchObject({ registeredInFrivillighetsregisteret: false });
  });

  it('refuses a missing file date before writing', async () => {
    const ctx = testContext();
    await seedApplication(ctx);
    const count = await ctx.db.changeLog.count();
    const error = await validationErrorOf(applyRegister(ctx, { fileDate: '01.02.2020', units: [unit(RODE_KORS)] }));
    expect(error.fieldErrors).toEqual({ fileDate: 'Oppgi registerfilens dato (ÅÅÅÅ-MM-DD)' });
    expect(await ctx.db.changeLog.count()).toBe(count);
  });

  it('rolls everything back when re-screening fails half-way', async () => {
    const ctx = testContext();
    const { organisationId, callId } = await seedApplication(ctx);
    await updateOrganisation(ctx, organisationId, { registeredInFrivillighetsregisteret: false });
    await ctx.db.calls.delete(callId);
    const before = await ctx.db.organisations.get(organisationId);
    const count = await ctx.db.changeLog.count();
    await expect(applyRegister(ctx, { fileDate: FILE_DATE, units: [unit(RODE_KORS)] })).rejects.toThrow();
    expect(await ctx.db.organisations.get(organisationId)).toEqual(before);
    expect(await ctx.db.changeLog.count()).toBe(count);
  });

  it('a malformed register file changes nothing', async () => {
    const ctx = testContext();
    const { organisationId } = await seedApplication(ctx);
    await updateOrganisation(ctx, organisationId, { registeredInFrivillighetsregisteret: false });
    const before = await ctx.db.organisations.toArray();
    const count = await ctx.db.changeLog.count();
    const text = JSON.stringify([jsonUnit(RODE_KORS, { registrertIFrivillighetsregisteret: true })]).slice(0, -1);

    const run = async () => {
      const read = await readRegisterFile(bytesToStream(encode(text)), { knownOrgnrs: new Set([RODE_KORS]) });
      return applyRegister(ctx, { fileDate: FILE_DATE, units: read.units });
    };

    await expect(run()).rejects.toMatchObject({ code: 'ugyldig_json' });
    expect(await ctx.db.organisations.toArray()).toEqual(before);
    expect(await ctx.db.changeLog.count()).toBe(count);
  });
});
