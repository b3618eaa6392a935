// A cheap signal that something was written: every write goes with its change-log row in one
// transaction (services/logged-write.ts), so the log's last id changes with every write. A page
// that reads thousands of rows watches this one key instead of having each of its reads tracked.
import type { AppDatabase } from './db';

/** The change log's last id (0 while it is empty). */
export async function lastChangeId(db: AppDatabase): Promise<number> {
  return ((await db.changeLog.orderBy(':id').lastKey()) as number | undefined) ?? 0;
}
