// Runs app-wide: after every committed write (in this tab or another) moves the change log's anchor
// to the newest entry, kept outside IndexedDB. advanceAnchor refuses to follow a log that was cut
// short or re-hashed, so the check keeps showing such a break.
import { useEffect } from 'react';
import { liveQuery } from 'dexie';
import { getDb } from '@renderer/data/db';
import { getPlatform } from '@renderer/platform';
import { getAnchorStore, setAnchorStore } from '@renderer/services/audit/anchor-registry';
import { advanceAnchor } from '@renderer/services/audit/anchor-store';
import { platformAnchorStore } from './platform-anchor-store';

/** Registers the platform's store for backups, restores and the check; idempotent. */
export function ensureAnchorStore() {
  const existing = getAnchorStore();
  if (existing) return existing;
  const store = platformAnchorStore(getPlatform());
  setAnchorStore(store);
  return store;
}

export function AnchorKeeper() {
  useEffect(() => {
    const store = ensureAnchorStore();
    const db = getDb();
    // The newest entry's id and hash: liveQuery re-runs after each commit that touches the log.
    const subscription = liveQuery(() => db.changeLog.orderBy(':id').last()).subscribe({
      next: () => {
        advanceAnchor(db, store, new Date().toISOString()).catch((error: unknown) =>
          console.error('[endringslogg] ankeret kunne ikke oppdateres', error),
        );
      },
      error: (error: unknown) => console.error('[endringslogg] ankeret kunne ikke følges', error),
    });
    return () => subscription.unsubscribe();
  }, []);
  return null;
}
