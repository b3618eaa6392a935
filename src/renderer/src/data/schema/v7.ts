// Version 7: every decision records how its granted amount is split across the application's
// sub-goals (decision.ts: subGoalSplitOre). Existing decisions get the default split: equal
// whole-kroner shares, the remainder to the first sub-goal. No index changes.
import type { Application } from '@renderer/domain/application';
import type { Decision } from '@renderer/domain/decision';
import { defaultSubGoalSplit } from '@renderer/domain/decisions/sub-goal-split';
import type { SchemaVersion } from './schema-version';

export const v7: SchemaVersion = {
  version: 7,
  stores: {},
  upgrade: async (tx) => {
    const decisions = (await tx.table('decisions').toArray()) as Decision[];
    const missing = decisions.filter((d) => d.subGoalSplitOre === undefined);
    if (missing.length === 0) return;
    const applications = (await tx.table('applications').bulkGet([...new Set(missing.map((d) => d.applicationId))])) as (Application | undefined)[];
    const goalsOf = new Map(applications.flatMap((a) => (a ? [[a.id, a.subGoals] as const] : [])));
    await tx.table('decisions').bulkPut(
      missing.map((d) => ({ ...d, subGoalSplitOre: defaultSubGoalSplit(d.amountGrantedOre, goalsOf.get(d.applicationId) ?? []) })),
    );
  },
};
