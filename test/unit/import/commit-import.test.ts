// Saving an import: what is created, updated or skipped (duplicate rules), one transaction for all
// rows with change-log rows and screenings, and nothing at all when anything fails.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { parseImportFile, type ImportPreview } from '@renderer/documents/import';
import { changeApplicationStatus, createApplication } from '@renderer/services/applications';
import { ValidationError } from '@renderer/services/errors';
import { commitImport, planImport, type ImportPlan } from '@renderer/services/import';
import { createOrganisation, updateOrganisation } from '@renderer/services/organisations';
import { applicationInput, organisationInput } from '../services/applications.fixtures';
import { FIXED_NOW, testContext } from '../services/test-context';
import { csvFile, fixture, openCall, snapshot } from './helpers';
import { validRow } from './fixture-rows';

type Ctx = ReturnType<typeof testContext>;

const preview = (rows: Record<string, string>[]) => parseImportFile(csvFile(rows));

async function importRows(ctx: Ctx, callId: string, rows: Record<string, string>[], onDuplicate: 'skip' | 'update' = 'skip') {
  const plan = await planImport(ctx.db, callId, await preview(rows), { onDuplicate });
  return { plan, result: await commitImport(ctx, callId, plan) };
}

const actions = (plan: ImportPlan) => plan.items.map((i) => [i.row.row, i.action, i.skipReason]);

describe('commitImport: creating', () => {
  it('creates organisations by orgnr and applications, each logged and screened at once', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const { result } = await importRows(ctx, callId, [
      validRow({ epost: 'post@rodekors.no', kontonummer: '1234 56 78903' }),
      validRow({ ekstern_id: 'P-2', tittel: 'Leksehjelp' }),
      validRow({ ekstern_id: 'P-3', orgnr: '910000004', organisasjon: 'Sandnes FK', frivillighetsregisteret: 'nei' }),
    ]);
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0, skipped: 0, organisationsCreated: 2, organisationsUpdated: 0 });

    const orgs = await ctx.db.organisations.orderBy('orgnr').toArray();
    expect(orgs).toEqual([
      expect.objectContaining({ orgnr: '864139442', name: 'Bergen Røde Kors', kind: 'frivillig', email: 'post@rodekors.no', accountNumber: '12345678903', registeredInFrivillighetsregisteret: true, createdAt: FIXED_NOW }),
      expect.objectContaining({ orgnr: '910000004', registeredInFrivillighetsregisteret: false }),
    ]);
    const apps = await ctx.db.applications.where('callId').equals(callId).toArray();
    expect(apps.map((a) => [a.externalId, a.title, a.status, a.amountAppliedOre])).toEqual([
      ['P-1', 'Norsktrening på biblioteket', 'mottatt', 4_000_000],
      ['P-2', 'Leksehjelp', 'mottatt', 4_000_000],
      ['P-3', 'Norsktrening på biblioteket', 'mottatt', 4_000_000],
    ]);
    expect(result.applicationIds).toEqual(apps.map((a) => a.id));

    // Screened in the same transaction: the unregistered organisation fails R1.
    const screenings = await ctx.db.screenings.toArray();
    expect(screenings).toHaveLength(3);
    const r1 = (appId: string) => screenings.find((s) => s.applicationId === appId)?.results.find((r) => r.rule === 'R1')?.result;
    expect(apps.map((a) => r1(a.id))).toEqual(['bestatt', 'bestatt', 'ikke_bestatt']);

    const log = await ctx.db.changeLog.where('entity').anyOf('organisations', 'applications', 'screenings').toArray();
    expect(log.filter((l) => l.action === 'opprettet').map((l) => l.entity).sort()).toEqual([
      'applications', 'applications', 'applications', 'organisations', 'organisations', 'screenings', 'screenings', 'screenings',
    ]);
    expect(log.every((l) => l.actor === 'Kari Saksbehandler' && l.at === FIXED_NOW)).toBe(true);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const file = fixture('good', 'utf8-semikolon.csv');
    const first = await planImport(ctx.db, callId, await parseImportFile(file), { onDuplicate: 'skip' });
    await commitImport(ctx, callId, first);
    const after = await snapshot(ctx.db);

    for (const onDuplicate of ['skip', 'update'] as const) {
      const again = await planImport(ctx.db, callId, await parseImportFile(file), { onDuplicate });
      expect(again.counts).toEqual(onDuplicate === 'skip' ? { create: 0, update: 0, skip: 3 } : { create: 0, update: 3, skip: 0 });
      const result = await commitImport(ctx, callId, again);
      expect(result).toMatchObject({ created: 0, updated: 0, organisationsCreated: 0, organisationsUpdated: 0 });
      expect(await snapshot(ctx.db)).toEqual(after);
    }
  });

  it('imports every good fixture', async () => {
    for (const name of ['utf8-semikolon.csv', 'windows-1252.csv', 'soknader.xlsx', 'soknader.json']) {
      const ctx = testContext({ db: openDatabase(`test-${name}`) });
      const callId = await openCall(ctx);
      const parsed = await parseImportFile(fixture('good', name));
      const { created } = await commitImport(ctx, callId, await planImport(ctx.db, callId, parsed, { onDuplicate: 'skip' }));
      expect(created, name).toBe(parsed.rows.length);
    }
  });
});

describe('planImport: duplicate rules', () => {
  it('matches by ekstern_id within the call, even when the title changed', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await importRows(ctx, callId, [validRow({ ekstern_id: 'P-1' })]);
    const plan = await planImport(ctx.db, callId, await preview([validRow({ ekstern_id: 'P-1', tittel: 'Ny tittel' })]), { onDuplicate: 'skip' });
    expect(actions(plan)).toEqual([[2, 'skip', 'finnes_fra_for']]);
    expect(plan.items[0]!.note).toBe('Søknaden «Norsktrening på biblioteket» er allerede registrert.');
  });

  it('matches by orgnr + tittel (case and spacing aside) when there is no ekstern_id', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await importRows(ctx, callId, [validRow({ ekstern_id: '' })]);
    const plan = await planImport(ctx.db, callId, await preview([
      validRow({ ekstern_id: '', tittel: '  norsktrening  PÅ biblioteket ' }),
      validRow({ ekstern_id: 'P-9' }),
      validRow({ ekstern_id: '', orgnr: '910000004', organisasjon: 'Andre' }),
    ]), { onDuplicate: 'skip' });
    expect(actions(plan)).toEqual([[2, 'skip', 'finnes_fra_for'], [3, 'skip', 'dobbel_i_filen'], [4, 'create', undefined]]);
  });

  it('does not match two different portal references with the same organisation and title', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await importRows(ctx, callId, [validRow({ ekstern_id: 'P-1' })]);
    const plan = await planImport(ctx.db, callId, await preview([validRow({ ekstern_id: 'P-2' })]), { onDuplicate: 'skip' });
    expect(actions(plan)).toEqual([[2, 'create', undefined]]);
  });

  it('matches only within the same call', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const otherCallId = await openCall(ctx, { title: 'Tilskudd 2021', year: 2021 });
    await importRows(ctx, callId, [validRow()]);
    const plan = await planImport(ctx.db, otherCallId, await preview([validRow()]), { onDuplicate: 'skip' });
    expect(plan.counts).toEqual({ create: 1, update: 0, skip: 0 });
  });

  it('skips later rows that repeat an earlier row of the same file', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const { plan, result } = await importRows(ctx, callId, [validRow(), validRow({ sokt_belop: '1' }), validRow({ ekstern_id: '' })]);
    expect(actions(plan)).toEqual([[2, 'create', undefined], [3, 'skip', 'dobbel_i_filen'], [4, 'skip', 'dobbel_i_filen']]);
    expect(plan.items[1]!.note).toBe('Samme søknad som på rad 2 i filen.');
    expect(result).toMatchObject({ created: 1, skipped: 2 });
    expect(await ctx.db.applications.count()).toBe(1);
  });

  it('updates matches when the officer chooses so, but never a decided application', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await importRows(ctx, callId, [validRow({ ekstern_id: 'P-1' }), validRow({ ekstern_id: 'P-2', tittel: 'Leksehjelp' })]);
    const decided = (await ctx.db.applications.where('externalId').equals('P-2').first())!;
    for (const status of ['under_behandling', 'vurdert', 'vedtatt'] as const) await changeApplicationStatus(ctx, decided.id, status);

    const { plan, result } = await importRows(ctx, callId, [
      validRow({ ekstern_id: 'P-1', sokt_belop: '45 000', beskrivelse: 'Ny beskrivelse' }),
      validRow({ ekstern_id: 'P-2', tittel: 'Leksehjelp', sokt_belop: '1' }),
    ], 'update');
    expect(actions(plan)).toEqual([[2, 'update', undefined], [3, 'skip', 'kan_ikke_endres']]);
    expect(plan.items[1]!.note).toBe('Søknaden «Leksehjelp» har status «vedtatt» og kan ikke endres.');
    expect(result).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    const updated = (await ctx.db.applications.where('externalId').equals('P-1').first())!;
    expect(updated).toMatchObject({ amountAppliedOre: 4_500_000, description: 'Ny beskrivelse', status: 'mottatt' });
    expect((await ctx.db.applications.get(decided.id))!.amountAppliedOre).toBe(4_000_000);
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['applications', updated.id]).toArray();
    expect(log.map((l) => l.action)).toEqual(['opprettet', 'endret']);
  });

  it('refuses a call that does not exist or is archived', async () => {
    const ctx = testContext();
    await expect(planImport(ctx.db, 'nope', await preview([validRow()]), { onDuplicate: 'skip' })).rejects.toThrow('Velg en utlysning som finnes');
    const callId = await openCall(ctx);
    await ctx.db.calls.update(callId, { status: 'arkivert' });
    await expect(planImport(ctx.db, callId, await preview([validRow()]), { onDuplicate: 'skip' })).rejects.toThrow('er arkivert og tar ikke imot søknader');
  });
});

describe('commitImport: organisations', () => {
  it('updates an existing organisation by orgnr, keeping what the file does not say and an officer-checked registry status', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const org = await createOrganisation(ctx, organisationInput({ kind: 'innvandrerorganisasjon', address: 'Gata 1', phone: '11111111' }));
    await updateOrganisation(ctx, org.id, { registryCheckedAt: '2020-01-15', registeredInFrivillighetsregisteret: true });
    const { result } = await importRows(ctx, callId, [validRow({ organisasjon: 'Røde Kors Bergen', frivillighetsregisteret: 'nei', epost: 'ny@example.no' })]);
    expect(result).toMatchObject({ created: 1, organisationsCreated: 0, organisationsUpdated: 1 });
    expect(await ctx.db.organisations.get(org.id)).toMatchObject({
      name: 'Røde Kors Bergen',
      email: 'ny@example.no',
      phone: '11111111',
      address: 'Gata 1',
      kind: 'innvandrerorganisasjon',
      registeredInFrivillighetsregisteret: true,
    });
    expect(await ctx.db.organisations.count()).toBe(1);
  });

  it('re-screens the organisation\'s other applications when its screened facts change', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const org = await createOrganisation(ctx, organisationInput());
    const existing = await createApplication(ctx, applicationInput(callId, org.id, { title: 'Annen søknad' }));
    await importRows(ctx, callId, [validRow({ frivillighetsregisteret: 'nei' })]);
    const screening = await ctx.db.screenings.where('applicationId').equals(existing.id).first();
    expect(screening!.results.find((r) => r.rule === 'R1')!.result).toBe('ikke_bestatt');
  });
});

describe('commitImport: all or nothing', () => {
  it('writes nothing when a failure happens mid-way', async () => {
    const ctx0 = testContext();
    const callId = await openCall(ctx0);
    const before = await snapshot(ctx0.db);
    const plan = await planImport(ctx0.db, callId, await preview([
      validRow({ ekstern_id: 'P-1' }),
      validRow({ ekstern_id: 'P-2', orgnr: '910000004' }),
      validRow({ ekstern_id: 'P-3', orgnr: '910000012' }),
    ]), { onDuplicate: 'skip' });
    let calls = 0;
    const failing = { ...ctx0, newId: () => { if (++calls === 4) throw new Error('disk full'); return `imp-${calls}`; } };
    await expect(commitImport(failing, callId, plan)).rejects.toThrow('disk full');
    expect(await snapshot(ctx0.db)).toEqual(before);
  });

  it('writes nothing when a row cannot be saved', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const parsed: ImportPreview = await preview([validRow({ ekstern_id: 'P-1' }), validRow({ ekstern_id: 'P-2' })]);
    parsed.rows[1]!.application.title = '';
    const before = await snapshot(ctx.db);
    const plan = await planImport(ctx.db, callId, parsed, { onDuplicate: 'skip' });
    await expect(commitImport(ctx, callId, plan)).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses a plan that no longer holds (the rows were saved since the preview)', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const parsed = await preview([validRow()]);
    const plan = await planImport(ctx.db, callId, parsed, { onDuplicate: 'skip' });
    await commitImport(ctx, callId, plan);
    const before = await snapshot(ctx.db);
    await expect(commitImport(ctx, callId, plan)).rejects.toThrow('endret siden forhåndsvisningen');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses a plan made for another call', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const plan = await planImport(ctx.db, callId, await preview([validRow()]), { onDuplicate: 'skip' });
    await expect(commitImport(ctx, 'other', plan)).rejects.toThrow('en annen utlysning');
  });
});
