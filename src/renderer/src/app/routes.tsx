// Route table: the shell at the root, one child route per area, and a not-found page.
import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { AREAS } from './areas';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      ...AREAS.map(({ path, Page }): RouteObject =>
        // `/*` lets an area keep its own sub-pages (e.g. /soknader/:id) in nested <Routes>.
        path === '/' ? { index: true, element: <Page /> } : { path: `${path}/*`, element: <Page /> },
      ),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
