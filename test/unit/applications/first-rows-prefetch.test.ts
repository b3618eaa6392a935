// The list's first rows read during start-up: handed to the list once, and dropped when anything
// is written before the list takes them (they would show a stale list).
import { afterEach, describe, expect, it } from 'vitest';
import { getDb, resetDb } from '@renderer/data/db';
import {
  peekPrefetchedFirstRows,
  prefetchFirstRows,
  takePrefetchedFirstRows,
} from '@renderer/features/applications/list/first-rows-prefetch';
import { createApplication } from '@renderer/services/applications';
import { createCall } from '@renderer/services/calls';
import { createOrganisation } from '@renderer/services/organisations';
import { testContext } from '../services/test-context';
import { applicationInput, callInput, organisationInput } from '../services/applications.fixtures';

async function seed(titles: string[]) {
  const ctx = testContext({ db: getDb() });
  const call = await createCall(ctx, callInput());
  const organisation = await createOrganisation(ctx, organisationInput());
  for (const [i, title] of titles.entries()) {
    await createApplication(ctx, applicationInput(call.id, organisation.id, { title, receivedDate: `2020-02-0${i + 1}` }));
  }
  return ctx;
}

afterEach(() => {
  takePrefetchedFirstRows();
  resetDb();
});

describe('first rows prefetch', () => {
  it('reads the newest rows once and hands them over once', async () => {
    await seed(['Språkkafé', 'Leksehjelp']);
    prefetchFirstRows();
    const first = peekPrefetchedFirstRows();
    prefetchFirstRows();
    expect(peekPrefetchedFirstRows()).toBe(first);

    const rows = await first!.promise;
    expect(rows.map((r) => r.title)).toEqual(['Leksehjelp', 'Språkkafé']);
    expect(peekPrefetchedFirstRows()?.value).toBe(rows);
    expect(takePrefetchedFirstRows()).toBe(first);
    expect(takePrefetchedFirstRows()).toBeUndefined();
  });

  it('drops the rows when the database is written before the list takes them', async () => {
    const ctx = await seed(['Språkkafé']);
    prefetchFirstRows();
    await peekPrefetchedFirstRows()!.promise;

    const organisation = await createOrganisation(ctx, organisationInput({ orgnr: '971277882', name: 'Naboklubben' }));

    expect(organisation.name).toBe('Naboklubben');
    expect(peekPrefetchedFirstRows()).toBeUndefined();
    expect(takePrefetchedFirstRows()).toBeUndefined();
  });
});
