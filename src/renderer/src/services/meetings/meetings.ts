// Committee meetings: created with the people present and an agenda (by default every application
// that passed the screening, in ranked order); meeting mode records the committee's recommendation
// per item and where it stands, each as its own logged write, so nothing is lost mid-meeting.
import { isFullGrant, type DecisionOutcome } from '@renderer/domain/decision';
import { MeetingSchema, type Meeting } from '@renderer/domain/meeting';
import { maxAmountOre, proposalProblem } from '@renderer/domain/meetings/allocation';
import { RecommendationSchema, type Recommendation } from '@renderer/domain/recommendation';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { defaultAgenda, orderAgenda } from './agenda';
import { loadRankedCall } from './ranked-call';

export interface MeetingInput {
  callId: string;
  date: string;
  place?: string;
  presentPersonIds: string[];
  /** Defaults to every application that passed the screening, in ranked order. */
  agendaApplicationIds?: string[];
}

export function readTables(ctx: ServiceContext) {
  const { db } = ctx;
  return [db.calls, db.applications, db.screenings, db.organisations, db.recommendations, db.assessments, db.conflicts, db.people, db.meetings, db.changeLog];
}

export async function createMeeting(ctx: ServiceContext, input: MeetingInput): Promise<Meeting> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', readTables(ctx), async () => {
    if (input.presentPersonIds.length === 0) throw ValidationError.forField('presentPersonIds', 'Velg minst ett medlem som er til stede.');
    const people = await db.people.bulkGet(input.presentPersonIds);
    const missing = input.presentPersonIds.find((_, i) => !people[i]);
    if (missing) throw new EntityNotFoundError('people', missing);
    const ranked = await loadRankedCall(db, input.callId);
    if (!input.agendaApplicationIds && ranked.ranked.length === 0) {
      throw ValidationError.forField('agendaApplicationIds', 'Utlysningen har ingen søknader som har bestått den formelle vurderingen.');
    }
    const agenda = orderAgenda(ranked, input.agendaApplicationIds ?? defaultAgenda(ranked));
    const row = parseRow(MeetingSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      callId: input.callId,
      date: input.date,
      place: input.place,
      members: people.map((p) => p!.name),
      presentPersonIds: input.presentPersonIds,
      agendaApplicationIds: agenda,
      minutes: '',
      currentIndex: 0,
    });
    await addLogged(db, stamp, 'meetings', row);
    return row;
  });
}

/** Remembers the agenda item meeting mode shows, so reopening resumes there. */
export async function setMeetingPosition(ctx: ServiceContext, meetingId: string, index: number): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.changeLog, async () => {
    const before = await db.meetings.get(meetingId);
    if (!before) throw new EntityNotFoundError('meetings', meetingId);
    const clamped = Math.max(0, Math.min(index, before.agendaApplicationIds.length - 1));
    if (before.currentIndex === clamped) return;
    await putLogged(db, stamp, 'meetings', before, { ...before, currentIndex: clamped, updatedAt: stamp.at });
  });
}

export interface RecommendationInput {
  outcome: DecisionOutcome;
  /** Needed for a partial grant; a full grant takes the amount applied for, a refusal 0. */
  amountOre?: number;
  reason?: string;
}

/** Records (or changes) the committee's recommendation for one agenda item. */
export async function recordRecommendation(
  ctx: ServiceContext,
  meetingId: string,
  applicationId: string,
  input: RecommendationInput,
): Promise<Recommendation> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', readTables(ctx), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new EntityNotFoundError('meetings', meetingId);
    if (!meeting.agendaApplicationIds.includes(applicationId)) {
      throw ValidationError.forField('applicationId', 'Søknaden står ikke på sakslisten til møtet.');
    }
    const ranked = await loadRankedCall(db, meeting.callId);
    const item = ranked.allocationItems.find((i) => i.applicationId === applicationId);
    const application = await db.applications.get(applicationId);
    if (!item || !application) throw new EntityNotFoundError('applications', applicationId);

    const applied = application.amountAppliedOre;
    let amount = 0;
    if (input.outcome === 'innvilget') {
      amount = applied;
      if (maxAmountOre(ranked.call, item) < applied) {
        throw ValidationError.forField('outcome', `Søknaden kan få høyst ${formatMoney(maxAmountOre(ranked.call, item))}; velg delvis innvilge.`);
      }
    } else if (input.outcome === 'delvis_innvilget') {
      amount = input.amountOre ?? 0;
      if (amount <= 0 || amount >= applied) {
        throw ValidationError.forField('amountOre', `Ved delvis innvilgelse må beløpet være over 0 og under søkt beløp ${formatMoney(applied)}.`);
      }
    }
    const existing = await db.recommendations.where('meetingId').equals(meetingId).toArray();
    const before = existing.find((r) => r.applicationId === applicationId);
    const amounts = new Map(existing.filter((r) => r.applicationId !== applicationId).map((r) => [r.applicationId, r.amountOre]));
    const problem = amount > 0 ? proposalProblem(ranked.call, ranked.allocationItems, amounts, item, amount) : null;
    if (problem) throw ValidationError.forField('amountOre', problem.replace('Forslaget', 'Innstillingen'));

    const after = parseRow(RecommendationSchema, {
      id: before?.id ?? ctx.newId(),
      createdAt: before?.createdAt ?? stamp.at,
      updatedAt: stamp.at,
      callId: meeting.callId,
      applicationId,
      meetingId,
      outcome: input.outcome,
      amountOre: amount,
      reason: input.reason ?? before?.reason ?? '',
    });
    if (before) await putLogged(db, stamp, 'recommendations', before, after);
    else await addLogged(db, stamp, 'recommendations', after);
    return after;
  });
}

/** True when the recommendation still lacks the reason a decision would need (fvl. § 24). */
export function needsReason(r: Pick<Recommendation, 'outcome' | 'amountOre' | 'reason'>, amountAppliedOre: number): boolean {
  if (!r.outcome) return false;
  return !isFullGrant({ outcome: r.outcome, amountGrantedOre: r.amountOre, amountAppliedOre }) && r.reason.trim() === '';
}
