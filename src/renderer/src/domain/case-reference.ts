// The reference an organisation quotes back to us («Vår ref.» in its letters). The call's case
// number in the municipality's archive when it has one; otherwise the year and a short form of
// the application's id, which the officer can type in the applications list's quick search.
import type { Call } from './call';

/** The first eight letters and digits of an id, upper-cased: "3f2a9c1b-…" → "3F2A9C1B". */
export function shortApplicationId(applicationId: string): string {
  return applicationId.replace(/[^0-9a-z]/gi, '').slice(0, 8).toUpperCase();
}

/** «Vår ref.»: the archive case number, else "<year>/<short id>". */
export function caseReference(call: Pick<Call, 'year' | 'archiveCaseNumber'>, applicationId: string): string {
  return call.archiveCaseNumber ?? `${call.year}/${shortApplicationId(applicationId)}`;
}
