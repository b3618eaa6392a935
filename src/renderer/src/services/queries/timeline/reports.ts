// Timeline events of an application's report (R12): received, approved, and reminders sent.
import { formatDate } from '@renderer/domain/vocabulary/format';
import type { TimelineEvent, TimelineSource } from './types';

export const reportEvents: TimelineSource = async (db, applicationId) => {
  return db.transaction('r', [db.decisions, db.reports, db.letters], async () => {
    const decisionIds = (await db.decisions.where('applicationId').equals(applicationId).toArray()).map((d) => d.id);
    if (decisionIds.length === 0) return [];
    const [reports, letters] = await Promise.all([
      db.reports.where('decisionId').anyOf(decisionIds).toArray(),
      db.letters.where('decisionId').anyOf(decisionIds).toArray(),
    ]);
    const events: TimelineEvent[] = [];
    for (const r of reports) {
      if (r.receivedDate) {
        events.push({ date: r.receivedDate, stage: 'rapport', label: 'Rapport og regnskap mottatt', detail: `Frist var ${formatDate(r.dueDate)}` });
      }
      if (r.approved && r.approvedDate) {
        const detail = [r.approvedBy ? `Godkjent av ${r.approvedBy}` : '', r.approvalNote ?? ''].filter(Boolean).join('. ');
        events.push({ date: r.approvedDate, stage: 'rapport', label: 'Rapporten er godkjent', ...(detail ? { detail } : {}) });
      }
    }
    for (const l of letters) {
      if (l.kind !== 'purring') continue;
      events.push({ date: l.sentDate ?? l.createdAt.slice(0, 10), stage: 'rapport', label: 'Purring på rapport og regnskap sendt' });
    }
    return events;
  });
};
