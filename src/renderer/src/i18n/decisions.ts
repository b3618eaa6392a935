// Texts of the decisions area (vedtak og brev): the call's list, bulk decisions, the decision form,
// letters (preview, make, batch, mark as sent) and the decision history.
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { LetterLanguage } from '@renderer/domain/settings';
import { formatDate, formatMoney } from './format';

export const outcomeText: Record<DecisionOutcome, string> = {
  innvilget: 'Innvilget',
  delvis_innvilget: 'Delvis innvilget',
  avslatt: 'Avslått',
  avvist: 'Avvist',
};

export const outcomeHelp: Record<DecisionOutcome, string> = {
  innvilget: 'Hele søknadsbeløpet innvilges.',
  delvis_innvilget: 'En del av beløpet innvilges. Begrunn reduksjonen.',
  avslatt: 'Søknaden er vurdert, men får ikke tilskudd. Begrunnelse må fylles ut.',
  avvist: 'Søknaden oppfyller ikke de formelle kravene og vurderes ikke. Begrunnelse må fylles ut.',
};

export const languageText: Record<LetterLanguage, string> = { nb: 'Bokmål', nn: 'Nynorsk' };

export const decisionsText = {
  listLead: 'Fatt vedtak for søknadene i en utlysning, lag vedtaksbrevene og merk dem som sendt.',
  chooseCall: 'Utlysning',
  /** The filters Oversikt links with (?vis=…). */
  rowFilter: {
    mangler: 'Bare vedtak uten brev',
    ikke_sendt: 'Bare brev som ikke er markert som sendt',
    innstilt: 'Bare innstilte søknader uten vedtak',
  },
  rowFilterEmpty: 'Ingen saker i utlysningen passer til filteret.',
  noCallsTitle: 'Ingen utlysninger ennå',
  noCallsBody: 'Opprett en utlysning og registrer søknader før du fatter vedtak.',
  noApplications: 'Utlysningen har ingen søknader ennå.',
  budgetLabel: 'Budsjett for utlysningen',
  budgetFrame: 'Ramme',
  budgetGranted: 'Innvilget',
  budgetLeft: 'Igjen',
  budgetOver: 'Det er innvilget mer enn rammen.',

  tableLabel: 'Søknader og vedtak',
  selectAll: 'Velg alle søknader',
  selectRow: (title: string) => `Velg «${title}»`,
  colOrganisation: 'Organisasjon',
  colTitle: 'Søknad',
  colScreening: 'Formell vurdering',
  colApplied: 'Søkt',
  colDecision: 'Vedtak',
  colGranted: 'Innvilget',
  colLetter: 'Brev',
  noDecision: 'Ikke vedtatt',
  locked: 'Låst',
  lockedHelp: 'Brevet er sendt, så vedtaket er endelig',
  selected: (n: number) => (n === 1 ? '1 søknad valgt' : `${n} søknader valgt`),
  loadingAllRows: 'Henter alle søknadene i utlysningen …',
  selectAllWaits: 'Du kan velge alle når alle søknadene er hentet.',
  decideSelected: 'Vedta for valgte',
  makeLettersSelected: (n: number) => `Lag brev for valgte (${n})`,
  makeLettersAll: (n: number) => `Lag alle brev (${n})`,
  noLettersToMake: 'Ingen brev å lage',

  letterNone: 'Ikke laget',
  letterMade: 'Laget',
  letterOutdated: 'Må lages på nytt',
  letterOutdatedHelp: 'Vedtaket er endret etter at brevet ble laget.',
  letterSent: (date: string) => `Sendt ${formatDate(date)}`,

  // Bulk decision
  bulkTitle: 'Vedta for valgte søknader',
  bulkLead: (n: number) =>
    `Alle ${n === 1 ? 'den valgte søknaden' : `de ${n} valgte søknadene`} får samme utfall og begrunnelse.`,
  bulkTemplate: 'Begrunnelsesmal',
  bulkNoTemplate: 'Ingen mal',
  bulkText: 'Egen tekst (legges etter malen)',
  bulkConditions: 'Vilkår',
  bulkSubmit: 'Fatt vedtakene',
  bulkDone: (n: number) => (n === 1 ? 'Vedtaket er fattet.' : `${n} vedtak er fattet.`),
  bulkGrantNote: 'Ved innvilgelse får hver søknad hele beløpet den søkte om.',

  // Batch letters
  batchTitle: 'Lager vedtaksbrev',
  batchProgress: (done: number, total: number) => `${done} av ${total}`,
  batchProgressLabel: 'Framdrift for brevene',
  batchCancel: 'Avbryt',
  batchSaving: 'Lagrer zip-filen …',
  batchDone: (n: number, file: string) => `${n} brev er laget og lagret i ${file}.`,
  batchCancelled: (n: number) => `Avbrutt. ${n} brev ble laget før du avbrøt; de er lagret i saken, men ikke i noen zip-fil.`,
  batchFailed: 'Brevene kunne ikke lages.',
  batchFailedAt: (organisation: string, title: string, made: number) =>
    `Brevet til ${organisation} om «${title}» kunne ikke lages, og kjøringen stoppet. ${made} brev ble laget og lagret før det.`,
  pdfFilter: 'PDF-dokumenter',

  // Decision page
  backToList: 'Alle vedtak i utlysningen',
  notFound: 'Fant ikke søknaden. Den kan være slettet, eller adressen er feil.',
  caseFacts: 'Søknaden',
  factOrganisation: 'Organisasjon',
  factCall: 'Utlysning',
  factApplied: 'Søkt beløp',
  factKind: 'Type',
  factScreening: 'Formell vurdering',
  formTitle: 'Vedtak',
  formTitleNew: 'Nytt vedtak',
  formLead: 'Vedtaket kan endres til brevet er sendt. Etter det blir en endring et nytt vedtak.',
  newDecisionNote: (date: string) =>
    `Det nye vedtaket erstatter det låste vedtaket fra ${formatDate(date)}. Det gamle blir stående i historikken.`,
  outcome: 'Utfall',
  outcomeRequired: 'Velg utfall',
  amountGranted: 'Innvilget beløp',
  amountGrantedHelpFull: (applied: number) => `Lik søknadsbeløpet (${formatMoney(applied)}).`,
  amountGrantedHelpPartial: (applied: number) => `Mindre enn søknadsbeløpet (${formatMoney(applied)}).`,
  justification: 'Begrunnelse',
  justificationHelp:
    'Hvilke regler, hvilke fakta og hvilke hensyn som har vært avgjørende (forvaltningsloven §§ 24–25).',
  justificationOptional: 'Kan stå tom når hele beløpet innvilges; brevet har da en standardtekst.',
  justificationNn: 'Nynorsk tekst til begrunnelsen',
  justificationNnHelp:
    'Brev på nynorsk bruker denne teksten; brev på bokmål bruker begrunnelsen over. Begrunnelsesmalene fyller ut begge.',
  insertTemplate: 'Sett inn mal',
  templatesSuggested: 'Foreslått ut fra den formelle vurderingen',
  templatesOther: 'Andre maler',
  templateInserted: (label: string) => `Malen «${label}» er satt inn i begrunnelsen.`,
  conditions: 'Særlige vilkår',
  conditionsHelp: 'Vilkår ut over standardvilkårene i brevet. Kan stå tom.',
  save: 'Lagre vedtaket',
  saving: 'Lagrer …',
  saved: 'Vedtaket er lagret.',
  saveFailed: 'Vedtaket kunne ikke lagres. Prøv igjen.',
  cancelNew: 'Avbryt',

  obligationsTitle: 'Slik står det i brevet',
  obligationsLead: 'Utbetaling og krav til rapportering etter innvilget beløp og reglene i utlysningen.',
  noObligations: 'Ved avslag og avvisning har brevet ingen utbetaling eller rapportering.',
  paymentOne: (amount: number) => `Utbetales i én termin: ${formatMoney(amount)} når vilkårene er akseptert.`,
  paymentTwo: (threshold: number) => `Over ${formatMoney(threshold)}: utbetales i to terminer.`,
  paymentSpring: (amount: number, date: string) =>
    `Vårtermin: ${formatMoney(amount)} når vilkårene er akseptert (frist ${formatDate(date)}).`,
  paymentAutumn: (amount: number, date: string) => `Høsttermin: ${formatMoney(amount)} fra ${formatDate(date)}.`,
  reportDue: (date: string) => `Rapport og regnskap innen ${formatDate(date)}.`,
  auditRequired: (threshold: number) => `Revidert regnskap kreves (${formatMoney(threshold)} eller mer).`,
  auditNotRequired: (threshold: number) => `Revidert regnskap kreves ikke (under ${formatMoney(threshold)}).`,
  acceptanceNote: (date: string) => `Frist for å akseptere vilkårene hvis brevet lages i dag: ${formatDate(date)}.`,

  lockedTitle: 'Vedtaket er låst',
  lockedLead: (date: string) =>
    `Brevet ble sendt ${formatDate(date)}, så vedtaket er endelig. En endring blir et nytt vedtak som viser til dette.`,
  changeLocked: 'Endre vedtaket (nytt vedtak)',
  factOutcome: 'Utfall',
  factGranted: 'Innvilget beløp',
  factDecidedAt: 'Vedtatt',
  factDecidedBy: 'Vedtatt av',
  factJustification: 'Begrunnelse',
  factConditions: 'Særlige vilkår',
  emptyText: '–',

  historyTitle: 'Vedtakshistorikk',
  historyCurrent: 'Gjeldende',
  historySuperseded: 'Erstattet av nytt vedtak',
  historyLocked: (date: string) => `låst ${date}`,
  historyOpen: 'kan endres',
  historyLine: (outcome: string, amount: number, date: string, by: string) =>
    `${outcome}, ${formatMoney(amount)} – ${formatDate(date)} av ${by}`,

  // Letters on the decision page
  lettersTitle: 'Vedtaksbrev',
  lettersLead: 'Forhåndsvis brevet, lag det når vedtaket er klart, og merk det som sendt når det er sendt.',
  lettersNeedDecision: 'Lagre vedtaket først, så kan du lage brevet.',
  language: 'Målform',
  preview: 'Forhåndsvis brev',
  previewing: 'Lager forhåndsvisning …',
  make: 'Lag brev',
  making: 'Lager brevet …',
  made: 'Brevet er laget og lagret i saken.',
  makeFailed: 'Brevet kunne ikke lages.',
  lettersTableLabel: 'Brev for vedtaket',
  colMade: 'Laget',
  colLanguage: 'Målform',
  colStatus: 'Status',
  colChecksum: 'Sjekksum (SHA-256)',
  colActions: 'Handlinger',
  download: 'Last ned',
  downloadLabel: (date: string) => `Last ned brevet laget ${date}`,
  markSent: 'Merk som sendt',
  markSentLabel: (date: string) => `Merk som sendt: brevet laget ${date}`,
  appealUntil: (date: string) => `klagefrist ${formatDate(date)}`,

  previewTitle: 'Forhåndsvisning av vedtaksbrev',
  previewRegion: 'Vedtaksbrevet',
  previewLoading: 'Laster brevet …',
  previewFailed: 'Brevet kan ikke vises her. Bruk «Lagre PDF» og åpne brevet i et PDF-program.',
  previewNote: 'Forhåndsvisningen lagres ikke i saken. Bruk «Lag brev» når vedtaket er klart.',
  previewSave: 'Lagre PDF',
  close: 'Lukk',

  markSentTitle: 'Merk brevet som sendt',
  markSentLead: 'Når brevet er merket som sendt, blir vedtaket låst. En senere endring blir et nytt vedtak.',
  sentDate: 'Sendt dato',
  sentDateRequired: 'Velg datoen brevet ble sendt',
  appealDeadlineNote: (date: string, weeks: number) =>
    `Klagefristen blir ${formatDate(date)} (${weeks} ${weeks === 1 ? 'uke' : 'uker'} etter at brevet er sendt).`,
  markSentSubmit: 'Merk som sendt',
  markedSent: (date: string) => `Brevet er merket som sendt. Klagefristen er ${formatDate(date)}.`,
  markSentFailed: 'Brevet kunne ikke merkes som sendt.',
} as const;
