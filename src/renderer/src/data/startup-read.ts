// A read started at start-up, before the page that shows it has mounted, so its data is there for
// the page's first render instead of being read after it (Søknader's and Vedtak og brev's first
// rows, Oversikt's counts). A write to the database in between makes it stale, and so does a new
// database (after a restore): it is dropped then, and the page reads afresh.
import { Dexie } from 'dexie';
import { getDb, type AppDatabase } from './db';

export interface StartupRead<T> {
  promise: Promise<T>;
  /** Set once the read has finished, so the page can draw with it in its first render. */
  value?: T;
}

interface Pending<T> extends StartupRead<T> {
  db: AppDatabase;
}

/** One slot for one page's start-up read: started once, handed over once. */
export class StartupReadSlot<T> {
  private pending: Pending<T> | undefined;

  private readonly dropStale = (): void => {
    this.pending = undefined;
    Dexie.on.storagemutated.unsubscribe(this.dropStale);
  };

  /** Starts `read` on the program's database, unless a read is already pending. */
  start(read: (db: AppDatabase) => Promise<T>): void {
    if (this.pending) return;
    const db = getDb();
    const entry: Pending<T> = { db, promise: read(db) };
    entry.promise.then(
      (value) => {
        entry.value = value;
      },
      () => {
        if (this.pending === entry) this.dropStale();
      },
    );
    this.pending = entry;
    Dexie.on.storagemutated.subscribe(this.dropStale);
  }

  /** The read while still valid (nothing written since, the same database), without handing it over. */
  peek(): StartupRead<T> | undefined {
    if (this.pending && this.pending.db !== getDb()) this.dropStale();
    return this.pending;
  }

  /** Hands the read over (once); undefined when there is none or it is stale. */
  take(): StartupRead<T> | undefined {
    const entry = this.peek();
    if (entry) this.dropStale();
    return entry;
  }

  /** Lets the read go: later visits read afresh. */
  drop(): void {
    if (this.pending) this.dropStale();
  }
}
