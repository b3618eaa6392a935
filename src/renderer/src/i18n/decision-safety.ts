// Texts for decisions that follow the screening, safe bulk decisions, the sub-goal split, letters
// made once and sent together, date warnings, and R2 confirmed once per organisation and call.
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { ScreeningRuleId } from '@renderer/domain/screening';
import { DECISION_OUTCOME_LABELS, lowerFirst } from '@renderer/domain/vocabulary';
import { formatDate, formatMoney } from './format';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

const outcomeVerb = (outcome: DecisionOutcome): string => lowerFirst(DECISION_OUTCOME_LABELS[outcome]);

export const safetyText = {
  // Bulk decision
  bulkLead: (n: number) =>
    n === 1
      ? 'Den valgte søknaden får utfallet og begrunnelsen du velger nedenfor.'
      : `De ${n} valgte søknadene får samme utfall og begrunnelse.`,
  bulkChooseOutcome: 'Velg utfall',
  bulkOutcomeRequired: 'Velg utfall før vedtakene kan fattes.',
  bulkPlanTitle: 'Dette skjer når du bekrefter',
  bulkPlanLoading: 'Ser på de valgte søknadene …',
  bulkPlanNew: (n: number, outcome: DecisionOutcome) =>
    n === 1 ? `1 søknad blir ${outcomeVerb(outcome)} (nytt vedtak).` : `${n} søknader blir ${outcomeVerb(outcome)} (nye vedtak).`,
  bulkPlanChanged: (n: number, outcome: DecisionOutcome) =>
    n === 1
      ? `1 vedtak som ikke er sendt, blir endret til ${outcomeVerb(outcome)}.`
      : `${n} vedtak som ikke er sendt, blir endret til ${outcomeVerb(outcome)}.`,
  bulkPlanNothing: 'Ingen av de valgte søknadene får vedtak.',
  bulkSkippedLocked: (n: number) =>
    `${count(n, 'søknad', 'søknader')} hoppes over fordi brevet er sendt og vedtaket er låst. ` +
    `Endre ${n === 1 ? 'det' : 'dem enkeltvis'} med «Endre vedtaket» i saken.`,
  bulkSkippedOverride: (n: number) =>
    `${count(n, 'søknad', 'søknader')} hoppes over fordi den formelle vurderingen ikke er bestått. Overstyr regelen med en skriftlig begrunnelse i saken før søknaden kan innvilges.`,
  bulkSkippedReason: (n: number) =>
    `${count(n, 'søknad', 'søknader')} hoppes over fordi ingen regel er «Ikke bestått», så avvisningen har ikke noe formelt krav å vise til. Skriv en begrunnelse.`,
  bulkSkippedClosed: (n: number) => `${count(n, 'søknad', 'søknader')} hoppes over fordi søknaden er trukket eller saken avsluttet.`,
  bulkSkippedList: 'Søknader som hoppes over',
  bulkDismissNote: 'Uten mal eller egen tekst blir begrunnelsen for hver søknad de formelle kravene den ikke oppfyller.',
  bulkSubmit: (n: number) => (n === 1 ? 'Fatt vedtaket' : `Fatt ${n} vedtak`),
  bulkDone: (decided: number, skipped: number) =>
    `${decided === 1 ? 'Vedtaket er fattet' : `${decided} vedtak er fattet`}.` +
    (skipped > 0 ? ` ${count(skipped, 'søknad', 'søknader')} ble hoppet over og står som før.` : ''),

  // Decision page: the screening
  screeningTitle: 'Formell vurdering',
  screeningAllMet: 'Søknaden har bestått alle de formelle kravene.',
  screeningNotScreened: 'Søknaden er ikke vurdert formelt ennå.',
  screeningFailedLead: 'Søknaden har ikke bestått den formelle vurderingen. Den kan ikke innvilges før regelen er overstyrt med en skriftlig begrunnelse, men den kan avvises.',
  screeningOverriddenLead: 'Overstyrt av saksbehandler (brevet sier at dette er saksbehandlers vurdering):',
  screeningUnresolvedLead: 'Trenger skjønn:',
  screeningJudgedLead: 'Avgjort ved skjønn:',
  overrideRule: (rule: ScreeningRuleId) => `Overstyr ${rule}`,
  overrideReasonLabel: 'Begrunnelse for overstyringen',
  openApplication: 'Åpne søknaden og den formelle vurderingen',
  ruleLine: (rule: ScreeningRuleId, reason: string) => `${rule}: ${reason}`,
  dismissalPrefilled: 'Begrunnelsen er fylt ut med de formelle kravene som ikke er oppfylt. Les den og juster ved behov.',

  // Sub-goal split
  splitTitle: 'Fordeling på delmål',
  splitHelp: 'Hvor mye av det innvilgede beløpet som hører til hvert delmål. Brukes på utlysningssiden, i rammekontrollen og i rapporten til IMDi.',
  splitGoal: (goal: string) => `Delmål ${goal}`,
  splitEqual: 'Fordel likt',
  splitSum: (sum: number, granted: number) =>
    sum === granted ? `Til sammen ${formatMoney(sum)}.` : `Til sammen ${formatMoney(sum)}, men innvilget beløp er ${formatMoney(granted)}.`,

  // Letters
  makeMissingLetters: (n: number) => `Lag brev som mangler (${n})`,
  makeMissingLettersSelected: (n: number) => `Lag brev som mangler for valgte (${n})`,
  noMissingLetters: 'Alle vedtak har brev',
  batchDone: (made: number, skipped: number, file: string) =>
    `${made} brev er laget og lagret i ${file}.` + (skipped > 0 ? ` ${skipped} hadde allerede brev og ble ikke laget på nytt.` : ''),
  batchNothing: (skipped: number) => `Ingen nye brev: ${count(skipped, 'vedtak', 'vedtak')} hadde allerede et gjeldende brev.`,
  markManySent: (n: number) => `Merk brev som sendt (${n})`,
  markManyTitle: (n: number) => (n === 1 ? 'Merk 1 brev som sendt' : `Merk ${n} brev som sendt`),
  markManyLead: 'Brevene merkes som sendt samme dato, og vedtakene blir låst. En senere endring blir et nytt vedtak.',
  markManyDone: (sent: number, skipped: number) =>
    `${sent === 1 ? '1 brev er merket som sendt' : `${sent} brev er merket som sendt`}.` +
    (skipped > 0 ? ` ${skipped} ble ikke merket (se saken).` : ''),
  sendList: 'Utsendingsliste',
  sendListCsv: 'Utsendingsliste (CSV)',
  sendListXlsx: 'Utsendingsliste (Excel)',
  sendListEmpty: 'Ingen laget, usendte brev å sende.',
  sendListHelp: 'Mottaker, e-post, filnavn og emne for brevene som er laget, men ikke sendt.',
  sendListColumns: ['Organisasjon', 'E-post', 'Filnavn', 'Emne'] as const,
  sendListSubject: (title: string) => `Vedtak om tilskudd: ${title}`,
  sendListFileName: (year: number) => `utsendingsliste-vedtaksbrev-${year}`,

  // Date warnings
  dateWarningTitle: 'Datoene passer ikke med tilskuddsåret',
  dateWarningLead: 'Sjekk datoene før brevet lages. Du kan fortsette hvis det er meningen, for eksempel ved omgjøring etter klage.',
  dateWarningContinue: 'Lag brevet likevel',
  dateWarningContinueMany: 'Lag brevene likevel',
  dateWarningFor: (title: string) => `«${title}»:`,

  // R2
  r2Button: 'Bekreft R2 for organisasjonene',
  r2NeedsCall: 'Velg en utlysning i filteret for å bekrefte R2 for organisasjonene i utvalget.',
  r2Title: 'Bekreft R2 for organisasjonene',
  r2ConfirmOne: 'Bekreft for organisasjonen i utlysningen',
  r2Lead: (n: number, call: string) =>
    `Du bekrefter at ${n === 1 ? 'organisasjonen' : `de ${n} organisasjonene`} nedenfor driver frivillig virke på ikke-fortjenestebasert og ikke-offentlig basis (R2). Bekreftelsen gjelder alle søknadene deres i «${call}», og søknadene vurderes formelt på nytt.`,
  r2Already: 'allerede bekreftet',
  r2Submit: (n: number) => (n === 1 ? 'Bekreft for 1 organisasjon' : `Bekreft for ${n} organisasjoner`),
  r2NothingNew: 'Alle organisasjonene i utvalget er allerede bekreftet.',
  r2Done: (orgs: number, apps: number) =>
    `R2 er bekreftet for ${count(orgs, 'organisasjon', 'organisasjoner')}; ${count(apps, 'søknad', 'søknader')} er vurdert på nytt.`,
  r2Failed: 'R2 kunne ikke bekreftes.',
  r2Confirmed: (by: string, at: string) => `R2 bekreftet av ${by} ${formatDate(at.slice(0, 10))}`,
} as const;
