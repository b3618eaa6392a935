// The organisations area: list with search, new, one organisation, and editing, as nested routes.
import { Route, Routes } from 'react-router';
import { EditOrganisationPage } from './EditOrganisationPage';
import { NewOrganisationPage } from './NewOrganisationPage';
import { OrganisationDetailPage } from './OrganisationDetailPage';
import { OrganisationList } from './OrganisationList';
import { OrganisationNotFound } from './OrganisationNotFound';

export default function OrganisationsPage() {
  return (
    <Routes>
      <Route index element={<OrganisationList />} />
      <Route path="ny" element={<NewOrganisationPage />} />
      <Route path=":id" element={<OrganisationDetailPage />} />
      <Route path=":id/rediger" element={<EditOrganisationPage />} />
      <Route path="*" element={<OrganisationNotFound />} />
    </Routes>
  );
}
