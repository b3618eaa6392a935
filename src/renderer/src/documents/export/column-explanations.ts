// The «Forklaring» sheet of the IMDi workbook: what each column holds, in Norwegian, for the person
// who opens the file. Typed per sheet, so a new column cannot be written without its explanation.
// The wording follows docs/formats/imdi-eksport.md (the contract); keep the two in step.
import type { FRAME_COLUMNS, GRANT_COLUMNS, SUMMARY_COLUMNS } from './types';

type Explained<C extends readonly string[]> = Record<C[number], string>;

export const GRANT_EXPLANATIONS: Explained<typeof GRANT_COLUMNS> = {
  kommunenummer: 'Kommunenummeret, 4 siffer.',
  kommune: 'Kommunens navn.',
  ar: 'Året rapporten gjelder.',
  utlysning: 'Utlysningens tittel.',
  ekstern_id: 'Søknadens eksterne referanse. Tom når den mangler.',
  orgnr: 'Organisasjonsnummeret, 9 siffer uten mellomrom.',
  organisasjon: 'Organisasjonens navn.',
  tittel: 'Søknadens tittel.',
  type: 'Søknadstypen: prosjekt, enkelttiltak, aktivitet eller drift.',
  delmal: 'Delmålene søknaden gjelder: A, B, C, flere skilt med komma.',
  malgrupper: 'Målgruppene, skilt med komma.',
  mottak: 'ja når tiltaket gjelder beboere i asylmottak, ellers nei.',
  sokt_belop: 'Søkt beløp, hele kroner.',
  vedtak: 'Vedtaket: innvilget, delvis innvilget, avslått eller avvist.',
  innvilget_belop: 'Innvilget beløp, hele kroner (0 ved avslag og avvisning).',
  vedtaksdato: 'Vedtaksdatoen (ÅÅÅÅ-MM-DD).',
  utbetalt_belop: 'Summen av terminer som er utbetalt, hele kroner, også under et tidligere vedtak for samme søknad.',
  rapport:
    'Rapportens stand: godkjent, mottatt, ikke mottatt (fristen er passert), ikke forfalt, eller ikke aktuelt når søknaden ikke er innvilget.',
  tilbakebetalt_belop: 'Summen av innbetalinger på krav om tilbakebetaling, hele kroner, også delbetalinger.',
  klage:
    'Den siste klagens stand: nei, under behandling, omgjort, avvist (for sen klage), oversendt IMDi, IMDi: stadfestet eller IMDi: omgjort.',
  innvilget_a: 'Den delen av innvilget beløp som vedtaket fordeler til delmål A, hele kroner.',
  innvilget_b: 'Den delen av innvilget beløp som vedtaket fordeler til delmål B, hele kroner.',
  innvilget_c: 'Den delen av innvilget beløp som vedtaket fordeler til delmål C, hele kroner.',
};

export const SUMMARY_EXPLANATIONS: Explained<typeof SUMMARY_COLUMNS> = {
  delmal: 'Delmålet (A, B, C) eller Totalt.',
  soknader: 'Antall søknader med vedtak. En søknad med flere delmål telles under hvert av dem, og én gang under Totalt.',
  innvilget: 'Antall søknader innvilget helt eller delvis.',
  avslatt: 'Antall søknader avslått eller avvist.',
  sokt_sum: 'Søkt, hele kroner, fordelt i like deler på søknadens delmål.',
  innvilget_sum: 'Innvilget, hele kroner, etter vedtakets fordeling på delmål.',
  utbetalt_sum: 'Utbetalt, hele kroner, etter vedtakets fordeling på delmål.',
  tilbakebetalt_sum: 'Betalt tilbake på krav om tilbakebetaling, hele kroner.',
};

export const FRAME_EXPLANATIONS: Explained<typeof FRAME_COLUMNS> = {
  utlysning: 'Utlysningens tittel.',
  ramme: 'Budsjettrammen, hele kroner.',
  innvilget_sum: 'Innvilget, hele kroner.',
  utbetalt_sum: 'Utbetalt, hele kroner.',
  tilbakebetalt_sum: 'Tilbakebetalt, hele kroner.',
  ubrukt: 'Ubrukt: ramme − innvilget + tilbakebetalt, hele kroner.',
};
