// Which applications Vedtak og brev shows first when a call has more than the first rows: the ones
// the whole list starts with (organisation name, then title, in Norwegian order), so the rows on
// screen stay where they are when the rest arrive. The first fifty by id were a random sample of
// the call, and the list re-ordered under the officer's eyes a second later.
import type { AppDatabase } from '@renderer/data/db';
import { OUT_OF_STEP } from '@renderer/data/application-heads';
import type { ApplicationHead } from '@renderer/domain/application-head';
import { compareNb, groupByText } from '@renderer/domain/collate';
import type { Organisation } from '@renderer/domain/organisation';

/** Organisations asked at once for their applications in the call: a few hold the first rows of a big call. */
const ORGANISATIONS_PER_ROUND = 32;

/** The organisations in the list's order: equal names are one group, as the list sorts them as one. */
function groupsByName(organisations: readonly Organisation[]): { groups: Organisation[][]; rankOf: Map<string, number> } {
  const groups = groupByText(organisations, (o) => o.name);
  const rankOf = new Map<string, number>();
  groups.forEach((group, rank) => group.forEach((o) => rankOf.set(o.id, rank)));
  return { groups, rankOf };
}

/** The ids of the call's applications of the first organisations in name order, until more than `limit`. */
async function firstApplicationIds(db: AppDatabase, callId: string, groups: readonly Organisation[][], limit: number): Promise<string[]> {
  const ids: string[] = [];
  for (let next = 0; next < groups.length && ids.length <= limit; next += ORGANISATIONS_PER_ROUND) {
    const round = groups.slice(next, next + ORGANISATIONS_PER_ROUND);
    // Every organisation of the round at once: each is a round trip to IndexedDB.
    const keys = await Promise.all(
      round.map((group) => Promise.all(group.map((o) => db.applications.where('[callId+organisationId]').equals([callId, o.id]).primaryKeys()))),
    );
    for (const ofGroup of keys) {
      if (ids.length > limit) break;
      for (const ofOrganisation of ofGroup) ids.push(...ofOrganisation);
    }
  }
  return ids;
}

export interface FirstHeads {
  heads: ApplicationHead[];
  /** The organisations, when they were read to find the heads: the rows need their names too. */
  organisations?: ReadonlyMap<string, Organisation>;
}

/**
 * Up to `limit + 1` heads of the call: all of them when it has no more than `limit`; otherwise the
 * first `limit + 1` in the list's order (the extra one says there are more). OUT_OF_STEP when an
 * application has no head (data/application-heads.ts derives them again then).
 */
export async function firstHeadsInListOrder(db: AppDatabase, callId: string, limit: number): Promise<FirstHeads | typeof OUT_OF_STEP> {
  // Both at once; the organisations (a register of a few thousand at most) are wasted only on a small call.
  const [some, organisations] = await Promise.all([db.applicationHeads.where('callId').equals(callId).limit(limit + 1).toArray(), db.organisations.toArray()]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  if (some.length <= limit) return { heads: some, organisations: byId };
  const { groups, rankOf } = groupsByName(organisations);
  const ids = await firstApplicationIds(db, callId, groups, limit);
  // Only applications of organisations missing from the register fall short here: the first by id then.
  if (ids.length <= limit) return { heads: some, organisations: byId };
  const found = await db.applicationHeads.bulkGet(ids);
  if (found.some((head) => head === undefined)) return OUT_OF_STEP;
  const heads = found as ApplicationHead[];
  heads.sort((a, b) => rankOf.get(a.organisationId)! - rankOf.get(b.organisationId)! || compareNb(a.title, b.title) || (a.id < b.id ? -1 : 1));
  return { heads: heads.slice(0, limit + 1), organisations: byId };
}
