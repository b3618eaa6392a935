// All text of the import screen (Importer søknader): choose a file, map columns, preview, summary.
import { formatNumber } from './format';

const n = (count: number) => formatNumber(count);
const soknader = (count: number) => `${n(count)} ${count === 1 ? 'søknad' : 'søknader'}`;
const rader = (count: number) => `${n(count)} ${count === 1 ? 'rad' : 'rader'}`;

/** Display names of the canonical columns of soknadsimport/1 (the keys are the file's column names). */
export const IMPORT_COLUMN_TEXT: Record<string, string> = {
  ekstern_id: 'Ekstern referanse',
  mottatt: 'Mottatt dato',
  orgnr: 'Organisasjonsnummer',
  organisasjon: 'Organisasjon',
  frivillighetsregisteret: 'Registrert i Frivillighetsregisteret',
  kontaktperson: 'Kontaktperson',
  epost: 'E-post',
  telefon: 'Telefon',
  kontonummer: 'Kontonummer',
  tittel: 'Tittel',
  beskrivelse: 'Beskrivelse',
  type: 'Type',
  delmal: 'Delmål',
  malgrupper: 'Målgrupper',
  sokt_belop: 'Søkt beløp',
  totalbudsjett: 'Totalbudsjett',
  ikke_stottbare_kostnader: 'Ikke støttbare kostnader',
  periode_fra: 'Periode fra',
  periode_til: 'Periode til',
  sted: 'Sted',
  imdi_samme_aktivitet: 'Samme aktivitet støttet av IMDi',
  mottak: 'Tiltak for beboere i mottak',
  mottak_kontaktperson: 'Kontaktperson på mottaket',
  budsjettposter: 'Budsjettposter',
};

export const importText = {
  title: 'Importer søknader',
  lead:
    'Les inn søknader fra et nettskjema eller en søknadsportal (CSV, Excel eller JSON). ' +
    'Du ser hva som blir importert før noe lagres.',
  backToList: 'Alle søknader',

  steps: ['Velg fil', 'Kolonner', 'Kontroller', 'Ferdig'] as const,
  stepSkipped: 'Ikke nødvendig',

  // Step 1
  callLabel: 'Utlysning',
  callHelp: 'Søknadene i filen registreres i denne utlysningen.',
  noCallsTitle: 'Ingen utlysninger å importere til',
  noCallsBody: 'Opprett en utlysning først. Søknader blir alltid registrert i en utlysning.',
  createCall: 'Ny utlysning',
  fileHeading: 'Fil med søknader',
  dropHint: 'Slipp filen her, eller',
  chooseFile: 'Velg fil …',
  fileTypes: 'CSV (semikolon, komma eller tabulator), Excel (.xlsx) eller JSON (soknadsimport/1).',
  chooseCallFirst: 'Velg utlysning før du velger fil.',
  fileFilterAll: 'Søknadsfiler',
  fileFilterCsv: 'CSV-filer',
  fileFilterXlsx: 'Excel-regneark',
  fileFilterJson: 'JSON-filer',
  openFailed: 'Filen kunne ikke åpnes.',
  fileErrorTitle: (fileName: string) => `«${fileName}» kan ikke leses inn`,
  nothingSaved: 'Ingenting er lagret. Rett filen og prøv igjen.',
  cancelledInfo: 'Innlesingen ble avbrutt. Ingenting er lagret.',
  templateHeading: 'Mal for søknadsskjemaet',
  templateBody:
    'Gi malen til leverandøren av søknadsskjemaet, så kan filene leses inn uten kolonneoppsett. ' +
    'Den har alle kolonnene og én eksempelrad.',
  templateCsv: 'Last ned mal (CSV)',
  templateXlsx: 'Last ned mal (Excel)',
  templateFileName: 'soknadsimport-mal',
  templateFailed: 'Malen kunne ikke lagres.',

  // Progress
  reading: (fileName: string) => `Leser «${fileName}»`,
  checking: 'Kontrollerer radene',
  progressLabel: 'Fremdrift for innlesingen',
  percent: (fraction: number) => `${Math.round(fraction * 100)} %`,
  cancel: 'Avbryt',

  // Step 2
  mappingHeading: 'Koble kolonnene',
  mappingLead: (fileName: string) =>
    `Kolonnene i «${fileName}» har andre navn enn i importformatet. Velg hvilken kolonne i filen ` +
    'som svarer til hver opplysning. Forslagene er laget ut fra kolonnenavnene.',
  mappingTableLabel: 'Kolonneoppsett',
  colColumn: 'Opplysning',
  colFileColumn: 'Kolonne i filen',
  colExample: 'Eksempel fra filen',
  required: 'påkrevd',
  notInFile: '(ikke i filen)',
  missingRequired: (names: string[]) =>
    names.length === 1
      ? `Velg en kolonne for den påkrevde opplysningen ${names[0]}.`
      : `Velg kolonner for de påkrevde opplysningene ${names.join(', ')}.`,
  unusedHeaders: (headers: string[]) => `Kolonner i filen som ikke blir brukt: ${headers.join(', ')}.`,
  usedTwice: (header: string) => `«${header}» er valgt for flere opplysninger.`,
  savedMappingsLabel: 'Lagret kolonneoppsett',
  savedMappingsNone: 'Ingen valgt',
  savedMappingApplied: (name: string) => `Brukte det lagrede kolonneoppsettet «${name}».`,
  saveMappingName: 'Navn på kolonneoppsettet',
  saveMappingHelp: 'For eksempel navnet på søknadsportalen. Oppsettet blir foreslått neste gang.',
  saveMapping: 'Lagre kolonneoppsettet',
  mappingSaved: (name: string) => `Kolonneoppsettet «${name}» er lagret.`,
  mappingSaveFailed: 'Kolonneoppsettet kunne ikke lagres.',
  continueToPreview: 'Kontroller radene',
  startOver: 'Velg en annen fil',

  // Step 3
  previewHeading: 'Kontroller før du importerer',
  fileLine: (fileName: string, callTitle: string) => `Fil: «${fileName}». Utlysning: «${callTitle}».`,
  validSummary: (valid: number, total: number) => `${rader(valid)} av ${n(total)} kan importeres.`,
  allRegistered: (valid: number, total: number) =>
    `${rader(valid)} av ${n(total)} er i orden, men ${valid === 1 ? 'søknaden er' : 'alle søknadene er'} registrert i utlysningen fra før. ` +
    'Ingen nye søknader blir importert.',
  invalidSummary: (invalid: number) =>
    `${rader(invalid)} har feil og blir ikke importert. Rett dem i filen og importer den på nytt, ` +
    'eller registrer søknadene for hånd.',
  noInvalid: 'Ingen rader har feil.',
  screeningNote:
    'Søknader som bryter en regel i ordningen (for eksempel beløpsgrenser eller at organisasjonen ikke er ' +
    'registrert), blir importert og merket i den formelle vurderingen.',
  validHeading: 'Søknader som kan importeres',
  validTableLabel: 'Søknader som kan importeres',
  colAmount: 'Søkt beløp',
  validTruncated: (shown: number, total: number) => `Viser de første ${n(shown)} av ${n(total)} søknader.`,
  errorsHeading: 'Rader med feil',
  errorsTableLabel: 'Rader med feil',
  colRow: 'Rad',
  colErrorColumn: 'Kolonne',
  colValue: 'Verdi',
  colReason: 'Årsak',
  wholeRow: 'Hele raden',
  emptyValue: '(tom)',
  errorsTruncated: (shown: number, total: number) =>
    `Viser de første ${n(shown)} av ${n(total)} feil. Lagre feillisten for å se alle.`,
  saveErrors: 'Lagre feillisten som CSV',
  errorsFileName: (fileName: string) => `importfeil-${fileName.replace(/\.[^.]+$/, '')}.csv`,
  errorsSaveFailed: 'Feillisten kunne ikke lagres.',
  duplicatesHeading: 'Søknader som finnes fra før',
  duplicatesNone: 'Ingen av søknadene i filen er registrert i utlysningen fra før.',
  duplicatesFound: (count: number) =>
    `${soknader(count)} i filen er registrert i utlysningen fra før ` +
    '(samme eksterne referanse, eller samme organisasjon og tittel).',
  duplicateChoiceLabel: 'Hva skal skje med søknadene som finnes fra før?',
  duplicateSkip: 'Hopp over dem',
  duplicateUpdate: 'Oppdater dem med opplysningene i filen',
  doubleInFile: (count: number) => `${rader(count)} står to ganger i filen og importeres bare én gang.`,
  matchesTableLabel: 'Søknader som hoppes over eller oppdateres',
  colOrganisation: 'Organisasjon',
  colTitle: 'Tittel',
  colWhat: 'Hva skjer',
  willUpdate: 'Oppdateres',
  planning: 'Sammenligner med søknadene i utlysningen …',
  importButton: (count: number) => `Importer ${soknader(count)}`,
  nothingToImport: 'Ingen søknader å importere.',
  importing: 'Importerer …',
  changeMapping: 'Endre kolonneoppsettet',
  importFailed: 'Importen mislyktes. Ingenting er lagret.',
  committingNote: (count: number) =>
    `Lagrer ${soknader(count)} med formell vurdering og endringslogg. Alt lagres samlet: avbryter du, lagres ingenting.`,
  cancelCommit: 'Avbryt importen',
  importCancelled: 'Importen ble avbrutt. Ingenting er lagret.',

  // Step 4
  doneHeading: 'Importen er fullført',
  doneTableLabel: 'Resultat av importen',
  created: 'Nye søknader',
  updated: 'Oppdaterte søknader',
  unchanged: 'Uendret (samme opplysninger som før)',
  skipped: 'Hoppet over',
  organisationsCreated: 'Nye organisasjoner',
  organisationsUpdated: 'Oppdaterte organisasjoner',
  doneScreening: 'Søknadene er kontrollert mot reglene i ordningen. Se resultatet på hver søknad.',
  goToList: 'Se søknadene i utlysningen',
  importAnother: 'Importer en fil til',
};
