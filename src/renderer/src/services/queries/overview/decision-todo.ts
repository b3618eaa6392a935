// «Å gjøre»: a call's recommendations still without a decision, current decisions without a
// letter for them as they stand, and letters made but not marked sent. The letter rule is the
// decisions list's own (domain/decisions/letter-status.ts); letters are read as heads, without PDFs.
import type { AppDatabase } from '@renderer/data/db';
import { currentDecisions } from '@renderer/domain/current-decision';
import { letterStatus, needsLetter } from '@renderer/domain/decisions/letter-status';

export interface DecisionTodo {
  recommendedUndecided: number;
  withoutLetter: number;
  lettersUnsent: number;
}

export async function countDecisionTodo(db: AppDatabase, callId: string): Promise<DecisionTodo> {
  return db.transaction('r', [db.applications, db.recommendations, db.decisions, db.letterHeads], async () => {
    // The call's decisions on their callId index (schema v22): one range, not a read per application.
    const [recommended, withdrawnIds, decided] = await Promise.all([
      db.recommendations.where('callId').equals(callId).toArray(),
      db.applications.where('[callId+status]').equals([callId, 'trukket']).primaryKeys(),
      db.decisions.where('callId').equals(callId).toArray(),
    ]);
    const withdrawn = new Set(withdrawnIds);
    const current = currentDecisions(decided);
    const recommendedIds = new Set(recommended.map((r) => r.applicationId).filter((id) => !withdrawn.has(id)));
    const recommendedUndecided = [...recommendedIds].filter((id) => !current.has(id)).length;
    const decisions = [...current.values()];
    const letters = await db.letterHeads.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
    let withoutLetter = 0;
    let lettersUnsent = 0;
    for (const decision of decisions) {
      const status = letterStatus(decision, letters);
      if (needsLetter(decision, status)) withoutLetter++;
      if (status.kind === 'made') lettersUnsent++;
    }
    return { recommendedUndecided, withoutLetter, lettersUnsent };
  });
}
