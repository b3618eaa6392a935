import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatTimestamp,
  NBSP,
  parseKroner,
  readKroner,
} from '@renderer/domain/vocabulary/format';
import { kronerTextToOre } from '@renderer/components/form/kroner-text';
import { parseAmountOre } from '@renderer/documents/import/value-parsers';

// Expected strings are written with ordinary spaces for readability; the module uses NBSP.
const nb = (text: string): string => text.replace(/ /g, NBSP);

describe('formatMoney', () => {
  it.each([
    [0, 'kr 0'],
    [100, 'kr 1'],
    [50_000_00, 'kr 50 000'],
    [1_000_000_00, 'kr 1 000 000'],
    [1_000_50, 'kr 1 000,50'],
    [1_05, 'kr 1,05'],
    [99, 'kr 0,99'],
    [-500_00, 'kr -500'],
    [-1_234_56, 'kr -1 234,56'],
    [123_456_789_012_00, 'kr 123 456 789 012'],
  ])('%i øre → %s', (ore, expected) => {
    expect(formatMoney(ore)).toBe(nb(expected));
  });

  it('keeps the amount on one line (no ordinary spaces)', () => {
    expect(formatMoney(1_000_000_00)).not.toContain(' ');
  });

  it('refuses fractions of an øre', () => {
    expect(() => formatMoney(10.5)).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(formatNumber(1234567.25)).toBe(nb('1 234 567,25'));
    expect(formatNumber(3.5, 1)).toBe('3,5');
    expect(formatNumber(42)).toBe('42');
  });

  it('uses a hyphen-minus for negatives and NBSP for groups', () => {
    expect(formatNumber(-1500)).toBe(nb('-1 500'));
  });

  it('shows nothing for NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('');
  });
});

describe('formatDate', () => {
  it('turns ISO dates into dd.mm.yyyy', () => {
    expect(formatDate('2020-02-03')).toBe('03.02.2020');
    expect(formatDate('2020-12-31')).toBe('31.12.2020');
  });

  it('shows nothing for a missing date and leaves other text alone', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate('snart')).toBe('snart');
  });
});

describe('formatTimestamp', () => {
  it('shows winter time in Oslo (UTC+1)', () => {
    expect(formatTimestamp('2020-02-03T13:05:00Z')).toBe('03.02.2020 kl. 14:05');
  });

  it('shows summer time in Oslo (UTC+2), across midnight', () => {
    expect(formatTimestamp('2020-06-30T22:30:00.000Z')).toBe('01.07.2020 kl. 00:30');
  });

  it('shows nothing for a missing timestamp and leaves garbage alone', () => {
    expect(formatTimestamp(undefined)).toBe('');
    expect(formatTimestamp('i går')).toBe('i går');
  });
});

describe('parseKroner', () => {
  it.each([
    ['50 000', 50_000_00],
    ['50000', 50_000_00],
    [`50${NBSP}000`, 50_000_00],
    ['50\u202f000', 50_000_00],
    ['kr 50 000', 50_000_00],
    ['Kr. 50 000', 50_000_00],
    ['50 000 kr', 50_000_00],
    ['50 000,-', 50_000_00],
    ['1 000,5', 1_000_50],
    ['1 000,50', 1_000_50],
    ['1.000.000', 1_000_000_00],
    ['1.000.000,25', 1_000_000_25],
    ['1000.50', 1_000_50],
    ['NOK 50000', 50_000_00],
    ['nok 50 000', 50_000_00],
    ['50000 NOK', 50_000_00],
    ['50 000,00', 50_000_00],
    ['kr 50.000', 50_000_00],
    ['0', 0],
    ['-500', -500_00],
    ['  12 345  ', 12_345_00],
  ])('%j → %i øre', (input, expected) => {
    expect(parseKroner(input)).toBe(expected);
  });

  it.each(['', '   ', 'kr', 'abc', '12a', '1,234', '1.00.0', '1.5.3', '10,-5', '--5', '1 000,505'])(
    '%j is not an amount',
    (input) => {
      expect(parseKroner(input)).toBeNull();
    },
  );

  it('round-trips with formatMoney', () => {
    for (const ore of [0, 1, 99, 100, 1_000_50, 50_000_00, 1_000_000_00]) {
      expect(parseKroner(formatMoney(ore))).toBe(ore);
    }
  });
});

describe('readKroner: one rule for the form and the import', () => {
  const samples = ['NOK 50000', '50 000', '50 000,00', 'kr 50.000', '50000 kr', '50 000,-', '1 000,50'];

  it.each(samples)('%j is read the same by a form field and an import cell', (input) => {
    const reading = readKroner(input);
    expect(reading.ok).toBe(true);
    const ore = reading.ok ? reading.ore : Number.NaN;
    expect(kronerTextToOre(input)).toBe(ore);
    expect(parseAmountOre(input)).toEqual({ ok: true, value: ore });
  });

  it.each(['abc', '12a', '1.00.0', '50 000 euro'])('refuses %j with a Norwegian message that quotes it', (input) => {
    const reading = readKroner(input);
    expect(reading).toEqual({ ok: false, reason: expect.stringContaining(`«${input}» er ikke et gyldig beløp.`) });
    expect(reading.ok ? '' : reading.reason).toContain('for eksempel 50000, 50 000, kr 50 000');
    expect(kronerTextToOre(input)).toBeNaN();
    expect(parseAmountOre(input)).toEqual({ ok: false, reason: reading.ok ? '' : reading.reason });
  });

  it('reads a negative amount, and the import (where amounts are never negative) refuses it', () => {
    expect(readKroner('-500')).toEqual({ ok: true, ore: -500_00 });
    expect(parseAmountOre('-500')).toEqual({ ok: false, reason: 'Beløpet kan ikke være negativt («-500»).' });
  });

  it('says when an amount is too large to hold', () => {
    expect(readKroner('99999999999999999999')).toEqual({ ok: false, reason: 'Beløpet «99999999999999999999» er for stort.' });
  });
});
