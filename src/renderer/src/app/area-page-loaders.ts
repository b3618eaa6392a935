// How each area's page chunk is loaded. Kept apart from the menu (icons and all) so the entry can
// start loading the page the program opens on while the shell and the database are still coming.
import type { ComponentType } from 'react';
import type { AreaKey } from '@renderer/i18n/areas';

export type PageModule = { default: ComponentType };

export const AREA_PAGE_LOADERS: Record<AreaKey, () => Promise<PageModule>> = {
  overview: () => import('@renderer/features/overview/OverviewPage'),
  calls: () => import('@renderer/features/calls/CallsPage'),
  applications: () => import('@renderer/features/applications/ApplicationsPage'),
  organisations: () => import('@renderer/features/organisations/OrganisationsPage'),
  assessment: () => import('@renderer/features/assessment/AssessmentPage'),
  decisions: () => import('@renderer/features/decisions/DecisionsPage'),
  payments: () => import('@renderer/features/payments/PaymentsPage'),
  reports: () => import('@renderer/features/reports/ReportsPage'),
  appeals: () => import('@renderer/features/appeals/AppealsPage'),
  export: () => import('@renderer/features/export/ExportPage'),
  settings: () => import('@renderer/features/settings/SettingsPage'),
};
