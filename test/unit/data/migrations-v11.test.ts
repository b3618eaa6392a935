// v11 adds the acceptances table (R11). Older data stays as it was; the new table takes one row
// per decision (a second one for the same decision is refused by its unique index).
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { migrateFrom } from './migration-harness';

const at = '2020-03-01T10:00:00.000Z';

describe('migration v5 -> v11: acceptances', () => {
  it('keeps decisions and payments, and opens an empty acceptances table with a unique decision index', async () => {
    const db = await migrateFrom('mig11', 5, async (old) => {
      await old.table('decisions').put({
        id: 'd1', createdAt: at, updatedAt: at, applicationId: 'a1', outcome: 'innvilget', amountAppliedOre: 40_000_00,
        amountGrantedOre: 40_000_00, justification: '', conditions: '', decidedAt: '2020-03-01', decidedBy: 'Kari',
      });
      await old.table('payments').put({ id: 'p1', createdAt: at, updatedAt: at, decisionId: 'd1', term: 1, amountOre: 20_000_00, dueDate: '2020-03-22' });
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(11);
    expect(await db.decisions.get('d1')).toMatchObject({ amountGrantedOre: 40_000_00 });
    expect(await db.payments.get('p1')).toMatchObject({ term: 1, dueDate: '2020-03-22' });
    expect(await db.acceptances.count()).toBe(0);

    await db.acceptances.add({ id: 'x1', createdAt: at, updatedAt: at, decisionId: 'd1', status: 'akseptert', receivedDate: '2020-03-10', channel: 'e-post' });
    expect(await db.acceptances.where('decisionId').equals('d1').first()).toMatchObject({ status: 'akseptert' });
    await expect(
      db.acceptances.add({ id: 'x2', createdAt: at, updatedAt: at, decisionId: 'd1', status: 'bortfalt', lapsedDate: '2020-04-01' }),
    ).rejects.toThrow();
    db.close();
  });
});
