// Timeline source: decision letters sent, and acceptance reminders made. Letters made but never sent
// are drafts and stay out of the case's history.
import type { LetterKind } from '@renderer/domain/letter';
import { osloDate } from '@renderer/domain/oslo-date';
import type { TimelineEvent, TimelineSource } from './types';

const SENT: Partial<Record<LetterKind, string>> = {
  innvilgelse: 'Vedtaksbrev sendt (innvilgelse)',
  delvis_innvilgelse: 'Vedtaksbrev sendt (delvis innvilgelse)',
  avslag: 'Vedtaksbrev sendt (avslag)',
  avvisning: 'Vedtaksbrev sendt (avvisning)',
};

const LANGUAGE = { nb: 'bokmål', nn: 'nynorsk' } as const;

export const letterEvents: TimelineSource = async (db, applicationId) => {
  const decisionIds = await db.decisions.where('applicationId').equals(applicationId).primaryKeys();
  const out: TimelineEvent[] = [];
  // Only the heads are kept; the PDF bytes are dropped as the rows pass.
  await db.letters.where('decisionId').anyOf(decisionIds).each((l) => {
    const sent = SENT[l.kind];
    if (sent && l.sentDate) out.push({ date: l.sentDate, stage: 'brev', label: sent, detail: LANGUAGE[l.language] });
    if (l.kind === 'aksept_purring') {
      out.push({ date: osloDate(l.createdAt), stage: 'brev', label: 'Purring på aksept laget', detail: LANGUAGE[l.language] });
    }
  });
  return out;
};
