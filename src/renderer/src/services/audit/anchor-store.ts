// Keeping the anchor up to date. The store (browser: localStorage; Electron: a file main writes) is
// handed in, so this stays free of the platform and testable.
import type { AppDatabase } from '@renderer/data/db';
import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import type { ChainHead, SignedAnchor } from '@renderer/domain/change-log-anchor';

export interface AnchorStore {
  /** Where the anchor and key live: a file beside the program's data (Electron) or the browser's localStorage. */
  readonly place: 'file' | 'localStorage';
  read(): Promise<SignedAnchor | null>;
  /** Signs the head with the key and stores it as the anchor. */
  write(head: ChainHead, at: string): Promise<SignedAnchor>;
  /** Signs without storing (the anchor put inside a backup). */
  sign(head: ChainHead, at: string): Promise<SignedAnchor>;
  /** Whether the anchor's HMAC was made with this installation's key. */
  check(anchor: SignedAnchor): Promise<boolean>;
}

/** The newest entry's id and hash; id 0 and the genesis hash for an empty log. */
export async function readChainHead(db: AppDatabase): Promise<ChainHead> {
  const last = await db.changeLog.orderBy(':id').last();
  return last?.id ? { lastId: last.id, hash: last.hash } : { lastId: 0, hash: GENESIS_HASH };
}

export type AdvanceResult = 'written' | 'unchanged' | 'refused';

/**
 * Moves the anchor to the log's newest entry after a committed write, but only forwards along the
 * same chain: when the entry at the anchored id is gone or has another hash, the anchor stays where
 * it is, so the check keeps reporting the break instead of blessing it. Only a restore (which
 * replaces the whole log on the officer's word) re-anchors unconditionally: see restore-backup.ts.
 */
export async function advanceAnchor(db: AppDatabase, store: AnchorStore, at: string): Promise<AdvanceResult> {
  const [anchor, head] = await Promise.all([store.read(), readChainHead(db)]);
  if (anchor) {
    if (anchor.lastId === head.lastId && anchor.hash === head.hash) return 'unchanged';
    if (head.lastId < anchor.lastId) return 'refused';
    if (anchor.lastId > 0) {
      const atAnchor = await db.changeLog.get(anchor.lastId);
      if (atAnchor?.hash !== anchor.hash) return 'refused';
    }
  }
  await store.write(head, at);
  return 'written';
}
