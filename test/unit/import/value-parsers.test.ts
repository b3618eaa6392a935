// Every accepted form of every column, and the reason given for what is not accepted.
import { describe, expect, it } from 'vitest';
import {
  parseAccountNumber,
  parseAmountOre,
  parseBudgetLines,
  parseDate,
  parseEmail,
  parseKind,
  parseLocation,
  parseOrgnr,
  parseSubGoals,
  parseTargetGroups,
  parseYesNo,
} from '@renderer/documents/import/value-parsers';

const value = <T>(p: { ok: true; value: T } | { ok: false; reason: string }) => {
  if (!p.ok) throw new Error(`expected a value, got: ${p.reason}`);
  return p.value;
};
const reason = (p: { ok: boolean; reason?: string }) => (p.ok ? 'OK' : p.reason);

describe('dates (mottatt, periode_fra, periode_til)', () => {
  it.each([
    ['2020-02-03', '2020-02-03'],
    ['03.02.2020', '2020-02-03'],
    ['3.2.2020', '2020-02-03'],
    [' 2020-02-03 ', '2020-02-03'],
    ['2020-02-03T00:00:00Z', '2020-02-03'],
    ['43864', '2020-02-03'],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseDate(input))).toBe(expected);
  });

  it('reads spreadsheet dates and Excel serial numbers', () => {
    expect(value(parseDate(new Date(Date.UTC(2020, 1, 3))))).toBe('2020-02-03');
    expect(value(parseDate(43864))).toBe('2020-02-03');
    expect(value(parseDate(44196))).toBe('2020-12-31');
    expect(value(parseDate(60 + 1))).toBe('1900-03-01');
  });

  it('explains impossible days and other text', () => {
    expect(reason(parseDate('2021-02-29'))).toBe('Datoen «2021-02-29» finnes ikke.');
    expect(reason(parseDate('31.04.2020'))).toBe('Datoen «31.04.2020» finnes ikke.');
    expect(reason(parseDate('02/03/2020'))).toMatch(/^«02\/03\/2020» er ikke en dato\. Bruk ÅÅÅÅ-MM-DD/);
    expect(reason(parseDate(3.5))).toMatch(/Tallet 3\.5 er ikke en dato/);
    expect(reason(parseDate('=TODAY()'))).toMatch(/^«=TODAY\(\)» er ikke en dato/);
  });
});

describe('orgnr', () => {
  it.each(['864139442', '864 139 442', ' 864139442 ', 864139442])('accepts %j', (input) => {
    expect(value(parseOrgnr(input))).toBe('864139442');
  });
  it('checks the MOD11 digit, the length and the characters', () => {
    expect(reason(parseOrgnr('864139443'))).toBe('Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.');
    expect(reason(parseOrgnr('86413944'))).toBe('Organisasjonsnummeret må ha 9 siffer (har 8).');
    expect(reason(parseOrgnr('+864139442'))).toBe('Organisasjonsnummeret kan bare inneholde siffer.');
  });
});

describe('yes/no (frivillighetsregisteret, imdi_samme_aktivitet, mottak)', () => {
  it.each([
    ['ja', true], ['Ja', true], ['JA', true], ['true', true], ['TRUE', true], ['1', true], ['x', true], ['X', true],
    ['nei', false], ['Nei', false], ['false', false], ['0', false], ['', false], [null, false],
    [true, true], [false, false], [1, true], [0, false],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseYesNo(input))).toBe(expected);
  });
  it('refuses anything else', () => {
    expect(reason(parseYesNo('kanskje'))).toBe('«kanskje» er ikke ja eller nei. Bruk ja/nei, true/false, 1/0 eller x/tom.');
  });
});

describe('amounts (sokt_belop, totalbudsjett, ikke_stottbare_kostnader)', () => {
  it.each([
    ['50000', 5_000_000],
    ['50 000', 5_000_000],
    ['50\u00a0000', 5_000_000],
    ['kr 50 000', 5_000_000],
    ['Kr. 50 000', 5_000_000],
    ['NOK 50000', 5_000_000],
    ['50.000', 5_000_000],
    ['1.250.000', 125_000_000],
    ['50 000,00', 5_000_000],
    ['50.000,00', 5_000_000],
    ['50000 kr', 5_000_000],
    ['50 000,-', 5_000_000],
    ['12 500,5', 1_250_050],
    ['0', 0],
  ])('reads %j as %i øre', (input, ore) => {
    expect(value(parseAmountOre(input))).toBe(ore);
  });

  it('reads number cells as kroner', () => {
    expect(value(parseAmountOre(40000))).toBe(4_000_000);
    expect(value(parseAmountOre(55000.5))).toBe(5_500_050);
    expect(value(parseAmountOre(0.1 + 0.2))).toBe(30);
  });

  it('gives undefined for an empty cell', () => {
    expect(value(parseAmountOre(''))).toBeUndefined();
    expect(value(parseAmountOre(null))).toBeUndefined();
  });

  it('treats a leading minus as a negative amount, never as a formula', () => {
    expect(reason(parseAmountOre('-500'))).toBe('Beløpet kan ikke være negativt («-500»).');
    expect(reason(parseAmountOre(-500))).toBe('Beløpet kan ikke være negativt (-500).');
  });

  it('refuses text, formulas, too many decimals and fractions of an øre', () => {
    expect(reason(parseAmountOre('femti tusen'))).toMatch(/^«femti tusen» er ikke et gyldig beløp\. Skriv kroner, for eksempel/);
    expect(reason(parseAmountOre('=SUM(A1:A3)'))).toMatch(/er ikke et gyldig beløp/);
    expect(reason(parseAmountOre('50 000,555'))).toMatch(/er ikke et gyldig beløp/);
    expect(reason(parseAmountOre('50,000.00'))).toMatch(/er ikke et gyldig beløp/);
    expect(reason(parseAmountOre(10.005))).toMatch(/kan ikke gjøres om til kroner og øre/);
    expect(reason(parseAmountOre('99999999999999999'))).toMatch(/er for stort/);
  });
});

describe('type', () => {
  it.each(['prosjekt', 'enkelttiltak', 'aktivitet', 'drift', ' Prosjekt ', 'DRIFT'])('accepts %j', (input) => {
    expect(value(parseKind(input))).toBe(input.trim().toLowerCase());
  });
  it('names the allowed kinds when unknown', () => {
    expect(reason(parseKind('kurs'))).toBe('Ukjent type «kurs». Bruk prosjekt, enkelttiltak, aktivitet eller drift.');
  });
});

describe('delmal', () => {
  it.each([
    ['A', ['A']], ['a', ['A']], ['A,C', ['A', 'C']], ['C, A', ['A', 'C']], ['A;B', ['A', 'B']], ['A, B, C', ['A', 'B', 'C']], ['B,B', ['B']],
  ])('reads %j', (input, expected) => {
    expect(value(parseSubGoals(input))).toEqual(expected);
  });
  it('refuses an unknown or missing sub-goal', () => {
    expect(reason(parseSubGoals('A,D'))).toBe('Ukjent delmål «D». Bruk A, B eller C, flere skilt med komma (A,C).');
    expect(reason(parseSubGoals(''))).toMatch(/^Delmål mangler/);
  });
});

describe('malgrupper', () => {
  it('reads a comma list of the five groups, and empty as none', () => {
    expect(value(parseTargetGroups('flyktninger, arbeidsinnvandrere,familieinnvandrere,mottak,Lokalbefolkning'))).toEqual([
      'flyktninger', 'arbeidsinnvandrere', 'familieinnvandrere', 'mottak', 'lokalbefolkning',
    ]);
    expect(value(parseTargetGroups(''))).toEqual([]);
  });
  it('refuses an unknown group', () => {
    expect(reason(parseTargetGroups('studenter'))).toMatch(/^Ukjent målgruppe «studenter»/);
  });
});

describe('sted', () => {
  it.each([
    ['', 'norge'], ['norge', 'norge'], ['Norge', 'norge'], ['delvis_utlandet', 'delvis_utlandet'],
    ['delvis utlandet', 'delvis_utlandet'], ['kun_utlandet', 'kun_utlandet'], ['kun utlandet', 'kun_utlandet'],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseLocation(input))).toBe(expected);
  });
  it('refuses anything else', () => {
    expect(reason(parseLocation('Sverige'))).toBe('Ukjent sted «Sverige». Bruk norge, delvis_utlandet eller kun_utlandet.');
  });
});

describe('kontonummer', () => {
  it.each(['12345678903', '1234 56 78903', '1234.56.78903', 12345678903])('accepts %j', (input) => {
    expect(value(parseAccountNumber(input))).toBe('12345678903');
  });
  it('is optional, but MOD11-checked when given', () => {
    expect(value(parseAccountNumber(''))).toBeUndefined();
    expect(reason(parseAccountNumber('1234.56.78904'))).toBe('Kontonummeret er ikke gyldig: kontrollsifferet stemmer ikke.');
    expect(reason(parseAccountNumber('1234.56.789'))).toBe('Kontonummeret må ha 11 siffer (har 9).');
  });
});

describe('epost', () => {
  it('is optional, and must be an address when given', () => {
    expect(value(parseEmail(' kari@example.no '))).toBe('kari@example.no');
    expect(value(parseEmail(''))).toBeUndefined();
    expect(reason(parseEmail('kari@'))).toBe('«kari@» er ikke en gyldig e-postadresse.');
  });
});

describe('budsjettposter (JSON)', () => {
  it('reads categories, descriptions and kroner amounts', () => {
    expect(
      value(parseBudgetLines([
        { kategori: 'aktivitet', beskrivelse: 'Kursleder', belop: 30000 },
        { kategori: 'Anskaffelse', belop: '5 000' },
      ])),
    ).toEqual([
      { category: 'aktivitet', description: 'Kursleder', amountOre: 3_000_000 },
      { category: 'anskaffelse', description: '', amountOre: 500_000 },
    ]);
    expect(value(parseBudgetLines(undefined))).toBeUndefined();
  });
  it('names the line that is wrong', () => {
    expect(reason(parseBudgetLines('aktivitet'))).toMatch(/^Budsjettposter må være en liste/);
    expect(reason(parseBudgetLines([{ kategori: 'reise', belop: 1 }]))).toBe('Budsjettpost 1: ukjent kategori «reise».');
    expect(reason(parseBudgetLines([{ kategori: 'annet', belop: 1 }, { kategori: 'annet' }]))).toBe('Budsjettpost 2: beløpet mangler.');
    expect(reason(parseBudgetLines([{ kategori: 'annet', belop: '-1' }]))).toMatch(/^Budsjettpost 1: Beløpet kan ikke være negativt/);
  });
});
