// Which decision counts for an application: a changed decision is a new one that supersedes the
// old (decision.ts), so the one no other decision supersedes is current.
import type { Decision } from './decision';

type DecisionHead = Pick<
  Decision,
  'id' | 'applicationId' | 'supersedesDecisionId' | 'decidedAt' | 'createdAt'
>;

function isLater(a: DecisionHead, b: DecisionHead): boolean {
  if (a.decidedAt !== b.decidedAt) return a.decidedAt > b.decidedAt;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

/**
 * The current decision per application id. Should two decisions both be unsuperseded (an
 * inconsistency), the later one (decidedAt, then createdAt, then id) counts, so sums stay single.
 */
export function currentDecisions<D extends DecisionHead>(decisions: readonly D[]): Map<string, D> {
  const superseded = new Set<string>();
  for (const d of decisions) if (d.supersedesDecisionId) superseded.add(d.supersedesDecisionId);
  const current = new Map<string, D>();
  for (const d of decisions) {
    if (superseded.has(d.id)) continue;
    const other = current.get(d.applicationId);
    if (!other || isLater(d, other)) current.set(d.applicationId, d);
  }
  return current;
}
