import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { collectImdiExport } from '@renderer/services/export';
import { EntityNotFoundError } from '@renderer/services/errors';
import { TODAY, seedBergen2020 } from './fixture';

async function bergen2020() {
  const db = openDatabase('eksport');
  await seedBergen2020(db);
  return collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
}

const common = { kommunenummer: '4601', kommune: 'Bergen', ar: 2020 };

describe('collectImdiExport: Tildelinger', () => {
  it('has one row per decided application of the year, by call, organisation and title', async () => {
    const data = await bergen2020();
    expect(data).toMatchObject(common);
    expect(data.tildelinger.map((r) => r.tittel)).toEqual(['Leksehjelp', 'Språkkafé', 'Fotball', 'Jentegruppe', '+Spesial']);
  });

  it('fills every column, in kroner, from the current decision and everything that followed it', async () => {
    const rows = (await bergen2020()).tildelinger;
    expect(rows[1]).toEqual({
      ...common, utlysning: 'Tilskudd 2020', ekstern_id: 'P-1', orgnr: '864139442', organisasjon: 'Bergen Røde Kors',
      tittel: 'Språkkafé', type: 'enkelttiltak', delmal: 'A,B', malgrupper: 'flyktninger', mottak: 'nei',
      sokt_belop: 40_000, vedtak: 'innvilget', innvilget_belop: 40_000, innvilget_a: 20_000, innvilget_b: 20_000, innvilget_c: 0,
      vedtaksdato: '2020-04-01',
      utbetalt_belop: 20_000, rapport: 'godkjent', tilbakebetalt_belop: 2_500, klage: 'nei',
    });
    // Reversed on appeal by the municipality: the new partial grant counts, the old rejection not.
    expect(rows[3]).toMatchObject({
      tittel: 'Jentegruppe', type: 'prosjekt', delmal: 'C', vedtak: 'delvis innvilget', innvilget_belop: 60_000,
      vedtaksdato: '2020-05-01', utbetalt_belop: 60_000, rapport: 'ikke forfalt', klage: 'omgjort',
    });
    expect(rows[0]).toMatchObject({
      tittel: 'Leksehjelp', delmal: 'A,C', vedtak: 'avslått', innvilget_belop: 0, rapport: 'ikke aktuelt', klage: 'IMDi: stadfestet',
    });
    expect(rows[2]).toMatchObject({ tittel: 'Fotball', vedtak: 'avvist', innvilget_belop: 0, rapport: 'ikke aktuelt', klage: 'nei' });
    expect(rows[4]).toMatchObject({
      utlysning: 'Ekstra utlysning høst 2020', organisasjon: '@Forening', ekstern_id: '=HYPERLINK("http://x")',
      type: 'aktivitet', delmal: 'A,B,C', malgrupper: 'mottak,flyktninger', mottak: 'ja', rapport: 'ikke mottatt',
    });
  });

  it('holds no personal data', async () => {
    const text = JSON.stringify(await bergen2020());
    expect(text).not.toMatch(/Skal ikke eksporteres|privat@example\.no|99 99 99 99/);
  });
});

describe('collectImdiExport: Sammendrag and Ramme', () => {
  it('counts an application under each of its sub-goals and once in Totalt, its amounts split so A + B + C = Totalt', async () => {
    // Språkkafé (A,B) 40 000 granted, 20 000 paid, 2 500 back: half under each. +Spesial (A,B,C)
    // 12 345 applied and granted: 4 115 under each. Leksehjelp (A,C) 20 000 applied: 10 000 each.
    expect((await bergen2020()).sammendrag).toEqual([
      { delmal: 'A', soknader: 3, innvilget: 2, avslatt: 1, sokt_sum: 34_115, innvilget_sum: 24_115, utbetalt_sum: 10_000, tilbakebetalt_sum: 1_250 },
      { delmal: 'B', soknader: 3, innvilget: 2, avslatt: 1, sokt_sum: 39_115, innvilget_sum: 24_115, utbetalt_sum: 10_000, tilbakebetalt_sum: 1_250 },
      { delmal: 'C', soknader: 3, innvilget: 2, avslatt: 1, sokt_sum: 114_115, innvilget_sum: 64_115, utbetalt_sum: 60_000, tilbakebetalt_sum: 0 },
      { delmal: 'Totalt', soknader: 5, innvilget: 3, avslatt: 2, sokt_sum: 187_345, innvilget_sum: 112_345, utbetalt_sum: 80_000, tilbakebetalt_sum: 2_500 },
    ]);
  });

  it("uses the decision's own split, and splits paid and paid back in its proportions", async () => {
    const db = openDatabase('split');
    await seedBergen2020(db);
    await db.decisions.update('d-1', { subGoalSplitOre: { A: 30_000_00, B: 10_000_00 } });
    const data = await collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
    expect(data.tildelinger.find((r) => r.tittel === 'Språkkafé')).toMatchObject({ innvilget_a: 30_000, innvilget_b: 10_000, innvilget_c: 0 });
    expect(data.sammendrag.map((r) => [r.delmal, r.innvilget_sum, r.utbetalt_sum, r.tilbakebetalt_sum])).toEqual([
      ['A', 34_115, 15_000, 1_875],
      ['B', 14_115, 5_000, 625],
      ['C', 64_115, 60_000, 0],
      ['Totalt', 112_345, 80_000, 2_500],
    ]);
  });

  it('has one row per call, with what is left of the frame after repayments', async () => {
    expect((await bergen2020()).ramme).toEqual([
      { utlysning: 'Tilskudd 2020', ramme: 500_000, innvilget_sum: 100_000, utbetalt_sum: 80_000, tilbakebetalt_sum: 2_500, ubrukt: 402_500 },
      { utlysning: 'Ekstra utlysning høst 2020', ramme: 100_000, innvilget_sum: 12_345, utbetalt_sum: 0, tilbakebetalt_sum: 0, ubrukt: 87_655 },
    ]);
  });

  it('gives zero rows and zero sums for a year without calls', async () => {
    const db = openDatabase('tom');
    const data = await collectImdiExport(db, { year: 2031, municipalityId: '4601', today: TODAY });
    expect(data.tildelinger).toEqual([]);
    expect(data.ramme).toEqual([]);
    expect(data.sammendrag.map((r) => [r.delmal, r.soknader, r.sokt_sum])).toEqual([
      ['A', 0, 0], ['B', 0, 0], ['C', 0, 0], ['Totalt', 0, 0],
    ]);
  });

  it('refuses a municipality it does not know', async () => {
    await expect(
      collectImdiExport(openDatabase('tom'), { year: 2020, municipalityId: '9999', today: TODAY }),
    ).rejects.toThrow(EntityNotFoundError);
  });
});

describe('collectImdiExport: application heads out of step', () => {
  it('reads the whole applications when a head lacks what the report needs, or is missing', async () => {
    const db = openDatabase('eksport-heads');
    await seedBergen2020(db);
    const expected = await collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
    // A head as written before v21 (no target groups), and one not written at all: rows put past the program.
    const { targetGroups: _t, receptionCentre: _r, ...old } = (await db.applicationHeads.get('app-6'))!;
    await db.applicationHeads.put(old as never);
    await db.applicationHeads.delete('app-4');
    const data = await collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
    expect(data).toEqual(expected);
    expect(data.tildelinger.find((r) => r.tittel === '+Spesial')).toMatchObject({ malgrupper: 'mottak,flyktninger', mottak: 'ja' });
    expect(data.tildelinger.map((r) => r.tittel)).toContain('Fotball');
  });
});
