// The decisions area (vedtak og brev): the call's list and one application's decision page.
// Only the list is in this chunk: the program often opens on it, and the decision page (its form,
// react-hook-form, the letter panel) was a third of the code parsed and run before the list could
// mount. The decision page loads once the list is up, so a click on a row draws it at once.
import { Route, Routes } from 'react-router';
import { usePreloadAfterStartup } from '@renderer/components/after-startup';
import { preloadableLazy } from '@renderer/components/preloadable-lazy';
import { DecisionListPage } from './list/DecisionListPage';

const DecisionCasePage = preloadableLazy(() =>
  import('./form/DecisionCasePage').then((m) => ({ default: m.DecisionCasePage })),
);

function preloadCasePage(): void {
  DecisionCasePage.preload().catch(() => undefined);
}

export default function DecisionsPage() {
  usePreloadAfterStartup(preloadCasePage);
  return (
    <Routes>
      <Route index element={<DecisionListPage />} />
      <Route path=":applicationId" element={<DecisionCasePage.Component />} />
    </Routes>
  );
}
