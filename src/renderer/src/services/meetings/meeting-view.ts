// Everything meeting mode and the minutes show of one meeting: the agenda items with key facts,
// screening, scores, the officer's proposal, the committee's recommendation and the conflicts of
// interest (§ 6), plus the frame used by the recommendations, in total and per sub-goal.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import type { CallBudget } from '@renderer/domain/call-budget';
import type { Meeting } from '@renderer/domain/meeting';
import { proposalBudget } from '@renderer/domain/meetings/allocation';
import type { Recommendation } from '@renderer/domain/recommendation';
import { conflictsForCall, scoreSummariesForCall, type ApplicationScoreSummary, type CallConflict } from '../assessment/summaries';
import { listPeople, type Person } from '../assessment/people';
import { EntityNotFoundError } from '../errors';
import { loadRankedCall } from './ranked-call';

export interface MeetingItem {
  application: Application;
  organisationName: string;
  reference: string;
  /** Rank in the call's ranked view; undefined when the screening has since failed. */
  rank?: number;
  /** 'bestått', 'skjønn' or why it failed. */
  screeningText: string;
  score?: ApplicationScoreSummary;
  proposedOre: number;
  recommendation?: Recommendation;
  conflicts: CallConflict[];
  /** Present members who take no part in this item (§ 6). */
  notTakingPart: Person[];
}

export interface MeetingView {
  meeting: Meeting;
  call: Call;
  present: Person[];
  people: Person[];
  items: MeetingItem[];
  /** The frame with the recommended amounts counted as granted. */
  budget: CallBudget;
}

export async function loadMeetingView(db: AppDatabase, meetingId: string): Promise<MeetingView> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new EntityNotFoundError('meetings', meetingId);
  const [ranked, scores, conflicts, people, recommendations] = await Promise.all([
    loadRankedCall(db, meeting.callId),
    scoreSummariesForCall(db, meeting.callId),
    conflictsForCall(db, meeting.callId),
    listPeople(db),
    db.recommendations.where('meetingId').equals(meetingId).toArray(),
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const presentIds = meeting.presentPersonIds ?? [];
  const present = presentIds.map((id) => personById.get(id)).filter((p) => p !== undefined);
  const recommendationOf = new Map(recommendations.map((r) => [r.applicationId, r]));

  const items = meeting.agendaApplicationIds.flatMap((id): MeetingItem[] => {
    const r = ranked.ranked.find((x) => x.application.id === id);
    const f = ranked.failed.find((x) => x.application.id === id);
    const base = r ?? f;
    if (!base) return []; // withdrawn since the meeting was set up
    const itemConflicts = conflicts.filter((c) => c.applicationId === id);
    const item: MeetingItem = {
      application: base.application,
      organisationName: base.organisationName,
      reference: base.reference,
      screeningText: r ? (r.needsJudgement ? 'Bestått, med skjønn' : 'Bestått') : `Ikke bestått. ${f!.reason}`,
      proposedOre: r?.proposedOre ?? 0,
      conflicts: itemConflicts,
      notTakingPart: present.filter((p) => itemConflicts.some((c) => c.personId === p.id)),
    };
    if (r) item.rank = r.rank;
    const score = scores.get(id);
    if (score) item.score = score;
    const rec = recommendationOf.get(id);
    if (rec) item.recommendation = rec;
    return [item];
  });

  const amounts = new Map(recommendations.map((r) => [r.applicationId, r.amountOre]));
  const budget = proposalBudget(ranked.call, ranked.allocationItems, amounts);
  return { meeting, call: ranked.call, present, people, items, budget };
}
