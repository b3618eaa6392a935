// Texts of the application frame: app bar, skip link, loading and error states.
export const appText = {
  programName: 'Tilskudd frivillige',
  programLongName: 'Tilskudd til integreringsarbeid i regi av frivillige organisasjoner',
  skipLink: 'Hopp til hovedinnhold',
  mainNavLabel: 'Hovedmeny',
  openMenu: 'Åpne meny',
  municipalitySuffix: 'kommune',
  helpButton: 'Om programmet',
  loading: 'Laster …',
  loadingDatabase: 'Starter programmet …',
  pageLoadFailed: 'Siden kunne ikke lastes. Prøv å laste programmet på nytt.',
  notFoundTitle: 'Fant ikke siden',
  notFoundBody: 'Denne adressen finnes ikke i programmet. Velg et område i menyen.',
  goToOverview: 'Gå til oversikten',
  unknownMunicipality: 'Ukjent kommune',
  startFailedTitle: 'Programmet kunne ikke starte',
  startFailedBody:
    'Lukk programmet og åpne det på nytt. Kommer feilen igjen, ta kontakt med den som har ansvar for programmet hos dere, og oppgi feilmeldingen under.',
  technicalDetails: 'Feilmelding',
  reload: 'Last inn på nytt',
} as const;

/** "Bergen" → "Bergen kommune". */
export function municipalityTitle(name: string): string {
  return `${name} ${appText.municipalitySuffix}`;
}
