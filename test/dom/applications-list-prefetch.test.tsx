// The list's rows when the program opens on the list: the first rows read during start-up are in
// its very first render (no loading state), unless something was written after they were read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, renderHook, screen, waitFor, within } from '@testing-library/react';
import { resetDb } from '@renderer/data/db';
import { createApplication } from '@renderer/services/applications';
import { defaultContext } from '@renderer/services/context';
import {
  peekPrefetchedFirstRows,
  prefetchFirstRows,
  takePrefetchedFirstRows,
} from '@renderer/features/applications/list/first-rows-prefetch';
import { useApplicationRows } from '@renderer/features/applications/list/use-application-rows';
import { applicationInput, seedCallAndOrganisation } from '../unit/services/applications.fixtures';
import { AREA_PAGES } from '@renderer/app/area-page-loaders';
import { completeSetup, renderApp } from './helpers/render-app';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function seedTwo() {
  const ctx = defaultContext();
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  for (const title of ['Leksehjelp', 'Åpen dag']) {
    await createApplication(ctx, applicationInput(callId, organisationId, { title }));
  }
  return { ctx, callId, organisationId };
}

afterEach(() => {
  takePrefetchedFirstRows();
  resetDb();
});

describe('useApplicationRows after a start-up prefetch', () => {
  it('starts with the prefetched rows instead of a loading state', async () => {
    await seedTwo();
    prefetchFirstRows();
    await peekPrefetchedFirstRows()!.promise;

    const { result } = renderHook(() => useApplicationRows());

    expect(result.current.loading).toBe(false);
    expect(result.current.rows.map((r) => r.title).sort()).toEqual(['Leksehjelp', 'Åpen dag']);
    // Confirmed by a full read before the list calls itself complete.
    expect(result.current.complete).toBe(false);
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(result.current.rows).toHaveLength(2);
  });

  it('reads afresh when an application was added after the prefetch', async () => {
    const { ctx, callId, organisationId } = await seedTwo();
    prefetchFirstRows();
    await peekPrefetchedFirstRows()!.promise;
    await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Fotball' }));

    const { result } = renderHook(() => useApplicationRows());

    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    expect(result.current.rows.map((r) => r.title)).toContain('Fotball');
  });
});

describe('the menu entry Søknader', () => {
  it('starts reading the first rows when the officer points at it', { timeout: 30_000 }, async () => {
    await completeSetup();
    await seedTwo();
    window.location.hash = '#/';
    renderApp();
    const menu = await screen.findByRole('navigation', { name: 'Hovedmeny' }, { timeout: 20_000 });
    expect(peekPrefetchedFirstRows()).toBeUndefined();

    fireEvent.mouseEnter(within(menu).getByRole('link', { name: 'Søknader' }));

    await waitFor(() => expect(peekPrefetchedFirstRows()).toBeDefined());
    const rows = await peekPrefetchedFirstRows()!.promise;
    expect(rows.map((r) => r.title).sort()).toEqual(['Leksehjelp', 'Åpen dag']);
    // The hover also started loading the page's modules: let that finish before the test ends,
    // or it would run on after the test environment is torn down.
    await AREA_PAGES.applications.preload();
  });
});

describe('prefetched rows and writes that bypass this window', () => {
  it('are confirmed by a full read, so rows written past Dexie still show', async () => {
    const { callId, organisationId } = await seedTwo();
    prefetchFirstRows();
    await peekPrefetchedFirstRows()!.promise;
    // Written without Dexie noticing (as another program instance or a raw restore would).
    const ctx = defaultContext();
    const { Dexie } = await import('dexie');
    const event = Dexie.on.storagemutated;
    // Dexie's event keeps its listeners in a public array; mute them for this one write.
    const subscribers = (event as unknown as { subscribers: Parameters<typeof event.subscribe>[0][] }).subscribers.slice();
    for (const s of subscribers) event.unsubscribe(s);
    try {
      await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Fotball' }));
    } finally {
      for (const s of subscribers) event.subscribe(s);
    }
    expect(peekPrefetchedFirstRows()).toBeDefined();

    const { result } = renderHook(() => useApplicationRows());

    expect(result.current.rows).toHaveLength(2);
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(result.current.rows.map((r) => r.title)).toContain('Fotball');
  });
});
