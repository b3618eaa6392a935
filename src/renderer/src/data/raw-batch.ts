// Many small keyed reads sent at once on the raw IndexedDB transaction under the caller's Dexie
// read transaction, each answered by one plain callback, all settled by one promise. A read may
// send further reads from its callback (a decision's letters once the decision is known), so
// dependent reads overlap instead of waiting for a whole round of requests. Dexie's own per-request
// promises and zones cost more than the reads themselves for the hundred rows a list shows first,
// and each round waits behind whatever the main thread is doing at start-up.
// Never inside a live query, which does not see raw reads.
import { Dexie } from 'dexie';

export interface RawReads {
  /** The row with this primary key, or undefined. */
  get<T>(store: string, key: string, then: (row: T | undefined) => void): void;
  /** Every row whose `index` equals `key`. */
  getAllWhere<T>(store: string, index: string, key: string, then: (rows: T[]) => void): void;
}

/**
 * Runs `send` with a sender of raw reads on the current Dexie transaction, and resolves once every
 * read sent (also from callbacks) has answered; rejects on the first failure. Undefined when there
 * is no such transaction holding `stores`: the caller reads through Dexie instead.
 */
export function rawReadBatch(stores: readonly string[], send: (reads: RawReads) => void): Promise<void> | undefined {
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans || !stores.every((name) => trans.objectStoreNames.contains(name))) return undefined;
  // A Dexie promise, so that awaiting it keeps the caller in its transaction's zone.
  return new Dexie.Promise<void>((resolve, reject) => {
    let pending = 0;
    let failed = false;
    const settle = () => {
      if (--pending === 0 && !failed) resolve();
    };
    const track = <R>(request: IDBRequest<R>, then: (result: R) => void) => {
      pending++;
      request.onerror = (event) => {
        // Stop the error from aborting the transaction under the caller; the caller's read fails.
        event.preventDefault();
        if (!failed) reject(request.error ?? new Error('Lesingen fra databasen feilet.'));
        failed = true;
      };
      request.onsuccess = () => {
        if (failed) return;
        try {
          then(request.result);
        } catch (error) {
          failed = true;
          reject(error);
          return;
        }
        settle();
      };
    };
    const reads: RawReads = {
      get: (store, key, then) => track(trans.objectStore(store).get(key), then),
      getAllWhere: (store, index, key, then) => track(trans.objectStore(store).index(index).getAll(key), then),
    };
    // Held open while `send` runs, so reads answered meanwhile cannot settle the batch early.
    pending++;
    try {
      send(reads);
    } catch (error) {
      failed = true;
      reject(error);
      return;
    }
    settle();
  });
}
