// Reads and writes the program's IndexedDB straight, behind its back: seeds far larger or older
// than an officer could type in a test, and row counts to compare before and after.
import type { Page } from '@playwright/test';

/**
 * Rows per store, written in one raw transaction (no change-log entries, no derived tables). Runs in
 * the page: self-contained, so that it can also be sent as source around rows made in the page.
 */
export async function writeRowsInPage(data: Record<string, readonly unknown[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('tilskudd-frivillige');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(Object.keys(data), 'readwrite');
  for (const [store, list] of Object.entries(data)) for (const row of list) tx.objectStore(store).put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

export async function putRows(page: Page, rows: Record<string, readonly unknown[]>): Promise<void> {
  await page.evaluate(writeRowsInPage, rows);
}

/** Row counts per store, read raw. */
export function countRows<S extends string>(page: Page, stores: readonly S[]): Promise<Record<S, number>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction([...names], 'readonly');
    const out: Record<string, number> = {};
    await Promise.all(names.map((s) => new Promise<void>((resolve) => {
      const req = tx.objectStore(s).count();
      req.onsuccess = () => ((out[s] = req.result), resolve());
    })));
    db.close();
    return out;
  }, stores) as Promise<Record<S, number>>;
}
