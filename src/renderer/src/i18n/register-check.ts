// Texts of the check against the Enhetsregisteret bulk file (organisations list and page).
import { formatNumber } from './format';

export const registerCheckText = {
  title: 'Sjekk mot Enhetsregisteret',
  lead:
    'Last ned totalbestanden «Enheter» fra data.brreg.no (JSON, gjerne .json.gz, eller CSV) og kontroller uten nett ' +
    'om organisasjonene er registrert i Frivillighetsregisteret, konkurs eller under avvikling.',
  pickFile: 'Velg registerfil …',
  fileFilter: 'Enhetsregisteret (JSON, CSV)',
  reading: (name: string) => `Leser ${name} …`,
  progressLabel: 'Fremdrift for innlesingen av registerfilen',
  cancel: 'Avbryt',
  cancelled: 'Innlesingen ble avbrutt. Ingenting er endret.',
  readSummary: (units: number, found: number, known: number) =>
    `${formatNumber(units)} enheter lest. ${found} av ${known} organisasjoner finnes i filen.`,
  fileDateLabel: 'Registerfilens dato',
  fileDateHelp: 'Datoen står i filnavnet (enheter_ÅÅÅÅ-MM-DD); oppgi den hvis den mangler.',
  fileDateMissing: 'Oppgi registerfilens dato',
  apply: 'Oppdater organisasjonene',
  discard: 'Forkast',
  applying: 'Oppdaterer …',
  doneTitle: 'Organisasjonene er kontrollert mot Enhetsregisteret',
  doneLines: (r: {
    checked: number;
    nowRegistered: number;
    noLongerRegistered: number;
    flagged: number;
    notFound: number;
    newerManualCheck: number;
    rescreened: number;
  }) =>
    [
      `${r.checked} kontrollert`,
      `${r.nowRegistered} nå registrert i Frivillighetsregisteret`,
      `${r.noLongerRegistered} ikke lenger registrert`,
      `${r.flagged} konkurs eller under avvikling`,
      `${r.notFound} ikke funnet i registerfilen (uendret)`,
      ...(r.newerManualCheck > 0 ? [`${r.newerManualCheck} har en nyere manuell kontroll (uendret)`] : []),
      `${r.rescreened} formelle vurderinger oppdatert`,
    ],
  failedTitle: 'Registerfilen kunne ikke brukes',
  noOrganisations: 'Registrer organisasjonene først; sjekken oppdaterer bare organisasjoner som finnes i programmet.',
  // The organisation page.
  sourceRegister: (date: string) => `Enhetsregisteret, fil datert ${date}`,
  sourceManual: (date: string) => `Registrert manuelt ${date}`,
  // No check date: entered by hand without one, or imported from an application file. Either way unchecked.
  sourceUnchecked: 'Ikke kontrollert mot registeret ennå (opplysningen er oppgitt i søknaden)',
  sourceLabel: 'Kilde',
  bankruptChip: 'Konkurs',
  windingUpChip: 'Under avvikling',
  flagTooltip: 'Ifølge registerfilen fra Enhetsregisteret',
};
