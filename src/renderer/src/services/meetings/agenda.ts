// A meeting's agenda: the applications the officer may put on it (those that passed the screening,
// in ranked order, then those that failed it), and the chosen ones kept in that order.
import { ValidationError } from '../errors';
import type { RankedCall } from './ranked-call';

export interface AgendaChoice {
  applicationId: string;
  title: string;
  organisationName: string;
  reference: string;
  /** Rank in the ranked view; undefined when the screening failed. */
  rank?: number;
  /** Why the screening failed, when it did. */
  failedReason?: string;
}

/** Every application that can stand on the agenda, in agenda order. */
export function agendaChoices(ranked: RankedCall): AgendaChoice[] {
  return [
    ...ranked.ranked.map((r) => ({
      applicationId: r.application.id,
      title: r.application.title,
      organisationName: r.organisationName,
      reference: r.reference,
      rank: r.rank,
    })),
    ...ranked.failed.map((f) => ({
      applicationId: f.application.id,
      title: f.application.title,
      organisationName: f.organisationName,
      reference: f.reference,
      failedReason: f.reason,
    })),
  ];
}

/** The default agenda: every application that passed the screening, in ranked order. */
export function defaultAgenda(ranked: RankedCall): string[] {
  return ranked.ranked.map((r) => r.application.id);
}

/**
 * The chosen applications in agenda order (ranked order, then the failed ones), whatever order
 * they were chosen in; refuses an application that is not in the call and an empty agenda.
 */
export function orderAgenda(ranked: RankedCall, chosen: readonly string[]): string[] {
  const order = agendaChoices(ranked).map((c) => c.applicationId);
  const unknown = chosen.find((id) => !order.includes(id));
  if (unknown) {
    throw ValidationError.forField(
      'agendaApplicationIds',
      `Søknaden med id ${unknown} kan ikke stå på sakslisten: den hører ikke til utlysningen eller er trukket.`,
    );
  }
  const set = new Set(chosen);
  const agenda = order.filter((id) => set.has(id));
  if (agenda.length === 0) throw ValidationError.forField('agendaApplicationIds', 'Sakslisten må ha minst én søknad.');
  return agenda;
}
