// The whole case of one application as one timeline (Saksgang on the application's page). Each
// source reads its own table(s) and lives in its own file; to add one, write a TimelineSource in
// this folder and add it to TIMELINE_SOURCES. The merge sorts by date, then by the stage's place in
// the case (received before screened before decided …), then by the order the sources gave.
import type { AppDatabase } from '@renderer/data/db';
import { acceptanceEvents } from './acceptance';
import { appealEvents } from './appeals';
import { reportEvents } from './reports';
import { repaymentEvents } from './repayments';
import { applicationEvents } from './application';
import { assessmentEvents } from './assessments';
import { decisionEvents } from './decisions';
import { letterEvents } from './letters';
import { paymentEvents } from './payments';
import { screeningEvents } from './screening';
import type { TimelineEvent, TimelineSource, TimelineStage } from './types';

export type { TimelineEvent, TimelineSource, TimelineStage } from './types';

export const TIMELINE_SOURCES: TimelineSource[] = [
  applicationEvents,
  screeningEvents,
  assessmentEvents,
  decisionEvents,
  letterEvents,
  acceptanceEvents,
  paymentEvents,
  reportEvents,
  repaymentEvents,
  appealEvents,
];

export const STAGE_ORDER: readonly TimelineStage[] = [
  'mottatt',
  'vurdert_formelt',
  'vurdert',
  'vedtatt',
  'brev',
  'akseptert',
  'utbetalt',
  'rapport',
  'tilbakebetaling',
  'klage',
];

/** Sorts events by date, then stage order; equal ones keep their given order. */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  const rank = (e: TimelineEvent) => STAGE_ORDER.indexOf(e.stage);
  // Dates compare on their first ten characters, so a timestamp and a plain date of the same day tie.
  return events.toSorted((a, b) => a.date.slice(0, 10).localeCompare(b.date.slice(0, 10)) || rank(a) - rank(b));
}

/** Every source's events for one application, oldest first, read in one transaction. */
export async function caseTimeline(
  db: AppDatabase,
  applicationId: string,
  sources: readonly TimelineSource[] = TIMELINE_SOURCES,
): Promise<TimelineEvent[]> {
  const events = await db.transaction('r', db.tables, () => Promise.all(sources.map((source) => source(db, applicationId))));
  return sortTimeline(events.flat());
}
