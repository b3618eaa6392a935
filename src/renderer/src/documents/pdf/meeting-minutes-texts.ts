// The words of the minutes in bokmål and nynorsk.
import type { ConflictGround } from '@renderer/domain/conflict-of-interest';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { PersonRole } from '@renderer/domain/person';
import type { LetterLanguage } from '@renderer/domain/settings';

export interface MinutesTexts {
  title: string;
  call: string;
  caseNumber: string;
  date: string;
  place: string;
  placeNotGiven: string;
  present: string;
  roles: Record<PersonRole, string>;
  conflictsHeading: string;
  noConflicts: string;
  didNotTakePart: string;
  notPresent: string;
  grounds: Record<ConflictGround, string>;
  itemsHeading: string;
  item: string;
  ref: string;
  applicant: string;
  applied: string;
  recommendation: string;
  noRecommendation: string;
  amount: string;
  reason: string;
  notTakingPart: string;
  outcomes: Record<DecisionOutcome, string>;
  totalsHeading: string;
  totalsHeader: string;
  frame: string;
  recommended: string;
  left: string;
  total: string;
  subGoal: string;
  signatureHeading: string;
  placeAndDate: string;
  chair: string;
  page: (page: number, pages: number) => string;
}

export const MINUTES_TEXTS: Record<LetterLanguage, MinutesTexts> = {
  nb: {
    title: 'Møteprotokoll – innstilling om tilskudd',
    call: 'Utlysning',
    caseNumber: 'Saksnummer',
    date: 'Møtedato',
    place: 'Møtested',
    placeNotGiven: 'Ikke oppgitt',
    present: 'Til stede',
    roles: { leder: 'leder', utvalgsmedlem: 'medlem', saksbehandler: 'saksbehandler' },
    conflictsHeading: 'Inhabilitet (forvaltningsloven § 6)',
    noConflicts: 'Ingen inhabilitet er registrert for sakene på sakslisten.',
    didNotTakePart: 'Deltok ikke i behandlingen av saken.',
    notPresent: 'Var ikke til stede på møtet.',
    grounds: {
      a: '§ 6 første ledd a: selv part i saken',
      b: '§ 6 første ledd b: i slekt eller svogerskap med en part',
      c: '§ 6 første ledd c: gift, forlovet, fosterforelder eller fosterbarn til en part',
      d: '§ 6 første ledd d: verge eller fullmektig for en part',
      e: '§ 6 første ledd e: leder eller styremedlem i søkerorganisasjonen',
      annet_ledd: '§ 6 annet ledd: andre særegne forhold',
    },
    itemsHeading: 'Sakene',
    item: 'Sak',
    ref: 'ref.',
    applicant: 'Søker',
    applied: 'Søkt beløp',
    recommendation: 'Innstilling',
    noRecommendation: 'Ingen innstilling gitt',
    amount: 'Innstilt beløp',
    reason: 'Begrunnelse',
    notTakingPart: 'Deltok ikke',
    outcomes: { innvilget: 'Innvilges', delvis_innvilget: 'Innvilges delvis', avslatt: 'Avslås', avvist: 'Avvises' },
    totalsHeading: 'Sum mot rammen',
    totalsHeader: 'Ramme og innstilt',
    frame: 'Ramme',
    recommended: 'Innstilt',
    left: 'Igjen',
    total: 'Totalt',
    subGoal: 'Delmål',
    signatureHeading: 'Underskrift',
    placeAndDate: 'Sted og dato',
    chair: 'møteleder',
    page: (page, pages) => `Side ${page} av ${pages}`,
  },
  nn: {
    title: 'Møteprotokoll – innstilling om tilskot',
    call: 'Utlysing',
    caseNumber: 'Saksnummer',
    date: 'Møtedato',
    place: 'Møtestad',
    placeNotGiven: 'Ikkje oppgitt',
    present: 'Til stades',
    roles: { leder: 'leiar', utvalgsmedlem: 'medlem', saksbehandler: 'sakshandsamar' },
    conflictsHeading: 'Ugildskap (forvaltningslova § 6)',
    noConflicts: 'Det er ikkje registrert ugildskap for sakene på sakslista.',
    didNotTakePart: 'Tok ikkje del i handsaminga av saka.',
    notPresent: 'Var ikkje til stades på møtet.',
    grounds: {
      a: '§ 6 første ledd a: sjølv part i saka',
      b: '§ 6 første ledd b: i slekt eller svogerskap med ein part',
      c: '§ 6 første ledd c: gift, forlova, fosterforelder eller fosterbarn til ein part',
      d: '§ 6 første ledd d: verje eller fullmektig for ein part',
      e: '§ 6 første ledd e: leiar eller styremedlem i søkjarorganisasjonen',
      annet_ledd: '§ 6 andre ledd: andre særlege forhold',
    },
    itemsHeading: 'Sakene',
    item: 'Sak',
    ref: 'ref.',
    applicant: 'Søkjar',
    applied: 'Søkt beløp',
    recommendation: 'Innstilling',
    noRecommendation: 'Inga innstilling gitt',
    amount: 'Innstilt beløp',
    reason: 'Grunngiving',
    notTakingPart: 'Tok ikkje del',
    outcomes: { innvilget: 'Innvilgast', delvis_innvilget: 'Innvilgast delvis', avslatt: 'Blir avslått', avvist: 'Blir avvist' },
    totalsHeading: 'Sum mot ramma',
    totalsHeader: 'Ramme og innstilt',
    frame: 'Ramme',
    recommended: 'Innstilt',
    left: 'Att',
    total: 'Totalt',
    subGoal: 'Delmål',
    signatureHeading: 'Underskrift',
    placeAndDate: 'Stad og dato',
    chair: 'møteleiar',
    page: (page, pages) => `Side ${page} av ${pages}`,
  },
};
