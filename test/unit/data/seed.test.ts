import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { MUNICIPALITIES } from '@renderer/data/seed/municipalities';
import { MunicipalitySchema } from '@renderer/domain/municipality';

describe('municipality seed', () => {
  it('has the 20 municipalities of the scheme, each with a valid contact', () => {
    expect(MUNICIPALITIES).toHaveLength(20);
    expect(new Set(MUNICIPALITIES.map((m) => m.id)).size).toBe(20);
    for (const m of MUNICIPALITIES) expect(MunicipalitySchema.parse(m)).toEqual(m);
  });

  it('fills a new database, readable in alphabetical order by name', async () => {
    const db = openDatabase('seed');
    const names = (await db.municipalities.orderBy('name').toArray()).map((m) => m.name);
    expect(names).toHaveLength(20);
    expect(names.slice(0, 4)).toEqual(['Arendal', 'Bergen', 'Bodø', 'Bærum']);
    expect(names.slice(-3)).toEqual(['Trondheim', 'Tønsberg', 'Ålesund']);
    db.close();
  });

  it('stores contact person, e-mail and phone under the current kommunenummer', async () => {
    const db = openDatabase('seed');
    expect(await db.municipalities.get('0301')).toEqual({
      id: '0301',
      name: 'Oslo',
      contactPerson: 'Toralv Moe',
      email: 'toralv.moe@byr.oslo.kommune.no',
      phone: '92 26 19 62',
    });
    expect((await db.municipalities.get('4203'))?.phone).toBe('99 69 39 75');
    db.close();
  });

  it('restores a missing municipality on the next open without touching edited ones', async () => {
    const first = openDatabase('seed');
    await first.municipalities.delete('1508');
    await first.municipalities.update('4601', { contactPerson: 'Ny Kontakt' });
    first.close();

    const again = openDatabase('seed');
    expect(await again.municipalities.count()).toBe(20);
    expect((await again.municipalities.get('1508'))?.name).toBe('Ålesund');
    expect((await again.municipalities.get('4601'))?.contactPerson).toBe('Ny Kontakt');
    again.close();
  });
});
