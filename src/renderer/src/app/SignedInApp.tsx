// The app shell with its hash router (works from app:// and from a static server). Loaded as its
// own chunk so the entry stays small; the router is created once for the app's lifetime.
import { useMemo } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

export default function SignedInApp() {
  const router = useMemo(() => createHashRouter(routes), []);
  return <RouterProvider router={router} />;
}
