// The IMDi report's rows (domain/imdi-export.ts) and the column order of each sheet.
import type { ImdiFrameRow, ImdiGrantRow, ImdiSummaryRow } from '@renderer/domain/imdi-export';

export type * from '@renderer/domain/imdi-export';

/** Column order of each sheet, as in the format description. */
export const GRANT_COLUMNS = [
  'kommunenummer', 'kommune', 'ar', 'utlysning', 'ekstern_id', 'orgnr', 'organisasjon', 'tittel',
  'type', 'delmal', 'malgrupper', 'mottak', 'sokt_belop', 'vedtak', 'innvilget_belop', 'vedtaksdato',
  'utbetalt_belop', 'rapport', 'tilbakebetalt_belop', 'klage',
  // Version 2: the decision's split over the sub-goals, last, so readers of version 1 keep their columns.
  'innvilget_a', 'innvilget_b', 'innvilget_c',
] as const satisfies readonly (keyof ImdiGrantRow)[];

export const SUMMARY_COLUMNS = [
  'delmal', 'soknader', 'innvilget', 'avslatt', 'sokt_sum', 'innvilget_sum', 'utbetalt_sum',
  'tilbakebetalt_sum',
] as const satisfies readonly (keyof ImdiSummaryRow)[];

export const FRAME_COLUMNS = [
  'utlysning', 'ramme', 'innvilget_sum', 'utbetalt_sum', 'tilbakebetalt_sum', 'ubrukt',
] as const satisfies readonly (keyof ImdiFrameRow)[];
