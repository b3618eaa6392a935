// The payments overview of one call, live: follows every acceptance, letter and payment.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { osloDate } from '@renderer/domain/oslo-date';
import { loadPaymentsOverview, type PaymentsOverview } from '@renderer/services/queries/payments-overview';

/** undefined while loading, null when the call does not exist. */
export function usePaymentsOverview(callId: string | undefined): PaymentsOverview | null | undefined {
  return useLiveQuery(
    () => (callId ? loadPaymentsOverview(getDb(), callId, osloDate(new Date())) : Promise.resolve(null)),
    [callId],
  );
}
