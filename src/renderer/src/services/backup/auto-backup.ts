// The daily automatic backup (Electron) and the browser's persistent-storage request, both run once
// at start. Writing the file is handed in, so this stays free of the platform and testable.
import { DEFAULT_BACKUP_KEEP_COUNT, SETTINGS_ID, type AppSettings } from '@renderer/domain/settings';
import type { ServiceContext } from '../context';
import { updateSettings } from '../settings';
import { createBackup, type BackupFile } from './create-backup';
import { getAnchorStore } from '../audit/anchor-registry';

const DAY_MS = 24 * 60 * 60 * 1000;

export type WriteBackupFile = (file: BackupFile & { keep: number }) => Promise<{ location: string }>;

export function backupKeepCount(settings: Pick<AppSettings, 'backupKeepCount'> | undefined): number {
  return settings?.backupKeepCount ?? DEFAULT_BACKUP_KEEP_COUNT;
}

/** Due when there has been none, or the last is 24 hours old (or from the future: a wrong clock). */
export function isAutoBackupDue(lastAt: string | undefined, now: Date): boolean {
  if (!lastAt) return true;
  const last = Date.parse(lastAt);
  if (Number.isNaN(last)) return true;
  const age = now.getTime() - last;
  return age >= DAY_MS || age < 0;
}

export type AutoBackupResult = { written: false } | { written: true; location: string };

/** Makes the file; by default here, in this thread (the page passes its worker's). */
export type MakeBackupFile = (now: Date) => Promise<BackupFile>;

function inThisThread(ctx: ServiceContext): MakeBackupFile {
  const store = getAnchorStore();
  return (now) => createBackup(ctx.db, now, store ? (head, at) => store.sign(head, at) : undefined);
}

/** Writes a backup when one is due and records when; before the first-run setup nothing happens. */
export async function runAutoBackupIfDue(ctx: ServiceContext, write: WriteBackupFile, make: MakeBackupFile = inThisThread(ctx)): Promise<AutoBackupResult> {
  const settings = await ctx.db.settings.get(SETTINGS_ID);
  const now = ctx.now();
  if (!settings || !isAutoBackupDue(settings.lastAutoBackupAt, now)) return { written: false };
  const file = await make(now);
  const { location } = await write({ ...file, keep: backupKeepCount(settings) });
  await updateSettings(ctx, { lastAutoBackupAt: now.toISOString() });
  return { written: true, location };
}

/**
 * The backup taken when the program closes (Electron): always, once setup is done, so the newest
 * work is on disk. It counts as the latest automatic backup, so a start soon after skips its own.
 */
export async function runBackupBeforeQuit(ctx: ServiceContext, write: WriteBackupFile, make: MakeBackupFile = inThisThread(ctx)): Promise<AutoBackupResult> {
  const settings = await ctx.db.settings.get(SETTINGS_ID);
  if (!settings) return { written: false };
  const now = ctx.now();
  const file = await make(now);
  const { location } = await write({ ...file, keep: backupKeepCount(settings) });
  await updateSettings(ctx, { lastAutoBackupAt: now.toISOString() });
  return { written: true, location };
}

export type StoragePersistence = 'persisted' | 'not-persisted' | 'unsupported';

let persistRequest: Promise<StoragePersistence> | undefined;

/**
 * Asks the browser once per start to keep our data even when the disk runs low; later calls get
 * the same answer. Electron's app:// origin answers too (and is normally granted).
 */
export function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> {
  persistRequest ??= (async () => {
    if (!storage?.persist) return 'unsupported';
    try {
      if (await storage.persisted()) return 'persisted';
      return (await storage.persist()) ? 'persisted' : 'not-persisted';
    } catch {
      return 'unsupported';
    }
  })();
  return persistRequest;
}

/** Tests only: forget the cached answer. */
export function resetPersistentStorageRequest(): void {
  persistRequest = undefined;
}
