// Texts of the change log page (endringslogg).
import { formatNumber } from './format';

// Keyed by the change log's entity names (domain/change-log.ts); a name missing here shows as it is.
const entities: Record<string, string> = {
  municipalities: 'Kommune',
  settings: 'Innstillinger',
  calls: 'Utlysning',
  organisations: 'Organisasjon',
  applications: 'Søknad',
  screenings: 'Formell vurdering',
  assessments: 'Vurdering',
  conflicts: 'Inhabilitet',
  meetings: 'Møte',
  decisions: 'Vedtak',
  letters: 'Brev',
  payments: 'Utbetaling',
  reports: 'Rapport',
  appeals: 'Klage',
  importMappings: 'Importoppsett',
  acceptances: 'Aksept',
  people: 'Person',
  repayments: 'Tilbakebetaling',
};

/** The Norwegian name of an entity type; an unknown one (from a newer version) as it is. */
export function entityLabel(entity: string): string {
  return entities[entity] ?? entity;
}

export const changeLogText = {
  title: 'Endringslogg',
  lead: 'Alle endringer i programmet, nyeste først: hvem som gjorde hva, og når. Loggen er lenket med kontrollsummer, så en endring i ettertid kan oppdages.',
  linkFromSettings: 'Se endringsloggen',
  linkLead: 'Hvem som endret hva, og når, med kontroll av at loggen ikke er endret i ettertid.',
  backToSettings: 'Tilbake til innstillinger',
  loading: 'Henter endringsloggen …',
  empty: 'Endringsloggen er tom.',
  noMatch: 'Ingen oppføringer passer til filteret.',
  filterEntity: 'Type',
  filterActor: 'Utført av',
  filterAll: 'Alle',
  filterText: 'Søk',
  filterTextHelp: 'Søk i navn, tittel, id og endrede felt',
  showing: (shown: number, total: number) =>
    shown === total
      ? `${formatNumber(total)} ${total === 1 ? 'oppføring' : 'oppføringer'}`
      : `${formatNumber(shown)} av ${formatNumber(total)} oppføringer`,
  searchIndexing: (done: number, total: number) =>
    `Leser hele loggen for søket: ${formatNumber(done)} av ${formatNumber(total)} oppføringer …`,
  searchStarting: 'Leser hele loggen for søket …',
  searchFailed: 'Loggen kunne ikke leses for søket. Prøv å åpne siden på nytt.',
  tableLabel: 'Endringslogg, nyeste først',
  columns: {
    id: 'Nr.',
    at: 'Tidspunkt',
    actor: 'Utført av',
    what: 'Gjelder',
    change: 'Endring',
    action: 'Handling',
    details: 'Detaljer',
  },
  rowsPerPage: 'Rader per side:',
  pageButton: (type: 'first' | 'last' | 'next' | 'previous') =>
    ({ first: 'Gå til første side', last: 'Gå til siste side', next: 'Gå til neste side', previous: 'Gå til forrige side' })[type],
  pageRange: ({ from, to, count }: { from: number; to: number; count: number }) =>
    `${formatNumber(from)}–${formatNumber(to)} av ${formatNumber(count)}`,
  verify: 'Kontroller endringsloggen',
  verifying: 'Kontrollerer …',
  verifyOk: (count: number) =>
    `Endringsloggen er hel: alle ${formatNumber(count)} oppføringer er kontrollert, og ingen er endret eller fjernet.`,
  verifyEmpty: 'Endringsloggen er tom, så det er ingenting å kontrollere.',
  verifyBroken: (id: number, reason: string) => `Endringsloggen er brutt ved oppføring ${id}. ${reason}`,
  verifyFailed: (message: string) => `Kontrollen kunne ikke gjennomføres: ${message}`,
  saveCsv: 'Lagre som CSV',
  csvSavedTo: (path: string) => `Endringsloggen er lagret: ${path}`,
  csvDownloaded: (name: string) => `Endringsloggen er lastet ned som ${name}.`,
  csvFailed: (message: string) => `Filen kunne ikke lagres: ${message}`,
  csvFilter: 'CSV-filer',
  // What an entry is about, and its changes in plain words (features/change-log/describe-change.ts).
  restoreSubject: 'Alle data i programmet',
  settingsSubject: 'Programmets innstillinger',
  meetingSubject: (date: string) => `Møte ${date}`,
  restoreSummary: (createdAt: string, encrypted: boolean) =>
    `Alle data ble erstattet med innholdet i ${encrypted ? 'den krypterte ' : ''}sikkerhetskopien${createdAt ? ` fra ${createdAt}` : ''}.`,
  yes: 'Ja',
  no: 'Nei',
  emptyValue: '(tomt)',
  changedSeeDetails: 'endret (se detaljer)',
  moreChanges: (n: number) => `og ${n} felt til (se detaljer)`,
  detailsFor: (id: number) => `Vis detaljer for oppføring ${id}`,
  detailsTitle: (id: number) => `Oppføring ${id} i endringsloggen`,
  detailsClose: 'Lukk',
  detailsLead: 'Det programmet lagret om endringen, uten oversettelse: id-er, verdiene før og etter, og kontrollsummene som lenker loggen.',
  detailEntity: 'Tabell',
  detailEntityId: 'Id',
  detailHash: 'Kontrollsum (SHA-256)',
  detailPrevHash: 'Forrige oppførings kontrollsum',
  detailBefore: 'Før',
  detailAfter: 'Etter',
  detailNone: 'Ingenting',
  actions: {
    opprettet: 'Opprettet',
    endret: 'Endret',
    slettet: 'Slettet',
    overstyrt: 'Overstyrt',
    gjenopprettet: 'Gjenopprettet fra sikkerhetskopi',
    fjernet: 'Personopplysninger fjernet etter oppbevaringstiden',
  },
} as const;
