// Payment terms of a grant (R11), the acceptance deadline with reminders, and the payment list.
import { describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { acceptanceState, effectiveAcceptanceDeadline } from '@renderer/domain/payments/acceptance-state';
import { grantTerms, overpaidOre, paidTotalOre, termState } from '@renderer/domain/payments/grant-terms';
import { buildPaymentList, type PaymentListCandidate } from '@renderer/domain/payments/payment-list';

const KR = 100;
const rules = defaultCallRules(2020);

describe('grantTerms', () => {
  it('pays a grant at the threshold in one term, due at the letter’s acceptance deadline', () => {
    expect(grantTerms(30_000 * KR, rules, 2020, '2020-03-01')).toEqual([{ term: 1, amountOre: 30_000 * KR, dueDate: '2020-03-22' }]);
  });

  it('splits a grant one øre above the threshold into spring and autumn, summing to the grant', () => {
    const terms = grantTerms(30_000 * KR + 1, rules, 2020, '2020-03-01');
    expect(terms.map((t) => [t.term, t.dueDate])).toEqual([
      [1, '2020-03-22'],
      [2, '2020-09-01'],
    ]);
    expect(terms.reduce((s, t) => s + t.amountOre, 0)).toBe(30_000 * KR + 1);
  });

  it('follows the call’s own threshold', () => {
    expect(grantTerms(20_000 * KR, { splitPaymentThresholdOre: 10_000 * KR }, 2020, '2020-03-01')).toHaveLength(2);
    expect(grantTerms(20_000 * KR, { splitPaymentThresholdOre: 20_000 * KR }, 2020, '2020-03-01')).toHaveLength(1);
  });

  it('takes what earlier decisions paid off the earliest terms, so the total never passes the grant', () => {
    // 40 000 is 20 000 + 20 000; 25 000 was paid under the old decision.
    const terms = grantTerms(40_000 * KR, rules, 2020, '2020-03-01', 25_000 * KR);
    expect(terms).toEqual([{ term: 2, amountOre: 15_000 * KR, dueDate: '2020-09-01' }]);
    expect(grantTerms(20_000 * KR, rules, 2020, '2020-03-01', 25_000 * KR)).toEqual([]);
  });

  it('counts only terms with a paid date, and what is paid beyond the grant is to be claimed back', () => {
    const paid = paidTotalOre([
      { amountOre: 20_000 * KR, paidDate: '2020-04-01' },
      { amountOre: 20_000 * KR, paidDate: undefined },
    ]);
    expect(paid).toBe(20_000 * KR);
    expect(overpaidOre(paid, 15_000 * KR)).toBe(5_000 * KR);
    expect(overpaidOre(paid, 40_000 * KR)).toBe(0);
  });

  it('calls a released term due from its due date', () => {
    expect(termState({ dueDate: '2020-03-22', paidDate: undefined }, '2020-03-21')).toBe('frigitt');
    expect(termState({ dueDate: '2020-03-22', paidDate: undefined }, '2020-03-22')).toBe('forfalt');
    expect(termState({ dueDate: '2020-03-22', paidDate: '2020-03-25' }, '2020-03-30')).toBe('utbetalt');
  });
});

describe('acceptance deadline', () => {
  it('is overdue the day after the letter’s deadline', () => {
    expect(acceptanceState('2020-03-01', undefined, '2020-03-22')).toEqual({ kind: 'venter', deadline: '2020-03-22', overdue: false });
    expect(acceptanceState('2020-03-01', undefined, '2020-03-23')).toMatchObject({ kind: 'venter', overdue: true });
  });

  it('moves to 14 days after a later reminder, and an accepted grant is never overdue', () => {
    expect(effectiveAcceptanceDeadline('2020-03-01', ['2020-03-25'])).toBe('2020-04-08');
    // A reminder sent early does not shorten the letter's deadline.
    expect(effectiveAcceptanceDeadline('2020-03-01', ['2020-03-02'])).toBe('2020-03-22');
    expect(acceptanceState('2020-03-01', { status: 'akseptert', receivedDate: '2020-03-10' }, '2020-05-01').kind).toBe('akseptert');
  });
});

describe('buildPaymentList', () => {
  const candidate = (patch: Partial<PaymentListCandidate>): PaymentListCandidate => ({
    paymentId: 'p',
    orgnr: '864139442',
    organisation: 'Bergen Røde Kors',
    accountNumber: '1234.56.78903',
    amountOre: 10_000 * KR,
    reference: '2020/ABC',
    dueDate: '2020-03-22',
    term: 1,
    ...patch,
  });

  it('stops rows with a missing or invalid kontonummer, naming why, and sums only the rows that go', () => {
    const list = buildPaymentList([
      candidate({ paymentId: 'ok', amountOre: 15_000 * KR + 50 }),
      candidate({ paymentId: 'missing', organisation: 'Kirkens Bymisjon', accountNumber: undefined }),
      candidate({ paymentId: 'bad', organisation: 'Sjakklubben', accountNumber: '12345678904', term: 2 }),
      candidate({ paymentId: 'ok2', amountOre: 5_000 * KR }),
    ]);
    expect(list.rows.map((r) => r.paymentId)).toEqual(['ok', 'ok2']);
    expect(list.rows[0]!.accountNumber).toBe('12345678903');
    expect(list.totalOre).toBe(20_000 * KR + 50);
    expect(list.stopped.map((s) => s.reason)).toEqual([
      'Kirkens Bymisjon (org.nr. 864 139 442), termin 1: Kontonummer mangler. Rett kontonummeret på organisasjonen.',
      'Sjakklubben (org.nr. 864 139 442), termin 2: Kontonummeret er ikke gyldig: kontrollsifferet stemmer ikke. Rett kontonummeret på organisasjonen.',
    ]);
  });
});
