// Timeline source: each assessor's scoring against the criteria (R9), when there is any.
import { osloDate } from '@renderer/domain/oslo-date';
import type { TimelineSource } from './types';

export const assessmentEvents: TimelineSource = async (db, applicationId) => {
  const assessments = await db.assessments.where('applicationId').equals(applicationId).toArray();
  const people = await db.people.bulkGet([...new Set(assessments.map((a) => a.personId))]);
  const nameOf = new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  return assessments.map((a) => ({
    date: osloDate(a.updatedAt),
    stage: 'vurdert',
    label: `Vurdert av ${nameOf.get(a.personId) ?? 'en vurderer som er fjernet'}`,
    detail: `${Object.keys(a.scores).length} kriterier med poeng${a.source === 'skjema' ? ' (fra vurderingsskjema)' : ''}`,
  }));
};
