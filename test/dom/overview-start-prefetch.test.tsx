// Oversikt's start-up read: started while the address is Oversikt, handed to the page's first
// render when it has finished, and dropped when anything is written after it (or the database is
// another), so the page then reads afresh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { resetDb } from '@renderer/data/db';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { addressIsOverview, dropOverviewStart, peekOverviewStart, prefetchOverviewStart } from '@renderer/features/overview/start-prefetch';
import { useOverviewCalls, useRead } from '@renderer/features/overview/use-overview-data';
import { callInput } from '../unit/services/applications.fixtures';

async function seedOpenCall() {
  const ctx = defaultContext();
  const call = await createCall(ctx, callInput());
  await changeCallStatus(ctx, call.id, 'apen');
  return { ctx, callId: call.id };
}

afterEach(() => {
  dropOverviewStart();
  resetDb();
});

describe('the start-up read of Oversikt', () => {
  it('is started only when the address is Oversikt', () => {
    expect(['', '#', '#/', '#/?utlysning=c1'].map(addressIsOverview)).toEqual([true, true, true, true]);
    expect(['#/soknader', '#/vedtak?utlysning=c1', '#/utlysninger/c1'].map(addressIsOverview)).toEqual([false, false, false]);
  });

  it('gives the page its calls and counts in the first render, without reading again', async () => {
    const { callId } = await seedOpenCall();
    prefetchOverviewStart();
    const prefetched = peekOverviewStart()!;
    await prefetched.promise;
    expect(prefetched.value?.view).toMatchObject({ callId, counts: { status: { mottatt: 0 } } });

    const { result } = renderHook(() => useOverviewCalls(prefetched));
    expect(result.current?.map((c) => c.id)).toEqual([callId]);
  });

  it('is dropped when something is written after it, and when the database is another', async () => {
    const { ctx } = await seedOpenCall();
    prefetchOverviewStart();
    await peekOverviewStart()!.promise;
    await createCall(ctx, callInput({ year: 2021, title: 'Tilskudd 2021', deadline: '2021-02-05' }));
    expect(peekOverviewStart()).toBeUndefined();

    prefetchOverviewStart();
    await peekOverviewStart()!.promise;
    resetDb();
    expect(peekOverviewStart()).toBeUndefined();
  });
});

describe('useRead', () => {
  it('starts with a value at hand for its first key, and reads when the key changes', async () => {
    const load = vi.fn((key: string) => Promise.resolve(`read ${key}`));
    const { result, rerender } = renderHook(({ key }) => useRead(key, () => load(key), key === 'a' ? 'given a' : undefined), { initialProps: { key: 'a' } });
    expect(result.current).toBe('given a');

    rerender({ key: 'b' });
    await waitFor(() => expect(result.current).toBe('read b'));
    rerender({ key: 'a' });
    await waitFor(() => expect(result.current).toBe('read a'));
    expect(load.mock.calls.map(([key]) => key)).toEqual(['b', 'a']);
  });
});
