// Checks the records themselves against the change log: each row must equal the after-image of
// its newest log entry. A row edited behind the program's back, a row with no entry, a row the log
// says was deleted, and a logged row that is gone all show. Values come in JSON-safe form (bytes
// as { byteLength }), the form the log stores.
import { canonicalJson } from './change-log-chain';
import { isRemovedValue } from './retention';

export type RecordProblem =
  | { kind: 'differs'; table: string; id: string; fields: string[]; lastEntryId: number }
  | { kind: 'unlogged'; table: string; id: string }
  | { kind: 'deleted-in-log'; table: string; id: string; lastEntryId: number }
  | { kind: 'missing-row'; table: string; id: string; lastEntryId: number };

interface LastEntry {
  entryId: number;
  deleted: boolean;
  after: unknown;
  seen: boolean;
}

/** The top-level fields whose values differ, sorted. */
function differingFields(row: unknown, after: unknown): string[] {
  const a = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])).sort();
}

const MAX_PROBLEMS = 200;

/**
 * Fields a schema upgrade fills in on existing rows without a log entry (data/schema/v2, v7, v12,
 * v22). A row may carry such a field that its last after-image lacks; any other difference, and any
 * change to such a field once it is logged, still shows.
 */
export const UPGRADE_FILLED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  settings: ['letterLanguage'],
  decisions: ['subGoalSplitOre', 'callId'],
  payments: ['callId'],
  reports: ['unusedAmountStated', 'callId'],
};

/** The row without the upgrade-filled fields its after-image does not have yet. */
function withoutUpgradeFills(table: string, row: unknown, after: unknown): unknown {
  const filled = UPGRADE_FILLED_FIELDS[table];
  if (!filled || !row || typeof row !== 'object' || !after || typeof after !== 'object') return row;
  const copy = { ...(row as Record<string, unknown>) };
  for (const field of filled) if (!(field in (after as object))) delete copy[field];
  return copy;
}

/** An after-image whose personal values were removed after retention: the row lacks those fields. */
function withoutRemovedValues(after: unknown): unknown {
  if (!after || typeof after !== 'object' || Array.isArray(after)) return after;
  const entries = Object.entries(after as Record<string, unknown>);
  if (!entries.some(([, v]) => isRemovedValue(v))) return after;
  return Object.fromEntries(entries.filter(([, v]) => !isRemovedValue(v)));
}

export interface RecordsAuditor {
  /** Feed every log entry in id order (only entries about rows; see `skipAction`). */
  noteEntry(entry: { id: number; entity: string; entityId: string; action: string; after: unknown }): void;
  /** Feed every current row, in JSON-safe form. */
  checkRow(table: string, id: string, safeRow: unknown): void;
  /** After all rows: logged rows never seen are missing. */
  finish(tables: readonly string[]): { rows: number; tables: number; problems: RecordProblem[]; more: number };
}

/** Log actions that are not about one row (e.g. a restore), so they carry no after-image to match. */
export const NON_ROW_ACTIONS: readonly string[] = ['gjenopprettet', 'fjernet'];

/** `unloggedAllowed`: tables filled from reference data without log entries (municipalities). */
export function createRecordsAuditor(unloggedAllowed: readonly string[] = []): RecordsAuditor {
  const last = new Map<string, Map<string, LastEntry>>();
  const problems: RecordProblem[] = [];
  let more = 0;
  let rows = 0;
  const touched = new Set<string>();

  function report(problem: RecordProblem): void {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
    else more++;
  }

  return {
    noteEntry(entry) {
      if (NON_ROW_ACTIONS.includes(entry.action)) return;
      let byId = last.get(entry.entity);
      if (!byId) last.set(entry.entity, (byId = new Map()));
      byId.set(entry.entityId, {
        entryId: entry.id,
        deleted: entry.action === 'slettet',
        after: entry.after,
        seen: false,
      });
    },
    checkRow(table, id, safeRow) {
      rows++;
      touched.add(table);
      const entry = last.get(table)?.get(id);
      if (!entry) {
        if (!unloggedAllowed.includes(table)) report({ kind: 'unlogged', table, id });
        return;
      }
      entry.seen = true;
      if (entry.deleted) {
        report({ kind: 'deleted-in-log', table, id, lastEntryId: entry.entryId });
        return;
      }
      const comparable = withoutUpgradeFills(table, safeRow, entry.after);
      const expected = withoutRemovedValues(entry.after);
      if (canonicalJson(comparable) !== canonicalJson(expected)) {
        report({ kind: 'differs', table, id, fields: differingFields(comparable, expected), lastEntryId: entry.entryId });
      }
    },
    finish(tables) {
      for (const table of tables) {
        for (const [id, entry] of last.get(table) ?? []) {
          if (!entry.seen && !entry.deleted) report({ kind: 'missing-row', table, id, lastEntryId: entry.entryId });
        }
      }
      return { rows, tables: touched.size, problems, more };
    },
  };
}
