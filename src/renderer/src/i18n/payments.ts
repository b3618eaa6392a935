// Texts of the payments area (Utbetalinger): acceptance of the conditions, reminders, lapsed grants,
// payment terms, payment lists and amounts to claim back.
import type { AcceptanceChannel } from '@renderer/domain/acceptance';
import type { TermRowState } from '@renderer/domain/payments/grant-terms';
import { formatDate, formatMoney } from './format';

export const channelText: Record<AcceptanceChannel, string> = { 'e-post': 'E-post', brev: 'Brev', portal: 'Portal' };

export const termStateText: Record<TermRowState, string> = {
  venter_aksept: 'Venter på aksept',
  frigitt: 'Frigitt',
  forfalt: 'Forfalt',
  utbetalt: 'Utbetalt',
};

export type AcceptanceFilter = 'alle' | 'venter' | 'forfalt' | 'akseptert' | 'bortfalt';
export type TermFilter = 'alle' | 'forfalt' | 'frigitt' | 'venter_aksept' | 'utbetalt';

export const paymentsText = {
  lead: 'Registrer aksept av vilkårene, purr på aksepter som er forsinket, og utbetal terminene med en utbetalingsliste til økonomiavdelingen.',
  noCallsTitle: 'Ingen utlysninger ennå',
  noCallsBody: 'Utbetalinger kommer etter vedtak og sendte vedtaksbrev.',
  tabsLabel: 'Deler av utbetalingene',
  tabAcceptance: 'Aksept',
  tabTerms: 'Terminer',

  claimsTitle: 'Mer er utbetalt enn vedtaket innvilger',
  claimsBody: 'Et nytt vedtak har satt ned tilskuddet etter utbetaling. Forskjellen må kreves tilbake (tilbakebetalingskrav).',
  claimLine: (org: string, title: string, paid: number, granted: number, claim: number) =>
    `${org} – «${title}»: utbetalt ${formatMoney(paid)}, innvilget nå ${formatMoney(granted)}, å kreve tilbake ${formatMoney(claim)}.`,

  // Acceptance
  acceptanceFilterLabel: 'Vis aksepter',
  acceptanceFilter: {
    alle: 'Alle',
    venter: 'Venter',
    forfalt: 'Fristen er ute',
    akseptert: 'Akseptert',
    bortfalt: 'Bortfalt',
  } satisfies Record<AcceptanceFilter, string>,
  noGrants: 'Ingen tilskudd i denne utlysningen har sendt vedtaksbrev ennå.',
  noGrantsInFilter: 'Ingen tilskudd passer med valget.',
  acceptanceTableLabel: 'Tilskudd og aksept',
  colOrganisation: 'Organisasjon',
  colApplication: 'Søknad',
  colGranted: 'Innvilget',
  colLetterSent: 'Brev sendt',
  colDeadline: 'Frist for aksept',
  colAcceptance: 'Aksept',
  colPaid: 'Utbetalt',
  colActions: 'Handlinger',
  selectAllOverdue: 'Velg alle med fristen ute',
  selectGrant: (title: string) => `Velg «${title}»`,
  stateWaiting: 'Venter',
  stateOverdue: 'Fristen er ute',
  stateAccepted: (date: string, channel: string) => `Akseptert ${formatDate(date)} (${channel.toLowerCase()})`,
  stateLapsed: (date: string) => `Bortfalt ${formatDate(date)}`,
  reminded: (dates: readonly string[]) => `Purret ${dates.map(formatDate).join(', ')}`,
  recordAcceptance: 'Registrer aksept',
  recordAcceptanceLabel: (title: string) => `Registrer aksept for «${title}»`,
  selectedGrants: (n: number) => (n === 1 ? '1 tilskudd valgt' : `${n} tilskudd valgt`),
  makeReminders: (n: number) => `Lag purrebrev (${n})`,
  recordLapse: (n: number) => `Registrer bortfall (${n})`,

  acceptTitle: 'Registrer aksept av vilkårene',
  acceptLead: (org: string, title: string) => `${org} – «${title}». Når aksepten er registrert, frigis terminene for utbetaling.`,
  acceptDate: 'Dato aksepten kom',
  acceptChannel: 'Aksepten kom som',
  acceptNote: 'Merknad (valgfritt)',
  acceptSubmit: 'Registrer aksept',
  accepted: (n: number) => (n === 1 ? 'Aksepten er registrert, og 1 termin er frigitt.' : `Aksepten er registrert, og ${n} terminer er frigitt.`),
  correctAcceptance: 'Rett',
  correctAcceptanceLabel: (title: string) => `Rett aksepten for «${title}»`,
  correctAcceptanceTitle: 'Rett registrert aksept',
  correctAcceptanceLead: (org: string, title: string) => `${org} – «${title}». Rett datoen aksepten kom, hvordan den kom, eller merknaden.`,
  correctAcceptanceSubmit: 'Lagre rettelsen',
  acceptanceCorrected: 'Aksepten er rettet.',
  undoAcceptance: 'Angre',
  undoAcceptanceLabel: (title: string) => `Angre aksepten for «${title}»`,
  undoAcceptanceTitle: 'Angre registrert aksept?',
  undoAcceptanceLead: (org: string, title: string) =>
    `${org} – «${title}». Tilskuddet venter da på aksept igjen, og terminene som er frigitt, trekkes tilbake. Det går bare så lenge ingen termin er utbetalt.`,
  undoAcceptanceSubmit: 'Angre aksepten',
  acceptanceUndone: 'Aksepten er angret. Tilskuddet venter på aksept igjen.',
  undoLapse: 'Angre bortfall',
  undoLapseLabel: (title: string) => `Angre bortfallet for «${title}»`,
  undoLapseTitle: 'Angre bortfallet?',
  undoLapseLead: (org: string, title: string) =>
    `${org} – «${title}». Beløpet regnes igjen som innvilget i rammen, og tilskuddet venter på aksept. Det går bare hvis rammen ikke blir overskredet.`,
  undoLapseSubmit: 'Angre bortfallet',
  lapseUndone: 'Bortfallet er angret. Tilskuddet venter på aksept igjen.',
  dateRequired: 'Skriv inn en gyldig dato.',
  saveFailed: 'Det gikk ikke å lagre.',

  lapseTitle: 'Registrer at tilskuddet har falt bort',
  lapseLead: (n: number) =>
    `${n === 1 ? 'Tilskuddet' : `De ${n} tilskuddene`} får ikke utbetaling, og beløpet går tilbake til rammen for utlysningen. Bortfallet kan angres senere så lenge beløpet ikke er brukt i nye vedtak.`,
  lapseDate: 'Dato',
  lapseNote: 'Begrunnelse (valgfritt)',
  lapseSubmit: 'Registrer bortfall',
  lapsed: (n: number) => (n === 1 ? '1 tilskudd er registrert som bortfalt.' : `${n} tilskudd er registrert som bortfalt.`),

  remindersTitle: 'Purrebrev på aksept',
  remindersLead: (n: number, deadline: string) =>
    `${n === 1 ? 'Ett brev' : `${n} brev`} lages og lagres i saken. Brevet gir ny frist for aksept ${formatDate(deadline)}.`,
  remindersLanguage: 'Målform',
  remindersSubmit: 'Lag brevene',
  remindersProgress: (done: number, total: number) => `${done} av ${total} brev laget`,
  remindersProgressLabel: 'Framdrift for purrebrevene',
  remindersDone: (n: number, where: string) => `${n === 1 ? '1 purrebrev' : `${n} purrebrev`} er laget og lagret i ${where}.`,
  remindersNotSaved: (n: number) => `${n === 1 ? '1 purrebrev' : `${n} purrebrev`} er laget og lagret i saken, men filene ble ikke lagret.`,
  remindersFolder: (year: number) => `purrebrev-aksept-${year}`,
  pdfFilter: 'PDF-dokumenter',

  // Terms
  termFilterLabel: 'Vis terminer',
  termFilter: {
    alle: 'Alle',
    forfalt: 'Forfalt til betaling',
    frigitt: 'Frigitt, ikke forfalt',
    venter_aksept: 'Venter på aksept',
    utbetalt: 'Utbetalt',
  } satisfies Record<TermFilter, string>,
  noTerms: 'Ingen terminer passer med valget.',
  termsTableLabel: 'Terminer',
  colTerm: 'Termin',
  colAmount: 'Beløp',
  colDue: 'Forfaller',
  colState: 'Status',
  colReference: 'Vår ref.',
  termName: (term: number) => (term === 1 ? '1 (vår)' : '2 (høst)'),
  selectAllPayable: 'Velg alle terminer som kan utbetales på denne siden',
  selectTerm: (org: string, term: number) => `Velg termin ${term} for ${org}`,
  selectedTerms: (n: number, sum: number) => (n === 1 ? `1 termin valgt, ${formatMoney(sum)}` : `${n} terminer valgt, ${formatMoney(sum)}`),
  makeList: 'Lag utbetalingsliste',
  selectAllInFilter: (n: number) => `Velg alle som kan utbetales (${n})`,
  rowsPerPage: 'Rader per side',
  pageOf: (from: number, to: number, count: number) => `${from}–${to} av ${count}`,
  paidOn: (date: string) => `Utbetalt ${formatDate(date)}`,

  listTitle: 'Utbetalingsliste',
  listTableLabel: 'Utbetalinger i listen',
  listMore: (n: number) => `… og ${n} til. Filene har alle radene.`,
  colAccount: 'Kontonummer',
  listPayDate: 'Utbetalingsdato',
  listSummary: (n: number, sum: number) =>
    n === 1 ? `1 utbetaling på til sammen ${formatMoney(sum)}.` : `${n} utbetalinger på til sammen ${formatMoney(sum)}.`,
  listStoppedTitle: (n: number) => (n === 1 ? '1 termin er holdt tilbake' : `${n} terminer er holdt tilbake`),
  listStoppedBody: 'Disse kommer ikke med i listen. De andre kan utbetales.',
  saveXlsx: 'Lagre regneark (XLSX)',
  saveCsv: 'Lagre CSV',
  filterXlsx: 'Excel-regneark',
  filterCsv: 'CSV-filer',
  building: 'Lager …',
  fileSaved: (name: string) => `Filen ${name} er lagret.`,
  fileNotSaved: 'Filen ble ikke lagret.',
  markPaid: (n: number, date: string) => (n === 1 ? `Marker 1 termin som utbetalt ${formatDate(date)}` : `Marker ${n} terminer som utbetalt ${formatDate(date)}`),
  markedPaid: (n: number) => (n === 1 ? '1 termin er markert som utbetalt.' : `${n} terminer er markert som utbetalt.`),
  nothingToPay: 'Ingen av de valgte terminene kan utbetales.',
  close: 'Lukk',
} as const;
