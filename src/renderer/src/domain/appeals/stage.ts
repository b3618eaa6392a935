// Where an appeal stands, and what needs the officer's attention, from its record alone.
import type { Appeal } from '../appeal';

export type AppealStage =
  /** Registered; nothing decided yet. */
  | 'mottatt'
  /** Under the municipality's own review (§ 33), e.g. upheld but not yet forwarded. */
  | 'egen_vurdering'
  /** The municipality reversed its decision (§ 33): a new decision was made. */
  | 'omgjort'
  /** A late appeal the municipality did not consider (§ 31). */
  | 'avvist'
  /** Forwarded to IMDi; waiting for its decision. */
  | 'oversendt'
  /** IMDi has decided. */
  | 'avgjort';

export function appealStage(a: Appeal): AppealStage {
  if (a.imdiOutcome) return 'avgjort';
  if (a.forwardedToImdiDate) return 'oversendt';
  if (a.ownReview === 'omgjort') return 'omgjort';
  if (!a.withinDeadline && a.lateConsidered === false) return 'avvist';
  if (a.ownReview === 'opprettholdt' || a.lateConsidered === true) return 'egen_vurdering';
  return 'mottatt';
}

export type AppealFlag =
  /** Came in after the deadline (§ 31 lets it be considered). */
  | 'for_sent'
  /** Late, and nobody has yet recorded whether it is considered. */
  | 'mangler_paragraf_31'
  /** § 32: not signed. */
  | 'ikke_underskrevet'
  /** § 42: postponement asked for and not yet answered. */
  | 'utsettelse_ubesvart';

export function appealFlags(a: Appeal): AppealFlag[] {
  const flags: AppealFlag[] = [];
  if (!a.withinDeadline) flags.push('for_sent');
  if (!a.withinDeadline && a.lateConsidered === undefined) flags.push('mangler_paragraf_31');
  if (a.signed === false) flags.push('ikke_underskrevet');
  if (a.postponementRequestedDate && !a.postponementAnswer) flags.push('utsettelse_ubesvart');
  return flags;
}

/** True while the municipality can still act: review, forward or answer. */
export function isAppealOpen(a: Appeal): boolean {
  const stage = appealStage(a);
  return stage === 'mottatt' || stage === 'egen_vurdering';
}
