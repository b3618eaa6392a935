// The appeals area (klager, R16): the list, registering an appeal on a decision, and one appeal.
import { Route, Routes } from 'react-router';
import { AppealListPage } from './AppealListPage';
import { AppealCasePage } from './AppealCasePage';
import { RegisterAppealPage } from './RegisterAppealPage';

export default function AppealsPage() {
  return (
    <Routes>
      <Route index element={<AppealListPage />} />
      <Route path="ny/:decisionId" element={<RegisterAppealPage />} />
      <Route path=":appealId" element={<AppealCasePage />} />
    </Routes>
  );
}
