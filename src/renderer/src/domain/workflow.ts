// Status workflows of calls and applications: which moves are allowed, and why others are refused.
//
// Calls:        utkast → apen → lukket → vedtatt → arkivert.
//               One step back where it undoes a mistake without losing work: lukket → apen (reopen,
//               e.g. a prolonged deadline), vedtatt → lukket (decisions reopened before letters go
//               out), arkivert → vedtatt (taken out of the archive, e.g. after an appeal).
//               apen → utkast is refused: applications may already have come in.
// Applications: mottatt → under_behandling → vurdert → vedtatt → avsluttet.
//               vurdert → under_behandling reopens the assessment. trukket (withdrawn) from any
//               state before vedtatt; trukket → mottatt reinstates a withdrawal registered by mistake.
//               Once vedtatt, only a new decision changes the case, so there is no way back.
import type { ApplicationStatus } from './application';
import type { CallStatus } from './call';
import { lowerFirst } from './vocabulary/format';
import { APPLICATION_STATUS_LABELS, CALL_STATUS_LABELS } from './vocabulary/terms';

export const CALL_TRANSITIONS: Readonly<Record<CallStatus, readonly CallStatus[]>> = {
  utkast: ['apen'],
  apen: ['lukket'],
  lukket: ['vedtatt', 'apen'],
  vedtatt: ['arkivert', 'lukket'],
  arkivert: ['vedtatt'],
};

export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  mottatt: ['under_behandling', 'trukket'],
  under_behandling: ['vurdert', 'trukket'],
  vurdert: ['vedtatt', 'under_behandling', 'trukket'],
  vedtatt: ['avsluttet'],
  avsluttet: [],
  trukket: ['mottatt'],
};

function listNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

function transitionProblem<S extends string>(
  noun: string,
  transitions: Readonly<Record<S, readonly S[]>>,
  labelOf: Readonly<Record<S, string>>,
  from: S,
  to: S,
): string | null {
  const labels = (status: S): string => lowerFirst(labelOf[status]);
  if (from === to) return `${noun} har allerede status «${labels(to)}».`;
  const allowed = transitions[from];
  if (allowed.includes(to)) return null;
  const options =
    allowed.length === 0
      ? 'Statusen kan ikke endres.'
      : `Den kan bare endres til ${listNorwegian(allowed.map((s) => `«${labels(s)}»`))}.`;
  return `${noun} kan ikke endres fra «${labels(from)}» til «${labels(to)}». ${options}`;
}

/** Norwegian reason a call may not move from `from` to `to`, or null when it may. */
export function callTransitionProblem(from: CallStatus, to: CallStatus): string | null {
  return transitionProblem('Utlysningen', CALL_TRANSITIONS, CALL_STATUS_LABELS, from, to);
}

/** Norwegian reason an application may not move from `from` to `to`, or null when it may. */
export function applicationTransitionProblem(
  from: ApplicationStatus,
  to: ApplicationStatus,
): string | null {
  return transitionProblem('Søknaden', APPLICATION_TRANSITIONS, APPLICATION_STATUS_LABELS, from, to);
}

/** An application's facts may change only before it is decided or withdrawn. */
export function isApplicationEditable(status: ApplicationStatus): boolean {
  return status === 'mottatt' || status === 'under_behandling' || status === 'vurdert';
}

/** Decided cases keep the screening they were decided on: later changes do not re-screen them. */
export function isScreeningFrozen(status: ApplicationStatus): boolean {
  return status === 'vedtatt' || status === 'avsluttet';
}

/** A call's rule settings may change only before it is decided (decisions rest on them). */
export function areCallRulesEditable(status: CallStatus): boolean {
  return status === 'utkast' || status === 'apen' || status === 'lukket';
}

/** Nothing in an archived call changes, and no application is added to it. */
export function isCallArchived(status: CallStatus): boolean {
  return status === 'arkivert';
}
