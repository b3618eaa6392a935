// Søknader: the list, the form for a new one, and each application's page, as nested routes.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ApplicationListPage } from './list/ApplicationListPage';
import { EditApplicationPage, NewApplicationPage } from './form/ApplicationFormPage';
import { ApplicationPage } from './detail/ApplicationPage';

// The importer (file parsing, worker client) is only loaded when the officer opens it.
const ImportPage = lazy(() => import('@renderer/features/import/ImportPage'));

export default function ApplicationsPage() {
  return (
    <Routes>
      <Route index element={<ApplicationListPage />} />
      <Route path="ny" element={<NewApplicationPage />} />
      <Route path="importer" element={<ImportPage />} />
      <Route path=":id" element={<ApplicationPage />} />
      <Route path=":id/rediger" element={<EditApplicationPage />} />
    </Routes>
  );
}
