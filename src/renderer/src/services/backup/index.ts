// Backup and restore of the whole database (sikkerhetskopi).
export { BACKUP_FORMAT } from './backup-format';
export { BACKUP_TABLES, BACKUP_TABLE_LABELS, type BackupTable } from './backup-tables';
export { backupFileName } from './backup-file-name';
export { createBackup, type BackupFile } from './create-backup';
export {
  inspectBackup,
  type BackupPreview,
  type InspectResult,
  type InspectedBackup,
} from './inspect-backup';
export {
  RestoreFailedError,
  restoreBackup,
  restoreWithSafetyBackup,
  type RestoreResult,
} from './restore-backup';
