// The decisions area (vedtak og brev): the call's list and one application's decision page.
import { Route, Routes } from 'react-router';
import { DecisionListPage } from './list/DecisionListPage';
import { DecisionCasePage } from './form/DecisionCasePage';

export default function DecisionsPage() {
  return (
    <Routes>
      <Route index element={<DecisionListPage />} />
      <Route path=":applicationId" element={<DecisionCasePage />} />
    </Routes>
  );
}
