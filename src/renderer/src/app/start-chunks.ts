// The two screens the program can open with, each its own chunk so the entry only holds React, the
// theme and the database: the app shell (router, menu, app bar) and the first-run setup.
import { preloadableLazy } from '@renderer/components/preloadable-lazy';

export const SIGNED_IN_APP = preloadableLazy(() => import('./SignedInApp'));
export const FIRST_RUN_PAGE = preloadableLazy(() => import('@renderer/features/first-run/FirstRunPage'));
