// Texts of the organisations area: list and search, form, the organisation page and its history.
import type { ApplicationKind } from '@renderer/domain/application';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { OrganisationKind } from '@renderer/domain/organisation';

export const organisationKindText: Record<OrganisationKind, string> = {
  frivillig: 'Frivillig organisasjon',
  innvandrerorganisasjon: 'Lokal innvandrerorganisasjon',
};

export const applicationKindText: Record<ApplicationKind, string> = {
  prosjekt: 'Prosjekt',
  enkelttiltak: 'Enkelttiltak',
  aktivitet: 'Aktivitet',
  drift: 'Driftstilskudd',
};

export const decisionOutcomeText: Record<DecisionOutcome, string> = {
  innvilget: 'Innvilget',
  delvis_innvilget: 'Delvis innvilget',
  avslatt: 'Avslått',
  avvist: 'Avvist',
};

export const organisationsText = {
  listLead: 'Organisasjonene som søker om tilskudd, med organisasjonsnummer, kontaktperson og kontonummer.',
  newOrganisation: 'Ny organisasjon',
  searchLabel: 'Søk etter navn eller organisasjonsnummer',
  tableLabel: 'Organisasjoner',
  colName: 'Navn',
  colOrgnr: 'Org.nr.',
  colKind: 'Type',
  colRegistered: 'Frivillighetsregisteret',
  registeredYes: 'Registrert',
  registeredNo: 'Ikke registrert',
  emptyTitle: 'Ingen organisasjoner ennå',
  emptyBody: 'Registrer organisasjonene som søker, så kan du knytte søknadene til dem.',
  noMatch: (query: string) => `Ingen organisasjoner passer med «${query}».`,
  count: (shown: number, total: number) =>
    shown === total ? `${total} organisasjoner` : `Viser ${shown} av ${total} organisasjoner`,
  backToList: 'Alle organisasjoner',
  notFound: 'Fant ikke organisasjonen. Den kan være slettet, eller adressen er feil.',

  // Form
  newTitle: 'Ny organisasjon',
  newLead: 'Sjekk organisasjonen i Frivillighetsregisteret (Brønnøysundregistrene) før du registrerer den.',
  editTitle: (name: string) => `Endre ${name}`,
  sectionIdentity: 'Organisasjonen',
  sectionRegistry: 'Frivillighetsregisteret',
  sectionRegistryLead: 'Bare organisasjoner registrert i Frivillighetsregisteret kan få tilskudd.',
  sectionContact: 'Kontakt og utbetaling',
  orgnr: 'Organisasjonsnummer',
  orgnrHelp: '9 siffer, for eksempel 864 139 442.',
  name: 'Navn',
  kind: 'Type organisasjon',
  kindHelp: 'Driftstilskudd kan bare gis til lokale innvandrerorganisasjoner.',
  registered: 'Registrert i Frivillighetsregisteret',
  registryCheckedAt: 'Sist kontrollert',
  registryCheckedAtHelp: 'Datoen du sjekket registeret.',
  address: 'Adresse',
  contactPerson: 'Kontaktperson',
  email: 'E-post',
  phone: 'Telefon',
  accountNumber: 'Kontonummer',
  accountNumberHelp: '11 siffer, for eksempel 1234.56.78903. Tilskuddet betales hit.',
  create: 'Registrer organisasjonen',
  save: 'Lagre endringene',
  saving: 'Lagrer …',
  created: 'Organisasjonen er registrert.',
  saved: 'Endringene er lagret.',
  saveFailed: 'Kunne ikke lagre organisasjonen. Prøv igjen.',

  // Organisation page
  edit: 'Endre',
  facts: 'Opplysninger',
  notGiven: 'Ikke oppgitt',
  checkedOn: (date: string) => `kontrollert ${date}`,
  historyTitle: 'Søknader og tilskudd',
  historyLead: 'Alle søknadene fra organisasjonen, nyeste år først, med utfallet av vedtaket.',
  historyEmpty: 'Organisasjonen har ingen søknader ennå.',
  historyTableLabel: 'Søknader fra organisasjonen',
  colYear: 'År',
  colApplication: 'Søknad',
  colCall: 'Utlysning',
  colApplicationKind: 'Type',
  colReceived: 'Mottatt',
  colApplied: 'Søkt',
  colOutcome: 'Vedtak',
  colGranted: 'Innvilget',
  colStatus: 'Status',
  undecided: 'Ikke vedtatt',
  totalGranted: (amount: string, count: number) =>
    `Til sammen innvilget ${amount} i ${count} ${count === 1 ? 'søknad' : 'søknader'}.`,
} as const;
