// Hash-router paths of the areas, in one place so pages can link to each other without
// importing the app shell. Norwegian slugs: the officer sees them in the address bar.
import type { AreaKey } from '@renderer/i18n/areas';

export const areaPaths: Record<AreaKey, string> = {
  overview: '/',
  calls: '/utlysninger',
  applications: '/soknader',
  organisations: '/organisasjoner',
  assessment: '/vurdering',
  decisions: '/vedtak',
  payments: '/utbetalinger',
  reports: '/rapportering',
  appeals: '/klager',
  export: '/eksport',
  settings: '/innstillinger',
};
