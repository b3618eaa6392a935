// The order tables go into a zip backup and come out of it.
import { BACKUP_TABLES, type BackupTable } from './backup-tables';

/** The change log first: a reader checks the chain, then every row against it, in one pass. */
export const WRITE_ORDER: readonly BackupTable[] = ['changeLog', ...BACKUP_TABLES.filter((t) => t !== 'changeLog')];
