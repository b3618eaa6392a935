import { describe, expect, it } from 'vitest';
import { acceptFromFilters } from '@renderer/platform/pick-file';

describe('acceptFromFilters', () => {
  it('turns dialog filters into an accept list', () => {
    expect(
      acceptFromFilters([
        { name: 'Regneark', extensions: ['xlsx', 'CSV'] },
        { name: 'Excel', extensions: ['xlsx'] },
      ]),
    ).toBe('.xlsx,.csv');
  });

  it('accepts anything without filters or with "*"', () => {
    expect(acceptFromFilters(undefined)).toBe('');
    expect(acceptFromFilters([{ name: 'Alle filer', extensions: ['*'] }])).toBe('');
  });
});
