// Cancelling a long write (an import commit of thousands of rows) while it runs. The write is one
// IndexedDB transaction, so cancelling aborts it and IndexedDB undoes every row of it: nothing is
// half-written, and the change log is as it was.
import { Dexie } from 'dexie';

/** The write was cancelled before it was saved: none of it was. */
export class WriteCancelledError extends Error {
  constructor() {
    super('Avbrutt. Ingenting er lagret.');
    this.name = 'WriteCancelledError';
  }
}

/**
 * Lets `signal` abort the current Dexie read-write transaction. Call first in the transaction's
 * scope; throws at once when the signal has already fired.
 */
export function cancelTransactionOn(signal: AbortSignal | undefined): void {
  if (!signal) return;
  if (signal.aborted) throw new WriteCancelledError();
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('cancelTransactionOn must run inside a transaction');
  signal.addEventListener(
    'abort',
    () => {
      // Too late once the transaction has committed: the write stands, and the caller reports it saved.
      if (transaction.active) transaction.abort();
    },
    { once: true },
  );
}

/** The error a cancellable write failed with: WriteCancelledError when `signal` fired, else as thrown. */
export function cancelledOr(error: unknown, signal: AbortSignal | undefined): unknown {
  return signal?.aborted ? new WriteCancelledError() : error;
}
