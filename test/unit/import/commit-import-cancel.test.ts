// «Avbryt importen» while the commit runs: the one transaction is aborted, so not a row of the
// import is saved, the change log is as before and still verifies, and the officer can import again.
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@renderer/documents/import';
import { WriteCancelledError } from '@renderer/services/cancel-write';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { commitImport, planImport } from '@renderer/services/import';
import { testContext } from '../services/test-context';
import { csvFile, openCall, snapshot } from './helpers';
import { validRow } from './fixture-rows';

const rows = Array.from({ length: 40 }, (_, i) => validRow({ ekstern_id: `P-${i + 1}`, tittel: `Tiltak ${i + 1}` }));

async function planned() {
  const ctx = testContext();
  const callId = await openCall(ctx);
  const plan = await planImport(ctx.db, callId, await parseImportFile(csvFile(rows)), { onDuplicate: 'skip' });
  return { ctx, callId, plan, before: await snapshot(ctx.db) };
}

describe('commitImport cancelled', () => {
  it('saves nothing when cancelled while its rows are being written', async () => {
    const { ctx, callId, plan, before } = await planned();
    const controller = new AbortController();
    // Cancelled as the first change-log row is put: the rows of the import are then on their way.
    ctx.db.changeLog.hook('creating', () => controller.abort());
    await expect(commitImport(ctx, callId, plan, { signal: controller.signal })).rejects.toBeInstanceOf(WriteCancelledError);
    expect(await snapshot(ctx.db)).toEqual(before);
    expect((await verifyChangeLog(ctx.db)).ok).toBe(true);
  });

  it('saves nothing when cancelled before it starts, and the same plan can be imported after', async () => {
    const { ctx, callId, plan, before } = await planned();
    const controller = new AbortController();
    controller.abort();
    await expect(commitImport(ctx, callId, plan, { signal: controller.signal })).rejects.toThrow('Avbrutt. Ingenting er lagret.');
    expect(await snapshot(ctx.db)).toEqual(before);
    const result = await commitImport(ctx, callId, plan);
    expect(result.created).toBe(40);
  });

  it('stands when the signal fires after the commit', async () => {
    const { ctx, callId, plan } = await planned();
    const controller = new AbortController();
    const result = await commitImport(ctx, callId, plan, { signal: controller.signal });
    controller.abort();
    expect(result.created).toBe(40);
    expect(await ctx.db.applications.where('callId').equals(callId).count()).toBe(40);
  });
});
