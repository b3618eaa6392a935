// Limits on files the user opens, shared by the Electron and browser platforms.
// Messages live here (not in renderer i18n) because the main process must produce them too.

/** For files read whole (imports, sheets, letterheads). Backups have no limit: openBackupFile reads
 * them in byte ranges, and only the disk's free space counts. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

export function fileTooLargeMessage(sizeBytes: number): string {
  const mb = Math.ceil(sizeBytes / (1024 * 1024));
  const limit = MAX_OPEN_FILE_BYTES / (1024 * 1024);
  return `Filen er for stor (${mb} MB). Største tillatte størrelse er ${limit} MB.`;
}
