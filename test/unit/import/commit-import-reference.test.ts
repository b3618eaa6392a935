// The batch paths against the row-by-row paths they replaced (kept in ./row-by-row): the same
// import and the same re-screening after a rule change leave every table, the change log with its
// ids and hashes included, exactly alike.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { parseImportFile } from '@renderer/documents/import';
import { createApplication } from '@renderer/services/applications';
import { resolveStamp } from '@renderer/services/change-log';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { commitImport, planImport } from '@renderer/services/import';
import { createOrganisation } from '@renderer/services/organisations';
import { rescreenOpen } from '@renderer/services/rescreen-related';
import { screeningTables } from '@renderer/services/screening';
import { applicationInput, organisationInput } from '../services/applications.fixtures';
import { testContext } from '../services/test-context';
import { csvFile, openCall, snapshot } from './helpers';
import { validOrgnr, validRow } from './fixture-rows';
import { commitImport as commitRowByRow } from './row-by-row/commit-import';
import { rescreenOpen as rescreenRowByRow } from './row-by-row/screening';

type Commit = (...args: Parameters<typeof commitImport>) => Promise<{ applicationIds: string[] }>;
type Rescreen = typeof rescreenOpen;

/**
 * Two imports into a call with a local limit of two per organisation: new and existing
 * organisations (one renamed, so its applications in another call re-screen too), an orgnr on
 * many rows, rows updated, unchanged and skipped; then the limit is lowered and all re-screen.
 */
async function scenario(name: string, commit: Commit, rescreen: Rescreen) {
  const ctx = testContext({ db: openDatabase(name) });
  const other = await openCall(ctx, { title: 'Annen utlysning', year: 2019 });
  const callId = await openCall(ctx, { rules: { maxApplicationsPerOrganisation: 2 } });
  const known = await createOrganisation(ctx, organisationInput({ orgnr: validOrgnr(1), name: 'Gammelt navn', registeredInFrivillighetsregisteret: false }));
  await createApplication(ctx, applicationInput(other, known.id));
  await createApplication(ctx, applicationInput(callId, known.id, { title: 'Fra før', receivedDate: '2020-01-02' }));
  // An organisation the file does not change, whose application came late: the two earlier ones
  // the file brings push it over the limit, so its screening changes without it being in the file.
  const stable = await createOrganisation(ctx, organisationInput({ orgnr: validOrgnr(9), name: 'Stabil forening', registeredInFrivillighetsregisteret: true }));
  await createApplication(ctx, applicationInput(callId, stable.id, { title: 'Sen søknad', receivedDate: '2020-01-30' }));
  const stableRows = ['2020-01-05', '2020-01-06'].map((mottatt, i) =>
    validRow({ ekstern_id: `S-${i}`, orgnr: validOrgnr(9), organisasjon: 'Stabil forening', tittel: `Tidlig ${i}`, mottatt }),
  );
  const rows = Array.from({ length: 40 }, (_, i) =>
    validRow({
      ekstern_id: `P-${i}`,
      orgnr: validOrgnr(i % 6),
      organisasjon: i % 6 === 1 ? 'Nytt navn' : `Forening ${i % 6}${i % 4 === 0 ? ' (ny skrivemåte)' : ''}`,
      tittel: `Tiltak ${i}`,
      mottatt: `2020-01-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`,
      frivillighetsregisteret: i % 5 === 0 ? 'nei' : 'ja',
    }),
  );
  const first = await planImport(ctx.db, callId, await parseImportFile(csvFile([...rows.slice(0, 25), ...stableRows])), { onDuplicate: 'skip' });
  await commit(ctx, callId, first);
  const changed = rows.map((r, i) => (i % 3 ? r : { ...r, sokt_belop: '50000' }));
  const second = await planImport(ctx.db, callId, await parseImportFile(csvFile(changed)), { onDuplicate: 'update' });
  await commit(ctx, callId, second);

  const stamp = await resolveStamp(ctx);
  await ctx.db.transaction('rw', screeningTables(ctx.db), async () => {
    const call = (await ctx.db.calls.get(callId))!;
    await ctx.db.calls.put({ ...call, rules: { ...call.rules, maxApplicationsPerOrganisation: 1 } });
    await rescreen(ctx, stamp, await ctx.db.applications.where('callId').equals(callId).toArray());
  });
  return { db: ctx.db, tables: await snapshot(ctx.db) };
}

describe('batch paths against the row-by-row paths', () => {
  it('write the same rows and the same change log, hash for hash', async () => {
    const reference = await scenario('row-by-row', commitRowByRow, rescreenRowByRow);
    const batch = await scenario('batch', commitImport, rescreenOpen);
    // The scenario is not trivial: the limit failed some, and much was logged.
    const failedLimit = batch.tables.screenings!.filter((s) => JSON.stringify(s).includes('ikke_bestatt'));
    expect(failedLimit.length).toBeGreaterThan(0);
    // The late application was screened again by the import (not only by the rule change after it).
    const late = batch.tables.applications!.find((a) => (a as { title: string }).title === 'Sen søknad') as { id: string };
    const lateLog = batch.tables.changeLog!.filter((e) => (e as { entity: string }).entity === 'screenings' && JSON.stringify(e).includes(late.id));
    expect(lateLog.length).toBeGreaterThanOrEqual(2);
    expect(batch.tables.changeLog!.length).toBeGreaterThan(150);
    expect(batch.tables).toEqual(reference.tables);
    expect(await verifyChangeLog(batch.db)).toMatchObject({ ok: true });
  }, 30_000);
});
