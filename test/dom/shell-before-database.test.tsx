// A returning officer's shell draws from the identity remembered at the last start while the
// database opens; pages that need the settings wait for them; the settings then take over.
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { AppHeader } from '@renderer/app/AppHeader';
import {
  CurrentSettingsContext,
  ShellHintContext,
  useCurrentSettings,
  type CurrentSettingsValue,
} from '@renderer/components/current-settings';
import type { CurrentSettings } from '@renderer/components/use-settings-state';
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { completeSetup } from './helpers/render-app';

function OfficerPage() {
  const { settings } = useCurrentSettings();
  return <p>Saksbehandler: {settings.officerName}</p>;
}

function Shell({ value }: { value: CurrentSettingsValue }) {
  return (
    <ShellHintContext.Provider value={{ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' }}>
      <CurrentSettingsContext.Provider value={value}>
        <AppHeader onOpenAbout={() => undefined} menuOpen={false} onToggleMenu={() => undefined} />
        <Suspense fallback={<p>Henter innstillingene …</p>}>
          <OfficerPage />
        </Suspense>
      </CurrentSettingsContext.Provider>
    </ShellHintContext.Provider>
  );
}

async function storedSettings(): Promise<CurrentSettings> {
  await completeSetup('0301', 'Ola Nordmann');
  const settings = (await getDb().settings.get(SETTINGS_ID))!;
  return { settings, municipality: await getDb().municipalities.get('0301') };
}

describe('the shell while the database opens', () => {
  it('shows the remembered municipality and officer, and a page that needs the settings waits', async () => {
    const current = await storedSettings();
    let resolve: (s: CurrentSettings) => void = () => undefined;
    const pending = new Promise<CurrentSettings>((r) => (resolve = r));
    const { rerender } = render(<Shell value={pending} />);

    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Bergen kommune');
    expect(banner.textContent).toContain('Kari Nordmann');
    expect(screen.getByText('Henter innstillingene …')).toBeTruthy();

    // The settings are read: the stored ones replace the remembered identity everywhere.
    await act(async () => {
      resolve(current);
      rerender(<Shell value={current} />);
    });
    expect(banner.textContent).toContain('Oslo kommune');
    expect(banner.textContent).toContain('Ola Nordmann');
    expect(banner.textContent).not.toContain('Bergen');
    expect(await screen.findByText('Saksbehandler: Ola Nordmann')).toBeTruthy();
  });
});
