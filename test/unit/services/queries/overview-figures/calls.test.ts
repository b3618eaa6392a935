// Which call Oversikt shows first, and the calls it offers to switch to.
import { describe, expect, it } from 'vitest';
import { currentCallId, listOverviewCalls, type OverviewCall } from '@renderer/services/queries/overview-figures/calls';
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
