// Keeps the backup folder from growing without end: after each write only the newest N backups stay.
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

// sikkerhetskopi-YYYY-MM-DD-HHmm[ss].zip or .json (optionally with a suffix before the extension).
// Only our own files are ever deleted: anything else in the folder is left alone.
const BACKUP_NAME = /^sikkerhetskopi-(\d{4}-\d{2}-\d{2}-\d{4}(?:\d{2})?)[^/\\]*\.(?:zip|json)$/;

/** The backups beyond the newest `keep`, oldest last. Names sort by their timestamp. */
export function selectBackupsToDelete(fileNames: readonly string[], keep: number): string[] {
  const keepCount = Math.max(1, Math.floor(keep));
  const backups = fileNames
    .map((name) => ({ name, stamp: BACKUP_NAME.exec(name)?.[1] }))
    .filter((b): b is { name: string; stamp: string } => b.stamp !== undefined)
    // Newest first; equal stamps by name so the result never depends on readdir's order.
    .sort((a, b) => b.stamp.localeCompare(a.stamp) || b.name.localeCompare(a.name));
  return backups.slice(keepCount).map((b) => b.name);
}

/** Deletes the backups beyond the newest `keep` in `folder`. A file that cannot go stays. */
export async function pruneBackups(folder: string, keep: number): Promise<void> {
  const names = await readdir(folder);
  await Promise.allSettled(selectBackupsToDelete(names, keep).map((name) => unlink(join(folder, name))));
}
