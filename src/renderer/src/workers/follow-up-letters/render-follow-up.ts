// One follow-up letter from input to PDF bytes; shared by the worker and the main-thread fallback.
import { buildReportReminderLetter } from '@renderer/documents/pdf/follow-up/report-reminder-letter';
import { buildRepaymentClaimLetter } from '@renderer/documents/pdf/follow-up/repayment-claim-letter';
import { renderPdf } from '@renderer/documents/pdf/render-browser';
import type { FollowUpJob } from './follow-up-protocol';

export function renderFollowUp(job: FollowUpJob): Promise<Uint8Array> {
  return renderPdf(job.kind === 'purring' ? buildReportReminderLetter(job.input) : buildRepaymentClaimLetter(job.input));
}
