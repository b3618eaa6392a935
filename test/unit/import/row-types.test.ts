// documents/ and services/ may not import each other, so each declares the import row; they must agree.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ValidImportRow } from '@renderer/documents/import';
import type { ImportRow } from '@renderer/services/import';

describe('import row types', () => {
  it('a ValidImportRow is an ImportRow and back', () => {
    expectTypeOf<ValidImportRow>().toEqualTypeOf<ImportRow>();
    expect(true).toBe(true);
  });
});
