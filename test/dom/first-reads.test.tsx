// Which page reads its first data at start-up, and with what: Vedtak og brev the call named in the
// address it opens on; Oversikt only when the program opens on it, not when its menu entry is
// pointed at from another page.
import { afterEach, describe, expect, it } from 'vitest';
import { resetDb } from '@renderer/data/db';
import { firstReadOf, startFirstRead } from '@renderer/app/first-reads';
import { dropOverviewStart, peekOverviewStart } from '@renderer/features/overview/start-prefetch';
import { peekPrefetchedDecisions, takePrefetchedDecisions } from '@renderer/features/decisions/list/first-rows-prefetch';
import { createCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { callInput } from '../unit/services/applications.fixtures';

afterEach(() => {
  dropOverviewStart();
  takePrefetchedDecisions();
  window.location.hash = '';
  resetDb();
});

describe('first reads at start-up', () => {
  it('belong to Søknader, Vedtak og brev and Oversikt only', () => {
    expect(['/soknader', '/vedtak', '/'].map((path) => firstReadOf(path) !== undefined)).toEqual([true, true, true]);
    expect(['/utlysninger', '/eksport', '/endringslogg'].map((path) => firstReadOf(path))).toEqual([undefined, undefined, undefined]);
  });

  it('read the call named in the address Vedtak og brev opens on', async () => {
    const ctx = defaultContext();
    const older = await createCall(ctx, callInput({ year: 2020, title: 'Eldre utlysning' }));
    await createCall(ctx, callInput({ year: 2026, title: 'Nyeste utlysning' }));
    window.location.hash = `#/vedtak?utlysning=${older.id}`;
    await startFirstRead('/vedtak');
    expect((await peekPrefetchedDecisions()!.promise).callId).toBe(older.id);
  });

  it('leave Oversikt unread when its menu entry is pointed at from another page', async () => {
    window.location.hash = '#/soknader';
    await startFirstRead('/');
    expect(peekOverviewStart()).toBeUndefined();
    window.location.hash = '#/';
    await startFirstRead('/');
    expect(peekOverviewStart()).toBeDefined();
  });
});
