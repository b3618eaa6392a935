// Timeline source: the formal screening (R1–R8) and any officer overrides of it.
import { osloDate } from '@renderer/domain/oslo-date';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { screeningSummary } from '@renderer/domain/screening/summary';
import type { ScreeningOutcome } from '@renderer/domain/screening';
import type { TimelineEvent, TimelineSource } from './types';

const RESULT: Record<ScreeningOutcome, string> = {
  bestatt: 'bestått',
  ikke_bestatt: 'ikke bestått',
  skjonn: 'trenger skjønn',
};

export const screeningEvents: TimelineSource = async (db, applicationId) => {
  const screenings = await db.screenings.where('applicationId').equals(applicationId).toArray();
  return screenings.flatMap((s): TimelineEvent[] => [
    {
      date: osloDate(s.screenedAt),
      stage: 'vurdert_formelt',
      label: `Formelt vurdert: ${RESULT[screeningSummary(effectiveResults(s.results, s.overrides))]}`,
    },
    ...s.overrides.map(
      (o): TimelineEvent => ({
        date: osloDate(o.at),
        stage: 'vurdert_formelt',
        label: `${o.rule} overstyrt til ${RESULT[o.result]}`,
        detail: `${o.by}: ${o.reason}`,
      }),
    ),
  ]);
};
