// Personal data in cases past retention is removed from the rows and from the change log, the log
// still verifies (and an edit of a redacted entry still shows), and newer cases keep everything.
import { describe, expect, it } from 'vitest';
import { createApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { createOrganisation, updateOrganisation } from '@renderer/services/organisations';
import { completeFirstRun, updateSettings } from '@renderer/services/settings';
import { planRetention, removeExpiredPersonalData } from '@renderer/services/retention';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { verifyData } from '@renderer/services/audit/verify-data';
import { advanceAnchor } from '@renderer/services/audit/anchor-store';
import { removedValue } from '@renderer/domain/retention';
import { testContext } from '../services/test-context';
import { ORGNR, applicationInput, callInput, organisationInput } from '../services/applications.fixtures';
import { memoryAnchorStore } from '../audit/memory-anchor-store';

const OLD_CONTACT = { contactPerson: 'Anne Hansen', email: 'anne@example.no', phone: '55 11 22 33', accountNumber: '12345678903' };

/** A database with a 2014 case (organisation A, only then) and a 2025 case (organisation B), read in 2026. */
async function tenYearsOfCases() {
  let now = new Date('2014-03-01T10:00:00.000Z');
  const ctx = testContext({ now: () => now });
  await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Saksbehandler' });
  const oldCall = await createCall(ctx, callInput({ year: 2014, deadline: '2014-02-05' }));
  await changeCallStatus(ctx, oldCall.id, 'apen');
  const oldOrg = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Gamle venner', ...OLD_CONTACT }));
  // The contact changed once: the first person's name stays in the log's before-image.
  await updateOrganisation(ctx, oldOrg.id, { contactPerson: 'Bjørn Berg' });
  const oldApp = await createApplication(
    ctx,
    applicationInput(oldCall.id, oldOrg.id, { receivedDate: '2014-02-01', receptionCentre: true, receptionCentreContact: 'Mottaksleder Mona' }),
  );
  now = new Date('2025-03-01T10:00:00.000Z');
  const newCall = await createCall(ctx, callInput({ year: 2025, deadline: '2025-02-05' }));
  await changeCallStatus(ctx, newCall.id, 'apen');
  const newOrg = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[1], name: 'Nye venner', contactPerson: 'Nina Ny' }));
  const newApp = await createApplication(ctx, applicationInput(newCall.id, newOrg.id, { receivedDate: '2025-02-01' }));
  now = new Date('2026-12-04T10:00:00.000Z');
  return { ctx, oldOrg, oldApp, newOrg, newApp };
}

const logText = async (ctx: ReturnType<typeof testContext>) => JSON.stringify(await ctx.db.changeLog.toArray());

describe('removeExpiredPersonalData', () => {
  it('plans only the cases whose grant year is more than ten years past', async () => {
    const { ctx, oldOrg, oldApp } = await tenYearsOfCases();
    const plan = await planRetention(ctx.db, '2026-12-04');
    expect(plan.lastExpiredYear).toBe(2015);
    expect(plan.organisations.map((o) => o.id)).toEqual([oldOrg.id]);
    expect(plan.applications.map((a) => a.id)).toEqual([oldApp.id]);
  });

  it('removes the personal fields from rows and log, keeps a hash of each value, and the data check stays clean', async () => {
    const { ctx, oldOrg, oldApp, newOrg } = await tenYearsOfCases();
    const store = memoryAnchorStore();
    await advanceAnchor(ctx.db, store, '2026-12-04T09:00:00.000Z');

    const result = await removeExpiredPersonalData(ctx);
    await advanceAnchor(ctx.db, store, '2026-12-04T10:00:00.000Z');

    expect(result).toEqual({ organisations: 1, applications: 1, logEntries: 4 });
    const org = await ctx.db.organisations.get(oldOrg.id);
    expect(org).toMatchObject({ name: 'Gamle venner', orgnr: ORGNR[0] });
    for (const field of ['contactPerson', 'email', 'phone', 'accountNumber']) expect(org).not.toHaveProperty(field);
    expect(await ctx.db.applications.get(oldApp.id)).not.toHaveProperty('receptionCentreContact');
    expect((await ctx.db.organisations.get(newOrg.id))?.contactPerson).toBe('Nina Ny');

    const text = await logText(ctx);
    for (const value of ['Anne Hansen', 'Bjørn Berg', 'anne@example.no', '55 11 22 33', '12345678903', 'Mottaksleder Mona']) {
      expect(text).not.toContain(value);
    }
    expect(text).toContain('Nina Ny');
    expect(text).toContain(removedValue('Anne Hansen').fjernetSha256);
    const screening = await ctx.db.screenings.where('applicationId').equals(oldApp.id).first();
    expect(screening?.results.find((r) => r.rule === 'R8')?.reason).toContain('kontaktperson på mottaket er oppgitt: [fjernet]');

    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
    const audit = await verifyData(ctx.db, store);
    expect(audit.chain).toMatchObject({ ok: true });
    expect(audit.records.problems).toEqual([]);
    expect(audit.anchor).toMatchObject({ kind: 'matched' });

    const last = await ctx.db.changeLog.orderBy(':id').last();
    expect(last).toMatchObject({ action: 'fjernet', entity: 'settings', actor: 'Kari Saksbehandler' });
  });

  it('still catches an edit of a redacted log entry', async () => {
    const { ctx, oldOrg } = await tenYearsOfCases();
    await removeExpiredPersonalData(ctx);
    const entry = (await ctx.db.changeLog.where('[entity+entityId]').equals(['organisations', oldOrg.id]).first())!;
    await ctx.db.changeLog.put({ ...entry, after: { ...(entry.after as object), name: 'Forfalsket' } });
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: false, brokenAtId: entry.id });
  });

  it('still catches a personal field put back into a cleaned row behind the program\'s back', async () => {
    const { ctx, oldOrg } = await tenYearsOfCases();
    await removeExpiredPersonalData(ctx);
    await ctx.db.organisations.update(oldOrg.id, { phone: '99 99 99 99' });
    const audit = await verifyData(ctx.db, null);
    expect(audit.records.problems).toEqual([expect.objectContaining({ kind: 'differs', id: oldOrg.id, fields: ['phone'] })]);
  });

  it('follows the retention period set in Innstillinger, and does nothing twice', async () => {
    const { ctx } = await tenYearsOfCases();
    await updateSettings(ctx, { retentionYears: 12 });
    expect(await removeExpiredPersonalData(ctx)).toEqual({ organisations: 0, applications: 0, logEntries: 0 });
    await updateSettings(ctx, { retentionYears: 5 });
    expect(await removeExpiredPersonalData(ctx)).toMatchObject({ organisations: 1, applications: 1 });
    const logged = await ctx.db.changeLog.count();
    expect(await removeExpiredPersonalData(ctx)).toEqual({ organisations: 0, applications: 0, logEntries: 0 });
    expect(await ctx.db.changeLog.count()).toBe(logged);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });
});
