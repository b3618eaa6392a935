// Money paid back per application (R13), for the frame's figures and the IMDi export. A claim
// belongs to a decision; the sums follow the application through superseded decisions.
import type { AppDatabase } from '@renderer/data/db';
import type { Repayment } from '@renderer/domain/repayment';
import { repaidOre } from '@renderer/domain/repayments/settlement';

export function repaidByApplication(
  repayments: readonly Pick<Repayment, 'decisionId' | 'payments'>[],
  applicationOfDecision: ReadonlyMap<string, string>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of repayments) {
    const applicationId = applicationOfDecision.get(r.decisionId);
    if (applicationId === undefined) continue;
    out.set(applicationId, (out.get(applicationId) ?? 0) + repaidOre(r));
  }
  return out;
}

/** Reads the claims of `decisions` and sums them per application; runs inside the caller's transaction. */
export async function readRepaidByApplication(
  db: AppDatabase,
  decisions: readonly { id: string; applicationId: string }[],
): Promise<Map<string, number>> {
  const claims = await db.repayments.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
  return repaidByApplication(claims, new Map(decisions.map((d) => [d.id, d.applicationId])));
}
