import { describe, expectTypeOf, it } from 'vitest';
import type { ImdiExportData as DocumentData } from '@renderer/documents/export';
import type { ImdiExportData as ServiceData } from '@renderer/services/export';

describe('the export data shape', () => {
  it('is the same in services/export and documents/export', () => {
    expectTypeOf<ServiceData>().toEqualTypeOf<DocumentData>();
  });
});
