// Timeline source: each assessor's scoring against the criteria (R9), when there is any.
import { osloDate } from '@renderer/domain/oslo-date';
import type { TimelineSource } from './types';

export const assessmentEvents: TimelineSource = async (db, applicationId) => {
  const assessments = await db.assessments.where('applicationId').equals(applicationId).toArray();
  return assessments.map((a) => ({
    date: osloDate(a.updatedAt),
    stage: 'vurdert',
    label: `Vurdert av ${a.assessor}`,
    detail: `${Object.keys(a.scores).length} kriterier med poeng`,
  }));
};
