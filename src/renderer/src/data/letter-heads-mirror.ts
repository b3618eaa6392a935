// Keeps `letterHeads` (schema v14) in step with `letters`, in the same transaction, for every
// write whatever its path: the letter services, the generic entity writer, restore, a future
// service that forgets. A Dexie DBCore middleware (Dexie's public extension point): every
// read-write transaction that includes `letters` also gets `letterHeads`, and each mutation of
// `letters` is repeated on `letterHeads` as a head without bytes. Both tables have the letter's id
// as key, so deletes and key ranges apply unchanged. Should a mirror write fail, the letter write
// fails with it, and the transaction aborts, so the tables never disagree.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Letter } from '@renderer/domain/letter';
import { letterHeadOf } from '@renderer/domain/letter-head';

const SOURCE = 'letters';
const MIRROR = 'letterHeads';

const hasTable = (core: DBCore, name: string) => core.schema.tables.some((t) => t.name === name);

/** An upgrade before v14 writes letters in a transaction that has no letterHeads yet: v14 fills it. */
function mirrorInScope(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<Pick<IDBTransaction, 'objectStoreNames'>>).objectStoreNames;
  return names?.contains(MIRROR) ?? false;
}

function mirrorRequest(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      // Only the letters that were written: a failed add (say, a duplicate id) changed nothing.
      const values = req.values.filter((_, i) => !res.failures[i]).map((v) => letterHeadOf(v as Letter));
      return values.length > 0 ? { type: 'put', trans: req.trans, values } : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

function mirroredLetters(letters: DBCoreTable, heads: () => DBCoreTable): DBCoreTable {
  return {
    ...letters,
    mutate: (req) =>
      letters.mutate(req).then(async (res) => {
        const mirror = mirrorInScope(req.trans) ? mirrorRequest(req, res) : null;
        if (!mirror) return res;
        const mirrored = await heads().mutate(mirror);
        if (mirrored.numFailures > 0) throw Object.values(mirrored.failures)[0] ?? new Error('letterHeads');
        return res;
      }),
  };
}

export const letterHeadsMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LetterHeadsMirror',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(SOURCE) && !stores.includes(MIRROR) && hasTable(down, MIRROR) ? [...stores, MIRROR] : stores,
        mode,
        options,
      ),
    table: (name) => (name === SOURCE ? mirroredLetters(down.table(name), () => down.table(MIRROR)) : down.table(name)),
  }),
};
