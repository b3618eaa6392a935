// Texts of the overview (start) page.
import type { AreaKey } from './areas';

export interface CaseStep {
  area: AreaKey;
  title: string;
  body: string;
}

export const overviewText = {
  greeting: (firstName: string) => `Hei, ${firstName}!`,
  intro: (municipality: string) =>
    `Du behandler søknader om tilskudd til integreringsarbeid i regi av frivillige organisasjoner for ${municipality}.`,
  flowTitle: 'Slik går en sak',
  flowIntro: 'Saksgangen følger årshjulet for tilskuddet. Hvert steg har sitt område i menyen.',
  steps: [
    { area: 'calls', title: 'Utlysning', body: 'Lys ut tilskuddet med søknadsfrist og budsjettramme.' },
    { area: 'applications', title: 'Søknader', body: 'Registrer eller importer søknadene som kommer inn.' },
    { area: 'applications', title: 'Formell vurdering', body: 'Sjekk at søker og søknad oppfyller vilkårene.' },
    { area: 'assessment', title: 'Vurdering', body: 'Vurder søknadene etter kriteriene, gjerne i et møte.' },
    { area: 'decisions', title: 'Vedtak og brev', body: 'Fatt vedtak og send brev om tilskudd eller avslag.' },
    { area: 'payments', title: 'Utbetaling', body: 'Betal ut tilskuddet, i én eller to terminer.' },
    { area: 'reports', title: 'Rapportering', body: 'Følg opp rapport og regnskap fra mottakerne.' },
    { area: 'appeals', title: 'Klage', body: 'Behandle klager før de sendes videre til IMDi.' },
    { area: 'export', title: 'Eksport', body: 'Send årets tall og tilskudd til IMDi.' },
  ] satisfies readonly CaseStep[],
  offlineNote:
    'Alt lagres på denne maskinen, så du kan arbeide uten nettforbindelse, for eksempel i et møte.',
  flowShow: 'Vis hvordan en sak går',

  // «Å gjøre»: what waits on the officer in one call.
  todoTitle: 'Å gjøre',
  todoCall: 'Utlysning',
  todoNoCalls: 'Ingen utlysninger ennå. Når du har lyst ut tilskuddet, ser du her hva som venter på deg.',
  todoNothing: 'Ingenting venter på deg i denne utlysningen nå.',
  todoQuiet: (n: number) => (n === 1 ? '1 punkt uten noe som venter' : `${n} punkter uten noe som venter`),
  todoLoading: 'Teller det som venter …',
  todo: {
    unscreened: { title: 'Søknader uten formell vurdering', why: 'Reglene R1–R8 må sjekkes før søknaden kan vurderes og avgjøres.' },
    needsJudgement: { title: 'Formelle regler som trenger ditt skjønn', why: 'Et vilkår kunne ikke avgjøres automatisk; du må ta stilling og begrunne.' },
    assessor: { title: (name: string) => `Vurderinger som mangler fra ${name}`, why: 'Rangeringen og innstillingen bygger på alle vurderingene.' },
    meeting: {
      title: (date: string) => `Saker på sakslisten til møtet ${date}`,
      why: (recorded: number) =>
        `Registrer inhabilitet (forvaltningsloven § 6) før møtet; ${recorded === 1 ? '1 er registrert' : `${recorded} er registrert`} så langt.`,
    },
    recommendedUndecided: { title: 'Innstillinger uten vedtak', why: 'Innstillingen er klar; søkeren venter på vedtaket.' },
    withoutLetter: { title: 'Vedtak uten brev', why: 'Søkeren får vite om vedtaket gjennom brevet; lag brevet så det kan sendes.' },
    lettersUnsent: { title: 'Brev som ikke er markert som sendt', why: 'Vedtaket er endelig når brevet er sendt, og klagefristen regnes fra da.' },
    acceptancesOverdue: { title: 'Aksepter som er forfalt', why: 'Tilskuddet betales ikke ut før vilkårene er akseptert (R11); send purring eller registrer bortfall.' },
    paymentsDue: { title: 'Utbetalinger som har forfalt', why: 'Frigitte terminer skal betales ut på forfallsdatoen.' },
    reportsDueSoon: { title: 'Rapporter som forfaller innen 30 dager', why: 'Minn gjerne mottakerne på rapport og regnskap (R12).' },
    reportsOverdue: { title: 'Rapporter som har forfalt', why: 'Rapport og regnskap er ikke kommet inn innen fristen (R12); send purring.' },
    claimsUnpaid: { title: 'Krav om tilbakebetaling som ikke er betalt', why: 'Ubrukte eller feil brukte midler skal betales tilbake (R13).' },
    appealsOpen: { title: 'Klager som venter på kommunens vurdering', why: 'Kommunen vurderer klagen selv før den sendes til IMDi (forvaltningsloven § 33).' },
  },

  // «Frister»: the coming days and what is overdue, across calls.
  deadlinesTitle: 'Frister',
  deadlinesIntro: (days: number) => `Det som har forfalt, og fristene de neste ${days} dagene, i alle utlysninger.`,
  deadlinesOverdue: 'Forfalt',
  deadlinesComing: 'Kommende',
  deadlinesNone: 'Ingen frister de neste 14 dagene, og ingenting har forfalt.',
  deadlinesLoading: 'Henter fristene …',
  deadlinesListLabel: (group: string) => `Frister: ${group}`,
  deadlineKinds: {
    soknadsfrist: 'Søknadsfrist',
    mote: 'Møte',
    aksept: 'Akseptfrist',
    utbetaling: 'Utbetaling',
    rapport: 'Rapportfrist',
    tilbakebetaling: 'Frist for tilbakebetaling',
    klagefrist: 'Klagefrist',
  },
  icsButton: 'Last ned frister som kalender (.ics)',
  icsHelp: 'Kommende frister det neste året, som heldagshendelser du kan legge inn i Outlook.',
  icsCalendarName: 'Frister – tilskudd til frivillige',
  icsFileName: (today: string) => `frister-${today}.ics`,
  icsFilterName: 'Kalender',
  icsEmpty: 'Ingen kommende frister å legge i kalenderen.',
  icsSaved: 'Kalenderfilen er lagret.',
  icsFailed: 'Kalenderfilen kunne ikke lages. Prøv igjen.',
} as const;
