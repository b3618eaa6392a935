import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { createApplication } from '@renderer/services/applications';
import { defaultContext } from '@renderer/services/context';
import { renderApp, completeSetup } from './helpers/render-app';
import { applicationInput, seedCallAndOrganisation } from '../unit/services/applications.fixtures';

// happy-dom has no layout, so a virtualizer would draw nothing: here it draws every row.
vi.mock('@tanstack/react-virtual', () => ({
  useVirtualizer: ({ count, estimateSize }: { count: number; estimateSize: () => number }) => {
    const size = estimateSize();
    const items = Array.from({ length: count }, (_, index) => ({ index, key: index, start: index * size, end: (index + 1) * size, size }));
    return { getVirtualItems: () => items, getTotalSize: () => count * size, scrollToIndex: () => undefined };
  },
}));

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openListWithThree() {
  await completeSetup();
  const ctx = defaultContext();
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  for (const [title, kr] of [['Leksehjelp', 50_000], ['Åpen dag', 12_000], ['Fotball', 200_000]] as const) {
    await createApplication(ctx, applicationInput(callId, organisationId, { title, amountAppliedOre: kr * 100 }));
  }
  window.location.hash = '#/soknader';
  renderApp();
  // The table's frame is drawn while the rows are read; wait for the rows.
  await screen.findByText('3 av 3 søknader', undefined, { timeout: 20_000 });
  return screen.getByRole('table', { name: 'Søknader' });
}

const titles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent);

describe('the application list', { timeout: 30_000 }, () => {
  it('counts, searches by orgnr typed with spaces, and sorts by amount and title', async () => {
    const table = await openListWithThree();
    expect(screen.getByText('3 av 3 søknader')).toBeTruthy();
    expect(table.getAttribute('aria-rowcount')).toBe('4');

    fireEvent.click(within(table).getByRole('button', { name: 'Søkt beløp' }));
    expect(titles(table)).toEqual(['Åpen dag', 'Leksehjelp', 'Fotball']);
    expect(within(table).getByRole('columnheader', { name: /Søkt beløp/ }).getAttribute('aria-sort')).toBe('ascending');

    // Norwegian order: Å after the other letters.
    fireEvent.click(within(table).getByRole('button', { name: 'Tittel' }));
    expect(titles(table)).toEqual(['Fotball', 'Leksehjelp', 'Åpen dag']);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: '864 139' } });
    expect(screen.getByText('3 av 3 søknader')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'lekse' } });
    expect(screen.getByText('1 av 3 søknader')).toBeTruthy();
  });

  it('shows the orgnr in groups of three, and finds it typed with or without the spaces', async () => {
    const table = await openListWithThree();
    const rows = within(table).getAllByRole('row').slice(1);
    for (const row of rows) {
      const organisation = within(row).getAllByRole('cell')[0]!;
      expect(organisation.textContent).toContain('864 139 442');
      expect(organisation.textContent).not.toContain('864139442');
    }
    const search = screen.getByRole('searchbox', { name: 'Søk' });
    for (const typed of ['864 139 442', '864139442']) {
      fireEvent.change(search, { target: { value: typed } });
      expect(screen.getByText('3 av 3 søknader')).toBeTruthy();
    }
    // A different number finds none: the search does look at the orgnr.
    fireEvent.change(search, { target: { value: '910 000 004' } });
    expect(screen.getByText('0 av 3 søknader')).toBeTruthy();
  });
});
