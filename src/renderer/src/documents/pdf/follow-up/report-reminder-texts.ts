// Texts of the reminder for a missing report (purring, R12) in bokmål and nynorsk. Labels, access,
// contact and closing come from the municipality's standard letter texts.
import type { LetterLanguage } from '@renderer/domain/settings';

export interface ReportReminderTexts {
  heading: string;
  subject: string;
  intro: string;
  labels: { decisionDate: string; reportDue: string; newDeadline: string };
  missingHeading: string;
  missing: { annualReport: string; accounts: string; audit: string; unused: string };
  deadlineHeading: string;
  deadline: string;
  consequenceHeading: string;
  consequence: string;
  notDecision: string;
}

const NB: ReportReminderTexts = {
  heading: 'Purring: rapport og regnskap for tilskudd {aar}',
  subject: 'Vi har ikke mottatt alt som skal sendes',
  intro:
    'Vi viser til vedtak {vedtaksdato} om tilskudd på {innvilget} til {type} «{tittel}». Etter vilkårene i vedtaket skulle rapport og regnskap for tilskuddet vært sendt til {kommune} innen {frist}. Vi har ikke mottatt alt som skal sendes.',
  labels: { decisionDate: 'Vedtaksdato', reportDue: 'Opprinnelig frist', newDeadline: 'Ny frist' },
  missingHeading: 'Dette mangler',
  missing: {
    annualReport: 'Årsrapport: hva dere har gjort, og hvordan aktivitetene har bidratt til å nå målene for ordningen.',
    accounts: 'Regnskapsrapport for tilskuddet.',
    audit:
      'Årsregnskap revidert av statsautorisert eller registrert revisor, eller revidert prosjektregnskap, fordi tilskuddet er {grense} eller mer.',
    unused: 'Opplysning om hvor mye av tilskuddet som ikke er brukt.',
  },
  deadlineHeading: 'Ny frist',
  deadline:
    'Send det som mangler til {kommune} innen {nyfrist}. Har dere allerede sendt det, ber vi dere gi oss beskjed, slik at vi kan finne det.',
  consequenceHeading: 'Hvis rapporten ikke kommer',
  consequence:
    'Kommer ikke rapport og regnskap innen fristen, kan kommunen kreve tilskuddet betalt tilbake helt eller delvis, fordi vi da ikke kan se at det er brukt etter forutsetningene. Et krav om tilbakebetaling blir i så fall et eget vedtak som dere kan klage på.',
  notDecision: 'Dette brevet er en påminnelse og ikke et vedtak, og det kan derfor ikke påklages.',
};

const NN: ReportReminderTexts = {
  heading: 'Purring: rapport og rekneskap for tilskot {aar}',
  subject: 'Vi har ikkje motteke alt som skal sendast',
  intro:
    'Vi viser til vedtak {vedtaksdato} om tilskot på {innvilget} til {type} «{tittel}». Etter vilkåra i vedtaket skulle rapport og rekneskap for tilskotet vore sendt til {kommune} innan {frist}. Vi har ikkje motteke alt som skal sendast.',
  labels: { decisionDate: 'Vedtaksdato', reportDue: 'Opphavleg frist', newDeadline: 'Ny frist' },
  missingHeading: 'Dette manglar',
  missing: {
    annualReport: 'Årsrapport: kva de har gjort, og korleis aktivitetane har bidrege til å nå måla for ordninga.',
    accounts: 'Rekneskapsrapport for tilskotet.',
    audit:
      'Årsrekneskap revidert av statsautorisert eller registrert revisor, eller revidert prosjektrekneskap, fordi tilskotet er {grense} eller meir.',
    unused: 'Opplysning om kor mykje av tilskotet som ikkje er brukt.',
  },
  deadlineHeading: 'Ny frist',
  deadline:
    'Send det som manglar til {kommune} innan {nyfrist}. Har de allereie sendt det, ber vi dykk gi oss beskjed, slik at vi kan finne det.',
  consequenceHeading: 'Dersom rapporten ikkje kjem',
  consequence:
    'Kjem ikkje rapport og rekneskap innan fristen, kan kommunen krevje tilskotet betalt tilbake heilt eller delvis, fordi vi då ikkje kan sjå at det er brukt etter føresetnadene. Eit krav om tilbakebetaling blir i så fall eit eige vedtak som de kan klage på.',
  notDecision: 'Dette brevet er ei påminning og ikkje eit vedtak, og det kan difor ikkje påklagast.',
};

export const REPORT_REMINDER_TEXTS: Record<LetterLanguage, ReportReminderTexts> = { nb: NB, nn: NN };
