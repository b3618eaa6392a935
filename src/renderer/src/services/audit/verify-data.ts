// «Kontroller dataene»: the change log's chain, the records against the log, and the chain's head
// against the anchor kept outside the database. Reads in chunks and yields between them, so the
// page stays responsive on tens of thousands of rows, and reports progress.
import type { AppDatabase } from '@renderer/data/db';
import { entityNameSchema } from '@renderer/domain/change-log';
import { createChainVerifier, type ChainResult, type ChainedEntry } from '@renderer/domain/change-log-chain';
import { readRedactionCommitments } from '../change-log-verify';
import { compareAnchor, type AnchorStatus } from '@renderer/domain/change-log-anchor';
import { createRecordsAuditor, type RecordProblem } from '@renderer/domain/records-audit';
import { toJsonSafe } from '../change-log';
import type { AnchorStore } from './anchor-store';

/** Reference data put in by the program itself without log entries. */
export const UNLOGGED_TABLES: readonly string[] = ['municipalities'];

const CHUNK = 5000;

export interface RecordsResult {
  rows: number;
  tables: number;
  problems: RecordProblem[];
  /** Problems beyond those listed. */
  more: number;
}

export interface DataAudit {
  chain: ChainResult;
  records: RecordsResult;
  anchor: AnchorStatus;
  /** Where the anchor was looked for. */
  anchorPlace: AnchorStore['place'] | 'backup';
  /** The log grew while the check ran: the records may look newer than the log; run again. */
  changedDuring: boolean;
}

export interface AuditProgress {
  phase: 'log' | 'records';
  done: number;
  total: number;
}

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The whole check of the live database. */
export async function verifyData(
  db: AppDatabase,
  store: AnchorStore | null,
  onProgress: (progress: AuditProgress) => void = () => {},
): Promise<DataAudit> {
  const chain = createChainVerifier(await readRedactionCommitments(db));
  const records = createRecordsAuditor(UNLOGGED_TABLES);
  const tables = entityNameSchema.options;

  const logTotal = await db.changeLog.count();
  const rowTotals = await Promise.all(tables.map((t) => db.table(t).count()));
  const rowTotal = rowTotals.reduce((a, b) => a + b, 0);

  // The log, in id chunks.
  let lastId = 0;
  let done = 0;
  const anchor = store ? await store.read() : null;
  let hashAtAnchor: string | undefined;
  for (;;) {
    const chunk = (await db.changeLog.where(':id').above(lastId).limit(CHUNK).toArray()) as ChainedEntry[];
    if (chunk.length === 0) break;
    for (const entry of chunk) {
      chain.push(entry);
      records.noteEntry(entry);
      if (anchor && entry.id === anchor.lastId) hashAtAnchor = entry.hash;
      lastId = entry.id;
    }
    done += chunk.length;
    onProgress({ phase: 'log', done, total: logTotal });
    await yieldToPage();
  }

  // The records, table by table in key chunks.
  let rowsDone = 0;
  for (const table of tables) {
    const t = db.table(table);
    const keyPath = t.schema.primKey.keyPath as string;
    let after: unknown = undefined;
    for (;;) {
      const chunk: Record<string, unknown>[] =
        after === undefined
          ? await t.orderBy(':id').limit(CHUNK).toArray()
          : await t.where(':id').above(after).limit(CHUNK).toArray();
      if (chunk.length === 0) break;
      for (const row of chunk) records.checkRow(table, String(row[keyPath]), toJsonSafe(row));
      after = chunk.at(-1)?.[keyPath];
      rowsDone += chunk.length;
      onProgress({ phase: 'records', done: rowsDone, total: rowTotal });
      await yieldToPage();
    }
  }

  const headNow = await db.changeLog.orderBy(':id').last();
  const changedDuring = (headNow?.id ?? 0) !== lastId;

  let anchorStatus: AnchorStatus = { kind: 'missing' };
  if (store && anchor) {
    anchorStatus = (await store.check(anchor))
      ? compareAnchor(anchor, anchor.lastId === 0 ? undefined : hashAtAnchor, lastId)
      : { kind: 'bad-signature', anchoredId: anchor.lastId };
  }
  return {
    chain: chain.result(),
    records: records.finish(tables),
    anchor: anchorStatus,
    anchorPlace: store?.place ?? 'localStorage',
    changedDuring,
  };
}

/** True when nothing was found wrong and everything could be checked. */
export function auditIsClean(audit: DataAudit): boolean {
  return (
    audit.chain.ok &&
    audit.records.problems.length === 0 &&
    audit.anchor.kind === 'matched' &&
    !audit.changedDuring
  );
}
