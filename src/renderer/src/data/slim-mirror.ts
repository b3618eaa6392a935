// A slim table kept in step with its source table, in the same transaction, for every write
// whatever its path (services, the generic entity writer, restore, a future service that forgets).
// A Dexie DBCore middleware (Dexie's public extension point): every read-write transaction that
// includes the source also gets the mirror, and each mutation of the source is repeated on the
// mirror as slim rows. Both tables have the same primary key, so deletes and key ranges apply
// unchanged. Should a mirror write fail, the source write fails with it and the transaction
// aborts, so the tables never disagree. (data/letter-heads-mirror.ts is the same idea, written
// before this helper.)
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

export interface SlimMirrorSpec<Row, Slim> {
  /** The middleware's name (Dexie keeps one of each name). */
  name: string;
  source: string;
  mirror: string;
  slimOf: (row: Row) => Slim;
}

const hasTable = (core: DBCore, name: string) => core.schema.tables.some((t) => t.name === name);

/** An upgrade before the mirror's version writes the source in a transaction without the mirror: that version fills it. */
function inScope(trans: DBCoreTransaction, mirror: string): boolean {
  const names = (trans as Partial<Pick<IDBTransaction, 'objectStoreNames'>>).objectStoreNames;
  return names?.contains(mirror) ?? false;
}

function mirrorRequest<Row, Slim>(spec: SlimMirrorSpec<Row, Slim>, req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      // Only the rows that were written: a failed add (say, a duplicate id) changed nothing.
      const values = req.values.filter((_, i) => !res.failures[i]).map((v) => spec.slimOf(v as Row));
      return values.length > 0 ? { type: 'put', trans: req.trans, values } : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

function mirrored<Row, Slim>(spec: SlimMirrorSpec<Row, Slim>, source: DBCoreTable, mirror: () => DBCoreTable): DBCoreTable {
  return {
    ...source,
    mutate: (req) =>
      source.mutate(req).then(async (res) => {
        const request = inScope(req.trans, spec.mirror) ? mirrorRequest(spec, req, res) : null;
        if (!request) return res;
        const written = await mirror().mutate(request);
        if (written.numFailures > 0) throw Object.values(written.failures)[0] ?? new Error(spec.mirror);
        return res;
      }),
  };
}

export function slimMirror<Row, Slim>(spec: SlimMirrorSpec<Row, Slim>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: spec.name,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes(spec.source) && !stores.includes(spec.mirror) && hasTable(down, spec.mirror)
            ? [...stores, spec.mirror]
            : stores,
          mode,
          options,
        ),
      table: (name) => (name === spec.source ? mirrored(spec, down.table(name), () => down.table(spec.mirror)) : down.table(name)),
    }),
  };
}
