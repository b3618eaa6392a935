import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import { describe, expect, it } from 'vitest';
import { completeFirstRun, updateSettings } from '@renderer/services/settings';
import { ValidationError } from '@renderer/services/errors';
import { FIXED_NOW, testContext, validationErrorOf } from './test-context';

describe('completeFirstRun', () => {
  it('saves municipality and officer, with bokmål letters, and logs who did it', async () => {
    const ctx = testContext({ actor: () => 'ukjent' });
    const settings = await completeFirstRun(ctx, {
      municipalityId: '4601',
      officerName: '  Sølve Sætre ',
    });

    const expected = {
      id: 'app',
      municipalityId: '4601',
      officerName: 'Sølve Sætre',
      firstRunCompletedAt: FIXED_NOW,
      letterLanguage: 'nb',
    };
    expect(settings).toEqual(expected);
    expect(await ctx.db.settings.get('app')).toEqual(expected);
    const log = await ctx.db.changeLog.toArray();
    expect(log).toEqual([
      {
        id: 1,
        at: FIXED_NOW,
        actor: 'Sølve Sætre',
        entity: 'settings',
        entityId: 'app',
        action: 'opprettet',
        before: null,
        after: expected,
        prevHash: GENESIS_HASH,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
  });

  it('refuses an unknown municipality and writes nothing', async () => {
    const ctx = testContext();
    const error = await validationErrorOf(
      completeFirstRun(ctx, { municipalityId: '9999', officerName: 'Kari' }),
    );
    expect(error.fieldErrors).toEqual({
      municipalityId: 'Velg en av kommunene i listen',
    });
    expect(await ctx.db.settings.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it('explains in Norwegian what is wrong with the name', async () => {
    const ctx = testContext();
    const tooShort = await validationErrorOf(
      completeFirstRun(ctx, { municipalityId: '4601', officerName: ' K ' }),
    );
    expect(tooShort.fieldErrors).toEqual({ officerName: 'Navnet må ha minst 2 tegn' });

    const tooLong = await validationErrorOf(
      completeFirstRun(ctx, { municipalityId: '', officerName: 'x'.repeat(101) }),
    );
    expect(tooLong.fieldErrors).toEqual({
      municipalityId: 'Velg kommune',
      officerName: 'Navnet kan ha høyst 100 tegn',
    });
  });

  it('run again, keeps the first completion time and language and logs a change', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    await updateSettings(ctx, { letterLanguage: 'nn' });
    const later = { ...ctx, now: () => new Date('2020-04-01T09:00:00.000Z') };
    const again = await completeFirstRun(later, { municipalityId: '0301', officerName: 'Ola' });

    expect(again).toMatchObject({
      municipalityId: '0301',
      officerName: 'Ola',
      firstRunCompletedAt: FIXED_NOW,
      letterLanguage: 'nn',
    });
    const actions = (await ctx.db.changeLog.orderBy('id').toArray()).map((e) => e.action);
    expect(actions).toEqual(['opprettet', 'endret', 'endret']);
  });
});

describe('updateSettings', () => {
  it('changes only the given fields and logs before and after', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    const updated = await updateSettings(ctx, { letterLanguage: 'nn' });

    expect(updated).toMatchObject({ municipalityId: '4601', officerName: 'Kari Nordmann', letterLanguage: 'nn' });
    const last = await ctx.db.changeLog.orderBy('id').last();
    expect(last).toMatchObject({
      actor: 'Kari Saksbehandler',
      action: 'endret',
      before: { letterLanguage: 'nb' },
      after: { letterLanguage: 'nn' },
    });
  });

  it('refuses before the first-run setup is done', async () => {
    const ctx = testContext();
    await expect(updateSettings(ctx, { officerName: 'Kari' })).rejects.toThrow(
      'Førstegangsoppsettet er ikke fullført',
    );
  });

  it('refuses an unknown municipality and keeps the old settings', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    await expect(updateSettings(ctx, { municipalityId: '1234' })).rejects.toBeInstanceOf(ValidationError);
    expect((await ctx.db.settings.get('app'))?.municipalityId).toBe('4601');
    expect(await ctx.db.changeLog.count()).toBe(1);
  });
});
