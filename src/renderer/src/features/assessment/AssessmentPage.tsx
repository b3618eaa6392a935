// Vurdering og møter: the overview per call, and the criteria editor of a call as a sub-page.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AssessmentOverview } from './AssessmentOverview';

const CriteriaPage = lazy(() => import('./criteria/CriteriaPage'));

export default function AssessmentPage() {
  return (
    <Routes>
      <Route path="kriterier/:callId" element={<CriteriaPage />} />
      <Route path="*" element={<AssessmentOverview />} />
    </Routes>
  );
}
