// v7 records on every decision how its granted amount is split across the application's sub-goals;
// the upgrade gives existing decisions the default split (equal whole kroner, rest to the first).
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { migrateBackupRows } from '@renderer/services/backup/backup-migrate';
import type { BackupRows } from '@renderer/services/backup/backup-tables';
import { migrateFrom } from './migration-harness';

const at = '2020-02-01T10:00:00.000Z';
const KR = 100;

function decision(id: string, applicationId: string, grantedKroner: number, extra: Record<string, unknown> = {}) {
  return {
    id, createdAt: at, updatedAt: at, applicationId, outcome: 'innvilget', amountAppliedOre: grantedKroner * KR,
    amountGrantedOre: grantedKroner * KR, justification: '', conditions: '', decidedAt: '2020-02-01', decidedBy: 'Kari', ...extra,
  };
}

describe('migration v5 -> v7: sub-goal split on decisions', () => {
  it('gives every existing decision the default split of its application’s sub-goals', async () => {
    const db = await migrateFrom('mig7', 5, async (old) => {
      await old.table('applications').bulkPut([
        { id: 'a1', callId: 'c1', organisationId: 'o1', subGoals: ['C', 'A'] },
        { id: 'a2', callId: 'c1', organisationId: 'o1', subGoals: ['B'] },
      ]);
      await old.table('decisions').bulkPut([
        decision('d1', 'a1', 145_001),
        decision('d2', 'a2', 0, { outcome: 'avslatt', amountGrantedOre: 0 }),
        decision('d3', 'a1', 100, { subGoalSplitOre: { A: 100 * KR } }),
      ]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const rows = await db.decisions.orderBy('id').toArray();
    expect(rows.map((d) => d.subGoalSplitOre)).toEqual([{ A: 72_501 * KR, C: 72_500 * KR }, { B: 0 }, { A: 100 * KR }]);
    db.close();
  });

  it('does the same for a backup from before v7', () => {
    const rows = {
      applications: [{ id: 'a1', subGoals: ['A', 'B'] }],
      decisions: [decision('d1', 'a1', 1_001)],
    } as unknown as BackupRows;
    expect(migrateBackupRows(rows, 5, 7).decisions[0]?.subGoalSplitOre).toEqual({ A: 501 * KR, B: 500 * KR });
  });
});
