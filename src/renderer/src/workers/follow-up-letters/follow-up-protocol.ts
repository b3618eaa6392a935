// Messages between the follow-up letters client and its worker: reminders for missing reports and
// repayment claims. Inputs are plain data; each PDF comes back as a transferred buffer.
import type { ReportReminderInput } from '@renderer/documents/pdf/follow-up/report-reminder-letter';
import type { RepaymentClaimInput } from '@renderer/documents/pdf/follow-up/repayment-claim-letter';

export type FollowUpJob =
  | { kind: 'purring'; key: string; input: ReportReminderInput }
  | { kind: 'tilbakebetalingskrav'; key: string; input: RepaymentClaimInput };

export interface FollowUpRenderRequest {
  type: 'render';
  jobs: FollowUpJob[];
}

export type FollowUpRenderResponse =
  | { type: 'letter'; key: string; index: number; bytes: Uint8Array }
  | { type: 'done' }
  | { type: 'error'; key?: string; message: string };
