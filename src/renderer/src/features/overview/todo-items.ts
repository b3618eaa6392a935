// «Å gjøre» as a list of items: count, title, why it matters and the filtered list it opens.
import { formatDate } from '@renderer/i18n/format';
import { overviewText } from '@renderer/i18n/overview';
import type { CallTodo } from '@renderer/services/queries/overview/todo';
import { todoLinks } from './overview-links';

export interface TodoItem {
  key: string;
  count: number;
  title: string;
  why: string;
  to: string;
}

const t = overviewText.todo;

export function todoItems(todo: CallTodo): TodoItem[] {
  const c = todo.callId;
  const meeting = todo.nextMeeting;
  return [
    { key: 'unscreened', count: todo.unscreened, ...t.unscreened, to: todoLinks.applications(c, 'ikke_vurdert') },
    { key: 'needsJudgement', count: todo.needsJudgement, ...t.needsJudgement, to: todoLinks.applications(c, 'skjonn') },
    ...todo.assessors.map((a) => ({
      key: `assessor-${a.personId}`,
      count: a.missing,
      title: t.assessor.title(a.name),
      why: t.assessor.why,
      to: todoLinks.assessment(c),
    })),
    ...(meeting
      ? [{
          key: 'meeting',
          count: meeting.agendaCount,
          title: t.meeting.title(formatDate(meeting.date)),
          why: t.meeting.why(meeting.conflictsRecorded),
          to: todoLinks.assessment(c),
        }]
      : []),
    { key: 'recommendedUndecided', count: todo.recommendedUndecided, ...t.recommendedUndecided, to: todoLinks.decisions(c, 'innstilt') },
    { key: 'withoutLetter', count: todo.withoutLetter, ...t.withoutLetter, to: todoLinks.decisions(c, 'mangler') },
    { key: 'lettersUnsent', count: todo.lettersUnsent, ...t.lettersUnsent, to: todoLinks.decisions(c, 'ikke_sendt') },
    { key: 'acceptancesOverdue', count: todo.acceptancesOverdue, ...t.acceptancesOverdue, to: todoLinks.payments(c, 'aksept', true) },
    { key: 'paymentsDue', count: todo.paymentsDue, ...t.paymentsDue, to: todoLinks.payments(c, 'terminer', true) },
    { key: 'reportsDueSoon', count: todo.reportsDueSoon, ...t.reportsDueSoon, to: todoLinks.reports(c, 'forfaller_snart') },
    { key: 'reportsOverdue', count: todo.reportsOverdue, ...t.reportsOverdue, to: todoLinks.reports(c, 'forfalt') },
    { key: 'claimsUnpaid', count: todo.claimsUnpaid, ...t.claimsUnpaid, to: todoLinks.claims(c) },
    { key: 'appealsOpen', count: todo.appealsOpen, ...t.appealsOpen, to: todoLinks.appeals(c) },
  ];
}
