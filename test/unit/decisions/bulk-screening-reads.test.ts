// A bulk decision reads the screenings only where they decide something: a grant (the gate) and a
// dismissal whose reason the failed rules give. A rejection of 5 000 must not wait for 5 000
// screenings it never looks at, and still decide exactly as before.
import { IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bulkDecide, previewBulkDecision } from '@renderer/services/decisions';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { DEFAULT_REASON_TEMPLATES, type ReasonTemplate } from '@renderer/domain/decisions/reason-templates';
import { testContext } from '../services/test-context';
import { KR, ORGNR, applicationInput, organisationInput, seedCallAndOrganisation } from '../services/applications.fixtures';

const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'] as const;

/**
 * Counts every IndexedDB read request on the screenings store or its indexes, Dexie's and the raw
 * ones the program sends past it (data/index-each.ts).
 */
function countScreeningReads(): { reads: () => number; reset: () => void } {
  let reads = 0;
  const count = (proto: object, storeOf: (self: never) => string) => {
    for (const method of READS) {
      const original = (proto as Record<string, ((...args: unknown[]) => unknown) | undefined>)[method];
      if (!original) continue;
      vi.spyOn(proto as Record<string, (...args: unknown[]) => unknown>, method).mockImplementation(function (this: never, ...args: unknown[]) {
        if (storeOf(this) === 'screenings') reads++;
        return original.apply(this, args);
      });
    }
  };
  count(IDBObjectStore.prototype, (store: IDBObjectStore) => store.name);
  count(IDBIndex.prototype, (index: IDBIndex) => index.objectStore.name);
  return { reads: () => reads, reset: () => (reads = 0) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Two applications: one that passes the screening, one under the minimum (R5 «Ikke bestått»). */
async function passedAndFailed() {
  const counter = countScreeningReads();
  const ctx = testContext();
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Forening 0' }));
  const passed = await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Bestått' }));
  const failed = await createApplication(ctx, applicationInput(callId, other.id, { title: 'Under minstebeløpet', amountAppliedOre: 5_000 * KR }));
  counter.reset();
  return { ctx, counter, ids: [passed.id, failed.id] as const };
}

describe('a bulk decision reads the screenings only where they decide', () => {
  it('rejects both without reading a screening, logs each decision and status, chain intact', async () => {
    const { ctx, counter, ids } = await passedAndFailed();
    const logBefore = await ctx.db.changeLog.count();
    const preview = await previewBulkDecision(ctx, ids, { outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
    expect(preview).toMatchObject({ newCount: 2, skipped: [], applicationIds: [...ids] });
    const { decided, skipped } = await bulkDecide(ctx, ids, { outcome: 'avslatt', justification: 'Rammen er brukt opp.' });
    expect(counter.reads()).toBe(0);
    expect(skipped).toEqual([]);
    expect(decided.map((d) => [d.applicationId, d.outcome, d.justification])).toEqual(ids.map((id) => [id, 'avslatt', 'Rammen er brukt opp.']));
    const log = await ctx.db.changeLog.where(':id').above(logBefore).toArray();
    expect(log.map((e) => `${e.entity}:${e.entityId}`)).toEqual(decided.flatMap((d) => [`decisions:${d.id}`, `applications:${d.applicationId}`]));
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });

  it('still reads them for a grant, and skips the failed one', async () => {
    const { ctx, counter, ids } = await passedAndFailed();
    const { decided, skipped } = await bulkDecide(ctx, ids, { outcome: 'innvilget' });
    expect(counter.reads()).toBeGreaterThan(0);
    expect(decided.map((d) => d.applicationId)).toEqual([ids[0]]);
    expect(skipped.map((s) => [s.applicationId, s.reason])).toEqual([[ids[1], 'needsOverride']]);
  });

  it('dismisses by a template without text of its own on the failed rule, reading the screenings for it', async () => {
    const { ctx, counter, ids } = await passedAndFailed();
    // A municipality's own template left empty: the failed rules become the reason, as with no template.
    const empty: ReasonTemplate = { id: 'tom', label: 'Tom', outcomes: ['avvist'], text: { nb: '', nn: '' } };
    const templates = [...DEFAULT_REASON_TEMPLATES, empty];
    const { decided, skipped } = await bulkDecide(ctx, ids, { outcome: 'avvist', reasonTemplateId: 'tom', templates });
    expect(counter.reads()).toBeGreaterThan(0);
    expect(decided.map((d) => d.applicationId)).toEqual([ids[1]]);
    expect(decided[0]!.justification.replace(/\u00a0/g, ' ')).toBe(
      'Søknaden avvises fordi dette formelle kravet i regelverket ikke er oppfylt:\n' +
        'Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak (R5).',
    );
    expect(skipped.map((s) => [s.applicationId, s.reason])).toEqual([[ids[0], 'needsReason']]);
  });

  it('dismisses by a template with text without reading a screening', async () => {
    const { ctx, counter, ids } = await passedAndFailed();
    const { decided } = await bulkDecide(ctx, ids, { outcome: 'avvist', reasonTemplateId: 'ikke-frivillighetsregisteret' });
    expect(counter.reads()).toBe(0);
    expect(decided).toHaveLength(2);
    for (const d of decided) expect(d.justification).toContain('ikke registrert i Frivillighetsregisteret');
  });
});
