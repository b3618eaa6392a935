// Names of the program's areas and, for areas not built yet, one sentence of what will come.
export type AreaKey =
  | 'overview'
  | 'calls'
  | 'applications'
  | 'organisations'
  | 'assessment'
  | 'decisions'
  | 'payments'
  | 'reports'
  | 'appeals'
  | 'export'
  | 'settings';

export interface AreaText {
  title: string;
  /** Completes "Her skal du kunne …". */
  comingSoon: string;
}

export const areaText: Record<AreaKey, AreaText> = {
  overview: {
    title: 'Oversikt',
    comingSoon: 'se status for årets utlysning og hva som venter på deg.',
  },
  calls: {
    title: 'Utlysninger',
    comingSoon:
      'opprette årets utlysning med søknadsfrist, budsjettramme og regler, og åpne og lukke den.',
  },
  applications: {
    title: 'Søknader',
    comingSoon:
      'registrere og importere søknader, og se den formelle vurderingen av hver søknad mot reglene.',
  },
  organisations: {
    title: 'Organisasjoner',
    comingSoon:
      'registrere organisasjonene som søker, med organisasjonsnummer, kontaktperson og kontonummer.',
  },
  assessment: {
    title: 'Vurdering og møter',
    comingSoon:
      'vurdere søknadene etter kriteriene, melde inhabilitet og føre protokoll fra møtene.',
  },
  decisions: {
    title: 'Vedtak og brev',
    comingSoon: 'fatte vedtak om tilskudd eller avslag og lage vedtaksbrev som PDF.',
  },
  payments: {
    title: 'Utbetalinger',
    comingSoon: 'planlegge og registrere utbetalingene, i én eller to terminer.',
  },
  reports: {
    title: 'Rapportering',
    comingSoon:
      'følge opp rapporter og regnskap fra tilskuddsmottakerne og kreve tilbake ubrukte midler.',
  },
  appeals: {
    title: 'Klager',
    comingSoon:
      'registrere klager, sjekke klagefristen, vurdere vedtaket på nytt og sende saken videre til IMDi.',
  },
  export: {
    title: 'Eksport',
    comingSoon: 'hente ut årets tall og tilskudd til IMDi som regneark.',
  },
  settings: {
    title: 'Innstillinger',
    comingSoon: 'endre kommune og navn.',
  },
};

export const comingSoonText = {
  notBuilt: 'Denne delen er ikke laget ennå.',
  willBeAbleTo: 'Her skal du kunne',
} as const;
