import { describe, expect, it } from 'vitest';
import {
  accountNumberProblem,
  formatAccountNumber,
  formatOrgnr,
  isValidAccountNumber,
  isValidOrgnr,
  orgnrProblem,
} from '@renderer/domain/identifiers';

describe('organisasjonsnummer (MOD11, weights 3 2 7 6 5 4 3 2)', () => {
  it('accepts Norges Røde Kors, 864139442, also with spaces', () => {
    expect(isValidOrgnr('864139442')).toBe(true);
    expect(isValidOrgnr('864 139 442')).toBe(true);
    expect(orgnrProblem('864 139 442')).toBeNull();
  });

  it('rejects a wrong check digit', () => {
    expect(isValidOrgnr('864139443')).toBe(false);
    expect(isValidOrgnr('123456789')).toBe(false);
    expect(orgnrProblem('864139443')).toBe('Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.');
  });

  it('rejects numbers whose weighted sum leaves remainder 1, since they have no check digit', () => {
    // '00000006': 6 × weight 2 = 12, remainder 1: no final digit can make it valid.
    for (let check = 0; check <= 9; check++) expect(isValidOrgnr(`00000006${check}`)).toBe(false);
  });

  it('explains length and characters', () => {
    expect(orgnrProblem('86413944')).toBe('Organisasjonsnummeret må ha 9 siffer (har 8).');
    expect(orgnrProblem('86413944A')).toBe('Organisasjonsnummeret kan bare inneholde siffer.');
  });

  it('formats for display', () => {
    expect(formatOrgnr('864139442')).toBe('864 139 442');
  });
});

describe('kontonummer (MOD11, 11 digits)', () => {
  it('accepts a valid account, with spaces or dots', () => {
    // 8601.11.17947 is a commonly cited valid Norwegian test account.
    expect(isValidAccountNumber('86011117947')).toBe(true);
    expect(isValidAccountNumber('8601.11.17947')).toBe(true);
    expect(isValidAccountNumber('8601 11 17947')).toBe(true);
    expect(accountNumberProblem('8601.11.17947')).toBeNull();
  });

  it('rejects a wrong check digit and a wrong length', () => {
    expect(isValidAccountNumber('86011117948')).toBe(false);
    expect(accountNumberProblem('86011117948')).toBe('Kontonummeret er ikke gyldig: kontrollsifferet stemmer ikke.');
    expect(accountNumberProblem('8601111794')).toBe('Kontonummeret må ha 11 siffer (har 10).');
  });

  it('formats for display', () => {
    expect(formatAccountNumber('86011117947')).toBe('8601.11.17947');
  });
});
