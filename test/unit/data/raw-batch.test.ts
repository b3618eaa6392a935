// rawReadBatch: many keyed reads at once on the caller's transaction, reads sent from callbacks
// included, settled together; undefined outside a transaction that holds the stores.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { rawReadBatch } from '@renderer/data/raw-batch';
import type { Payment } from '@renderer/domain/payment';
import type { Acceptance } from '@renderer/domain/acceptance';

const at = '2024-01-01T00:00:00.000Z';
const payment = (id: string, decisionId: string): Payment => ({ id, createdAt: at, updatedAt: at, decisionId, callId: 'c1', term: 1, amountOre: 100, dueDate: '2024-05-01' });
const accepted = (decisionId: string): Acceptance => ({ id: `a-${decisionId}`, createdAt: at, updatedAt: at, decisionId, status: 'akseptert', receivedDate: '2024-03-01', channel: 'e-post' });

async function seeded(name: string) {
  const db = openDatabase(name);
  await db.payments.bulkAdd([payment('p1', 'd1'), payment('p2', 'd1'), payment('p3', 'd2')]);
  await db.acceptances.bulkAdd([accepted('d1'), accepted('d2')]);
  return db;
}

describe('rawReadBatch', () => {
  it('waits for reads sent from other reads’ answers, and the transaction goes on after it', async () => {
    const db = await seeded('raw-batch-chain');
    const result = await db.transaction('r', db.payments, db.acceptances, async () => {
      const found: string[] = [];
      await rawReadBatch(['payments', 'acceptances'], (reads) => {
        for (const decisionId of ['d1', 'd2', 'd3']) {
          reads.get<Acceptance>('acceptances', `a-${decisionId}`, (acceptance) => {
            if (!acceptance) return found.push(`${decisionId}: ingen aksept`);
            // A second round, sent once the first answer is in.
            reads.getAllWhere<Payment>('payments', 'decisionId', acceptance.decisionId, (rows) => found.push(`${decisionId}: ${rows.map((p) => p.id).join(',')}`));
          });
        }
      });
      return { found: found.sort(), count: await db.payments.count() };
    });
    expect(result.found).toEqual(['d1: p1,p2', 'd2: p3', 'd3: ingen aksept']);
    expect(result.count).toBe(3);
  });

  it('settles at once when nothing is asked', async () => {
    const db = await seeded('raw-batch-empty');
    await expect(db.transaction('r', db.payments, () => rawReadBatch(['payments'], () => undefined))).resolves.toBeUndefined();
  });

  it('fails with the error a callback throws', async () => {
    const db = await seeded('raw-batch-throws');
    const read = db.transaction('r', db.payments, () =>
      rawReadBatch(['payments'], (reads) =>
        reads.get('payments', 'p1', () => {
          throw new Error('feil i svaret');
        }),
      ),
    );
    await expect(read).rejects.toThrow('feil i svaret');
  });

  it('is undefined outside a transaction, or in one that lacks a store asked for', async () => {
    const db = await seeded('raw-batch-outside');
    expect(rawReadBatch(['payments'], () => undefined)).toBeUndefined();
    expect(await db.transaction('r', db.payments, () => rawReadBatch(['payments', 'acceptances'], () => undefined))).toBeUndefined();
  });
});
