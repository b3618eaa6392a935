// Words of the forwarding letter (klage_oversendelse) in bokmål and nynorsk. Placeholders in
// braces are filled by the builder. The letter is not an individual decision itself: it tells IMDi
// and the appellant that the municipality keeps its decision and why (fvl. § 33), and the
// appellant's right to see the documents (§ 18).
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { AppealChannel, PostponementAnswer } from '@renderer/domain/appeal';
import type { LetterLanguage } from '@renderer/domain/settings';
import { DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

export interface ForwardingTexts {
  heading: string;
  imdiName: string;
  copy: string;
  intro: string;
  labels: {
    appellant: string;
    party: string;
    measure: string;
    appealed: string;
    applied: string;
    granted: string;
    letterSent: string;
    received: string;
    deadline: string;
  };
  outcome: Record<DecisionOutcome, string>;
  channel: Record<AppealChannel, string>;
  appeal: { heading: string; request: string };
  deadline: { heading: string; inTime: string; inTimePosted: string; late: string };
  unsigned: string;
  review: { heading: string; text: string; comments: string };
  postponement: { heading: string; asked: string; answer: Record<PostponementAnswer, string>; unanswered: string };
  enclosures: { heading: string };
  toAppellant: { heading: string; text: string; postponement: string };
}

const NB: ForwardingTexts = {
  heading: 'Oversendelse av klage på vedtak om tilskudd – {tittel}',
  imdiName: 'Integrerings- og mangfoldsdirektoratet (IMDi)',
  copy: 'Kopi',
  intro:
    '{kommune} sender med dette klagen fra {klager} på kommunens vedtak av {vedtaksdato} om tilskudd til integreringsarbeid i regi av frivillige organisasjoner {aar} til IMDi, som er klageinstans (forvaltningsloven § 33).',
  labels: {
    appellant: 'Klager',
    party: 'Søker',
    measure: 'Tiltak',
    appealed: 'Påklaget vedtak',
    applied: 'Søkt beløp',
    granted: 'Innvilget beløp',
    letterSent: 'Vedtaksbrevet sendt',
    received: 'Klagen mottatt',
    deadline: 'Klagefrist',
  },
  outcome: DECISION_OUTCOME_LABELS,
  channel: { brev: 'per brev', 'e-post': 'per e-post', portal: 'gjennom søknadsportalen', levert: 'levert kommunen' },
  appeal: { heading: 'Klagen', request: 'Klageren ber om: {krav}' },
  deadline: {
    heading: 'Klagefristen',
    inTime: 'Klagen kom inn innen klagefristen, som gikk ut {frist} (forvaltningsloven §§ 29 og 30).',
    inTimePosted: 'Klagen ble sendt {sendt}, innen klagefristen som gikk ut {frist}, og er kommet inn i tide (forvaltningsloven § 30).',
    late: 'Klagen kom inn etter klagefristen, som gikk ut {frist}. Kommunen har likevel tatt klagen under behandling etter forvaltningsloven § 31: {grunn}',
  },
  unsigned: 'Klagen er ikke underskrevet. Kommunen har likevel tatt den under behandling (forvaltningsloven § 32).',
  review: {
    heading: 'Kommunens vurdering',
    text: 'Kommunen har vurdert klagen {dato} og finner ikke grunn til å endre vedtaket (forvaltningsloven § 33). Saken sendes derfor til IMDi for endelig avgjørelse.',
    comments: 'Kommunens merknader: {merknader}',
  },
  postponement: {
    heading: 'Utsatt iverksetting',
    asked: 'Klageren ba {dato} om at gjennomføringen av vedtaket utsettes til klagen er avgjort (forvaltningsloven § 42).',
    answer: { innvilget: 'Kommunen innvilget dette {dato}.', avslatt: 'Kommunen avslo dette {dato}.' },
    unanswered: 'Kommunen har ikke svart på anmodningen ennå.',
  },
  enclosures: { heading: 'Vedlagt' },
  toAppellant: {
    heading: 'Til klageren',
    text: 'Dere får kopi av dette brevet. IMDi avgjør klagen og sender vedtaket i klagesaken til dere. Vedtaket i klagesaken er endelig og kan ikke påklages (forvaltningsloven § 28 tredje ledd). Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19. Ta kontakt med saksbehandleren dersom dere ønsker innsyn.',
    postponement: 'Dere kan be om at gjennomføringen av vedtaket utsettes til klagen er avgjort (forvaltningsloven § 42).',
  },
};

const NN: ForwardingTexts = {
  heading: 'Oversending av klage på vedtak om tilskot – {tittel}',
  imdiName: 'Integrerings- og mangfaldsdirektoratet (IMDi)',
  copy: 'Kopi',
  intro:
    '{kommune} sender med dette klaga frå {klager} på vedtaket til kommunen av {vedtaksdato} om tilskot til integreringsarbeid i regi av frivillige organisasjonar {aar} til IMDi, som er klageinstans (forvaltningslova § 33).',
  labels: {
    appellant: 'Klagar',
    party: 'Søkjar',
    measure: 'Tiltak',
    appealed: 'Påklaga vedtak',
    applied: 'Søkt beløp',
    granted: 'Innvilga beløp',
    letterSent: 'Vedtaksbrevet sendt',
    received: 'Klaga motteken',
    deadline: 'Klagefrist',
  },
  outcome: { innvilget: 'Innvilga', delvis_innvilget: 'Delvis innvilga', avslatt: 'Avslått', avvist: 'Avvist' },
  channel: { brev: 'per brev', 'e-post': 'per e-post', portal: 'gjennom søknadsportalen', levert: 'levert kommunen' },
  appeal: { heading: 'Klaga', request: 'Klagaren ber om: {krav}' },
  deadline: {
    heading: 'Klagefristen',
    inTime: 'Klaga kom inn innan klagefristen, som gjekk ut {frist} (forvaltningslova §§ 29 og 30).',
    inTimePosted: 'Klaga vart send {sendt}, innan klagefristen som gjekk ut {frist}, og er komen inn i tide (forvaltningslova § 30).',
    late: 'Klaga kom inn etter klagefristen, som gjekk ut {frist}. Kommunen har likevel teke klaga under behandling etter forvaltningslova § 31: {grunn}',
  },
  unsigned: 'Klaga er ikkje underskriven. Kommunen har likevel teke ho under behandling (forvaltningslova § 32).',
  review: {
    heading: 'Vurderinga til kommunen',
    text: 'Kommunen har vurdert klaga {dato} og finn ikkje grunn til å endre vedtaket (forvaltningslova § 33). Saka blir difor send til IMDi for endeleg avgjerd.',
    comments: 'Merknadene til kommunen: {merknader}',
  },
  postponement: {
    heading: 'Utsett iverksetjing',
    asked: 'Klagaren bad {dato} om at gjennomføringa av vedtaket blir utsett til klaga er avgjord (forvaltningslova § 42).',
    answer: { innvilget: 'Kommunen innvilga dette {dato}.', avslatt: 'Kommunen avslo dette {dato}.' },
    unanswered: 'Kommunen har ikkje svart på oppmodinga enno.',
  },
  enclosures: { heading: 'Vedlagt' },
  toAppellant: {
    heading: 'Til klagaren',
    text: 'De får kopi av dette brevet. IMDi avgjer klaga og sender vedtaket i klagesaka til dykk. Vedtaket i klagesaka er endeleg og kan ikkje påklagast (forvaltningslova § 28 tredje ledd). De har rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19. Ta kontakt med saksbehandlaren dersom de ønskjer innsyn.',
    postponement: 'De kan be om at gjennomføringa av vedtaket blir utsett til klaga er avgjord (forvaltningslova § 42).',
  },
};

export const FORWARDING_TEXTS: Record<LetterLanguage, ForwardingTexts> = { nb: NB, nn: NN };
