// Vurdering og møter: the overview per call (scores, sheets, conflicts), the criteria editor of a
// call, the ranked view with the call's meetings (innstilling), and meeting mode.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AssessmentOverview } from './AssessmentOverview';

const CriteriaPage = lazy(() => import('./criteria/CriteriaPage'));
const RankingPage = lazy(() => import('../meetings/ranking/RankingPage').then((m) => ({ default: m.RankingPage })));
const MeetingModePage = lazy(() =>
  import('../meetings/mode/MeetingModePage').then((m) => ({ default: m.MeetingModePage })),
);

export default function AssessmentPage() {
  return (
    <Routes>
      <Route path="kriterier/:callId" element={<CriteriaPage />} />
      <Route path="innstilling" element={<RankingPage />} />
      <Route path="mote/:meetingId" element={<MeetingModePage />} />
      <Route path="*" element={<AssessmentOverview />} />
    </Routes>
  );
}
