// Messages between the follow-up letters client's pool and its workers: reminders for missing
// reports and repayment claims. The same numbered one-letter requests as the decision letters
// (workers/letters/letters-protocol.ts), so the same pool runs both.
import type { ReportReminderInput } from '@renderer/documents/pdf/follow-up/report-reminder-letter';
import type { RepaymentClaimInput } from '@renderer/documents/pdf/follow-up/repayment-claim-letter';
import type { PoolRequest, PoolResponse } from '../letters/letters-protocol';

export type FollowUpJob =
  | { kind: 'purring'; key: string; input: ReportReminderInput }
  | { kind: 'tilbakebetalingskrav'; key: string; input: RepaymentClaimInput };

export type FollowUpRenderRequest = PoolRequest<FollowUpJob>;

export type FollowUpRenderResponse = PoolResponse;
