// The ranked view (innstilling) and meeting mode inside «Vurdering og møter».
import { Navigate, Route, Routes } from 'react-router';
import { RankingPage } from './ranking/RankingPage';
import { MeetingModePage } from './mode/MeetingModePage';

/** Sub-routes under /vurdering: innstilling (ranking, meetings) and mote/:meetingId (meeting mode). */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route path="innstilling" element={<RankingPage />} />
      <Route path="mote/:meetingId" element={<MeetingModePage />} />
      <Route index element={<Navigate to="innstilling" replace />} />
    </Routes>
  );
}
