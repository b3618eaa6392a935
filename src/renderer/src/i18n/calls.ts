// Texts of the calls area (utlysninger): list, form, rule settings, budget and status changes.
import { formatNumber } from './format';

export const callsText = {
  listLead:
    'En utlysning samler årets søknader med søknadsfrist, budsjettramme og reglene som gjelder for året.',
  newCall: 'Ny utlysning',
  emptyTitle: 'Ingen utlysninger ennå',
  emptyBody: 'Opprett årets utlysning for å kunne registrere søknader.',
  tableLabel: 'Utlysninger',
  colYear: 'År',
  colTitle: 'Tittel',
  colDeadline: 'Søknadsfrist',
  colFrame: 'Budsjettramme',
  colStatus: 'Status',
  backToList: 'Alle utlysninger',
  notFound: 'Fant ikke utlysningen. Den kan være slettet, eller adressen er feil.',

  // Form
  newTitle: 'Ny utlysning',
  newLead: 'Reglene er fylt ut med verdiene fra 2020. Endre dem bare hvis ordningen eller kommunen har andre regler i år.',
  editTitle: (title: string) => `Endre «${title}»`,
  sectionCall: 'Utlysningen',
  sectionBudget: 'Budsjett',
  sectionRules: 'Regler for utlysningen',
  sectionRulesLead: 'Reglene gjelder bare denne utlysningen. Søknadene vurderes formelt mot dem.',
  sectionLocal: 'Lokale begrensninger (valgfritt)',
  sectionLocalLead: 'Noen kommuner har egne grenser i tillegg, for eksempel Bergen. La feltene stå tomme hvis dere ikke har det.',
  year: 'År',
  yearHelp: 'Tilskuddsåret utlysningen gjelder for.',
  title: 'Tittel',
  titleHelp: 'For eksempel «Tilskudd til frivillige organisasjoner 2020».',
  archiveCaseNumber: 'Saksnummer i arkivet',
  archiveCaseNumberHelp: 'Saken utlysningen har i kommunens sak- og arkivsystem, for eksempel 20/01234. Står som «Vår ref.» i vedtaksbrevene.',
  noArchiveCaseNumber: 'Ikke oppgitt',
  deadline: 'Søknadsfrist',
  budgetFrame: 'Budsjettramme',
  budgetFrameHelp: 'Hele beløpet kommunen kan dele ut i denne utlysningen.',
  subGoalFramesTooBig: 'Rammene per delmål er til sammen mer enn budsjettrammen.',
  subGoalFramesLegend: 'Ramme per delmål (valgfritt)',
  subGoalFramesHelp: 'Til sammen kan rammene per delmål ikke være mer enn budsjettrammen.',
  prioritised: 'Prioritert delmål',
  prioritisedHelp: 'Søknader under dette delmålet prioriteres ved vurderingen.',
  noPriority: 'Ingen prioritering',
  projectMax: 'Prosjekt: høyst',
  projectMaxHelp: 'Et prosjekt kan ha et årsbudsjett på høyst dette beløpet (2020: 1 000 000 kr).',
  singleMeasureMin: 'Enkelttiltak og aktiviteter: minst',
  singleMeasureMinHelp: 'Enkelttiltak og aktiviteter må søke om minst dette beløpet (2020: 10 000 kr).',
  splitPayment: 'Utbetaling i to terminer over',
  splitPaymentHelp: 'Tilskudd over dette beløpet betales ut i to deler, vår og høst (2020: 30 000 kr).',
  auditThreshold: 'Krav om revidert regnskap fra',
  auditThresholdHelp: 'Fra dette beløpet må mottakeren sende regnskap godkjent av revisor (2020: 100 000 kr).',
  appealWeeks: 'Klagefrist',
  appealWeeksHelp: 'Hvor lenge søkerne kan klage etter at de har fått vedtaket (2020: 3 uker).',
  appealPostDays: 'Postgang for vedtaksbrev',
  appealPostDaysHelp: 'Klagefristen regnes fra dagen brevet kom fram: sendt dato pluss så mange dager (tom: 3 dager).',
  postDays: (n: number) => (n === 1 ? '1 dag' : `${n} dager`),
  reportDue: 'Frist for rapport og regnskap',
  reportDueHelp: 'Når mottakerne må sende rapport og regnskap (vanligvis 1. februar året etter).',
  singleMeasureMax: 'Enkelttiltak: høyst',
  singleMeasureMaxHelp: 'For eksempel 50 000 kr i Bergen.',
  maxPerOrganisation: 'Søknader per organisasjon: høyst',
  maxPerOrganisationHelp: 'For eksempel 2 i Bergen.',
  rulesLocked: 'Reglene kan ikke endres etter at utlysningen er vedtatt.',
  create: 'Opprett utlysningen',
  save: 'Lagre endringene',
  saving: 'Lagrer …',
  savingRescreen: (open: number) =>
    `Lagrer utlysningen og vurderer ${formatNumber(open)} åpne ${open === 1 ? 'søknad' : 'søknader'} på nytt etter de nye reglene. Alt lagres samlet: avbryter du, lagres ingenting.`,
  cancelSave: 'Avbryt lagringen',
  saveCancelled: 'Lagringen ble avbrutt. Ingenting er lagret, og skjemaet har fortsatt endringene dine.',
  created: 'Utlysningen er opprettet.',
  saved: 'Endringene er lagret.',
  saveFailed: 'Kunne ikke lagre utlysningen. Prøv igjen.',
  frameRequired: 'Budsjettrammen må fylles ut',
  deadlineRequired: 'Søknadsfristen må fylles ut',
  reportDueRequired: 'Rapportfristen må fylles ut',
  amountRequired: 'Beløpet må fylles ut',
  weeksRequired: 'Klagefristen må fylles ut',
  yearRequired: 'Året må fylles ut',

  // Call page
  edit: 'Endre',
  archivedNote: 'Utlysningen er arkivert og kan ikke endres.',
  facts: 'Opplysninger',
  municipality: 'Kommune',
  budgetTitle: 'Budsjett',
  budgetLead:
    'Søkt og innvilget beløp teller ikke trukne søknader. En søknad med flere delmål teller søkt beløp likt fordelt mellom dem, og innvilget beløp etter fordelingen i vedtaket – de samme tallene som i rapporten til IMDi.',
  budgetTableLabel: 'Budsjett for utlysningen',
  colApplications: 'Søknader',
  colApplied: 'Søkt',
  colGranted: 'Innvilget',
  colRepaid: 'Tilbakebetalt',
  colLeft: 'Igjen',
  totalRow: 'Totalt',
  noFrame: '–',
  overFrame: 'Det er innvilget mer enn rammen.',
  rulesTitle: 'Regler',
  weeks: (n: number) => (n === 1 ? '1 uke' : `${n} uker`),
  applicationsLink: 'Se søknadene i utlysningen',
  statusTitle: 'Status',
  statusLead: (status: string) => `Utlysningen har status «${status}».`,
} as const;

interface StatusActionText {
  button: string;
  confirmTitle: string;
  confirmBody: string;
}

/** Button text and confirmation for each allowed move, keyed "from>to" (see domain/workflow.ts). */
export const callStatusActionText: Record<string, StatusActionText> = {
  'utkast>apen': {
    button: 'Åpne for søknader',
    confirmTitle: 'Åpne utlysningen?',
    confirmBody:
      'Når utlysningen er åpen, kan søknader registreres. Den kan ikke gjøres til utkast igjen.',
  },
  'apen>lukket': {
    button: 'Lukk for søknader',
    confirmTitle: 'Lukke utlysningen?',
    confirmBody:
      'Søknadsperioden er over, og søknadene kan vurderes. Du kan åpne utlysningen igjen, for eksempel hvis fristen forlenges.',
  },
  'lukket>apen': {
    button: 'Åpne igjen',
    confirmTitle: 'Åpne utlysningen igjen?',
    confirmBody: 'Søknader kan registreres igjen, for eksempel fordi fristen er forlenget.',
  },
  'lukket>vedtatt': {
    button: 'Marker som vedtatt',
    confirmTitle: 'Markere utlysningen som vedtatt?',
    confirmBody:
      'Når utlysningen er vedtatt, kan reglene ikke lenger endres, fordi vedtakene bygger på dem.',
  },
  'vedtatt>lukket': {
    button: 'Tilbake til lukket',
    confirmTitle: 'Sette utlysningen tilbake til lukket?',
    confirmBody:
      'Vedtakene kan da behandles på nytt, og reglene kan endres. Gjør dette bare før vedtaksbrevene er sendt.',
  },
  'vedtatt>arkivert': {
    button: 'Arkiver',
    confirmTitle: 'Arkivere utlysningen?',
    confirmBody:
      'En arkivert utlysning kan ikke endres, og ingen søknader kan legges til. Du kan ta den ut av arkivet senere.',
  },
  'arkivert>vedtatt': {
    button: 'Ta ut av arkivet',
    confirmTitle: 'Ta utlysningen ut av arkivet?',
    confirmBody: 'Utlysningen får status «Vedtatt» igjen, for eksempel for å behandle en klage.',
  },
};

/** Fallback for a move the table above does not name. */
export function statusActionFallback(label: string): StatusActionText {
  return {
    button: `Endre til «${label}»`,
    confirmTitle: `Endre status til «${label}»?`,
    confirmBody: '',
  };
}

export const callStatusConfirm = 'Ja, endre status';
export const callStatusCancel = 'Avbryt';
export const callStatusFailed = 'Kunne ikke endre status. Prøv igjen.';
export const callStatusChanged = (label: string) => `Utlysningen har nå status «${label}».`;
