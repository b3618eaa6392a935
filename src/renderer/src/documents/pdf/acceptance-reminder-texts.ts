// Standard texts of the acceptance reminder (aksept_purring) in bokmål and nynorsk. A reminder is
// not a new decision: it says so, points to the appeal right in the decision letter, and gives the
// right to see the documents (fvl. § 18). Placeholders in braces are filled by the builder.
import type { LetterLanguage } from '@renderer/domain/settings';

export interface AcceptanceReminderTexts {
  heading: string;
  intro: string;
  facts: {
    recipient: string;
    measure: string;
    granted: string;
    decisionLetter: string;
    firstDeadline: string;
    newDeadline: string;
  };
  what: { heading: string; text: string };
  lapse: { heading: string; text: string };
  notDecision: { heading: string; text: string };
  access: { heading: string; text: string };
  alreadySent: string;
}

export const ACCEPTANCE_REMINDER_TEXTS: Record<LetterLanguage, AcceptanceReminderTexts> = {
  nb: {
    heading: 'Påminnelse: aksept av vilkår for tilskudd {aar}',
    intro:
      'Vi viser til vedtaket vårt datert {vedtaksbrev} om et tilskudd på {innvilget} til {type} «{tittel}». I vedtaksbrevet ba vi dere akseptere vilkårene skriftlig innen {frist}. Vi har ikke mottatt aksepten deres.',
    facts: {
      recipient: 'Tilskuddsmottaker',
      measure: 'Tiltak',
      granted: 'Innvilget beløp',
      decisionLetter: 'Vedtaksbrev datert',
      firstDeadline: 'Frist i vedtaksbrevet',
      newDeadline: 'Ny frist for aksept',
    },
    what: {
      heading: 'Hva dere må gjøre',
      text: 'Send skriftlig aksept av vilkårene i vedtaksbrevet til {kommune} innen {nyfrist}, gjerne som e-post til saksbehandleren. Tilskuddet blir ikke utbetalt før aksepten er mottatt.',
    },
    lapse: {
      heading: 'Hvis aksepten ikke kommer',
      text: 'Har vi ikke mottatt aksepten innen {nyfrist}, kan kommunen registrere at tilskuddet har falt bort. Beløpet går da tilbake til kommunens ramme for ordningen.',
    },
    notDecision: {
      heading: 'Dette er ikke et nytt vedtak',
      text: 'Brevet er en påminnelse og endrer ikke vedtaket. Vilkårene og opplysningene om klageadgang i vedtaksbrevet gjelder fortsatt.',
    },
    access: {
      heading: 'Rett til innsyn',
      text: 'Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19. Ta kontakt med saksbehandleren hvis dere ønsker innsyn.',
    },
    alreadySent: 'Har dere sendt aksepten de siste dagene, kan dere se bort fra dette brevet.',
  },
  nn: {
    heading: 'Påminning: aksept av vilkår for tilskot {aar}',
    intro:
      'Vi viser til vedtaket vårt datert {vedtaksbrev} om eit tilskot på {innvilget} til {type} «{tittel}». I vedtaksbrevet bad vi dykk akseptere vilkåra skriftleg innan {frist}. Vi har ikkje fått aksepten dykkar.',
    facts: {
      recipient: 'Tilskotsmottakar',
      measure: 'Tiltak',
      granted: 'Innvilga beløp',
      decisionLetter: 'Vedtaksbrev datert',
      firstDeadline: 'Frist i vedtaksbrevet',
      newDeadline: 'Ny frist for aksept',
    },
    what: {
      heading: 'Kva de må gjere',
      text: 'Send skriftleg aksept av vilkåra i vedtaksbrevet til {kommune} innan {nyfrist}, gjerne som e-post til saksbehandlaren. Tilskotet blir ikkje utbetalt før aksepten er motteken.',
    },
    lapse: {
      heading: 'Dersom aksepten ikkje kjem',
      text: 'Har vi ikkje fått aksepten innan {nyfrist}, kan kommunen registrere at tilskotet har falle bort. Beløpet går då tilbake til ramma kommunen har for ordninga.',
    },
    notDecision: {
      heading: 'Dette er ikkje eit nytt vedtak',
      text: 'Brevet er ei påminning og endrar ikkje vedtaket. Vilkåra og opplysningane om klagerett i vedtaksbrevet gjeld framleis.',
    },
    access: {
      heading: 'Rett til innsyn',
      text: 'De har rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19. Ta kontakt med saksbehandlaren dersom de ønskjer innsyn.',
    },
    alreadySent: 'Har de sendt aksepten dei siste dagane, kan de sjå bort frå dette brevet.',
  },
};
