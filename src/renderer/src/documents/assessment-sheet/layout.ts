// The scoring sheet's (vurderingsskjema) fixed parts, shared by the writer and the reader: the
// sheet names, the headers, and the labels of the «Om skjemaet» sheet that identifies the file.
export const SCORES_SHEET = 'Vurdering';
export const ABOUT_SHEET = 'Om skjemaet';
export const SHEET_FORMAT_VERSION = 1;

/** Rows above the header: a title and the instructions. */
export const HEADER_ROW = 3;

export const FACT_HEADERS = ['Søknad', 'Organisasjon', 'Type', 'Søkt beløp (kr)', 'Delmål', 'Asylmottak'] as const;
export const COMMENT_HEADER = 'Kommentar';
export const ID_HEADER = 'Søknads-id (ikke endre)';
export const NOT_APPLICABLE = 'gjelder ikke';

/** A criterion's header ends with its id in brackets, so a moved column is still found. */
export function criterionHeader(label: string, id: string, scale: { min: number; max: number }): string {
  return `${label} (${scale.min}–${scale.max}) [${id}]`;
}

export function criterionIdOfHeader(header: string): string | null {
  return /\[([a-z0-9_-]{1,40})\]\s*$/.exec(header)?.[1] ?? null;
}

export const ABOUT_LABELS = {
  kind: 'Skjema',
  version: 'Versjon',
  callTitle: 'Utlysning',
  callId: 'Utlysnings-id',
  personName: 'Vurderer',
  personId: 'Vurderer-id',
  scaleMin: 'Laveste poengsum',
  scaleMax: 'Høyeste poengsum',
  created: 'Laget',
} as const;

export const SHEET_KIND = 'Vurderingsskjema';
