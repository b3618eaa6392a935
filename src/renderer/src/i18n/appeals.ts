// Texts of the appeals area (klager, R16): the list, registering an appeal, the deadline check,
// the municipality's own review, forwarding to IMDi, IMDi's outcome and § 42.
import type { AppealChannel, ImdiAppealOutcome, PostponementAnswer } from '@renderer/domain/appeal';
import type { AppealFlag, AppealStage } from '@renderer/domain/appeals/stage';
import { formatDate } from './format';

export const appealStageText: Record<AppealStage, string> = {
  mottatt: 'Mottatt',
  egen_vurdering: 'Til vurdering i kommunen',
  omgjort: 'Omgjort av kommunen',
  avvist: 'Avvist (for sent)',
  oversendt: 'Sendt til IMDi',
  avgjort: 'Avgjort av IMDi',
};

export const appealFlagText: Record<AppealFlag, string> = {
  for_sent: 'For sent',
  mangler_paragraf_31: 'Avgjør § 31',
  ikke_underskrevet: 'Ikke underskrevet',
  utsettelse_ubesvart: 'Utsettelse ubesvart',
};

export const appealChannelText: Record<AppealChannel, string> = {
  brev: 'Brev',
  'e-post': 'E-post',
  portal: 'Søknadsportalen',
  levert: 'Levert kommunen',
};

/** The channel as the case file says it: «mottatt per e-post». */
export const appealChannelPhrase: Record<AppealChannel, string> = {
  brev: 'per brev',
  'e-post': 'per e-post',
  portal: 'gjennom søknadsportalen',
  levert: 'levert kommunen',
};

export const imdiOutcomeText: Record<ImdiAppealOutcome, string> = {
  opprettholdt: 'Stadfestet',
  omgjort: 'Omgjort',
  opphevet: 'Opphevet (sendt tilbake)',
};

export const postponementAnswerText: Record<PostponementAnswer, string> = {
  innvilget: 'Innvilget',
  avslatt: 'Avslått',
};

export const appealsText = {
  /** The filters Oversikt links with (?utlysning=…&vis=apne). */
  filterOpen: 'Bare klager som venter på kommunens vurdering, i én utlysning',
  filterCall: 'Bare klager i én utlysning',
  filterEmpty: 'Ingen klager passer til filteret.',
  lead: 'Klager på vedtak: klagefristen, kommunens egen vurdering (forvaltningsloven § 33), oversendelse til IMDi og IMDis vedtak.',
  empty: 'Ingen klager er registrert. En klage registreres fra vedtakssiden til søknaden.',
  tableLabel: 'Klager',
  colOrganisation: 'Organisasjon',
  colTitle: 'Søknad',
  colReceived: 'Mottatt',
  colDeadline: 'Klagefrist',
  colStage: 'Status',
  colFlags: 'Merknader',
  inTime: 'I tide',
  open: (title: string) => `Åpne klagen på «${title}»`,
  back: 'Til klagene',
  notFound: 'Fant ikke klagen.',
  loading: 'Henter klagen …',

  // Registering
  registerTitle: 'Registrer klage',
  registerLead: 'Klagen gjelder vedtaket som er sendt. Fristen regnes fra dagen brevet kom fram (forvaltningsloven § 29).',
  registerButton: 'Registrer klage',
  fromDecision: 'Registrer klage på vedtaket',
  openFromDecision: 'Åpne klagen på vedtaket',
  decisionNotSent: 'Vedtaksbrevet må være markert som sendt før en klage kan registreres.',
  receivedDate: 'Klagen mottatt',
  postedDate: 'Sendt av klageren (poststempel e.l.)',
  postedDateHelp: 'Valgfritt. En klage som er postlagt før fristen gikk ut, er kommet i tide (§ 30).',
  letterReceivedDate: 'Vedtaksbrevet kom fram',
  letterReceivedDateHelp: (sent: string, assumed: string) =>
    `Valgfritt. Brevet ble sendt ${formatDate(sent)}; uten dato regnes det som kommet fram ${formatDate(assumed)}.`,
  appellant: 'Hvem klager',
  appellantHelp: 'Organisasjonen, eller den som klager på dens vegne.',
  request: 'Hva klageren ber om',
  requestHelp: 'Endringen klageren ønsker (§ 32).',
  text: 'Klageteksten',
  textHelp: 'Skriv inn eller lim inn klagen. Klager som kom som fil, legges ved etter registreringen.',
  channel: 'Kom inn som',
  signed: 'Klagen er underskrevet (§ 32)',
  signedHelp: 'En e-post fra parten godtas når kommunen bestemmer det; kryss av om kommunen godtar den som underskrevet.',
  comment: 'Intern merknad',
  save: 'Registrer klagen',
  correctTitle: 'Endre registreringen',
  correctLead: 'Fristen regnes ut på nytt. Registreringen kan endres til klagen er behandlet.',
  correctSave: 'Lagre endringene',
  corrected: 'Registreringen er endret.',
  decisionReplaced: 'Vedtaket er allerede erstattet av et nytt vedtak.',
  saving: 'Lagrer …',
  cancel: 'Avbryt',
  registered: 'Klagen er registrert.',
  deadlinePreview: (deadline: string, reached: string, moved?: string) =>
    `Klagefrist ${formatDate(deadline)} (brevet regnet som kommet fram ${formatDate(reached)}${moved ? `; fristen ${formatDate(moved)} er en lørdag, søndag eller helligdag og flyttes` : ''}).`,
  deadlineInTime: 'Klagen er kommet i tide.',
  deadlineLate: 'Klagen er kommet for sent. Den registreres likevel, og du avgjør om den skal behandles (§ 31).',

  // Case page
  facts: 'Klagen',
  factDecision: 'Påklaget vedtak',
  factAppellant: 'Klager',
  factReceived: 'Mottatt',
  factPosted: 'Sendt av klageren',
  factLetterSent: 'Vedtaksbrevet sendt',
  factLetterReceived: 'Brevet kom fram',
  factDeadline: 'Klagefrist',
  factInTime: 'Innen fristen',
  factSigned: 'Underskrevet',
  factRequest: 'Klageren ber om',
  factText: 'Klageteksten',
  factComment: 'Intern merknad',
  yes: 'Ja',
  no: 'Nei',
  unknown: 'Ikke registrert',
  goToDecision: 'Gå til vedtaket',
  files: 'Klagen som fil',

  // § 31
  lateTitle: 'Klagen kom for sent (forvaltningsloven § 31)',
  lateLead: 'En klage som kommer for sent, kan likevel behandles, for eksempel når parten ikke kan lastes for å ha klaget for sent. Skriv hvorfor.',
  lateConsider: 'Behandle klagen',
  lateDismiss: 'Ikke behandle (avvis)',
  lateReason: 'Begrunnelse',
  lateDone: (considered: boolean, reason: string) =>
    `${considered ? 'Klagen behandles likevel' : 'Klagen behandles ikke'}: ${reason}`,
  lateSaved: 'Avgjørelsen etter § 31 er lagret.',

  // Own review
  reviewTitle: 'Kommunens vurdering (forvaltningsloven § 33)',
  reviewLead: 'Kommunen kan omgjøre sitt eget vedtak. Blir vedtaket stående, sendes klagen til IMDi med kommunens merknader.',
  reviewDate: 'Dato for vurderingen',
  uphold: 'Opprettholde vedtaket',
  reverse: 'Omgjøre vedtaket',
  upholdComment: 'Kommunens merknader til IMDi',
  reverseComment: 'Hvorfor vedtaket omgjøres',
  upholdSave: 'Opprettholde og lagre merknadene',
  reverseSave: 'Omgjøre og lagre nytt vedtak',
  upheld: (date: string) => `Kommunen opprettholdt vedtaket ${formatDate(date)}.`,
  reversed: (date: string) => `Kommunen omgjorde vedtaket ${formatDate(date)}. Lag vedtaksbrev for det nye vedtaket på vedtakssiden.`,
  newDecision: 'Nytt vedtak',
  outcome: 'Utfall',
  amount: 'Innvilget beløp',
  justification: 'Begrunnelse for det nye vedtaket',
  conditions: 'Vilkår',

  // Forwarding
  forwardTitle: 'Send klagen til IMDi',
  forwardLead: 'Oversendelsesbrevet går til IMDi med kopi til klageren. Saksdokumentene til IMDi lagres som én PDF.',
  forwardDate: 'Dato for oversendelsen',
  language: 'Målform',
  forwardButton: 'Lag oversendelsesbrev og send',
  forwarding: 'Lager brevet …',
  forwarded: (date: string) => `Klagen ble sendt til IMDi ${formatDate(date)}.`,
  saveLetter: 'Lagre oversendelsesbrevet',
  saveCaseFile: 'Lagre saksdokumentene til IMDi (PDF)',
  makingCaseFile: 'Lager saksdokumentene …',
  caseFileSaved: 'Saksdokumentene er lagret.',
  letterSaved: 'Brevet er lagret.',
  saveCancelled: 'Lagringen ble avbrutt.',

  // IMDi
  imdiTitle: 'IMDis vedtak',
  imdiOutcome: 'Utfall hos IMDi',
  imdiDate: 'Dato for IMDis vedtak',
  imdiComment: 'Merknad',
  imdiSave: 'Registrer IMDis vedtak',
  imdiNewDecision: 'IMDis nye vedtak',
  imdiDone: (outcome: string, date: string) => `${outcome} av IMDi ${formatDate(date)}.`,
  imdiSaved: 'IMDis vedtak er registrert.',

  // § 42
  postponeTitle: 'Utsatt iverksetting (forvaltningsloven § 42)',
  postponeLead: 'Ber klageren om at vedtaket ikke gjennomføres før klagen er avgjort, registrer anmodningen og svaret her.',
  postponeRequested: 'Anmodningen mottatt',
  postponeAnswer: 'Svar',
  postponeNoAnswer: 'Ikke besvart ennå',
  postponeAnswerDate: 'Dato for svaret',
  postponeNote: 'Merknad',
  postponeSave: 'Lagre',
  postponeSaved: 'Anmodningen om utsatt iverksetting er lagret.',

  failed: 'Kunne ikke lagre. Prøv igjen.',
} as const;
