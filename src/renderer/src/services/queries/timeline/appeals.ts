// The appeals' part of an application's case history: received (with the deadline check),
// the municipality's own review, forwarding to IMDi, IMDi's outcome, and § 42 postponement.
import type { Appeal } from '@renderer/domain/appeal';
import { formatDate } from '@renderer/domain/vocabulary/format';
import type { TimelineEvent, TimelineSource } from './types';

const IMDI_OUTCOME: Record<NonNullable<Appeal['imdiOutcome']>, string> = {
  opprettholdt: 'IMDi stadfestet vedtaket',
  omgjort: 'IMDi omgjorde vedtaket',
  opphevet: 'IMDi opphevet vedtaket og sendte saken tilbake',
};

function deadlineDetail(a: Appeal): string | undefined {
  const frist = a.deadlineDate ? ` (frist ${formatDate(a.deadlineDate)})` : '';
  if (a.withinDeadline) return `Innen klagefristen${frist}`;
  const considered =
    a.lateConsidered === undefined ? '' : a.lateConsidered ? '; behandles likevel (§ 31)' : '; ikke behandlet (§ 31)';
  return `Etter klagefristen${frist}${considered}`;
}

export function eventsOfAppeal(a: Appeal): TimelineEvent[] {
  const who = a.appellant ? ` fra ${a.appellant}` : '';
  const events: TimelineEvent[] = [{ date: a.receivedDate, stage: 'klage', label: `Klage mottatt${who}`, detail: deadlineDetail(a) }];
  if (a.postponementRequestedDate) {
    const answer = a.postponementAnswer
      ? `${a.postponementAnswer === 'innvilget' ? 'innvilget' : 'avslått'}${a.postponementAnswerDate ? ` ${formatDate(a.postponementAnswerDate)}` : ''}`
      : 'ikke besvart';
    events.push({ date: a.postponementRequestedDate, stage: 'klage', label: 'Bedt om utsatt iverksetting (§ 42)', detail: `Svar: ${answer}` });
  }
  if (a.ownReview && a.ownReviewDate) {
    events.push({
      date: a.ownReviewDate,
      stage: 'klage',
      label: a.ownReview === 'omgjort' ? 'Kommunen omgjorde vedtaket etter klagen' : 'Kommunen opprettholdt vedtaket etter klagen',
      detail: a.ownReviewComment,
    });
  }
  if (a.forwardedToImdiDate) events.push({ date: a.forwardedToImdiDate, stage: 'klage', label: 'Klagen sendt til IMDi' });
  if (a.imdiOutcome && a.imdiOutcomeDate) {
    events.push({ date: a.imdiOutcomeDate, stage: 'klage', label: IMDI_OUTCOME[a.imdiOutcome], detail: a.imdiComment });
  }
  return events;
}

export const appealEvents: TimelineSource = async (db, applicationId) => {
  const decisionIds = await db.decisions.where('applicationId').equals(applicationId).primaryKeys();
  if (decisionIds.length === 0) return [];
  const appeals = await db.appeals.where('decisionId').anyOf(decisionIds).toArray();
  return appeals.flatMap(eventsOfAppeal);
};
