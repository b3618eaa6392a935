// Placeholder until this area is built: says plainly what will come here.
import { NotBuiltYet } from '@renderer/components/NotBuiltYet';

export default function AssessmentPage() {
  return <NotBuiltYet area="assessment" />;
}
