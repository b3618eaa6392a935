// Which call Oversikt shows first, and the calls it offers to switch to.
import { describe, expect, it } from 'vitest';
import { currentCallId, listOverviewCalls, type OverviewCall } from '@renderer/services/queries/overview-figures/calls';
import { readOverviewFirstView } from '@renderer/services/queries/overview-figures/first-view';
import { countScreeningResults } from '@renderer/services/queries/overview-figures/screening-counts';
import { seedYears } from './seed';

const call = (id: string, year: number, status: OverviewCall['status']): OverviewCall => ({ id, year, status, title: id, deadline: `${year}-02-05` });

describe('overview calls', () => {
  it('lists the stored calls newest first and starts on the open one', async () => {
    const { db, callId, oldCallId } = await seedYears();
    const calls = await listOverviewCalls(db);
    expect(calls.map((c) => c.id)).toEqual([callId, oldCallId]);
    expect(currentCallId(calls)).toBe(callId);
  });

  it('without an open call starts on the newest that is not a draft, and on a draft only when that is all', () => {
    expect(currentCallId([call('draft', 2022, 'utkast'), call('decided', 2021, 'vedtatt'), call('old', 2020, 'arkivert')])).toBe('decided');
    expect(currentCallId([call('draft', 2022, 'utkast')])).toBe('draft');
    expect(currentCallId([call('old', 2020, 'arkivert'), call('open', 2019, 'apen')])).toBe('open');
    expect(currentCallId([])).toBeUndefined();
  });
});

describe('readOverviewFirstView', () => {
  it('reads the calls and the counts of the chosen call, or of the call in progress when the choice is unknown', async () => {
    const { db, callId, oldCallId } = await seedYears();
    const first = await readOverviewFirstView(db, undefined);
    expect(first.callId).toBe(callId);
    expect(first.counts?.status.trukket).toBe(1);
    expect(first.counts?.screening).toEqual(await countScreeningResults(db, callId));
    expect((await readOverviewFirstView(db, oldCallId)).counts?.status).toMatchObject({ mottatt: 1, trukket: 0 });
    expect((await readOverviewFirstView(db, 'gone')).callId).toBe(callId);
  });

  it('has no call and no counts in an empty database', async () => {
    const { db } = await seedYears();
    await db.calls.clear();
    expect(await readOverviewFirstView(db, undefined)).toEqual({ calls: [], callId: undefined, counts: undefined });
  });
});
