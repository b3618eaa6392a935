// Route table: the shell at the root, one child route per area, and a not-found page.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { AREAS } from './areas';
import { HELP_PATH } from './help-path';

// The user guide is not an area (no menu entry): it opens from Hjelp and the About dialog.
const HelpPage = lazy(() => import('@renderer/features/help/HelpPage'));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      ...AREAS.map(({ path, Page }): RouteObject =>
        // `/*` lets an area keep its own sub-pages (e.g. /soknader/:id) in nested <Routes>.
        path === '/' ? { index: true, element: <Page /> } : { path: `${path}/*`, element: <Page /> },
      ),
      { path: HELP_PATH.slice(1), element: <HelpPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
