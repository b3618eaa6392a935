// Vedtak og brev when the program opens on it: the calls and first rows read during start-up are in
// the list's very first render (no loading state), unless something was written after they were read.
import { afterEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { resetDb } from '@renderer/data/db';
import { createApplication } from '@renderer/services/applications';
import { createCall } from '@renderer/services/calls';
import { decideApplication } from '@renderer/services/decisions';
import { defaultContext } from '@renderer/services/context';
import {
  peekPrefetchedDecisions,
  prefetchFirstDecisionRows,
  takePrefetchedDecisions,
} from '@renderer/features/decisions/list/first-rows-prefetch';
import { useCallDecisions, useCalls } from '@renderer/features/decisions/list/use-decision-rows';
import { applicationInput, callInput, seedCallAndOrganisation } from '../unit/services/applications.fixtures';

async function seedTwo() {
  const ctx = defaultContext();
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const apps = [];
  for (const title of ['Leksehjelp', 'Åpen dag']) apps.push(await createApplication(ctx, applicationInput(callId, organisationId, { title })));
  await decideApplication(ctx, { applicationId: apps[0]!.id, outcome: 'innvilget' });
  return { ctx, callId, organisationId };
}

const titles = (data: ReturnType<typeof useCallDecisions>) => data?.rows.map((r) => r.application.title).sort();

afterEach(() => {
  takePrefetchedDecisions();
  resetDb();
});

describe('useCallDecisions after a start-up prefetch', () => {
  it('starts with the prefetched rows and calls instead of a loading state', async () => {
    const { callId } = await seedTwo();
    prefetchFirstDecisionRows(callId);
    await peekPrefetchedDecisions()!.promise;

    const { result } = renderHook(() => ({ calls: useCalls(), data: useCallDecisions(callId) }));

    expect(result.current.calls?.map((c) => c.id)).toEqual([callId]);
    expect(titles(result.current.data)).toEqual(['Leksehjelp', 'Åpen dag']);
    expect(result.current.data?.rows.find((r) => r.application.title === 'Leksehjelp')?.decision?.outcome).toBe('innvilget');
    // Handed over once: a second list (or a later visit) reads for itself.
    await waitFor(() => expect(peekPrefetchedDecisions()).toBeUndefined());
  });

  it('reads the newest call when the address names none', async () => {
    const { ctx, organisationId } = await seedTwo();
    const newer = await createCall(ctx, callInput({ year: 2031, title: 'Nyere utlysning' }));
    await createApplication(ctx, applicationInput(newer.id, organisationId, { title: 'Fotball' }));
    prefetchFirstDecisionRows(undefined);
    const read = await peekPrefetchedDecisions()!.promise;
    expect(read.callId).toBe(newer.id);

    const { result } = renderHook(() => useCallDecisions(newer.id));

    expect(titles(result.current)).toEqual(['Fotball']);
  });

  it('reads afresh when something was written after the prefetch', async () => {
    const { ctx, callId, organisationId } = await seedTwo();
    prefetchFirstDecisionRows(callId);
    await peekPrefetchedDecisions()!.promise;
    await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Fotball' }));

    const { result } = renderHook(() => useCallDecisions(callId));

    expect(result.current).toBeUndefined();
    await waitFor(() => expect(titles(result.current)).toEqual(['Fotball', 'Leksehjelp', 'Åpen dag']));
  });

  it('is not used for another call than the one it read', async () => {
    const { ctx, callId, organisationId } = await seedTwo();
    const other = await createCall(ctx, callInput({ title: 'Annen utlysning' }));
    await createApplication(ctx, applicationInput(other.id, organisationId, { title: 'Fotball' }));
    prefetchFirstDecisionRows(callId);
    await peekPrefetchedDecisions()!.promise;

    const { result } = renderHook(() => useCallDecisions(other.id));

    expect(result.current).toBeUndefined();
    await waitFor(() => expect(titles(result.current)).toEqual(['Fotball']));
  });
});
