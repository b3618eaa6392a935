// «Vurdering og møter». Until the assessment pages land, the area opens on the ranked view and
// meetings (features/meetings).
import { MeetingsRoutes } from '../meetings/MeetingsArea';

export default function AssessmentPage() {
  return <MeetingsRoutes />;
}
