// The Rapportering area: the list of grants with their reports, and one grant's report and claims.
import { Route, Routes } from 'react-router';
import { ReportListPage } from './list/ReportListPage';
import { ReportCasePage } from './case/ReportCasePage';

export default function ReportsPage() {
  return (
    <Routes>
      <Route index element={<ReportListPage />} />
      <Route path=":decisionId" element={<ReportCasePage />} />
    </Routes>
  );
}
