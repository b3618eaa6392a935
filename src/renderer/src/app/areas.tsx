// The program's areas in menu order: hash path, icon and the lazily loaded page.
// Pages are split into their own chunks so the entry chunk stays small.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import HomeIcon from '@mui/icons-material/HomeOutlined';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import PaymentsIcon from '@mui/icons-material/PaymentsOutlined';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import FeedbackIcon from '@mui/icons-material/FeedbackOutlined';
import FileDownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import type { AreaKey } from '@renderer/i18n/areas';
import { areaPaths } from '@renderer/components/area-paths';

export interface Area {
  key: AreaKey;
  /** Path inside the hash router, e.g. "/soknader". */
  path: string;
  Icon: ComponentType<SvgIconProps>;
  Page: LazyExoticComponent<ComponentType>;
}

export const AREAS: readonly Area[] = [
  {
    key: 'overview',
    path: areaPaths.overview,
    Icon: HomeIcon,
    Page: lazy(() => import('@renderer/features/overview/OverviewPage')),
  },
  {
    key: 'calls',
    path: areaPaths.calls,
    Icon: CampaignIcon,
    Page: lazy(() => import('@renderer/features/calls/CallsPage')),
  },
  {
    key: 'applications',
    path: areaPaths.applications,
    Icon: InboxIcon,
    Page: lazy(() => import('@renderer/features/applications/ApplicationsPage')),
  },
  {
    key: 'organisations',
    path: areaPaths.organisations,
    Icon: GroupsIcon,
    Page: lazy(() => import('@renderer/features/organisations/OrganisationsPage')),
  },
  {
    key: 'assessment',
    path: areaPaths.assessment,
    Icon: FactCheckIcon,
    Page: lazy(() => import('@renderer/features/assessment/AssessmentPage')),
  },
  {
    key: 'decisions',
    path: areaPaths.decisions,
    Icon: GavelIcon,
    Page: lazy(() => import('@renderer/features/decisions/DecisionsPage')),
  },
  {
    key: 'payments',
    path: areaPaths.payments,
    Icon: PaymentsIcon,
    Page: lazy(() => import('@renderer/features/payments/PaymentsPage')),
  },
  {
    key: 'reports',
    path: areaPaths.reports,
    Icon: AssignmentTurnedInIcon,
    Page: lazy(() => import('@renderer/features/reports/ReportsPage')),
  },
  {
    key: 'appeals',
    path: areaPaths.appeals,
    Icon: FeedbackIcon,
    Page: lazy(() => import('@renderer/features/appeals/AppealsPage')),
  },
  {
    key: 'export',
    path: areaPaths.export,
    Icon: FileDownloadIcon,
    Page: lazy(() => import('@renderer/features/export/ExportPage')),
  },
  {
    key: 'settings',
    path: areaPaths.settings,
    Icon: SettingsIcon,
    Page: lazy(() => import('@renderer/features/settings/SettingsPage')),
  },
];

export function areaPath(key: AreaKey): string {
  return areaPaths[key];
}
