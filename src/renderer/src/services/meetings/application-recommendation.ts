// What the decision page shows of the committee's work on one application: the latest
// recommendation from a meeting, the officer's proposed amount, the scores and the conflicts.
import type { AppDatabase } from '@renderer/data/db';
import type { Recommendation } from '@renderer/domain/recommendation';
import { conflictsForCall, scoreSummariesForCall, type ApplicationScoreSummary, type CallConflict } from '../assessment/summaries';

export interface ApplicationRecommendation {
  recommendation?: Recommendation;
  meetingDate?: string;
  proposalOre?: number;
  score?: ApplicationScoreSummary;
  conflicts: CallConflict[];
}

export async function recommendationForApplication(db: AppDatabase, applicationId: string): Promise<ApplicationRecommendation | null> {
  const application = await db.applications.get(applicationId);
  if (!application) return null;
  const [rows, scores, conflicts] = await Promise.all([
    db.recommendations.where('[callId+applicationId]').equals([application.callId, applicationId]).toArray(),
    scoreSummariesForCall(db, application.callId),
    conflictsForCall(db, application.callId),
  ]);
  const committee = rows
    .filter((r) => r.meetingId !== undefined && r.outcome !== undefined)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const proposal = rows.find((r) => r.meetingId === undefined);
  const out: ApplicationRecommendation = { conflicts: conflicts.filter((c) => c.applicationId === applicationId) };
  if (committee) {
    out.recommendation = committee;
    const meeting = await db.meetings.get(committee.meetingId!);
    if (meeting) out.meetingDate = meeting.date;
  }
  if (proposal) out.proposalOre = proposal.amountOre;
  const score = scores.get(applicationId);
  if (score) out.score = score;
  return out;
}
