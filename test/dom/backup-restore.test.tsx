// The restore panel under happy-dom: the preview of a good backup, a clear Norwegian error for a
// bad file, and a confirmed restore that saves today's data first and replaces it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { createCall } from '@renderer/services/calls';
import { createBackup } from '@renderer/services/backup';
import { RestorePanel } from '@renderer/features/backup/RestorePanel';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

const platform = vi.hoisted(() => ({
  kind: 'browser',
  openBackupFile: vi.fn(),
  writeBackup: vi.fn(async ({ fileName }: { fileName: string; data: Blob }) => ({ location: fileName })),
  onMenuCommand: () => () => {},
}));
vi.mock('@renderer/platform', () => ({ getPlatform: () => platform }));

async function backupWithOneCall(): Promise<Blob> {
  await completeSetup();
  await createCall(defaultContext(), {
    year: 2024,
    title: 'Tilskudd 2024',
    municipalityId: '4601',
    deadline: '2024-03-01',
    budgetFrameOre: 100_000_000,
  });
  return (await createBackup(getDb(), new Date('2024-03-05T09:30:00.000Z'))).blob;
}

async function choose(name: string, data: Uint8Array | Blob) {
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>]);
  platform.openBackupFile.mockResolvedValueOnce({
    name,
    size: blob.size,
    blob,
    read: async (start: number, end: number) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
    close: async () => undefined,
  });
  fireEvent.click(screen.getByRole('button', { name: 'Velg sikkerhetskopi …' }));
}

/** As Electron opens it: no Blob, only byte ranges main reads from the file it holds open. */
async function chooseInRanges(name: string, blob: Blob) {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const ranges: [number, number][] = [];
  const close = vi.fn(async () => undefined);
  platform.openBackupFile.mockResolvedValueOnce({
    name,
    size: bytes.byteLength,
    read: async (start: number, end: number) => {
      ranges.push([start, end]);
      return bytes.slice(start, end);
    },
    close,
  });
  fireEvent.click(screen.getByRole('button', { name: 'Velg sikkerhetskopi …' }));
  return { ranges, close, size: bytes.byteLength };
}

beforeEach(() => {
  platform.openBackupFile.mockReset();
  platform.writeBackup.mockClear();
});

/** Work after the backup, which the restore must undo. */
function addCallAfterBackup() {
  return createCall(defaultContext(), {
    year: 2025,
    title: 'Lagt til etter sikkerhetskopien',
    municipalityId: '4601',
    deadline: '2025-03-01',
    budgetFrameOre: 100_000_000,
  });
}

describe('restoring a backup', { timeout: 20_000 }, () => {
  it('shows date, rows per table and the change-log check before anything changes', async () => {
    const bytes = await backupWithOneCall();
    render(<RestorePanel onRestored={() => {}} />);
    await choose('sikkerhetskopi-2024-03-05-1030.json', bytes);

    const preview = await screen.findByTestId('restore-preview', {}, SLOW);
    expect(within(preview).getByRole('heading', { name: 'Innhold i sikkerhetskopi-2024-03-05-1030.json' })).toBeTruthy();
    expect(within(preview).getByText('05.03.2024 kl. 10:30')).toBeTruthy();
    const contents = within(preview).getByRole('table', { name: 'Innholdet i sikkerhetskopien' });
    expect(within(within(contents).getByRole('rowheader', { name: 'Utlysninger' }).closest('tr')!).getByText('1')).toBeTruthy();
    // Versions, row counts per table and the checksum wait behind «Teknisk informasjon».
    expect(within(preview).queryByText('Dataversjon (skjemaversjon)')).toBeNull();
    fireEvent.click(within(preview).getByRole('button', { name: 'Teknisk informasjon' }));
    expect(await within(preview).findByText('Dataversjon (skjemaversjon)')).toBeTruthy();
    const counts = within(preview).getByRole('table', { name: 'Antall rader per tabell i sikkerhetskopien' });
    expect(within(counts).getByRole('rowheader', { name: 'Endringslogg' })).toBeTruthy();
    expect(within(preview).getByText('Kjeden: 2 oppføringer henger sammen, og ingen er endret.')).toBeTruthy();
    expect(within(preview).getByText(/^Ankeret mangler/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gjenopprett …' })).toBeTruthy();
    expect(platform.writeBackup).not.toHaveBeenCalled();
  });

  it('refuses a file that is not a backup with a Norwegian message and no restore button', async () => {
    await completeSetup();
    render(<RestorePanel onRestored={() => {}} />);
    await choose('notater.json', new TextEncoder().encode('{"hei": 1}'));
    const alert = await screen.findByText('Filen er ikke en sikkerhetskopi fra Tilskudd frivillige.', {}, SLOW);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gjenopprett …' })).toBeNull();
    expect(screen.queryByTestId('restore-preview')).toBeNull();
  });

  it('says the checksum does not match for an edited backup', async () => {
    const files = unzipSync(new Uint8Array(await (await backupWithOneCall()).arrayBuffer()));
    const calls = 'tabeller/calls/000001.ndjson';
    files[calls] = new TextEncoder().encode(new TextDecoder().decode(files[calls]).replace('Tilskudd 2024', 'Tilskudd 2025'));
    render(<RestorePanel onRestored={() => {}} />);
    await choose('sikkerhetskopi.zip', zipSync(files));
    expect(await screen.findByText(/Delen «tabeller\/calls\/000001\.ndjson» \(Utlysninger\).*sjekksummen stemmer ikke/, {}, SLOW)).toBeTruthy();
  });

  it('asks first, saves today’s data, then replaces it with the backup', async () => {
    const bytes = await backupWithOneCall();
    await addCallAfterBackup();
    const onRestored = vi.fn();
    render(<RestorePanel onRestored={onRestored} />);
    await choose('sikkerhetskopi.json', bytes);
    fireEvent.click(await screen.findByRole('button', { name: 'Gjenopprett …' }, SLOW));

    const dialog = await screen.findByRole('dialog', { name: 'Gjenopprette sikkerhetskopien?' });
    expect(dialog.textContent).toMatch(/erstattet med innholdet i sikkerhetskopien fra 05\.03\.2024 kl\. 10:30/);
    expect(dialog.textContent).toMatch(/Først lastes en sikkerhetskopi av dagens data ned/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gjenopprett' }));

    await vi.waitFor(() => expect(onRestored).toHaveBeenCalled(), SLOW);
    expect(platform.writeBackup).toHaveBeenCalledTimes(1);
    const titles = (await getDb().calls.toArray()).map((c) => c.title);
    expect(titles).toEqual(['Tilskudd 2024']);
  });

  it('reads a file main holds open in byte ranges (Electron), never whole, restores it, and lets it go', async () => {
    const blob = await backupWithOneCall();
    await addCallAfterBackup();
    const onRestored = vi.fn();
    render(<RestorePanel onRestored={onRestored} />);
    const file = await chooseInRanges('sikkerhetskopi-2024-03-05-103000.zip', blob);
    fireEvent.click(await screen.findByRole('button', { name: 'Gjenopprett …' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Gjenopprette sikkerhetskopien?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gjenopprett' }));

    await vi.waitFor(() => expect(onRestored).toHaveBeenCalled(), SLOW);
    expect((await getDb().calls.toArray()).map((c) => c.title)).toEqual(['Tilskudd 2024']);
    // The directory from the file's tail (all of so small a file) once; every other read is one entry.
    expect(file.ranges.length).toBeGreaterThan(3);
    expect(file.ranges.filter(([start, end]) => end - start >= file.size)).toHaveLength(1);
    expect(file.close).toHaveBeenCalled();
  });
});
