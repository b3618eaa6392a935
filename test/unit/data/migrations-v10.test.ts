// v10 adds the recommendations table; meetings keep their rows and gain optional fields.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { MeetingSchema } from '@renderer/domain/meeting';
import { RecommendationSchema } from '@renderer/domain/recommendation';
import { migrateFrom } from './migration-harness';

const at = '2020-02-01T10:00:00.000Z';
const meeting = {
  id: 'm1', createdAt: at, updatedAt: at, callId: 'c1', date: '2020-02-20',
  members: ['Per Hansen'], agendaApplicationIds: ['a1', 'a2'], minutes: '',
};

describe('migration v9 -> v10: recommendations', () => {
  it('keeps meetings as they were and opens an empty, indexed recommendations table', async () => {
    const db = await migrateFrom('mig10', 9, async (old) => {
      await old.table('meetings').put(meeting);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const [stored] = await db.meetings.toArray();
    expect(stored).toEqual(meeting);
    MeetingSchema.parse(stored);
    expect(await db.meetings.where('agendaApplicationIds').equals('a2').count()).toBe(1);

    expect(await db.recommendations.count()).toBe(0);
    const row = RecommendationSchema.parse({
      id: 'r1', createdAt: at, updatedAt: at, callId: 'c1', applicationId: 'a1', meetingId: 'm1',
      outcome: 'delvis_innvilget', amountOre: 20_000_00, reason: 'Begrenset ramme',
    });
    await db.recommendations.add(row);
    expect(await db.recommendations.where('[callId+applicationId]').equals(['c1', 'a1']).count()).toBe(1);
    expect(await db.recommendations.where('meetingId').equals('m1').count()).toBe(1);
    db.close();
  });
});
