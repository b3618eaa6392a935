// Renders the whole app against the fresh fake IndexedDB of the current test.
import { afterAll } from 'vitest';
import { render } from '@testing-library/react';
import { App } from '@renderer/app/App';
import { completeFirstRun } from '@renderer/services/settings';
import { defaultContext } from '@renderer/services/context';

// The shell loads the backup code once the program has started (components/after-startup.ts). A
// file whose last test ends while that import is in flight would have its environment torn down
// under it; waiting for the same modules here lets the import finish first.
afterAll(async () => {
  await import('@renderer/services/backup/auto-backup');
  await import('@renderer/features/backup/take-backup');
});

export function renderApp() {
  return render(<App />);
}

/** A returning officer: settings saved before the app starts (4601 = Bergen). */
export async function completeSetup(municipalityId = '4601', officerName = 'Kari Nordmann') {
  await completeFirstRun(defaultContext(), { municipalityId, officerName });
}
