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
import { AREA_PAGE_LOADERS } from './area-page-loaders';

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
    Page: lazy(AREA_PAGE_LOADERS.overview),
  },
  {
    key: 'calls',
    path: areaPaths.calls,
    Icon: CampaignIcon,
    Page: lazy(AREA_PAGE_LOADERS.calls),
  },
  {
    key: 'applications',
    path: areaPaths.applications,
    Icon: InboxIcon,
    Page: lazy(AREA_PAGE_LOADERS.applications),
  },
  {
    key: 'organisations',
    path: areaPaths.organisations,
    Icon: GroupsIcon,
    Page: lazy(AREA_PAGE_LOADERS.organisations),
  },
  {
    key: 'assessment',
    path: areaPaths.assessment,
    Icon: FactCheckIcon,
    Page: lazy(AREA_PAGE_LOADERS.assessment),
  },
  {
    key: 'decisions',
    path: areaPaths.decisions,
    Icon: GavelIcon,
    Page: lazy(AREA_PAGE_LOADERS.decisions),
  },
  {
    key: 'payments',
    path: areaPaths.payments,
    Icon: PaymentsIcon,
    Page: lazy(AREA_PAGE_LOADERS.payments),
  },
  {
    key: 'reports',
    path: areaPaths.reports,
    Icon: AssignmentTurnedInIcon,
    Page: lazy(AREA_PAGE_LOADERS.reports),
  },
  {
    key: 'appeals',
    path: areaPaths.appeals,
    Icon: FeedbackIcon,
    Page: lazy(AREA_PAGE_LOADERS.appeals),
  },
  {
    key: 'export',
    path: areaPaths.export,
    Icon: FileDownloadIcon,
    Page: lazy(AREA_PAGE_LOADERS.export),
  },
  {
    key: 'settings',
    path: areaPaths.settings,
    Icon: SettingsIcon,
    Page: lazy(AREA_PAGE_LOADERS.settings),
  },
];

export function areaPath(key: AreaKey): string {
  return areaPaths[key];
}
