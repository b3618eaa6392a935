// Texts shared by form fields and status chips used across the areas.
import type { ScreeningOutcome } from '@renderer/domain/screening';

export const formText = {
  kroner: 'kr',
  weeks: 'uker',
  days: 'dager',
  notANumber: 'Skriv et helt tall',
  notAnAmount: 'Skriv beløpet i kroner, for eksempel 50 000',
  required: 'Må fylles ut',
  yes: 'Ja',
  no: 'Nei',
  none: 'Ingen',
  cancel: 'Avbryt',
  requiredNote: 'Felt merket med * må fylles ut.',
} as const;

/** Screening summary plus "not screened yet" for applications without a screening row. */
export type ScreeningSummaryStatus = ScreeningOutcome | 'ikke_vurdert';

export const screeningStatusText: Record<ScreeningSummaryStatus, string> = {
  bestatt: 'Bestått',
  ikke_bestatt: 'Ikke bestått',
  skjonn: 'Skjønn',
  ikke_vurdert: 'Ikke vurdert',
};
