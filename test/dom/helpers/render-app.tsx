// Renders the whole app against the fresh fake IndexedDB of the current test.
import { render } from '@testing-library/react';
import { App } from '@renderer/app/App';
import { completeFirstRun } from '@renderer/services/settings';
import { defaultContext } from '@renderer/services/context';

export function renderApp() {
  return render(<App />);
}

/** A returning officer: settings saved before the app starts (4601 = Bergen). */
export async function completeSetup(municipalityId = '4601', officerName = 'Kari Nordmann') {
  await completeFirstRun(defaultContext(), { municipalityId, officerName });
}
