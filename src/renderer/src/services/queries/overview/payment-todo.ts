// «Å gjøre»: a call's grants whose acceptance (R11) is overdue, and payment terms that are due and
// not paid. Counted from what the Utbetalinger page shows, so both always agree.
import type { AppDatabase } from '@renderer/data/db';
import { loadPaymentsOverview } from '../payments-overview';

export interface PaymentTodo {
  acceptancesOverdue: number;
  paymentsDue: number;
}

export async function countPaymentTodo(db: AppDatabase, callId: string, today: string): Promise<PaymentTodo> {
  const overview = await loadPaymentsOverview(db, callId, today);
  if (!overview) return { acceptancesOverdue: 0, paymentsDue: 0 };
  return {
    acceptancesOverdue: overview.grants.filter((g) => g.state.kind === 'venter' && g.state.overdue).length,
    paymentsDue: overview.terms.filter((t) => t.state === 'forfalt').length,
  };
}
