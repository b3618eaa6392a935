// Timeline source: the grantee's acceptance of the conditions, or the grant lapsing without it (R11).
import type { AcceptanceChannel } from '@renderer/domain/acceptance';
import type { TimelineEvent, TimelineSource } from './types';

const CHANNEL: Record<AcceptanceChannel, string> = { 'e-post': 'e-post', brev: 'brev', portal: 'portal' };

export const acceptanceEvents: TimelineSource = async (db, applicationId) => {
  const decisionIds = await db.decisions.where('applicationId').equals(applicationId).primaryKeys();
  const rows = await db.acceptances.where('decisionId').anyOf(decisionIds).toArray();
  return rows.map((a): TimelineEvent =>
    a.status === 'akseptert'
      ? { date: a.receivedDate ?? '', stage: 'akseptert', label: 'Vilkårene akseptert', detail: `Mottatt på ${a.channel ? CHANNEL[a.channel] : 'ukjent måte'}${a.note ? ` – ${a.note}` : ''}` }
      : { date: a.lapsedDate ?? '', stage: 'akseptert', label: 'Tilskuddet falt bort: aksepten kom ikke', ...(a.note ? { detail: a.note } : {}) },
  );
};
