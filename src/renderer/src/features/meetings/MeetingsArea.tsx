// The ranked view (innstilling) and meeting mode inside «Vurdering og møter».
import { Route, Routes } from 'react-router';
import { areaText } from '@renderer/i18n/areas';
import { RankingPage } from './ranking/RankingPage';
import { MeetingModePage } from './mode/MeetingModePage';

/** Sub-routes under /vurdering: innstilling (ranking, meetings) and mote/:meetingId (meeting mode). */
export function MeetingsRoutes() {
  return (
    <Routes>
      <Route path="innstilling" element={<RankingPage />} />
      <Route path="mote/:meetingId" element={<MeetingModePage />} />
      {/* The area's own address opens the ranked view too (no redirect: the menu keeps /vurdering). */}
      <Route index element={<RankingPage title={areaText.assessment.title} />} />
    </Routes>
  );
}
