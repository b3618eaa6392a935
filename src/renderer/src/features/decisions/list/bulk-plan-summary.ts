// The lines the bulk dialog shows before confirming: what will be decided and what is skipped.
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { BulkSkip, BulkSkipReason } from '@renderer/services/decisions';
import { safetyText as s } from '@renderer/i18n/decision-safety';

export interface BulkPreview {
  newCount: number;
  changedCount: number;
  skipped: readonly BulkSkip[];
  frameProblem: string | null;
}

const SKIP_LINES: Record<BulkSkipReason, (n: number) => string> = {
  locked: s.bulkSkippedLocked,
  needsOverride: s.bulkSkippedOverride,
  needsReason: s.bulkSkippedReason,
  closed: s.bulkSkippedClosed,
};
const SKIP_ORDER: readonly BulkSkipReason[] = ['locked', 'needsOverride', 'needsReason', 'closed'];

export function bulkPlanLines(preview: BulkPreview, outcome: DecisionOutcome): { decide: string[]; skip: string[] } {
  const decide: string[] = [];
  if (preview.newCount > 0) decide.push(s.bulkPlanNew(preview.newCount, outcome));
  if (preview.changedCount > 0) decide.push(s.bulkPlanChanged(preview.changedCount, outcome));
  if (decide.length === 0) decide.push(s.bulkPlanNothing);
  const skip = SKIP_ORDER.flatMap((reason) => {
    const n = preview.skipped.filter((x) => x.reason === reason).length;
    return n > 0 ? [SKIP_LINES[reason](n)] : [];
  });
  return { decide, skip };
}
