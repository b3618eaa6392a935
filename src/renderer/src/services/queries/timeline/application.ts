// Timeline source: the application came in.
import { formatKroner } from '@renderer/domain/screening/format';
import type { TimelineSource } from './types';

export const applicationEvents: TimelineSource = async (db, applicationId) => {
  const application = await db.applications.get(applicationId);
  if (!application) return [];
  return [
    {
      date: application.receivedDate,
      stage: 'mottatt',
      label: 'Søknaden mottatt',
      detail: `Søkt om ${formatKroner(application.amountAppliedOre)}`,
    },
  ];
};
