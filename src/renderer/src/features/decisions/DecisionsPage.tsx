// Placeholder until this area is built: says plainly what will come here.
import { NotBuiltYet } from '@renderer/components/NotBuiltYet';

export default function DecisionsPage() {
  return <NotBuiltYet area="decisions" />;
}
