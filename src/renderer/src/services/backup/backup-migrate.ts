// Brings the rows of a backup from an older schema version to today's, step by step, as the Dexie
// upgrades in data/schema do for a database.
import { chainEntries, type ChainContent } from '@renderer/domain/change-log-chain';
import { migrateLegacyAssessmentRows } from '@renderer/domain/assessment/legacy-rows';
import { defaultSubGoalSplit } from '@renderer/domain/decisions/sub-goal-split';
import type { SubGoal } from '@renderer/domain/call';
import { withUnusedAmountStated } from '@renderer/data/schema/v12';
import type { Report } from '@renderer/domain/report';
import type { BackupRows } from './backup-tables';

type Step = (rows: BackupRows) => BackupRows;

/** The row with its call, or as it was when its application or decision is not in the backup (it then fails validation by name). */
const withCall = (row: Record<string, unknown>, callId: string | undefined) => (callId === undefined ? row : { ...row, callId });

/** Step N turns version N-1 rows into version N rows. */
const STEPS: Record<number, Step> = {
  // v2: settings gained a letter language, bokmål for those without.
  2: (rows) => ({
    ...rows,
    settings: rows.settings.map((s) =>
      s.letterLanguage === 'nb' || s.letterLanguage === 'nn' ? s : { ...s, letterLanguage: 'nb' },
    ),
  }),
  // v3: the change log became a hash chain.
  3: (rows) => ({
    ...rows,
    changeLog: chainEntries(
      (rows.changeLog as unknown as ChainContent[]).toSorted((a, b) => a.id - b.id),
    ) as unknown as Record<string, unknown>[],
  }),
  // v4: saved import mappings moved from a settings row to their own table.
  4: (rows) => {
    const legacy = rows.settings.find((s) => s.id === 'import-mappings') as { mappings?: { name: string }[] } | undefined;
    return {
      ...rows,
      settings: rows.settings.filter((s) => s.id !== 'import-mappings'),
      importMappings: (rows.importMappings ?? []).concat(
        (legacy?.mappings ?? []).map((m) => ({ ...m, id: m.name.trim().toLocaleLowerCase('nb') })),
      ),
    };
  },
  // v7: decisions record their split across sub-goals; older ones get the default split.
  7: (rows) => {
    const goalsOf = new Map(rows.applications.map((a) => [a.id, (a.subGoals ?? []) as SubGoal[]]));
    return {
      ...rows,
      decisions: rows.decisions.map((d) =>
        d.subGoalSplitOre !== undefined
          ? d
          : { ...d, subGoalSplitOre: defaultSubGoalSplit(Number(d.amountGrantedOre ?? 0), goalsOf.get(String(d.applicationId)) ?? []) },
      ),
    };
  },
  // v9: assessments and conflicts keyed by person instead of a free-text assessor name.
  9: (rows) => {
    const migrated = migrateLegacyAssessmentRows(rows.assessments, rows.conflicts);
    return {
      ...rows,
      people: [...(rows.people ?? []), ...migrated.people],
      assessments: migrated.assessments,
      conflicts: migrated.conflicts,
    } as BackupRows;
  },
  // v12: reports say whether the unused amount is stated (repayments are a new table, empty before).
  12: (rows) => ({
    ...rows,
    reports: rows.reports.map((r) => withUnusedAmountStated(r as unknown as Report) as unknown as Record<string, unknown>),
  }),
  // v22: decisions, payments and reports name their application's call (as the v22 upgrade fills them).
  22: (rows) => {
    const callOfApplication = new Map(rows.applications.map((a) => [String(a.id), String(a.callId)]));
    const decisions = rows.decisions.map((d) => (d.callId !== undefined ? d : withCall(d, callOfApplication.get(String(d.applicationId)))));
    const callOfDecision = new Map(decisions.map((d) => [String(d.id), d.callId as string | undefined]));
    const fromDecision = (r: Record<string, unknown>) => (r.callId !== undefined ? r : withCall(r, callOfDecision.get(String(r.decisionId))));
    return { ...rows, decisions, payments: rows.payments.map(fromDecision), reports: rows.reports.map(fromDecision) };
  },
};

export function migrateBackupRows(rows: BackupRows, fromVersion: number, toVersion: number): BackupRows {
  let current = rows;
  for (let v = fromVersion + 1; v <= toVersion; v++) current = STEPS[v]?.(current) ?? current;
  return current;
}
