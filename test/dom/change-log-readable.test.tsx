// The change log reads like a case history: what an entry is about by name, changed fields by their
// Norwegian labels with old → new in plain form, a restore in words, and the raw entry one click away.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { updateCall } from '@renderer/services/calls';
import { updateApplication } from '@renderer/services/applications';
import { createBackup, inspectBackup, restoreBackup } from '@renderer/services/backup';
import ChangeLogPage from '@renderer/features/change-log/ChangeLogPage';
import { completeSetup } from './helpers/render-app';
import { browserChangeLogAnchor } from '@renderer/platform/browser-anchor';
import type { ChangeLogAnchorRequest } from '@shared/platform';
import { seedApplication } from '../unit/services/applications.fixtures';

const SLOW = { timeout: 8000 };
const nb = (text: string) => text.replace(/ /g, '\u00a0');

vi.mock('@renderer/platform', () => ({
  getPlatform: () => ({
    kind: 'browser',
    saveFile: vi.fn(),
    onMenuCommand: () => () => {},
    changeLogAnchor: (request: ChangeLogAnchorRequest) => browserChangeLogAnchor(request),
  }),
}));

async function openPage() {
  render(
    <MemoryRouter initialEntries={['/innstillinger/endringslogg']}>
      <ChangeLogPage />
    </MemoryRouter>,
  );
  const table = await screen.findByRole('table', { name: 'Endringslogg, nyeste først' }, SLOW);
  return within(table).getAllByRole('row').slice(1);
}

describe('a readable change log', { timeout: 20_000 }, () => {
  it('names what an edit is about and says old → new in plain words', async () => {
    await completeSetup();
    const ctx = defaultContext();
    const { callId, applicationId } = await seedApplication(ctx);
    await updateCall(ctx, callId, { deadline: '2020-02-19', budgetFrameOre: 2_500_000_00 });
    await updateApplication(ctx, applicationId, { kind: 'drift', subGoals: ['A', 'C'] });

    const rows = await openPage();
    const edit = (type: string) =>
      rows.find((r) => {
        const cells = within(r).getAllByRole('cell');
        // «Gjelder» names the type above the subject; «Endring» the action above the changes.
        return cells[3]!.firstChild?.textContent === type && cells[4]!.firstChild?.textContent === 'Endret';
      });
    const applicationEdit = edit('Søknad');
    const callEdit = edit('Utlysning');
    // «Gjelder» by name: the application's title and applicant, not its id.
    expect(applicationEdit!.textContent).toContain('Norsktrening på biblioteket – Bergen Røde Kors');
    expect(applicationEdit!.textContent).not.toContain(applicationId);
    expect(applicationEdit!.textContent).toContain('Type tiltak: Enkelttiltak → Driftsstøtte');
    expect(applicationEdit!.textContent).toContain('Delmål: B → A, C');

    expect(callEdit!.textContent).toContain('Tilskudd til frivillige organisasjoner 2020');
    expect(callEdit!.textContent).toContain('Søknadsfrist: 05.02.2020 → 19.02.2020');
    expect(callEdit!.textContent).toContain(`Budsjettramme: ${nb('kr 2 000 000')} → ${nb('kr 2 500 000')}`);
    expect(callEdit!.textContent).not.toMatch(/budgetFrameOre|deadline/);
  });

  it('keeps ids and the raw entry in a detail view', async () => {
    await completeSetup();
    const ctx = defaultContext();
    const { callId } = await seedApplication(ctx);
    await updateCall(ctx, callId, { budgetFrameOre: 2_500_000_00 });
    await openPage();
    const entry = (await getDb().changeLog.orderBy(':id').last())!;

    fireEvent.click(screen.getByRole('button', { name: `Vis detaljer for oppføring ${entry.id}` }));
    const dialog = await screen.findByRole('dialog', { name: `Oppføring ${entry.id} i endringsloggen` });
    expect(dialog.textContent).toContain(callId);
    expect(dialog.textContent).toContain(entry.hash);
    expect(within(dialog).getByLabelText('Etter').textContent).toContain('"budgetFrameOre": 250000000');
  });

  it('records a restore from backup and says what it did', async () => {
    await completeSetup();
    const ctx = defaultContext();
    await seedApplication(ctx);
    const { blob: bytes } = await createBackup(ctx.db, new Date('2024-03-01T09:30:00Z'));
    const inspected = await inspectBackup(bytes);
    if (!inspected.ok) throw new Error('the backup should be readable');
    await restoreBackup(ctx, inspected.backup);

    const [restore] = await openPage();
    expect(restore!.textContent).toContain('Gjenopprettet fra sikkerhetskopi');
    expect(restore!.textContent).toContain('Alle data i programmet');
    expect(restore!.textContent).toContain('Alle data ble erstattet med innholdet i sikkerhetskopien fra 01.03.2024 kl. 10:30.');
  });
});
