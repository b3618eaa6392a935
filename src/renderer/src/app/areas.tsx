// The program's areas in menu order: hash path, icon and the lazily loaded page.
// Pages are split into their own chunks so the entry chunk stays small.
import type { ComponentType } from 'react';
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
import { AREA_PAGES } from './area-page-loaders';

export interface Area {
  key: AreaKey;
  /** Path inside the hash router, e.g. "/soknader". */
  path: string;
  Icon: ComponentType<SvgIconProps>;
  Page: ComponentType;
}

export const AREAS: readonly Area[] = [
  {
    key: 'overview',
    path: areaPaths.overview,
    Icon: HomeIcon,
    Page: AREA_PAGES.overview.Component,
  },
  {
    key: 'calls',
    path: areaPaths.calls,
    Icon: CampaignIcon,
    Page: AREA_PAGES.calls.Component,
  },
  {
    key: 'applications',
    path: areaPaths.applications,
    Icon: InboxIcon,
    Page: AREA_PAGES.applications.Component,
  },
  {
    key: 'organisations',
    path: areaPaths.organisations,
    Icon: GroupsIcon,
    Page: AREA_PAGES.organisations.Component,
  },
  {
    key: 'assessment',
    path: areaPaths.assessment,
    Icon: FactCheckIcon,
    Page: AREA_PAGES.assessment.Component,
  },
  {
    key: 'decisions',
    path: areaPaths.decisions,
    Icon: GavelIcon,
    Page: AREA_PAGES.decisions.Component,
  },
  {
    key: 'payments',
    path: areaPaths.payments,
    Icon: PaymentsIcon,
    Page: AREA_PAGES.payments.Component,
  },
  {
    key: 'reports',
    path: areaPaths.reports,
    Icon: AssignmentTurnedInIcon,
    Page: AREA_PAGES.reports.Component,
  },
  {
    key: 'appeals',
    path: areaPaths.appeals,
    Icon: FeedbackIcon,
    Page: AREA_PAGES.appeals.Component,
  },
  {
    key: 'export',
    path: areaPaths.export,
    Icon: FileDownloadIcon,
    Page: AREA_PAGES.export.Component,
  },
  {
    key: 'settings',
    path: areaPaths.settings,
    Icon: SettingsIcon,
    Page: AREA_PAGES.settings.Component,
  },
];

export function areaPath(key: AreaKey): string {
  return areaPaths[key];
}
