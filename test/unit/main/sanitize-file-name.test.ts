import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../../src/main/files/sanitize-file-name';

describe('sanitizeFileName', () => {
  it('keeps ordinary Norwegian names', () => {
    expect(sanitizeFileName('Vedtak Røde Kors Bærum.pdf')).toBe('Vedtak Røde Kors Bærum.pdf');
  });

  it('replaces folder separators and characters Windows forbids', () => {
    expect(sanitizeFileName('Vedtak 2025/12.pdf')).toBe('Vedtak 2025-12.pdf');
    expect(sanitizeFileName('..\\..\\a:b*c?.xlsx')).toBe('-..-a-b-c-.xlsx');
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitizeFileName('...')).toBe('dokument');
    expect(sanitizeFileName('   ', 'fil')).toBe('fil');
  });
});
