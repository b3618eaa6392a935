// One event in an application's case history (the timeline on the application's page): received,
// screened, assessed, decided, letter sent, accepted, paid, report, repayment, appeal. Each source
// (a table or an area) contributes its events through a function of the shape of TimelineSource.
import type { AppDatabase } from '@renderer/data/db';

export type TimelineStage =
  | 'mottatt'
  | 'vurdert_formelt'
  | 'vurdert'
  | 'vedtatt'
  | 'brev'
  | 'akseptert'
  | 'utbetalt'
  | 'rapport'
  | 'tilbakebetaling'
  | 'klage';

export interface TimelineEvent {
  /** When it happened, YYYY-MM-DD (or an ISO timestamp; sorted as text). */
  date: string;
  stage: TimelineStage;
  /** What happened, in Norwegian bokmål, e.g. «Utbetalt termin 1: kr 25 000». */
  label: string;
  /** Optional second line (who, why). */
  detail?: string;
}

/** Reads one source's events for one application. */
export type TimelineSource = (db: AppDatabase, applicationId: string) => Promise<TimelineEvent[]>;
