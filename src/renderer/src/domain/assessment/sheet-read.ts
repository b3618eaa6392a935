// What a scoring sheet (vurderingsskjema) holds once read: shared by the reader in documents/ and
// the service that checks and saves it.

/** A score cell as read: a number, text someone typed, or nothing. */
export type RawScore = { kind: 'number'; value: number } | { kind: 'text'; value: string } | { kind: 'empty' };

export interface ScoringSheetRowRead {
  /** The row number as the spreadsheet shows it. */
  row: number;
  applicationId: string;
  title: string;
  scores: Record<string, RawScore>;
  comment: string;
}

export interface ScoringSheetRead {
  callId: string;
  callTitle: string;
  personId: string;
  personName: string;
  criterionIds: string[];
  rows: ScoringSheetRowRead[];
}
