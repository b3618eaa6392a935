// The scoring sheet (vurderingsskjema) round trip: written by the program, filled in, saved by
// LibreOffice, read back with a message for each bad row, saved once, and updated on a second read.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildScoringSheet, type ScoringSheetInput } from '@renderer/documents/assessment-sheet/write-sheet';
import { readScoringSheet } from '@renderer/documents/assessment-sheet/read-sheet';
import { createApplication, changeApplicationStatus } from '@renderer/services/applications';
import { createPerson } from '@renderer/services/assessment/people';
import { recordConflict } from '@renderer/services/assessment/conflicts';
import { scoringSheetSource } from '@renderer/services/assessment/sheet-source';
import { commitScoringSheet, previewScoringSheet } from '@renderer/services/assessment/sheet-import';
import type { ServiceContext } from '@renderer/services/context';
import { fillCells, hasSoffice, resaveWithLibreOffice, type CellFill } from '../../fixtures/xlsx/fill-and-resave';
import { testContext, validationErrorOf } from '../services/test-context';
import { applicationInput, seedCallAndOrganisation } from '../services/applications.fixtures';

const TITLES = ['A God', 'B Mottak', 'C Tekst', 'D Utenfor', 'E Halv', 'F Endret id', 'G Trukket', 'H Inhabil'];
/** Criterion columns G..S (k1–k10, then R8's three), comment T, hidden id U; data from row 4. */
const col = (i: number) => String.fromCharCode(71 + i);
const ROW = (title: string) => 4 + TITLES.indexOf(title);
const ten = (title: string, value: number | string): CellFill[] =>
  Array.from({ length: 10 }, (_, i) => ({ ref: `${col(i)}${ROW(title)}`, value }));

async function seed(ctx: ServiceContext) {
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const apps = [];
  for (const [i, title] of TITLES.entries()) {
    const reception = title === 'B Mottak';
    apps.push(
      await createApplication(
        ctx,
        applicationInput(callId, organisationId, {
          title,
          receivedDate: `2020-02-0${i + 1}`,
          receptionCentre: reception,
          ...(reception ? { receptionCentreContact: 'Mottaksleder' } : {}),
        }),
      ),
    );
  }
  const per = await createPerson(ctx, { name: 'Per Hansen', role: 'utvalgsmedlem' });
  const liv = await createPerson(ctx, { name: 'Liv Berg', role: 'leder' });
  const byTitle = Object.fromEntries(apps.map((a) => [a.title, a]));
  return { callId, per, liv, byTitle };
}

async function sheetFor(ctx: ServiceContext, callId: string, personId: string): Promise<Uint8Array> {
  const source = await scoringSheetSource(ctx.db, callId, personId);
  const input: ScoringSheetInput = {
    call: source.call,
    person: source.person,
    scale: source.scale,
    criteria: source.criteria,
    createdDate: '2020-03-01',
    rows: source.rows.map((r) => ({
      applicationId: r.application.id,
      title: r.application.title,
      organisation: r.organisationName,
      kind: r.application.kind,
      amountAppliedKroner: r.application.amountAppliedOre / 100,
      subGoals: r.application.subGoals.join(', '),
      receptionCentre: r.application.receptionCentre,
      criterionIds: r.criterionIds,
      scores: r.scores,
      comment: r.comment,
    })),
  };
  return buildScoringSheet(input);
}

describe('scoring sheet', () => {
  it('has the scale as Excel data validation on every criterion column and a hidden id column', async () => {
    const ctx = testContext();
    const { callId, per } = await seed(ctx);
    const xml = strFromU8(unzipSync(await sheetFor(ctx, callId, per.id))['xl/worksheets/sheet1.xml']!);
    expect(xml.match(/<dataValidation /g)).toHaveLength(13);
    expect(xml).toContain('sqref="G4:G11"');
    expect(xml).toMatch(/<formula1>1<\/formula1><formula2>6<\/formula2>/);
    expect(xml).toMatch(/<col min="21" max="21"[^>]*hidden="1"/);
  });

  it.skipIf(!hasSoffice())(
    'is read back after LibreOffice saved it, refusing each kind of bad row with its reason',
    async () => {
      const ctx = testContext();
      const { callId, per, byTitle } = await seed(ctx);
      const written = await sheetFor(ctx, callId, per.id);
      // After the sheet went out: one application withdrawn, and Per declares a conflict for another.
      await changeApplicationStatus(ctx, byTitle['G Trukket']!.id, 'trukket');
      await recordConflict(ctx, { applicationId: byTitle['H Inhabil']!.id, personId: per.id, ground: 'a', declaredBy: 'medlem' });

      const filled = fillCells(written, [
        ...ten('A God', 5),
        { ref: `T${ROW('A God')}`, value: 'Godt forarbeid' },
        ...ten('B Mottak', 4),
        { ref: `Q${ROW('B Mottak')}`, value: 6 },
        { ref: `R${ROW('B Mottak')}`, value: 5 },
        { ref: `S${ROW('B Mottak')}`, value: 3 },
        ...ten('C Tekst', 3),
        { ref: `H${ROW('C Tekst')}`, value: 'fem' },
        ...ten('D Utenfor', 2),
        { ref: `G${ROW('D Utenfor')}`, value: 7 },
        { ref: `G${ROW('E Halv')}`, value: 4 },
        ...ten('F Endret id', 4),
        { ref: `U${ROW('F Endret id')}`, value: 'tull-id' },
        ...ten('G Trukket', 4),
        ...ten('H Inhabil', 4),
      ]);
      const saved = resaveWithLibreOffice(filled);
      expect(strFromU8(unzipSync(saved)['docProps/app.xml']!)).toMatch(/LibreOffice/);

      const sheet = await readScoringSheet(saved);
      expect(sheet).toMatchObject({ callId, personId: per.id, personName: 'Per Hansen' });
      const preview = await previewScoringSheet(ctx, sheet, { callId, personId: per.id });
      const byRow = Object.fromEntries(preview.rows.map((r) => [r.row, [r.outcome, ...r.messages]]));
      expect(byRow).toEqual({
        [ROW('A God')]: ['ny'],
        [ROW('B Mottak')]: ['ny'],
        [ROW('C Tekst')]: ['feil', '«Konkrete og målbare mål»: «fem» er ikke et tall. Skriv et helt tall fra 1 til 6.'],
        [ROW('D Utenfor')]: ['feil', '«Klare mål og målgrupper»: 7 er utenfor skalaen 1–6.'],
        [ROW('E Halv')]: ['feil', expect.stringMatching(/^Mangler poeng for «Konkrete og målbare mål», «Realistisk fremdriftsplan», .*«Overføringsverdi»\.$/)],
        [ROW('F Endret id')]: ['feil', 'Fant ingen søknad med id «tull-id». Id-kolonnen er endret; lag et nytt skjema.'],
        [ROW('G Trukket')]: ['feil', 'Søknaden «G Trukket» er trukket og er ikke lenger med i utlysningen.'],
        [ROW('H Inhabil')]: ['feil', 'Per Hansen er inhabil i denne søknaden (§ 6 første ledd a: er selv part i saken) og kan ikke gi poeng.'],
      });
      // Nothing is saved by the preview.
      expect(await ctx.db.assessments.count()).toBe(0);

      expect(await commitScoringSheet(ctx, preview)).toEqual({ created: 2, updated: 0 });
      const a = await ctx.db.assessments.where('applicationId').equals(byTitle['A God']!.id).toArray();
      expect(a).toEqual([expect.objectContaining({ personId: per.id, source: 'skjema', comment: 'Godt forarbeid', scores: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i + 1}`, 5])) })]);
      const b = await ctx.db.assessments.where('applicationId').equals(byTitle['B Mottak']!.id).first();
      expect(b?.scores).toMatchObject({ k1: 4, mottak_ledelse: 6, mottak_beboerrad: 5, mottak_vertskommune: 3 });

      // The assessor changes one score and the sheet is read again: updated, not duplicated.
      const again = fillCells(saved, [{ ref: `G${ROW('A God')}`, value: 2 }]);
      const second = await previewScoringSheet(ctx, await readScoringSheet(again), { callId, personId: per.id });
      expect(second.counts).toMatchObject({ ny: 0, endret: 1, uendret: 1 });
      expect(await commitScoringSheet(ctx, second)).toEqual({ created: 0, updated: 1 });
      expect(await ctx.db.assessments.count()).toBe(2);
      const updated = await ctx.db.assessments.where('applicationId').equals(byTitle['A God']!.id).first();
      expect(updated?.scores.k1).toBe(2);
      const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['assessments', updated!.id]).toArray();
      expect(log.map((e) => e.action)).toEqual(['opprettet', 'endret']);
    },
    180_000,
  );

  it('refuses a sheet for another assessor or call, and a file that is no scoring sheet', async () => {
    const ctx = testContext();
    const { callId, per, liv } = await seed(ctx);
    const sheet = await readScoringSheet(await sheetFor(ctx, callId, per.id));
    expect((await validationErrorOf(previewScoringSheet(ctx, sheet, { callId, personId: liv.id }))).message).toBe(
      'Skjemaet er laget for Per Hansen, men du leser det inn for Liv Berg. Velg riktig vurderer eller riktig fil.',
    );
    expect((await validationErrorOf(previewScoringSheet(ctx, { ...sheet, callId: 'annen', callTitle: 'Tilskudd 2019' }, { callId, personId: per.id }))).message).toMatch(
      /^Skjemaet gjelder utlysningen «Tilskudd 2019», ikke «/,
    );
    await expect(readScoringSheet(new TextEncoder().encode('ikke et regneark'))).rejects.toThrow(
      'Filen kan ikke leses som et Excel-regneark (.xlsx). Lagre den på nytt som .xlsx og prøv igjen.',
    );
  });
});
