// Texts of the repayment claim (vedtak om tilbakebetaling, R13) in bokmål and nynorsk. It is an
// individual decision: reasons (fvl. §§ 24–25), and then the municipality's standard appeal and
// access texts (§§ 18, 28–29, 32–33), as in the decision letters.
import type { RepaymentBasis } from '@renderer/domain/repayment';
import type { LetterLanguage } from '@renderer/domain/settings';

export interface RepaymentClaimTexts {
  heading: string;
  outcomeLine: string;
  intro: string;
  labels: { decisionDate: string; paid: string; claimed: string; deadline: string; account: string; reference: string };
  rules: string;
  facts: string;
  basisFacts: Record<RepaymentBasis, string>;
  reportFact: string;
  paymentHeading: string;
  payment: string;
  postponement: string;
}

const NB: RepaymentClaimTexts = {
  heading: 'Vedtak om tilbakebetaling av tilskudd {aar}',
  outcomeLine: 'Dere må betale tilbake {belop}',
  intro:
    'Vi viser til vedtak {vedtaksdato} om tilskudd på {innvilget} til {type} «{tittel}». {kommune} har kommet til at {organisasjon} må betale tilbake {belop} av tilskuddet. Begrunnelsen står nedenfor.',
  labels: {
    decisionDate: 'Vedtak om tilskudd',
    paid: 'Utbetalt',
    claimed: 'Krav om tilbakebetaling',
    deadline: 'Betalingsfrist',
    account: 'Kontonummer',
    reference: 'Merk betalingen med',
  },
  rules:
    'Tilskuddet er gitt etter regelverket for IMDis tilskuddsordning for integreringsarbeid i regi av frivillige organisasjoner, kommunens utlysning «{utlysning}» og vilkårene i tilskuddsbrevet. Tilskuddet skal brukes og regnskapsføres i {aar}, og midler som ikke er brukt til formålet, skal betales tilbake. Kommunen kan kreve tilskuddet tilbakebetalt helt eller delvis dersom det ikke er brukt, er brukt i strid med vilkårene, eller er gitt på grunnlag av uriktige eller ufullstendige opplysninger.',
  facts: '{organisasjon} fikk innvilget {innvilget} og har fått utbetalt {utbetalt}.',
  basisFacts: {
    ubrukte_midler: 'Kommunen har funnet at {belop} av tilskuddet ikke er brukt til formålet i {aar}.',
    brudd_pa_vilkar: 'Kommunen har funnet at {belop} av tilskuddet er brukt i strid med vilkårene i tilskuddsbrevet.',
    feil_opplysninger:
      'Kommunen har funnet at tilskuddet ble gitt på grunnlag av uriktige eller ufullstendige opplysninger, og at {belop} ikke ville blitt innvilget med riktige opplysninger.',
  },
  reportFact: 'Dette bygger på rapporten og regnskapet kommunen mottok {rapportdato}.',
  paymentHeading: 'Slik betaler dere',
  payment:
    'Betal {belop} til kontonummer {konto} innen {frist}. Merk betalingen med «{referanse}», slik at vi kan finne den. Ta kontakt med saksbehandleren før fristen hvis dere ikke kan betale hele beløpet på én gang.',
  postponement: 'Dere kan be om at betalingen utsettes til klagen er avgjort, jf. forvaltningsloven § 42.',
};

const NN: RepaymentClaimTexts = {
  heading: 'Vedtak om tilbakebetaling av tilskot {aar}',
  outcomeLine: 'De må betale tilbake {belop}',
  intro:
    'Vi viser til vedtak {vedtaksdato} om tilskot på {innvilget} til {type} «{tittel}». {kommune} har kome til at {organisasjon} må betale tilbake {belop} av tilskotet. Grunngivinga står nedanfor.',
  labels: {
    decisionDate: 'Vedtak om tilskot',
    paid: 'Utbetalt',
    claimed: 'Krav om tilbakebetaling',
    deadline: 'Betalingsfrist',
    account: 'Kontonummer',
    reference: 'Merk betalinga med',
  },
  rules:
    'Tilskotet er gitt etter regelverket for IMDis tilskotsordning for integreringsarbeid i regi av frivillige organisasjonar, utlysinga til kommunen «{utlysning}» og vilkåra i tilskotsbrevet. Tilskotet skal brukast og rekneskapsførast i {aar}, og midlar som ikkje er brukte til føremålet, skal betalast tilbake. Kommunen kan krevje tilskotet tilbakebetalt heilt eller delvis dersom det ikkje er brukt, er brukt i strid med vilkåra, eller er gitt på grunnlag av urette eller ufullstendige opplysningar.',
  facts: '{organisasjon} fekk innvilga {innvilget} og har fått utbetalt {utbetalt}.',
  basisFacts: {
    ubrukte_midler: 'Kommunen har funne at {belop} av tilskotet ikkje er brukt til føremålet i {aar}.',
    brudd_pa_vilkar: 'Kommunen har funne at {belop} av tilskotet er brukt i strid med vilkåra i tilskotsbrevet.',
    feil_opplysninger:
      'Kommunen har funne at tilskotet vart gitt på grunnlag av urette eller ufullstendige opplysningar, og at {belop} ikkje ville vorte innvilga med rette opplysningar.',
  },
  reportFact: 'Dette byggjer på rapporten og rekneskapen kommunen fekk {rapportdato}.',
  paymentHeading: 'Slik betaler de',
  payment:
    'Betal {belop} til kontonummer {konto} innan {frist}. Merk betalinga med «{referanse}», slik at vi kan finne henne. Ta kontakt med saksbehandlaren før fristen dersom de ikkje kan betale heile beløpet på ein gong.',
  postponement: 'De kan be om at betalinga blir utsett til klaga er avgjord, jf. forvaltningslova § 42.',
};

export const REPAYMENT_CLAIM_TEXTS: Record<LetterLanguage, RepaymentClaimTexts> = { nb: NB, nn: NN };
