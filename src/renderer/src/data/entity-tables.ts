// Which entity type each writable table holds: the key for the generic entity writer.
import type { Call } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import type { Application } from '@renderer/domain/application';
import type { Screening } from '@renderer/domain/screening';
import type { Assessment } from '@renderer/domain/assessment';
import type { ConflictOfInterest } from '@renderer/domain/conflict-of-interest';
import type { Meeting } from '@renderer/domain/meeting';
import type { Decision } from '@renderer/domain/decision';
import type { Letter } from '@renderer/domain/letter';
import type { Payment } from '@renderer/domain/payment';
import type { Report } from '@renderer/domain/report';
import type { Appeal } from '@renderer/domain/appeal';
import type { Attachment } from '@renderer/domain/attachment';
import type { Acceptance } from '@renderer/domain/acceptance';
import type { PersonRow } from '@renderer/domain/person';
import type { Recommendation } from '@renderer/domain/recommendation';
import type { Repayment } from '@renderer/domain/repayment';

/** Tables whose rows carry id/createdAt/updatedAt (settings and municipalities do not). */
export interface EntityByTable {
  calls: Call;
  organisations: Organisation;
  applications: Application;
  screenings: Screening;
  assessments: Assessment;
  conflicts: ConflictOfInterest;
  meetings: Meeting;
  decisions: Decision;
  letters: Letter;
  payments: Payment;
  reports: Report;
  appeals: Appeal;
  attachments: Attachment;
  acceptances: Acceptance;
  people: PersonRow;
  recommendations: Recommendation;
  repayments: Repayment;
}
export type EntityTableName = keyof EntityByTable;
