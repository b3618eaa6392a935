// Inputs for the reminder and the repayment claim, built on the decision letter's Bergen fixture.
import { DEFAULT_LETTER_TEXTS } from '@renderer/documents/pdf/letter-texts';
import type { ReportReminderInput } from '@renderer/documents/pdf/follow-up/report-reminder-letter';
import type { RepaymentClaimInput } from '@renderer/documents/pdf/follow-up/repayment-claim-letter';
import type { LetterLanguage } from '@renderer/domain/settings';
import { KR, letterInput } from './letter-fixtures';

function common(language: LetterLanguage) {
  const base = letterInput('innvilget', { appliedKr: 150_000 });
  return {
    language,
    letterDate: '2021-02-15',
    reference: '20/01234-9',
    application: base.application,
    organisation: base.organisation,
    call: base.call,
    municipality: base.municipality,
    letterhead: base.letterhead,
    texts: DEFAULT_LETTER_TEXTS[language],
    generatedAt: new Date('2021-02-15T09:00:00.000Z'),
  };
}

export function reminderInput(language: LetterLanguage, patch: Partial<ReportReminderInput> = {}): ReportReminderInput {
  return {
    ...common(language),
    decision: { decidedAt: '2020-03-16', amountGrantedOre: 150_000 * KR },
    report: {
      annualReportReceived: false, accountsReceived: true, auditRequired: true, auditedAccountsReceived: false, unusedAmountStated: false,
    },
    dueDate: '2021-02-01',
    newDeadline: '2021-03-08',
    ...patch,
  };
}

export function claimInput(language: LetterLanguage, patch: Partial<RepaymentClaimInput> = {}): RepaymentClaimInput {
  return {
    ...common(language),
    letterDate: '2021-03-15',
    decision: { decidedAt: '2020-03-16', amountGrantedOre: 150_000 * KR },
    paidOre: 150_000 * KR,
    reportReceivedDate: '2021-02-20',
    claim: {
      basis: 'ubrukte_midler',
      amountOre: 12_500 * KR,
      reason: 'Regnskapet viser at kr 12 500 ikke ble brukt fordi to av kveldskursene ble avlyst. Det er ikke søkt om å bruke pengene på annen måte.',
      deadline: '2021-04-15',
      accountNumber: '15032080119',
      paymentReference: '20/01234-9',
    },
    ...patch,
  };
}
