// Names of the program's areas.
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
}

export const areaText: Record<AreaKey, AreaText> = {
  overview: {
    title: 'Oversikt',
  },
  calls: {
    title: 'Utlysninger',
  },
  applications: {
    title: 'Søknader',
  },
  organisations: {
    title: 'Organisasjoner',
  },
  assessment: {
    title: 'Vurdering og møter',
  },
  decisions: {
    title: 'Vedtak og brev',
  },
  payments: {
    title: 'Utbetalinger',
  },
  reports: {
    title: 'Rapportering',
  },
  appeals: {
    title: 'Klager',
  },
  export: {
    title: 'Eksport',
  },
  settings: {
    title: 'Innstillinger',
  },
};

