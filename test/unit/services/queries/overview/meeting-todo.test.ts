import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { nextMeeting } from '@renderer/services/queries/overview/meeting-todo';
import { CALL, OPEN_CALL, TODAY, seedOverview } from './overview-seed';

describe('nextMeeting', () => {
  it('finds the first meeting from today on, with its agenda and the conflicts recorded for it', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    expect(await nextMeeting(db, CALL, TODAY)).toEqual({ meetingId: 'm1', date: '2023-04-25', agendaCount: 3, conflictsRecorded: 1 });
    // On the meeting day it is still the next one; the day after, there is none.
    expect((await nextMeeting(db, CALL, '2023-04-25'))?.meetingId).toBe('m1');
    expect(await nextMeeting(db, CALL, '2023-04-26')).toBeNull();
    expect(await nextMeeting(db, OPEN_CALL, TODAY)).toBeNull();
  });
});
