// Søknader: the list, the form for a new one, and each application's page, as nested routes.
// Only the list is in this chunk: it is the page the program most often opens on, and the form and
// the application's page (react-hook-form, zod schemas, screening) would otherwise be loaded,
// parsed and compiled before the list could draw. They load once the list is up.
import { Route, Routes } from 'react-router';
import { usePreloadAfterStartup } from '@renderer/components/after-startup';
import { preloadableLazy } from '@renderer/components/preloadable-lazy';
import { ApplicationListPage } from './list/ApplicationListPage';

const NewApplicationPage = preloadableLazy(() =>
  import('./form/ApplicationFormPage').then((m) => ({ default: m.NewApplicationPage })),
);
const EditApplicationPage = preloadableLazy(() =>
  import('./form/ApplicationFormPage').then((m) => ({ default: m.EditApplicationPage })),
);
const ApplicationPage = preloadableLazy(() => import('./detail/ApplicationPage').then((m) => ({ default: m.ApplicationPage })));
// The importer (file parsing, worker client) is only loaded when the officer opens it.
const ImportPage = preloadableLazy(() => import('@renderer/features/import/ImportPage'));

/** The pages an officer goes to from the list: loaded once the program has started, so a click draws at once. */
function preloadSubPages(): void {
  for (const page of [ApplicationPage, NewApplicationPage]) page.preload().catch(() => undefined);
}

export default function ApplicationsPage() {
  usePreloadAfterStartup(preloadSubPages);
  return (
    <Routes>
      <Route index element={<ApplicationListPage />} />
      <Route path="ny" element={<NewApplicationPage.Component />} />
      <Route path="importer" element={<ImportPage.Component />} />
      <Route path=":id" element={<ApplicationPage.Component />} />
      <Route path=":id/rediger" element={<EditApplicationPage.Component />} />
    </Routes>
  );
}
