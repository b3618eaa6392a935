// Backup and restore of the whole database (sikkerhetskopi).
export { BACKUP_FORMAT } from './backup-format';
export { BACKUP_TABLES, BACKUP_TABLE_LABELS, type BackupTable } from './backup-tables';
export { backupFileName } from './backup-file-name';
export { createBackup, type BackupFile, type BackupProgress, type CreateBackupOptions } from './create-backup';
export {
  inspectBackup,
  type BackupPreview,
  type BackupSource,
  type InspectResult,
  type InspectOptions,
  type InspectedBackup,
} from './inspect-backup';
export {
  RestoreFailedError,
  restoreBackup,
  restoreInspected,
  restoreWithSafetyBackup,
  type RestoreResult,
} from './restore-backup';
export {
  ENCRYPTED_BACKUP_FORMAT,
  MIN_PASSWORD_LENGTH,
  encryptBackup,
  WRONG_PASSWORD,
} from './backup-crypto';
