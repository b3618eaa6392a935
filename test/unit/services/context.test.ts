import { afterEach, describe, expect, it } from 'vitest';
import { getDb, resetDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { completeFirstRun } from '@renderer/services/settings';

afterEach(() => resetDb());

describe('defaultContext', () => {
  it('acts on the shared database, as "ukjent" until an officer is named', async () => {
    const ctx = defaultContext();
    expect(ctx.db).toBe(getDb());
    expect(await ctx.actor()).toBe('ukjent');

    await completeFirstRun(ctx, { municipalityId: '5001', officerName: 'Stine Kvam' });
    expect(await ctx.actor()).toBe('Stine Kvam');
    expect(ctx.newId()).not.toBe(ctx.newId());
  });

  it('gives a fresh shared database after a reset', () => {
    const first = getDb();
    resetDb();
    expect(getDb()).not.toBe(first);
  });
});
