// The anchor: a copy of the change log's newest id and hash kept OUTSIDE the database, signed with a
// key the database does not hold (HMAC-SHA-256). Deleting the newest entries, or editing an entry
// and re-hashing the whole chain, cannot be seen from inside the chain; against the anchor it can.
import { z } from 'zod';

export const chainHeadSchema = z.object({
  lastId: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ChainHead = z.infer<typeof chainHeadSchema>;

export const signedAnchorSchema = chainHeadSchema.extend({
  /** HMAC-SHA-256 of anchorMessage(head), hex. */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
  /** When it was signed (ISO UTC). */
  at: z.string().min(1).max(40),
});
export type SignedAnchor = z.infer<typeof signedAnchorSchema>;

// The text the HMAC covers is in src/shared/change-log-anchor.ts: main and the browser sign alike.

/** How the stored anchor relates to the log as it is now. */
export type AnchorStatus =
  | { kind: 'matched'; anchoredId: number; newerEntries: number }
  | { kind: 'missing' }
  | { kind: 'tail-missing'; anchoredId: number; lastId: number }
  | { kind: 'hash-mismatch'; anchoredId: number }
  | { kind: 'bad-signature'; anchoredId: number }
  | { kind: 'key-unknown'; anchoredId: number };

/**
 * Compares a (signature-checked) anchor with the entry of the same id in the log. `entryHash` is
 * undefined when the log has no entry with that id.
 */
export function compareAnchor(
  anchor: ChainHead,
  entryHashAtAnchor: string | undefined,
  lastId: number,
): AnchorStatus {
  if (anchor.lastId === 0 && lastId >= 0) return { kind: 'matched', anchoredId: 0, newerEntries: lastId };
  if (lastId < anchor.lastId || entryHashAtAnchor === undefined) {
    return { kind: 'tail-missing', anchoredId: anchor.lastId, lastId };
  }
  if (entryHashAtAnchor !== anchor.hash) return { kind: 'hash-mismatch', anchoredId: anchor.lastId };
  return { kind: 'matched', anchoredId: anchor.lastId, newerEntries: lastId - anchor.lastId };
}
