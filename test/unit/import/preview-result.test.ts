// The preview that crosses from the worker: capped errors with cut values, counts, and the full CSV.
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_ERRORS, MAX_SHOWN_VALUE_LENGTH, toPreviewResult } from '@renderer/documents/import/preview-result';
import type { ImportRowError } from '@renderer/documents/import/types';

function errors(count: number, value = 'x'): ImportRowError[] {
  // Two errors per row, so rows and errors are counted apart.
  return Array.from({ length: count }, (_, i) => ({ row: Math.floor(i / 2) + 2, column: 'orgnr', value, reason: 'Ugyldig' }));
}

describe('toPreviewResult', () => {
  it('sends the first errors, counts all of them and their rows, and keeps every error in the CSV', () => {
    const result = toPreviewResult({ rows: [], errors: errors(1000), totalRows: 500 });
    expect(result.shownErrors).toHaveLength(MAX_SHOWN_ERRORS);
    expect(result.errorCount).toBe(1000);
    expect(result.invalidRowCount).toBe(500);
    const csvLines = new TextDecoder().decode(result.errorsCsv).trimEnd().split('\r\n');
    expect(csvLines).toHaveLength(1001);
  });

  it('cuts long values in the table but not in the CSV', () => {
    const long = 'å'.repeat(5000);
    const result = toPreviewResult({ rows: [], errors: errors(1, long), totalRows: 1 });
    expect(result.shownErrors[0]?.value).toHaveLength(MAX_SHOWN_VALUE_LENGTH);
    expect(result.shownErrors[0]?.value.endsWith('…')).toBe(true);
    expect(new TextDecoder().decode(result.errorsCsv)).toContain(long);
  });

  it('has no CSV when there are no errors', () => {
    const result = toPreviewResult({ rows: [], errors: [], totalRows: 0 });
    expect(result).toMatchObject({ shownErrors: [], errorCount: 0, invalidRowCount: 0 });
    expect(result.errorsCsv.byteLength).toBe(0);
  });
});
