// Timeline source: the application came in.
import { formatMoney } from '@renderer/domain/vocabulary/format';
import type { TimelineSource } from './types';

export const applicationEvents: TimelineSource = async (db, applicationId) => {
  const application = await db.applications.get(applicationId);
  if (!application) return [];
  return [
    {
      date: application.receivedDate,
      stage: 'mottatt',
      label: 'Søknaden mottatt',
      detail: `Søkt om ${formatMoney(application.amountAppliedOre)}`,
    },
  ];
};
