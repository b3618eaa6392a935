// Counts the reads of whole rows per table (get, bulkGet, getAll, cursors with values), so a test
// can say which tables a reader touched and which it only counted. Install before the database opens.
import type { DBCore, Dexie } from 'dexie';

export interface ReadSpy {
  /** Rows-with-values requests made to `table` since the last reset. */
  valueReads: (table: string) => number;
  reset: () => void;
}

export function spyOnReads(db: Dexie): ReadSpy {
  const counts = new Map<string, number>();
  const count = (table: string) => counts.set(table, (counts.get(table) ?? 0) + 1);
  db.use({
    stack: 'dbcore',
    name: 'ReadSpy',
    create: (down: DBCore) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => (count(name), table.get(req)),
          getMany: (req) => (count(name), table.getMany(req)),
          query: (req) => (req.values ? count(name) : undefined, table.query(req)),
          openCursor: (req) => (req.values ? count(name) : undefined, table.openCursor(req)),
        };
      },
    }),
  });
  return { valueReads: (table) => counts.get(table) ?? 0, reset: () => counts.clear() };
}
