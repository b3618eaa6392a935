// Each area's page as its own chunk, loadable ahead of time. Kept apart from the menu (icons and
// all) so the entry can start loading the page the program opens on while the shell and the
// database are still coming.
import type { AreaKey } from '@renderer/i18n/areas';
import { preloadableLazy, type PreloadableComponent } from '@renderer/components/preloadable-lazy';

export const AREA_PAGES: Record<AreaKey, PreloadableComponent> = {
  overview: preloadableLazy(() => import('@renderer/features/overview/OverviewPage')),
  calls: preloadableLazy(() => import('@renderer/features/calls/CallsPage')),
  applications: preloadableLazy(() => import('@renderer/features/applications/ApplicationsPage')),
  organisations: preloadableLazy(() => import('@renderer/features/organisations/OrganisationsPage')),
  assessment: preloadableLazy(() => import('@renderer/features/assessment/AssessmentPage')),
  decisions: preloadableLazy(() => import('@renderer/features/decisions/DecisionsPage')),
  payments: preloadableLazy(() => import('@renderer/features/payments/PaymentsPage')),
  reports: preloadableLazy(() => import('@renderer/features/reports/ReportsPage')),
  appeals: preloadableLazy(() => import('@renderer/features/appeals/AppealsPage')),
  export: preloadableLazy(() => import('@renderer/features/export/ExportPage')),
  settings: preloadableLazy(() => import('@renderer/features/settings/SettingsPage')),
};
