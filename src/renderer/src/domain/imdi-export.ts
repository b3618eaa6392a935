// The IMDi report (docs/formats/imdi-eksport.md): its rows, keyed by the format's column names,
// amounts in whole kroner. Services collect it and documents/export writes it as files.

export type ImdiVedtak = 'innvilget' | 'delvis innvilget' | 'avslått' | 'avvist';
export type ImdiRapport = 'godkjent' | 'mottatt' | 'ikke mottatt' | 'ikke forfalt' | 'ikke aktuelt';
export type ImdiKlage =
  | 'nei'
  | 'under behandling'
  | 'omgjort'
  | 'oversendt IMDi'
  | 'IMDi: stadfestet'
  | 'IMDi: omgjort'
  /** A late appeal the municipality did not consider (fvl. § 31). */
  | 'avvist';

export interface ImdiGrantRow {
  kommunenummer: string;
  kommune: string;
  ar: number;
  utlysning: string;
  ekstern_id: string;
  orgnr: string;
  organisasjon: string;
  tittel: string;
  type: 'prosjekt' | 'enkelttiltak' | 'aktivitet' | 'drift';
  delmal: string;
  malgrupper: string;
  mottak: 'ja' | 'nei';
  sokt_belop: number;
  vedtak: ImdiVedtak;
  innvilget_belop: number;
  /** innvilget_belop split across the sub-goals by the decision (0 for a sub-goal not named). */
  innvilget_a: number;
  innvilget_b: number;
  innvilget_c: number;
  vedtaksdato: string;
  utbetalt_belop: number;
  rapport: ImdiRapport;
  tilbakebetalt_belop: number;
  klage: ImdiKlage;
}

export interface ImdiSummaryRow {
  delmal: 'A' | 'B' | 'C' | 'Totalt';
  soknader: number;
  innvilget: number;
  avslatt: number;
  sokt_sum: number;
  innvilget_sum: number;
  utbetalt_sum: number;
  tilbakebetalt_sum: number;
}

export interface ImdiFrameRow {
  utlysning: string;
  ramme: number;
  innvilget_sum: number;
  utbetalt_sum: number;
  tilbakebetalt_sum: number;
  ubrukt: number;
}

export interface ImdiExportData {
  kommunenummer: string;
  kommune: string;
  ar: number;
  tildelinger: ImdiGrantRow[];
  sammendrag: ImdiSummaryRow[];
  ramme: ImdiFrameRow[];
}
