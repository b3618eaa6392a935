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
} as const;
